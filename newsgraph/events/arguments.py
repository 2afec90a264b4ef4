"""Actor and recipient finding: dependency arguments of a trigger mapped onto the ActorTable."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.actors.gazetteer import load_lexicon as load_actor_lexicon
from newsgraph.actors.table import ActorTable
from newsgraph.events.lexicon import Cues, load_cues, load_lexicon
from newsgraph.events.syntax import (
    IN_PREP,
    agent_of,
    determined_by,
    phrase_tokens,
    prep_objects,
    subject_of,
    to_infinitive,
)
from newsgraph.model import Actor


def actor_ids(head: Token | None, actors: ActorTable, preps: bool = True) -> list[str]:
    """Actor ids mentioned in ``head``'s noun phrase (conjunctions give several), in text order.

    When the phrase's core names no country, one level of prepositions is searched ('rebels in Zimbabwe'),
    not deeper ones ('tariffs on exports to the U.S.' names no U.S. target).
    """
    if head is None:
        return []
    seen: dict[str, int] = {}
    other_side = _other_side(head) | _venue(head) | _near_border(head)
    namesakes = _namesakes(head)
    for all_preps in (False, True) if preps else (False,):
        for tok in phrase_tokens(head, 1 if all_preps else 0):
            if tok.i in other_side:
                continue
            # the head's own actor first ('Pakistan's foreign minister' is the minister), after the first of
            # coordinated modifiers ('Pakistani and Indian troops': Pakistan's troops come first)
            found = actors.all_at(tok.idx, tok.idx + len(tok))  # 'the two leaders': both
            if not found or (tok.i in namesakes and not any(map(_party_name, found))):
                continue  # 'the Paris climate accord': Paris is no side
            rank = -1 if tok.i == head.i else tok.i - len(tok.doc) if _coordinated_modifier(tok, head) else tok.i
            for actor in found:
                if actor.id not in seen:
                    seen[actor.id] = rank
        if any(a is not None and (a.country or _named_org(a) or transnational(a)) for a in map(actors.by_id, seen)):
            break  # a known transnational actor ('ISIS in Iraq', 'the leader of ISIS in Iraq') is not its place
    for place in _further_places(head, actors):  # 'politicians in Britain and the United States': both
        seen.setdefault(place, len(head.doc))
    return sorted(seen, key=seen.__getitem__)


def _further_places(head: Token, actors: ActorTable) -> list[str]:
    """The countries coordinated with the place a role phrase is in, which its own mention leaves out
    ('politicians in Britain and the United States', 'officials in Kenya and Somalia')."""
    conjuncts = [c for obj in prep_objects(head, IN_PREP) for c in obj.conjuncts]
    own = actors.at(head.idx, head.idx + len(head)) if conjuncts else None
    if own is None or own.kind not in ("group", "person") or not own.country:
        return []
    places = (actors.at(c.idx, c.idx + len(c)) for c in conjuncts)
    return [p.id for p in places if p is not None and p.kind == "country" and p.country != own.country]


def _coordinated_modifier(tok: Token, head: Token) -> bool:
    """'Pakistani' in 'Pakistani and Indian troops': a modifier of the head coordinated with another."""
    return tok.dep_ in ("amod", "compound") and tok.head.i == head.i and any(c.dep_ == "conj" for c in tok.children)


def _other_side(head: Token) -> set[int]:
    """'Berisha's opponents', 'critics of the government': the possessor or 'of' object of a counterpart
    noun is the other side, not the people the phrase names."""
    if head.lemma_.lower() not in load_cues().sets["counterpart_nouns"]:
        return set()
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return {t.i for o in owners for t in o.subtree}


def _namesakes(head: Token) -> set[int]:
    """'the Paris climate accord', 'the Minsk accords': the words before an agreement noun that name it (a
    city there is where it was made, not a side to it; a country, as in 'the Iran nuclear deal', is one)."""
    if head.lemma_.lower() not in load_cues().sets["accord_nouns"]:
        return set()
    return {t.i for c in head.children if c.dep_ == "compound" for t in c.subtree}


def _party_name(actor: Actor) -> bool:
    """A name that can be a side to an agreement it names: not a place, not an unknown organisation (NER's
    'Dayton' in 'the Dayton agreement')."""
    return actor.kind != "place" and (actor.kind != "organisation" or actor.sector is not None)


def _names_it(tok: Token, head: Token, actors: ActorTable) -> bool:
    """Whether ``tok`` only names the agreement ``head`` after a place ('the Dayton agreement')."""
    return tok.i in _namesakes(head) and not any(map(_party_name, actors.all_at(tok.idx, tok.idx + len(tok))))


def _venue(head: Token) -> set[int]:
    """'held talks in Geneva', 'signed a peace deal in Pretoria': where an event noun, or what is signed or agreed,
    takes place is no side of it."""
    cues = load_cues()
    signed = head.dep_ == "dobj" and cues.has("venue_verbs", head.head.lemma_.lower())
    if head.pos_ != "NOUN" or not (signed or head.lemma_.lower() in load_lexicon()):
        return set()
    venues = [c for c in head.children if c.dep_ == "prep" and c.lower_ in cues.sets["venue_preps"]]
    return {t.i for v in venues for t in v.subtree}


def _near_border(head: Token) -> set[int]:
    """'a government outpost near the Afghan border': the country on the far side of a border the phrase is
    near names no side (the outpost is on either side of it)."""
    near = [c for c in head.children if c.dep_ == "prep" and c.lower_ in load_cues().sets["border_preps"]]
    objs = [o for p in near for o in p.children if o.dep_ == "pobj"]
    return {t.i for o in objs if o.lower_ in load_actor_lexicon()["boundary_nouns"] for t in o.subtree}


TRANSNATIONAL = ("IGO", "NGO", "IMG")  # code prefixes of actors that stand for no country (PLOVER's non-state codes)


def transnational(actor: Actor) -> bool:
    """An actor coded to an international body or group rather than a country ('the leader of ISIS')."""
    return (actor.code or "").startswith(TRANSNATIONAL)


def placed(actor: Actor) -> bool:
    """An actor with a country or an international code: a side an event can be coded to."""
    return bool(actor.country) or transnational(actor)


def _named_org(actor: Actor) -> bool:
    """A named organisation or group from the gazetteer (not a role description such as 'rebels')."""
    return actor.kind in ("organisation", "group") and (actor.key or "").startswith("org:")


def _prep_objects(tok: Token, cues: Cues) -> list[Token]:
    """Objects of the recipient prepositions, less venues ('met on the sidelines of the NATO summit') and the
    instigation an act answers ('agreed at the urging of Egypt', 'on the initiative of France')."""
    return [
        o
        for o in prep_objects(tok, cues.sets["recipient_preps"])
        if not cues.has("venue_nouns", o.lemma_.lower()) and not cues.has("instigation_nouns", o.lemma_.lower())
    ]


def _participle_agent(verb: Token) -> Token | None:
    """The 'by' agent of a past participle on a noun ('a convoy attacked by Serb gunmen'), if any."""
    return agent_of(verb) if verb.dep_ == "acl" and verb.tag_ == "VBN" else None


def _verb_roles(verb: Token, cues: Cues, stative: bool = False) -> tuple[list[Token], list[Token]]:
    between = _pobjs(verb, "between", "among")
    if between and verb.tag_ == "VBG" and verb.dep_ == "pcomp":  # 'fled after fighting between rebels and troops'
        return between, []
    if (agent := _participle_agent(verb)) is not None:  # 'missiles sold to Iran by Russia': the agent acts on
        return [agent], [verb.head, *_prep_objects(verb, cues)]  # the noun
    subj, passive = subject_of(verb)
    if passive and not stative:
        agent = agent_of(verb)  # 'sanctions were imposed on Russia by the EU': the 'on' object receives them
        # 'the sanctions imposed on Libya by the Security Council were eased': whom the subject's participle
        # names as on the receiving end receives what is done to it
        parts = [p for p in subj.children if p.dep_ == "acl" and p.tag_ == "VBN"] if subj is not None else []
        received = [o for p in parts for o in _prep_objects(p, cues)]
        return ([agent] if agent is not None else []), (
            ([subj] if subj is not None else []) + _prep_objects(verb, cues) + received
        )
    if subj is None and between:
        return between, []  # 'fighting between rebels and government forces'
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")] + _split_objects(verb, cues)
    if not objs:  # 'locked up three dissidents': the small model reads a counted object as an adverbial noun
        objs = [
            c
            for c in verb.children
            if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children)
        ]
    topics: list[Token] = []
    if cues.has("subject_matter_verbs", verb.lemma_.lower()):  # 'discussed NATO expansion with X': a topic, no side
        topics = [o for o in objs if o.dep_ == "dobj"]
        objs = [o for o in objs if o.dep_ != "dobj"]
    preps = _prep_objects(verb, cues)
    if cues.has("warning_verbs", verb.lemma_.lower()) and any(o.dep_ == "dobj" for o in objs):
        # 'warned the United States against arms sales to Taiwan': who is warned, not what against
        preps = [o for o in preps if o.head.lower_ != "against"]
    recips = objs + preps + _pobjs(verb, "between") + _stranded_to(verb)  # 'mediated between Israel and Hamas'
    if cues.has("mediation_verbs", verb.lemma_.lower()):  # 'mediate in the dispute between Sudan and Eritrea',
        # 'in Sri Lanka's civil war', 'in the civil war in Congo': the conflict's sides, owner or place
        recips += [
            w
            for c in _pobjs(verb, "in")
            for w in [*_pobjs(c, "between", "among", "in"), *(d for d in c.children if d.dep_ == "poss")]
        ]
    recips += [w for t in topics for w in _pobjs(t, "with")]  # 'discussed the crisis with Yeltsin'
    for obj in objs:
        recips.extend(_prep_objects(obj, cues))
        for amount_of in _pobjs(obj, "in"):  # 'provide 50 billion euros in aid to Ukraine'
            recips.extend(_prep_objects(amount_of, cues))
        # 'rejected a peace plan drawn up by the contact group', 'condemned the attack carried out by Hamas',
        # 'write off $1 billion of debt owed by Ivory Coast'
        things = [obj, *(_pobjs(obj, "of") if _amount(obj) else [])]
        recips.extend(
            a for t in things for p in t.children if p.dep_ == "acl" and p.tag_ == "VBN" for a in _pobjs(p, "by")
        )
        recips.extend(_owners(obj, cues))  # 'ambushed a bus carrying Israeli settlers', 'accounts belonging to X'
    for haven in (o for o in [*objs, *_pobjs(verb, "for")] if cues.has("haven_nouns", o.lemma_.lower())):
        recips.extend(_pobjs(haven, "in") or _pobjs(verb, "in"))  # 'sought refuge in Germany'
    return ([subj] if subj is not None else []), recips


def pressing_ids(verb: Token, actors: ActorTable, cues: Cues) -> list[str]:
    """Who presses for what an act holds out against, in a 'despite' phrase on the verb or its complement
    ('declined to resign despite pressure by the commission', 'despite calls from the United States',
    'despite Washington's objections')."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    pressures = [n for h in heads for n in _pobjs(h, "despite") if cues.has("pressure_nouns", n.lemma_.lower())]
    return [
        i
        for n in pressures
        for w in [*_pobjs(n, "from", "by"), *(c for c in n.children if c.dep_ == "poss")]
        for i in actor_ids(w, actors)
    ]


def _stranded_to(verb: Token) -> list[Token]:
    """The object of a 'to' the parser left empty, having made it the subject of an infinitive after it:
    'granted a visa to Taiwan's President Lee Teng-hui to attend a reunion' (Lee as the subject of 'attend')."""
    out: list[Token] = []
    for to in (c for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" and not list(c.children)):
        if to.i + 1 >= len(verb.doc):
            continue
        tok = verb.doc[to.i + 1]
        while tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i > tok.i:
            tok = tok.head
        if tok.dep_ == "nsubj" and tok.head.tag_ == "VB" and to_infinitive(tok.head):
            out.append(tok)
    return out


def _split_objects(verb: Token, cues: Cues) -> list[Token]:
    """Objects the parser hung under the verb's particle: 'sealed off Gaza' (Gaza as the particle's object), and
    'kidnapped up to 16 Russian advisers' (a count split into a particle and a 'to' phrase), and a guest the parser
    hung under 'visiting', or the subject it gave an infinitive ('allow U.N. inspectors to resume their work', 'let
    Sudanese troops pursue rebels')."""
    prts = [c for c in verb.children if c.dep_ == "prt"]
    out = [o for p in prts for o in p.children if o.dep_ == "pobj"]
    if any(p.lower_ == "up" for p in prts):
        out += [o for h in (verb, *prts) for o in _pobjs(h, "to") if any(c.dep_ == "nummod" for c in o.children)]
    # 'met visiting South Korean President Kim': the small model reads the adjective as a subjectless clause
    nxt = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if (
        nxt is not None
        and nxt.head.i == verb.i
        and nxt.lower_ == "visiting"
        and nxt.dep_ in ("advcl", "xcomp")
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "nsubj" for c in nxt.children)
    ):
        out += [o for o in nxt.children if o.dep_ == "dobj"]
    # 'allow U.N. weapons inspectors to resume their work': the object the parser made the infinitive's subject
    if not any(c.dep_ == "dobj" for c in verb.children):
        out += [
            s
            for c in verb.children
            if c.dep_ == "ccomp"
            and (to_infinitive(c) or (c.tag_ in ("VB", "VBP") and cues.has("causative_verbs", verb.lemma_.lower())))
            for s in c.children
            if s.dep_ == "nsubj"
        ]
    return out


def _owners(thing: Token, cues: Cues) -> list[Token]:
    """Whom a thing carries or belongs to, told in a participle after it: 'a bus carrying Israeli settlers',
    'bank accounts belonging to Mobutu'."""
    out: list[Token] = []
    for acl in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"):
        if cues.has("carrying_verbs", acl.lemma_.lower()):
            out += [c for c in acl.children if c.dep_ == "dobj"] + _pobjs(acl, "to")
    return out


def _pobjs(tok: Token, *preps: str) -> list[Token]:
    """Objects of ``tok``'s prepositions among ``preps``, with their conjuncts ('between A and B')."""
    out: list[Token] = []
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in preps:
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                out += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return out


_OBJECT_CLIMB = frozenset({"compound", "conj", "appos", "dobj", "attr", "oprd"})


def light_verb(noun: Token, cues: Cues) -> Token | None:
    """The light verb whose object the event noun is, through 'of' chains ('carried out a series of
    airstrikes', 'issued a string of tariff decisions'); 'be' only with 'there' ('there was fighting')."""
    cur = noun
    for _ in range(5):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            cur = cur.head.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "in" and _amount(cur.head.head):
            cur = cur.head.head  # 'announced $2 billion in new military aid': the amount is the aid
        elif (
            cur.dep_ == "pobj"
            and cur.head.lower_ == "under"
            and cues.has("placing_verbs", cur.head.head.lemma_.lower())
        ):
            return cur.head.head  # 'put Aung San Suu Kyi under house arrest'
        elif (cur.dep_ in _OBJECT_CLIMB or (cur.dep_ == "nsubjpass" and cur is noun)) and cur.head.i != cur.i:
            cur = cur.head  # 'the attack was carried out by X': a passive light verb
        else:
            return None
    if cur is noun or cur.pos_ not in ("VERB", "AUX"):
        return None
    forms = verb_forms(cur)
    if forms & cues.sets["labelling_verbs"] and any(c.dep_ in ("oprd", "acomp", "xcomp") for c in cur.children):
        return None  # 'Russia called the sanctions illegal': the sanctions are labelled, not imposed by Russia
    if forms & cues.sets["light_verbs"] or ("be" in forms and any(c.dep_ == "expl" for c in cur.children)):
        return cur
    if forms & cues.sets["closing_verbs"] and cues.has("closable_nouns", noun.lemma_.lower()):
        return cur  # 'ended a three-day visit to Pakistan': ending a visit reports it
    return None


def verb_forms(verb: Token) -> set[str]:
    """The verb's lemma plus base forms guessed from its spelling, for lemmatiser slips ('staged' -> 'stag')."""
    low = verb.lower_
    forms = {verb.lemma_.lower(), low}
    for suffix, add in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.add(low[: -len(suffix)] + add)
    return forms


_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})


