"""Sides a sentence leaves implicit: agents of agentless acts (the state where an arrest happens, the
story's leading state, an earlier event's actor) and recipients found outside the trigger's own arguments
(the subject of a demand's clause, the object of an intended act, the actors of a referred-back act)."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsgraph.actors.gazetteer import load_gazetteer
from newsgraph.events.arguments import actor_ids, find_arguments, less_sent, placed
from newsgraph.events.context import Context, countries, no_places
from newsgraph.events.lexicon import Cues
from newsgraph.events.location import find_location
from newsgraph.events.syntax import (
    IN_PREP,
    closing_report,
    determined_by,
    governing_verb,
    prep_objects,
    subject_of,
    to_infinitive,
)
from newsgraph.events.triggers import Trigger
from newsgraph.model import Actor


def intended_recipients(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'Norway is willing to send material to help defend Saudi Arabia', 'threatened to cut off trade with
    India', 'deployed troops to deter Iran': whom the intended act reaches, through up to three infinitive
    clauses."""
    frontier = [tok.head] if tok.dep_ == "acomp" else [tok]
    for _ in range(3):
        nxt = [c for v in frontier for c in _clause_children(v) if c.pos_ in ("VERB", "AUX") and _intended(c)]
        for verb in nxt:
            _, rec = find_arguments(verb, ctx.actors, ctx.cues)
            if ctx.cues.has("dispatch_verbs", verb.lemma_.lower()):  # 'offered to send advisers to help Chad'
                rec = less_sent(verb, rec, ctx.actors)
            if not rec and ctx.cues.has("help_verbs", verb.lemma_.lower()):  # 'promised to help Iraq rebuild'
                rec = helped_ids(verb, ctx)
            found = _others(rec, actors, ctx)
            if found:
                return found
        frontier = nxt
    return []


def _told(clause: Token, ctx: Context) -> list[Token]:
    """The dative or object of the verb of saying whose clause ``clause`` is ('told Japan it should stop'), in
    order; none for a clause no verb of saying governs."""
    speech = clause.head
    if clause.dep_ != "ccomp" or not ctx.cues.has("speech_verbs", speech.lemma_.lower()):
        return []
    return [c for c in speech.children if c.dep_ in ("dative", "dobj")]


def addressee_ids(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'Trump told Starmer that he supported the deal': a stance its actor tells someone reaches the one told
    (the dative or object of the verb of saying whose clause it is, when the teller is the stance's actor and
    the one told a party to it, not the press)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    told = [c for c in _told(verb, ctx) if c.pos_ in ("PROPN", "NOUN")]
    if not told:
        return []
    teller, _ = subject_of(verb.head)
    tellers = actor_ids(teller, ctx.actors)
    if not set(tellers) & set(actors) and not countries(tellers, ctx) & countries(actors, ctx):
        return []  # 'Erdogan told Putin that Turkey would not accept ...': a leader speaks for the state
    return [i for i in _others([i for c in told for i in actor_ids(c, ctx.actors)], actors, ctx) if _party(i, ctx)]


def demand_addressees(tok: Token, ctx: Context) -> list[str]:
    """Who a speech verb is addressed to when its clause says what they must do ('told Japan it should stop',
    'warned Seoul that it must pay'): the speech verb's object, when the clause's subject is that party or a
    pronoun."""
    verb = governing_verb(tok)
    told = next(iter(_told(verb, ctx)), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if told is None or subject is None:
        return []
    # 'a spokesperson told VOA they should ...' is an interview, no demand on the outlet
    ids = [i for i in actor_ids(told, ctx.actors) if (a := ctx.actors.by_id(i)) is not None and a.sector != "MED"]
    return ids if subject.pos_ == "PRON" or set(actor_ids(subject, ctx.actors)) & set(ids) else []


def _party(actor_id: str, ctx: Context) -> bool:
    """A side one can tell a stance to: a state, official or body with a country or an international code, not
    the press ('Fidan told reporters')."""
    actor = ctx.actors.by_id(actor_id)
    return actor is not None and actor.sector != "MED" and placed(actor)


def helped_ids(verb: Token, ctx: Context) -> list[str]:
    """Whom a help verb helps when its clause names them as subject ('help Iraq rebuild')."""
    return [i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for i in _subject_ids(c, ctx)]


def _others(ids: list[str], actors: list[str], ctx: Context) -> list[str]:
    """Sides found elsewhere in the sentence that are neither places nor the event's own actors."""
    return [i for i in no_places(ids, ctx) if i not in actors]


def _clause_children(verb: Token) -> list[Token]:
    """A verb's children, with the clauses of its object noun ('accepted an invitation to visit X') and the
    gerunds of its 'to' phrase ('committed itself to sending police to Haiti')."""
    out = list(verb.children)
    for c in verb.children:
        if c.dep_ == "dobj":
            out += [v for v in c.children if v.dep_ == "acl"]
        elif c.dep_ == "prep" and c.lower_ == "to":
            out += [v for v in c.children if v.dep_ == "pcomp"]
    return out


def _intended(verb: Token) -> bool:
    """A complement clause, a purpose infinitive ('deployed troops to push back the rebels'), an infinitive
    on the object ('an invitation to visit') or a gerund after 'to' ('committed to sending')."""
    return (
        verb.dep_ in ("xcomp", "ccomp")
        or (verb.dep_ in ("advcl", "acl") and to_infinitive(verb))
        or (verb.dep_ == "pcomp" and verb.tag_ == "VBG")
    )


def clause_subject_ids(tok: Token, ctx: Context) -> list[str]:
    """'demanded that the Sudanese government end curbs', 'its demands that Burundi's government grant ...',
    'pushing for the US to support': whoever the demand's clause makes act is whom the demand addresses."""
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX")]
    if closing_report(tok):  # 'Croatia is violating their rights, a rights group charged': the sentence
        clauses.append(tok.sent.root)
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")):
        for obj in prep.children:  # 'insisted on its demands that ...'
            clauses += [c for c in obj.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")]
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                clauses += [c for c in obj.children if c.dep_ in ("ccomp", "relcl") and c.pos_ == "VERB"]
    for clause in clauses:
        if clause.dep_ == "relcl" and not any(c.dep_ == "mark" for c in clause.children):
            continue
        found = _subject_ids(clause, ctx)
        if found:
            return found
    return []


def _subject_ids(clause: Token, ctx: Context) -> list[str]:
    """The actors of a clause's named (not pronoun) subject."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return actor_ids(subj, ctx.actors) if subj is not None and subj.pos_ != "PRON" else []


def place_authority(trig: Trigger, ctx: Context) -> list[str]:
    """The state where an agentless arrest happens, taken as its agent (a place attached to any word of the
    trigger: 'put under investigation in Italy'); the place itself when the story names no such state."""
    doc = trig.token.doc
    for i in (trig.token.i, *(j for j in trig.tokens if j != trig.token.i)):
        loc = find_location(doc[i], ctx.cues, ctx.actors)
        if loc is None or loc.start is None or loc.end is None:
            continue
        place = ctx.actors.at(loc.start, loc.end)
        if place is None or not place.country:
            return []
        if place.kind != "place":
            return [place.id]
        state = state_actor(place.country, ctx)  # 'in Irbil': Iraq, when the story names it; else the place
        return [state.id] if state is not None else [place.id]  # stands for its state ('arrested in London')
    return []


def salient_state(before: int, ctx: Context) -> list[str]:
    """The government (else country) the story has named most before offset ``before``, when one leads with
    at least two mentions (one passing mention makes no setting)."""
    counts: dict[str, int] = {}
    for a in ctx.actors.actors:
        if a.kind in ("government", "country") and a.country:
            counts[a.country] = counts.get(a.country, 0) + sum(m.start < before for m in a.mentions)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    state = state_actor(ranked[0][0], ctx)
    return [state.id] if state is not None else []


def state_actor(country: str, ctx: Context) -> Actor | None:
    """The story's government actor of ``country``, else its country actor."""
    found = [a for a in ctx.actors.actors if a.country == country and a.kind in ("government", "country")]
    return min(found, key=lambda a: a.kind != "government") if found else None


def implied_government(country: str, ctx: Context) -> Actor:
    """The government of ``country`` when the story names none: the gazetteer's entry, without a mention (a
    protest aimed at no one named is aimed at it)."""
    entry = load_gazetteer().government(country)
    name = entry.name if entry is not None else f"{country} government"
    return ctx.actors.unnamed(f"gov:{country}", name, "government", country, "GOV")


def government_of(country: str, ctx: Context) -> Actor:
    """The side that stands for ``country``'s state: the story's government or country actor of it, else the
    government the gazetteer gives it ('held talks in Baghdad', 'was condemned in London')."""
    return state_actor(country, ctx) or implied_government(country, ctx)


def own_people(country: str, ctx: Context) -> Actor:
    """The country itself as the side a domestic act reaches ('the Nigerian government banned all political
    activity': Nigeria's people), the story's own actor of it when it names the country."""
    entry = load_gazetteer().entry(f"country:{country}")
    return ctx.actors.unnamed(f"country:{country}", entry.name if entry else country, "country", country, None)


def unidentified_actor(country: str, ctx: Context, sector: str = "UNK") -> Actor:
    """PLOVER's generic unidentified actor (sector UNK: the actor of 'two civilians were killed by a bomb') of
    the country where the act happened, or its unnamed crowd (CVL: 'tens of thousands rallied in Manila'),
    one per country, sector and story."""
    what = _UNNAMED[sector]
    return ctx.actors.unnamed(
        f"{what.replace(' ', '_')}:{country.lower()}", f"{what} ({country})", "group", country, sector
    )


_UNNAMED = {"UNK": "unidentified perpetrators", "CVL": "protesters"}


def carried_actors(plover_type: str, ctx: Context) -> list[str]:
    """The actors of the latest earlier event of the same quad class in this or the carry_sentences before:
    the story's agent carried over to an agentless act. Never from later sentences, never a place."""
    quad = ctx.onto.quad_class(plover_type)
    for n, event in reversed(ctx.recent):
        if ctx.n_sent - n > ctx.cues.carry_sentences:
            break
        if event.actors and ctx.onto.quad_class(event.type) == quad:
            return no_places(list(event.actors), ctx)
    return []


def referred_type(noun: Token, cues: Cues) -> str | None:
    """The PLOVER type of an act a definite event noun refers back to ('the allegations', 'this attack')."""
    if not determined_by(noun, cues.sets["anaphoric_dets"]):
        return None
    return cues.event_nouns.get(noun.lemma_.lower())


def referred_act_actors(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'Berisha rejected the allegations', 'the minister condemned the attack': the object refers back to an
    earlier act; its actors receive this one (the accuser, the attacker). The latest earlier event of the
    noun's type within ``recipient_carry_sentences`` that is not this actor's own."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children]
    wanted = next((t for o in objs if (t := referred_type(o, ctx.cues)) is not None), None)
    if wanted is None:
        return []
    for n, event in reversed(ctx.recent):
        if ctx.n_sent - n > ctx.cues.recipient_carry_sentences:
            break
        if event.type == wanted and event.actors and not set(event.actors) & set(actors):
            return no_places(list(event.actors), ctx)
    return []


def named_antecedent(tok: Token, ctx: Context) -> list[str]:
    """'A senior Hamas official said the group would not ...': the organisation, group or government a
    definite subject noun ('the group', 'the ministry') refers back to, the latest one named before it in
    this or the previous sentence; nothing when none is."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    sent = tok.sent
    floor = sent.doc[max(sent.start - 1, 0)].sent.start_char
    best: tuple[int, str] | None = None
    for actor in ctx.actors.actors:
        if actor.kind not in ("group", "organisation", "government"):
            continue
        for m in actor.mentions:
            if floor <= m.start < subj.idx and (best is None or m.start > best[0]):
                best = (m.start, actor.id)
    return [best[1]] if best is not None else []


def conditional_target(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'China will use force if Taiwan declares independence': a threat's condition names whom it
    targets, the subject of an if/unless clause on the trigger, its infinitive ('threatened to retaliate if
    Washington sells arms', however parsed) or the verbs above it (up to two)."""
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))]
    for verb in (tok, *xcomps, *islice(tok.ancestors, 2)):
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and ctx.cues.has("condition_marks", c.lower_) for c in clause.children
            ):
                continue
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = _others(actor_ids(subj, ctx.actors), actors, ctx)
            if found:
                return found
    return []