def _amount(tok: Token) -> bool:
    """A sum or count ('$2 billion', '500 tonnes') that an event noun in its 'in' phrase measures."""
    return tok.like_num or tok.ent_type_ in _AMOUNTS


def _clause_verb(noun: Token, cues: Cues) -> Token | None:
    """The verb whose clause gives the noun's actor: a light verb ('held talks') or the verb of its PP
    ('told X in phone conversations')."""
    verb = light_verb(noun, cues)
    if verb is not None:
        return verb
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in cues.sets["event_noun_preps"]
        and noun.head.head.pos_ in ("VERB", "AUX")
        and not _reacted_to(noun, cues)
    ):
        return noun.head.head
    return None


def _reacted_to(noun: Token, cues: Cues) -> bool:
    """'condemned Russia after the attack on Kyiv': a definite act named in a time adjunct is what the
    clause reacts to; the clause's subject is not its agent. So is the act a clause answers 'in protest' or
    'in response' ('went off the air in protest at the killing of a journalist')."""
    if noun.head.lower_ in cues.sets["answered_preps"] and _answering(noun.head.head, cues):
        return True
    return (
        noun.head.lower_ in cues.sets["reaction_preps"]
        and noun.lemma_.lower() in cues.event_nouns
        and determined_by(noun, cues.sets["anaphoric_dets"])
    )


def _answering(verb: Token, cues: Cues) -> bool:
    """The verb has an 'in protest' / 'in response' phrase."""
    return any(cues.has("answering_nouns", o.lemma_.lower()) for o in _pobjs(verb, "in"))


def _noun_roles(noun: Token, cues: Cues, table: ActorTable) -> tuple[list[Token], list[Token]]:
    actors = [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod")
        and (
            c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            or (c.dep_ == "poss" and c.pos_ == "PROPN")
            or (
                c.dep_ == "compound" and _kind_at(c, table, _BODY_KINDS)
            )  # 'an army offensive', 'a government crackdown'
        )
        and not _place_at(c, table, cues)  # 'the Jeddah talks': a place, the clause names who talks
        and not _names_it(c, noun, table)  # 'the Dayton agreement'
    ]
    recips_first: list[Token] = []
    if cues.has("visit_nouns", noun.lemma_.lower()):  # 'his Russia visit', 'Modi's Mauritius trip': where one goes
        recips_first = [c for c in noun.children if c.dep_ in ("compound", "nmod") and _kind_at(c, table, _PLACE_KINDS)]
        actors = [c for c in actors if c not in recips_first]
    actors += [c for c in (agent_of(noun),) if c is not None] + _pobjs(noun, "between", "among", "by")
    # 'an attack on a convoy by Pakistani militants': a 'by' the parser hung on the target is the noun's agent
    actors += [a for o in _pobjs(noun, "on", "against", "of") for a in _pobjs(o, "by")]
    sources = _pobjs(noun, "from") if cues.has("source_from_nouns", noun.lemma_.lower()) else []
    actors += sources  # 'the diplomatic protest from Japan', 'aid from the EU': who made or gave it
    if noun.dep_ == "nsubj" and cues.has("occurrence_verbs", noun.head.lemma_.lower()):
        actors += _pobjs(noun.head, "between", "among")  # 'fighting broke out between troops and rebels'
    actors += [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in (agent_of(v),) if a is not None]
    # 'an offensive launched by forces in Somalia', 'strikes carried out by the army': the participle's agent
    of_objs = _pobjs(noun, "of")
    if cues.has("of_agent_nouns", noun.lemma_.lower()):
        actors, of_objs = actors + of_objs, []
    elif not of_objs and cues.has("patient_possessor_nouns", noun.lemma_.lower()):
        of_objs = [c for c in noun.children if c.dep_ == "poss"]  # 'Lai's release', 'his arrest': who undergoes it
        actors = [c for c in actors if c.dep_ != "poss"]
    owner_underwent = any(o.dep_ == "poss" for o in of_objs)  # 'their expulsion': they underwent it
    recips = recips_first + [o for o in _prep_objects(noun, cues) if o not in sources] + of_objs
    recips += [w for o in _pobjs(noun, "of") for w in _pobjs(o, "with")]  # 'the closure of its border with Iraq'
    recips += [  # 'tariffs targeting Canada and Mexico' (not 'an airstrike targeting his location')
        o
        for v in noun.children
        if v.dep_ == "acl" and cues.has("targeting_participles", v.lemma_.lower())
        for o in v.children
        if o.dep_ == "dobj" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
    ]
    verb = _clause_verb(noun, cues)
    if verb is not None:
        v_actors, v_recips = _verb_roles(verb, cues, stative=cues.has("stative_participles", verb.lemma_.lower()))
        if cues.has("victim_verbs", verb.lemma_.lower()) and noun.dep_ == "pobj":
            v_actors, v_recips = [], v_actors + v_recips  # 'five soldiers died in an attack by the PKK'
        elif cues.has("speech_verbs", verb.lemma_.lower()):  # 'Fidan told reporters after the meeting': the
            v_recips = [r for r in v_recips if not cues.has("press_nouns", r.lemma_.lower())]  # press is no side
        if noun.dep_ == "pobj" and owner_underwent:
            v_actors = []  # 'After their expulsion, many Chagossians settled in Mauritius': the owner underwent it
        if cues.has("joining_verbs", verb.lemma_.lower()):  # 'Rubio will join Mike Waltz for the talks': a
            v_actors, v_recips = v_actors + [r for r in v_recips if r.dep_ == "dobj"], []  # companion, no side
        if actors and not recips and noun.dep_ == "pobj" and cues.has("visit_nouns", noun.lemma_.lower()):
            v_recips = v_actors  # 'Venezuela freed six Americans after a visit by a U.S. envoy': the clause's
            # subject hosts the visit its phrase names a visitor of, not what the clause acts on
        actors = actors or v_actors
        recips = recips + [r for r in v_recips if r.i != noun.i]
    if not actors and not owner_underwent:  # 'its own tariffs', 'their talks': the possessive pronoun's
        # antecedent acts
        actors = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    return actors, recips