def protest_target(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'Thousands marched through Dhaka demanding the government's resignation', 'rallied to denounce the
    junta': whom a protest's participle or purpose clause addresses is whom the protest targets."""
    return _clause_target(tok, actors, ctx) or mission_target(tok, actors, ctx)


def stance_target(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'rallied in opposition to the Japanese trade curbs', 'blocked streets in defiance of Chinese authorities':
    what a protest is 'in opposition to' or 'in defiance of' is whom it targets, before the place it blocks."""
    stances = [  # 'opposition to', 'defiance of' under an 'in' phrase of the protest
        inner
        for noun in prep_objects(tok, IN_PREP)
        for inner in noun.children
        if inner.dep_ == "prep" and ctx.cues.has("stance_phrases", f"{noun.lemma_.lower()} {inner.lower_}")
    ]
    found = (_others(actor_ids(o, ctx.actors), actors, ctx) for s in stances for o in s.children if o.dep_ == "pobj")
    return next((f for f in found if f), [])


def purpose_target(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'used tear gas to disperse demonstrators', 'opened fire to break up a rally': whom the force's purpose
    clause turns on is whom the force is used against."""
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    return _clause_target(verb, actors, ctx, ctx.cues.sets["force_purpose_verbs"])


def _clause_target(tok: Token, actors: list[str], ctx: Context, verbs: frozenset[str] | None = None) -> list[str]:
    """The recipients of the first participle or purpose clause on ``tok`` (with ``verbs``, of those verbs)
    that names someone other than ``actors``."""
    for clause in tok.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
            continue
        if verbs is not None and clause.lemma_.lower() not in verbs:
            continue
        _, rec = find_arguments(clause, ctx.actors, ctx.cues)
        # 'demanding that Suharto step down': whom the demanded act's clause is about
        rec = rec or [a for c in clause.children if c.dep_ == "ccomp" for a in actor_ids(subject_of(c)[0], ctx.actors)]
        found = _others(rec, actors, ctx)
        if found:
            return found
    return []


def mission_target(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """The state whose mission an act happens at ('demonstrated outside the Chinese embassy', 'a car bomb
    exploded outside the Israeli embassy'): the act is aimed at it."""
    missions = [
        t
        for t in tok.subtree
        if t.dep_ == "pobj" and ctx.cues.has("mission_buildings", t.lemma_.lower()) and governing_verb(t).i == tok.i
    ]
    return _others([a for m in missions for a in actor_ids(m, ctx.actors)], actors, ctx)