_BODY_KINDS = ("organisation", "government", "group")
_PLACE_KINDS = ("country", "capital", "place")


def _kind_at(tok: Token, table: ActorTable, kinds: tuple[str, ...]) -> bool:
    """Whether the actor at ``tok`` is of one of ``kinds``."""
    actor = table.at(tok.idx, tok.idx + len(tok))
    return actor is not None and actor.kind in kinds


def _place_at(tok: Token, table: ActorTable, cues: Cues) -> bool:
    actor = table.at(tok.idx, tok.idx + len(tok))
    return actor is not None and actor.kind in cues.sets["place_kinds"]


def _reporter(pron: Token, cues: Cues) -> Token | None:
    """'Iraq said it would allow ...': an unresolved subject pronoun of reported speech refers to the speaker."""
    for head in pron.head.ancestors:
        if cues.has("speech_verbs", head.lemma_.lower()):
            subj, _ = subject_of(head)
            return subj if subj is not None and subj.pos_ != "PRON" else None
    return None


def _agreeing(pron: Token, ids: list[str], actors: ActorTable) -> list[str]:
    """The speaker's actors a pronoun can stand for: 'it' is no person, 'he'/'she' is one."""
    lower = pron.lower_
    if lower not in ("it", "he", "she"):
        return ids
    want_person = lower != "it"
    return [i for i in ids if (a := actors.by_id(i)) is not None and (a.kind == "person") == want_person]


def _passive(verb: Token) -> bool:
    if verb.dep_ in ("acl", "amod"):
        return verb.tag_ != "VBG"
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _noun_clause_actor(verb: Token, actors: ActorTable) -> list[str]:
    """'protesters demanding his resignation': a gerund modifying a noun that names actors takes them;
    'X issued a declaration demanding ...': one modifying another object takes its clause's subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return []
    own = actor_ids(verb.head, actors)
    noun = verb.head
    if not own and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "attr"):
        noun = noun.head.head  # 'issued a series of warnings demanding ...': the series is the object
    if own or noun.dep_ not in ("dobj", "attr"):
        return own
    subj, passive = subject_of(noun.head)
    return [] if passive else actor_ids(subj, actors)


def _left_actor(verb: Token, actors: ActorTable) -> list[str]:
    """A verb the parser left without subject ('Trump at first imposed ...'): the nearest actor mention to
    its left within the clause, stopping at another verb or a clause boundary. A gerund after a preposition on a
    noun is done by the noun's owner, where one is named ("Trump's tariffs on Canada and Mexico, along with
    doubling a duty on China"), not by a name inside the noun phrase."""
    if verb.dep_ == "pcomp":
        head = verb.head
        while head.pos_ == "ADP" and head.head is not head:
            head = head.head
        owners = [a for c in head.children if c.dep_ == "poss" for a in actor_ids(c, actors)]
        if owners and head.pos_ in ("NOUN", "PROPN"):
            return owners
    for j in range(verb.i - 1, verb.sent.start - 1, -1):
        t = verb.doc[j]
        if (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg")) or t.text in (
            ";",
            ":",
            '"',
            "“",
            "”",
        ):
            return []
        actor = actors.at(t.idx, t.idx + len(t))
        if actor is not None and actor.kind != "place":
            return [*_left_list(verb.doc, j, actors), actor.id]
    return []


def _opening_clause_subject(verb: Token) -> bool:
    """The main verb the parser made subordinate to a sentence-opening 'After ...', taking that clause's noun as
    its subject ('After talks in Cairo, Israel and the PLO signed': 'talks signed')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    opener = verb.sent[0]
    return (
        verb.dep_ == "ROOT"
        and subj is not None
        and opener.dep_ == "mark"
        and opener.head.i == verb.i
        and any(t.text == "," for t in verb.doc[subj.i : verb.i])
    )


def _left_list(doc: Doc, j: int, actors: ActorTable) -> list[str]:
    """The actors joined by 'and' before the one at token ``j`` back to a comma ('After talks in Geneva, Iran
    and the European Union agreed': the parser made the pair part of the opening phrase)."""
    found: list[str] = []
    last = actors.at(doc[j].idx, doc[j].idx + len(doc[j]))
    joined = False
    for k in range(j - 1, doc[j].sent.start - 1, -1):
        t = doc[k]
        actor = actors.at(t.idx, t.idx + len(t))
        if actor is not None and actor is not last:
            if not joined or actor.kind == "place":
                break
            found.insert(0, actor.id)
            last, joined = actor, False
        elif t.lower_ == "and":
            joined = True
        elif actor is None and t.pos_ not in ("DET", "ADJ", "PROPN"):
            break
    return found


def find_arguments(tok: Token, actors: ActorTable, cues: Cues, stative: bool = False) -> tuple[list[str], list[str]]:
    """Actor ids (subject / agent / possessor) and recipient ids (object / 'with X' / 'to X') of a trigger."""
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if is_noun:
        a_heads, r_heads = _noun_roles(tok, cues, actors)
    elif tok.pos_ == "ADJ" or stative:  # 'is ready/committed/prepared to': the subject acts
        a_heads, r_heads = _verb_roles(tok.head if tok.dep_ == "acomp" else tok, cues, stative=True)
        if tok.pos_ == "ADJ":  # 'is concerned about Russia's buildup': what the feeling is about
            r_heads = r_heads + _pobjs(tok, "about", "over", "at", "by", "to")
    else:
        a_heads, r_heads = _verb_roles(tok, cues)
    attack = bool(a_heads) and a_heads[0].pos_ == "NOUN" and cues.has("attack_nouns", a_heads[0].lemma_.lower())
    if attack:  # 'bombings at U.S. embassies killed 258 people': the attack's own doer acts, what it hit receives
        n_act, n_rec = _noun_roles(a_heads[0], cues, actors)
        a_heads, r_heads = n_act or [a_heads[0]], n_rec + r_heads
    act = [a for h in a_heads for a in actor_ids(h, actors, preps=not attack)]
    if not act and not is_noun and _participle_agent(tok) is not None:
        return [], []  # 'warplanes, backed by artillery': an agent no one names describes the noun, no act
    if not act and a_heads and a_heads[0].pos_ == "PRON":
        act = _agreeing(a_heads[0], actor_ids(_reporter(a_heads[0], cues), actors), actors)
    if not act and not a_heads and not attack and tok.pos_ == "VERB" and not _passive(tok):
        act = _noun_clause_actor(tok, actors) or _left_actor(tok, actors)
    if not act and _opening_clause_subject(tok):
        act = _left_actor(tok, actors)  # 'After talks in Cairo, Israel and the PLO signed an accord'
    # the side an act is 'against' is its target, before whom it is addressed to ('lodged a complaint with
    # the United Nations against Israel'); what it is 'over' is its cause, after the sides ('recalled its
    # ambassador from the Netherlands over the sale of submarines to Taiwan')
    r_heads = sorted(r_heads, key=_side_rank)
    sides = [(h, actor_ids(h, actors)) for h in r_heads if not _weapon_fired(h, cues)]
    rec = [r for h, ids in sides if not _own_thing(h, act, sides, actors) for r in ids if r not in act]
    return list(dict.fromkeys(act)), list(dict.fromkeys(rec))


def _side_rank(head: Token) -> int:
    """Order of a recipient head: an 'against' object first, an 'over' object (the cause) last."""
    prep = head.head.lower_ if head.dep_ == "pobj" else ""
    return 0 if prep == "against" else 2 if prep == "over" else 1


def _own_thing(head: Token, act: list[str], sides: list[tuple[Token, list[str]]], actors: ActorTable) -> bool:
    """'offered its troops to Lebanon', 'recalled its ambassador to Germany': an object the actor's own pronoun
    possesses is what it gives or moves, not a side, when another side is named beside it ('rejected its offer'
    keeps the offer's owner when 'its' is someone else's). ``sides``: each recipient head with its actor ids."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if head.dep_ != "dobj" or not any(set(actor_ids(o, actors)) & set(act) for o in owners):
        return False
    return any(h is not head and any(r not in act for r in ids) for h, ids in sides)


def _weapon_fired(obj: Token, cues: Cues) -> bool:
    """A weapon that is the object of a verb aimed with a preposition is what was fired, not the target ('fired
    Scud missiles at Israel'); 'shot down an Iraqi jet' keeps its object."""
    if obj.dep_ != "dobj" or not cues.has("weapon_nouns", obj.lemma_.lower()):
        return False
    return bool(prep_objects(obj.head, cues.sets["aim_preps"]))


def visitor_of(host_verb: Token, actors: ActorTable, hosts: list[str]) -> list[str]:
    """The guest of 'X hosted/welcomed Y': the direct object's actors (PLOVER: the visitor is the actor)."""
    obj = next((c for c in host_verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return []
    # the guest is the object itself or the sides of the talks hosted ('talks between Russian and Ukrainian
    # officials'), not a place or topic in its phrases ('a conference on Gaza's reconstruction')
    heads = [obj, *_pobjs(obj, "between", "among", "from", "by", "for")]  # 'received a visit from X' too
    if obj.lemma_.lower() == "host":  # 'played host to a delegation of Iraqi officials'
        heads += _pobjs(obj, "to") + _pobjs(host_verb, "to")
    heads += _pobjs(host_verb, "for")  # 'hosted a dinner for the Israeli prime minister'
    fors = [p for h in (obj, host_verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"]
    # 'a banquet for visiting Cuban President Fidel Castro' (the small model parses 'visiting' as a gerund)
    heads += [o for p in fors for g in p.children if g.dep_ == "pcomp" for o in g.children if o.dep_ == "dobj"]
    core = {a.id for h in heads for t in phrase_tokens(h) for a in actors.all_at(t.idx, t.idx + len(t))}
    found = [a for h in heads for a in actor_ids(h, actors)]
    return [a for a in dict.fromkeys(found) if a not in hosts and a in core]


def undergoer_roles(tok: Token, actors: ActorTable, cues: Cues) -> tuple[list[str], list[str]] | None:
    """'X came under attack (by/from Y)', 'X stands accused (by Y)', 'X drew criticism from Y', 'X was hit by
    sanctions': the subject undergoes the act (recipient) and a 'by'/'from' phrase or the act's own modifier
    names its agent (actor); None when the trigger is not in such a frame."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head
        verbs = "undergo_verbs"
    elif tok.dep_ in ("xcomp", "acomp", "oprd") or (tok.dep_ == "advcl" and tok.tag_ == "VBN"):
        verb = tok.head  # 'stands accused of corruption' (parsed as an adverbial clause too)
        verbs = "undergo_verbs"
    elif tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "with"):
        verb = tok.head.head  # 'Libya was hit by new U.N. sanctions', 'was slapped with sanctions'
        verbs = "impact_verbs"
        if not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        verb = tok.head  # 'the plan has drawn criticism from rights groups', 'Lai received support from ...'
        verbs = "receive_verbs"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and cues.has("undergone_nouns", tok.head.head.lemma_.lower()):
        verb = tok.head.head.head  # 'Sudan was the target of U.S. missile strikes'
        verbs = "copula_verbs"
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.dep_ == "dobj":
        verb = tok.head.head.head  # 'received $1 billion in aid from the EU', 'accepted $2 billion in funding'
        verbs = "receive_verbs"
    else:
        return None
    if not cues.has(verbs, verb.lemma_.lower()):
        return None
    subj, _ = subject_of(verb)
    # 'won the backing of Germany', 'earned the praise of Egypt': a thing received names its giver with 'of' too
    givers = _pobjs(verb, "by", "from") + _pobjs(tok, "by", "from", *(["of"] if verbs == "receive_verbs" else []))
    givers += [  # 'accepted $2 billion in Chinese funding', 'the target of U.S. cruise missile strikes'
        c
        for c in tok.subtree
        if c.i < tok.i and c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    act = [a for h in givers for a in actor_ids(h, actors)]
    return list(dict.fromkeys(act)), [r for r in dict.fromkeys(actor_ids(subj, actors)) if r not in act]


def sighting_roles(tok: Token, actors: ActorTable) -> tuple[list[str], list[str]]:
    """(owners, watchers) of forces spotted or detected: the forces' state shows force (acts) towards the one
    who detects them ('Taiwan detected 30 Chinese aircraft': China acts, Taiwan receives)."""
    seen = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    owners = list(dict.fromkeys(a for s in seen for a in actor_ids(s, actors)))
    watcher = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    watchers = actor_ids(watcher, actors) if watcher is not None else []
    return owners, [w for w in dict.fromkeys(watchers) if w not in owners]


def less_sent(verb: Token, ids: list[str], actors: ActorTable) -> list[str]:
    """``ids`` without the actors the verb's object (or passive subject) names: what 'deployed troops', 'sent
    advisers' or 'handed over the suspects' sends receives nothing; one supplied or provided 'with' something
    receives it ('supply Iran with fuel')."""
    if _pobjs(verb, "with"):
        return ids
    sent = {a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in actor_ids(c, actors)}
    return [i for i in ids if i not in sent]


def sent_destination_ids(verb: Token, actors: ActorTable) -> list[str]:
    """Where a verb of sending sends its object, the 'to' phrase hanging on the verb or inside the object ('sent a
    team of experts to Burundi')."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [p for o in objs for p in o.subtree if p.dep_ == "prep" and p.lower_ in ("to", "into")]
    preps += [p for p in verb.children if p.dep_ == "dative" and p.lower_ == "to"]  # the parser's 'sent X to Haiti'
    inner = [a for p in preps for o in p.children if o.dep_ == "pobj" for a in actor_ids(o, actors)]
    return list(dict.fromkeys(destination_ids(verb, actors) + inner))


def destination_ids(tok: Token, actors: ActorTable) -> list[str]:
    """Actors named as where the act sends someone ('deported 200 Venezuelans to El Salvador'), in text order."""
    return list(dict.fromkeys(a for h in _pobjs(tok, "to", "into") for a in actor_ids(h, actors)))


def natural_agent(tok: Token, cues: Cues) -> bool:
    """The trigger's agent or subject is a natural force or an accident ('struck by Cyclone Jude', 'the storm
    hit', 'collapsing buildings injured 15'), or a storm the story named ('was struck by Chido' after
    'Cyclone Chido')."""
    subj, passive = subject_of(tok)
    heads = [h for h in (agent_of(tok), None if passive else subj) if h is not None]
    if passive and not heads:  # 'five people had been killed in the crash': the accident the harm came in
        heads = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for o in p.children]
    storms = _storm_names(tok.doc, cues) if heads else frozenset()
    return any(
        w.lemma_.lower() in cues.sets["natural_forces"] or w.text in storms
        for h in heads
        for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
    )


def _storm_names(doc: Doc, cues: Cues) -> frozenset[str]:
    """Proper names the story gives a natural force ('Cyclone Chido', 'Hurricane Maria'), once per Doc."""
    cached = doc.user_data.get("newsgraph_storms")
    if cached is None:
        cached = frozenset(
            t.text for t in doc[1:] if t.pos_ == "PROPN" and doc[t.i - 1].lemma_.lower() in cues.sets["natural_forces"]
        )
        doc.user_data["newsgraph_storms"] = cached
    return cached  # type: ignore[no-any-return]
