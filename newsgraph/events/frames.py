"""Syntactic frames a trigger needs to code an event: filters for descriptions, purposes and bare verbs.

News sentences mention event words that assert no event: 'the strike was the result of ...' (an event
noun described, not reported), 'making bombs to carry out attacks' (a purpose), 'warns that countries
could become targets' (a prediction, no threat), 'given the agency 14 days' (no aid). These checks run on
each trigger before triggers are joined, so a rejected governor leaves its dependents free.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import governing_verb, prep_objects, subject_of, to_infinitive
from newsgraph.events.triggers import Trigger
from newsgraph.model import TimeExpr

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_TEMPORAL_ENTS = frozenset({"DATE", "TIME", "CARDINAL"})


def _lem(tok: Token) -> str:
    return tok.lemma_.lower()


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def happening_verb(verb: Token, cues: Cues) -> bool:
    """A verb that tells its event-noun subject happened ('fighting broke out', 'fighting raged')."""
    return _lem(verb) in cues.sets["noun_subject_verbs"]


def described_noun(tok: Token, cues: Cues) -> bool:
    """An event noun that is the subject of a clause which does not say it happened ('the strike was the
    result of', 'tariffs would cause a recession'); one a participle tells was carried out is no such subject."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = tok
    while cur.dep_ in ("conj", "compound", "appos") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ not in _SUBJECT_DEPS:
        return False
    if cur.dep_ == "nsubjpass" and _lem(cur.head) in cues.sets["light_verbs"]:
        return False  # 'the attack was carried out by X': told as done
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and _lem(c) in cues.sets["light_verbs"] for c in cur.children):
        return False  # 'an offensive launched by forces in Puntland earlier this month has met with success'
    return not happening_verb(cur.head, cues)


def _aimed_at(verb: Token, cues: Cues) -> bool:
    """'(tariffs) aimed at raising revenue and pressuring manufacturers': a gerund under an aim."""
    for _ in range(4):  # up the list: 'raising X, protecting Y and pressuring Z'
        if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    return verb.dep_ == "pcomp" and _lem(verb.head.head) in cues.sets["purpose_heads"]


def purpose_clause(tok: Token, cues: Cues) -> bool:
    """The trigger (or the verb its noun hangs from) is an infinitive of purpose ('to carry out attacks'
    after 'making bombs') or a gerund under 'aimed at': an aim, not an event. Complements ('agreed to
    withdraw') are not purposes."""
    verb = governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else tok
    if _aimed_at(verb, cues):
        return True
    if verb.dep_ not in ("advcl", "acl", "relcl") or verb.tag_ != "VB":
        return False
    return to_infinitive(verb)


def sent_to_act(tok: Token, cues: Cues) -> bool:
    """'Germany sent medical teams to help earthquake victims', 'the UN sent 21 officers to Bosnia to investigate':
    help, an inquiry or a mediation that is the purpose of sending people is done by sending them, not a mere aim."""
    return (
        tok.dep_ == "advcl"
        and to_infinitive(tok)
        and cues.has("dispatch_verbs", _lem(tok.head))
        and bool(_children(tok.head, "dobj"))
    )


def _warn_ok(tok: Token, cues: Cues) -> bool:
    """'warned Iran', 'Iran was warned', 'warned against', 'warned of retaliation', 'warned that it would'."""
    if _children(tok, "dobj", "dative", "nsubjpass"):
        return True
    if any(prep.lower_ == "against" for prep in _children(tok, "prep")):
        return True
    if any(_lem(o) in cues.sets["warn_threat_nouns"] for o in _warned_of(tok)):
        return True
    for clause in _children(tok, "ccomp", "xcomp"):
        if clause.dep_ == "xcomp" or any(a.lower_ in cues.sets["warn_future_aux"] for a in _children(clause, "aux")):
            return True
    return False


def _warned_of(tok: Token) -> list[Token]:
    """What a warning is 'of' ('warned of retaliation', 'warnings of starvation')."""
    return [o for p in _children(tok, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]


def _give_ok(tok: Token, cues: Cues) -> bool:
    """'give' is aid only with a real theme: not time ('14 days'), not words ('details'), not a particle."""
    if _children(tok, "prt"):
        return False
    themes = _children(tok, "dobj")
    return bool(themes) and all(
        t.ent_type_ not in _TEMPORAL_ENTS and _lem(t) not in cues.sets["give_non_aid_objects"] for t in themes
    )


def _provide_ok(tok: Token, cues: Cues) -> bool:
    """'provided Ukraine with weapons', 'will provide $2 billion'; not 'unable to provide details', 'could
    provide impetus' (words and abstractions are no aid)."""
    return not any(_lem(t) in cues.sets["give_non_aid_objects"] for t in _children(tok, "dobj"))


def _refuse_ok(tok: Token, cues: Cues) -> bool:
    return any(c.dep_ in ("xcomp", "dobj") and c.ent_type_ not in _TEMPORAL_ENTS for c in tok.children)


def _ask_ok(tok: Token, cues: Cues) -> bool:
    """'asked Iran to ...', 'asked for help'; a bare 'Bugajski asked.' is a question."""
    return bool(_children(tok, "dobj", "dative", "xcomp", "ccomp")) or any(
        p.lower_ == "for" for p in _children(tok, "prep")
    )


def _help_ok(tok: Token, cues: Cues) -> bool:
    """'helped Mauritius build an airstrip', 'helped Ukraine with weapons', 'sent teams to help the victims';
    not 'helped the economy'."""
    if sent_to_act(tok, cues):
        return bool(_children(tok, "dobj", "xcomp", "ccomp"))
    if any(_children(c, "nsubj") for c in _children(tok, "ccomp")):
        return True
    return bool(_children(tok, "dobj")) and (
        bool(_children(tok, "xcomp")) or any(p.lower_ in ("with", "in") for p in _children(tok, "prep"))
    )


def weapon_agent(tok: Token, cues: Cues) -> bool:
    """A passive whose 'by' phrase names a weapon, not who fired it ('the bus was hit by a roadside bomb')."""
    return any(_lem(o) in cues.sets["weapon_nouns"] for a in _children(tok, "agent") for o in _children(a, "pobj"))


def _hit_ok(tok: Token, cues: Cues) -> bool:
    """'its drones hit an oil refinery', 'was hit by a roadside bomb'; not 'the storm hit Malawi', 'prices hit a
    record'."""
    subj, _ = subject_of(tok)
    active = subj is not None and _lem(subj) in cues.sets["weapon_nouns"] and bool(_children(tok, "dobj"))
    return active or weapon_agent(tok, cues)


def _accept_ok(tok: Token, cues: Cues) -> bool:
    """'accepted a $3 billion loan from the IMF': aid received, no agreement."""
    objs = _children(tok, "dobj")
    objs += [o for d in objs for p in _children(d, "prep") if p.lower_ in ("in", "of") for o in _children(p, "pobj")]
    return not any(_lem(o) in cues.sets["received_nouns"] for o in objs)


def _want_ok(tok: Token, cues: Cues) -> bool:
    """'want the UN to lift sanctions' asks someone; 'want to join', 'want peace' do not."""
    return any(c.dep_ == "ccomp" and _children(c, "nsubj") for c in tok.children) or bool(
        _children(tok, "dobj") and _children(tok, "xcomp")
    )


def _charge_ok(tok: Token, cues: Cues) -> bool:
    """'charged three men with murder', 'were charged', 'charged that Croatia ...'; not 'charge less' (a price)."""
    return bool(_children(tok, "dobj", "nsubjpass", "ccomp")) or any(
        p.lower_ in ("with", "over") for p in _children(tok, "prep")
    )


def _release_ok(tok: Token, cues: Cues) -> bool:
    """'released 30 political prisoners', 'were released'; not 'released a report', 'released an AI program'."""
    return not any(_lem(c) in cues.sets["published_things"] for c in _children(tok, "dobj", "nsubjpass"))


def _sighted_ok(tok: Token, cues: Cues) -> bool:
    """'detected 30 Chinese aircraft', 'vessels were spotted', 'boats swarmed the reef': forces seen or
    swarming; not 'detected a virus', 'protesters swarmed the streets'."""
    seen = _children(tok, "nsubj") if _lem(tok) in cues.sets["massing_verbs"] else _children(tok, "dobj", "nsubjpass")
    return any(_lem(o) in cues.sets["military_assets"] for o in seen)


def _leave_ok(tok: Token, cues: Cues) -> bool:
    """'the last Russian troops left Estonia', 'rebels left the town': forces leaving a place withdraw from
    it; not 'the minister left Moscow for Beijing', 'troops left behind'."""
    forces = any(_lem(s) in cues.sets["departing_forces"] for s in _children(tok, "nsubj"))
    places = _children(tok, "dobj")
    named = any(o.ent_type_ in ("GPE", "LOC", "FAC") or _lem(o) in cues.sets["left_places"] for o in places)
    return forces and named


def _counted_subjects(tok: Token) -> list[Token]:
    """The verb's subjects with what a counted one counts ('thousands of Serb troops', 'thousands of civilians')."""
    subjects = _children(tok, "nsubj")
    return subjects + [
        o for s in subjects if s.tag_ in ("NNS", "CD") for p in _children(s, "prep") for o in _children(p, "pobj")
    ]


def _civilians_leave(tok: Token, cues: Cues) -> bool:
    """The verb's subject ('residents', 'thousands of civilians') is people who flee, not forces that withdraw."""
    return any(_lem(s) in cues.sets["fleeing_people"] for s in _counted_subjects(tok))


def incursion(tok: Token, cues: Cues) -> bool:
    """'Turkish troops crossed into northern Iraq', 'Rwandan soldiers crossed the border into Congo', 'pushed
    deep into', 'poured into Kosovo', 'marched into Kuwait': forces entering another state's ground; not
    'refugees crossed into Tanzania', 'crossed the river', 'pushed ahead'."""
    if not cues.has("incursion_verbs", _lem(tok)):
        return False
    forces = any(_lem(s) in cues.sets["departing_forces"] for s in _counted_subjects(tok))  # 'thousands of troops'
    into = prep_objects(tok, _INTO)
    into += [a for o in into for a in _children(o, "appos")]  # 'swept into the capital Kinshasa'
    return forces and any(o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" or _children(o, "pobj") for o in into)


_INTO = frozenset({"into"})


def _tell_ok(tok: Token, cues: Cues) -> bool:
    """'Zimbabwe told Britain to stay out of its affairs', 'were told by the Commonwealth to release prisoners': an
    order to a side the text names; not 'told reporters that ...', 'told reporters to expect more', 'told the man to
    remove the duvet'."""
    told = _children(tok, "dobj", "nsubjpass", "dative")
    ordered = [x for x in _children(tok, "xcomp") if to_infinitive(x)]
    named = [t for t in told if any(w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for w in t.subtree)]
    return bool(ordered) and any(not cues.has("press_nouns", _lem(t)) for t in named)


_COMPLEMENT_CHECKS = {
    "warn": _warn_ok,
    "give": _give_ok,
    "provide": _provide_ok,
    "decline": _refuse_ok,
    "refuse": _refuse_ok,
    "ask": _ask_ok,
    "help": _help_ok,
    "assist": _help_ok,
    "hit": _hit_ok,
    "charge": _charge_ok,
    "release": _release_ok,
    "accept": _accept_ok,
    "want": _want_ok,
    "spot": _sighted_ok,
    "detect": _sighted_ok,
    "sight": _sighted_ok,
    "swarm": _sighted_ok,
    "leave": _leave_ok,
    "tell": _tell_ok,
}


def _measure_subject(tok: Token, cues: Cues) -> bool:
    """'the new sanctions target 180 vessels', 'Britain's measures targeted tankers': a policy's reach, no
    attack; not 'the Houthis targeted ships', 'its drones hit a refinery'."""
    subj, passive = subject_of(tok)
    return subj is not None and not passive and _lem(subj) in cues.sets["measure_subjects"]


def complement_ok(trig: Trigger, cues: Cues) -> bool:
    """Whether a bare-verb trigger has the complement its event needs (multi-word patterns always do)."""
    tok = trig.token
    lemma = _lem(tok)
    if trig.entry.mode == "withdraw" and trig.entry.pos == "V" and _civilians_leave(tok, cues):
        return False  # 'thousands of civilians abandoned the city': flight, no retreat
    if len(trig.entry.lemmas) > 1 or trig.entry.pos != "V":
        return True
    if trig.entry.type == "ASSAULT" and lemma in cues.sets["incursion_verbs"]:
        return incursion(tok, cues)  # 'crossed into northern Iraq', 'pushed deep into'
    if lemma not in cues.sets["complement_triggers"]:
        return True
    check = _COMPLEMENT_CHECKS.get(lemma)
    if check is not None:
        return check(tok, cues)
    if lemma in cues.sets["command_verbs"]:
        return bool(_children(tok, "xcomp", "ccomp"))
    return bool(_children(tok, "dobj", "nsubjpass"))  # host/welcome: a guest


def _question_clause(verb: Token, cues: Cues) -> bool:
    """A clause opened by 'if'/'whether' (or a wh-word) under a verb of asking: a question, not an event."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in cues.sets["question_marks"] for c in verb.children)


def embedded_question(tok: Token, cues: Cues) -> bool:
    """'asked Lai if he agreed with them', 'wondered whether talks would resume': the inner act is asked
    about, not asserted; and asking a question ('asked him whether ...') is no REQUEST."""
    verb = governing_verb(tok)
    if verb.dep_ == "ccomp" and _lem(verb.head) in cues.sets["question_verbs"] and _question_clause(verb, cues):
        return True
    return _lem(tok) in cues.sets["question_verbs"] and any(
        c.dep_ == "ccomp" and _question_clause(c, cues) for c in tok.children
    )


def topic_noun(tok: Token, cues: Cues) -> bool:
    """An event noun talked about rather than reported: 'has not commented on the meeting', 'did not
    respond to a request', 'made no reference to the talks', 'no discussions about peacekeeping'."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    head = tok.head.head
    if tok.head.lower_ == "of" and cues.has("topic_of_nouns", _lem(head)):
        return True  # 'made no mention of the Ukraine war'
    if tok.head.lower_ not in cues.sets["topic_preps"]:
        return False
    return _lem(head) in cues.sets["topic_verbs" if head.pos_ in ("VERB", "AUX") else "topic_nouns"]


def counterfactual(tok: Token, cues: Cues) -> bool:
    """The trigger's clause is an 'if' clause in the past perfect ('If the EU had allowed ...'), or a
    gerund subject of a clause ('holding a summit in June would be ...'): a supposition, not an event."""
    verb = governing_verb(tok)
    if verb.dep_ in ("csubj", "csubjpass") and verb.tag_ == "VBG":
        return True
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in cues.sets["counterfactual_marks"] for c in verb.children
    ):
        return False
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def feared(tok: Token, cues: Cues) -> bool:
    """An act someone fears or risks ('terrified of being forced back to China', 'fear being deported', 'at risk
    of deportation'): what may happen to them, no event."""
    verb = governing_verb(tok) if tok.pos_ == "NOUN" else tok
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("of", "about"):
        return cues.has("fear_words", _lem(verb.head.head))
    return verb.dep_ in ("xcomp", "ccomp", "dobj") and cues.has("fear_words", _lem(verb.head))


def reporting_use(tok: Token, cues: Cues) -> bool:
    """'"The danger is not passed," agreed Polat Sayim': a verb of assent after a quote, its subject after it,
    reports speech; it codes no agreement."""
    if not cues.has("assent_verbs", _lem(tok)) or tok.pos_ != "VERB":
        return False
    inverted = any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children)
    return inverted and any(t.text in _QUOTES for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i])


_QUOTES = frozenset({'"', "”", "“", "'", "’"})


_NAME_ENTS = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})


def named_thing(trig: Trigger) -> bool:
    """An event noun inside a capitalised name mid-sentence names a thing, not an event told: 'the North
    American Free Trade Agreement', 'the Trans-Pacific Partnership'."""
    tok = trig.token
    return trig.entry.pos == "N" and tok.ent_type_ in _NAME_ENTS and tok.is_title and tok.i > tok.sent.start


def idiom_use(tok: Token, cues: Cues) -> bool:
    """A trigger word in a sense that is no event: a verb of recognising with a clause acknowledges a fact
    ('recognized that mistakes had been made'; 'recognized Croatia' is recognition); demonstrating something
    shows it; striking someone as something seems; shooting oneself (in the foot) harms one's own cause; what
    explodes is a bomb, not a prison population; a noun after 'in' holds a post ('was in charge of the talks';
    'the charges against him' accuse)."""
    lemma = _lem(tok)
    if cues.has("fact_verbs", lemma) and tok.pos_ == "VERB":
        return any(c.dep_ == "ccomp" for c in tok.children)
    if cues.has("showing_verbs", lemma):  # 'as demonstrated by his departure', 'demonstrated its resolve'
        return any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "agent") for c in tok.children)
    if cues.has("seeming_verbs", lemma):  # 'struck me as political', 'it is striking that'
        return tok.dep_ == "acomp" or any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    if cues.has("self_harm_verbs", lemma):  # 'would be shooting yourself in the foot': harming one's own cause
        return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children)
    if cues.has("blast_verbs", lemma) and tok.pos_ == "VERB":  # 'a car bomb exploded'; 'the population exploded'
        subj = _children(tok, "nsubj")  # 'rebels exploded a series of bombs': what they set off is the bomb
        return bool(subj) and not _children(tok, "dobj") and not cues.has("explosive_nouns", _lem(subj[0]))
    if cues.has("under_nouns", lemma) and tok.pos_ == "NOUN":  # 'came under fire'; 'the fire destroyed ...'
        under = tok.dep_ == "pobj" and tok.head.lower_ == "under"
        return not under or (cues.has("come_under_nouns", lemma) and not cues.has("undergo_verbs", _lem(tok.head.head)))
    return cues.has("in_idiom_nouns", lemma) and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _pattern_end_ok(trig: Trigger, cues: Cues) -> bool:
    """A pattern's last word hangs on its anchor as the pattern needs: a preposition with its object ('stood by
    its ally', not 'troops stood by as the crowd looted' nor 'stands accused ... by Ukraine'), or the object
    itself ('returned the Prevlaka peninsula to Montenegro', not 'refugees returned to the town')."""
    pattern = " ".join(trig.entry.lemmas)
    prep, obj = cues.has("prep_object_patterns", pattern), cues.has("object_patterns", pattern)
    if not (prep or obj):
        return True
    last = trig.token.doc[max(trig.tokens)]
    if last.head.i != trig.token.i:
        return False
    return any(c.dep_ == "pobj" for c in last.children) if prep else last.dep_ in ("dobj", "nsubjpass")


def frame_ok(trig: Trigger, cues: Cues) -> bool:
    """All frame checks of one trigger; a gerund used as an adjective ('on ceding sovereignty') names a
    topic, not an event, and one used as a preposition ('barring any major upside effects') none at all."""
    tok = trig.token
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        return False
    free = tok.dep_ != "acl" and not _children(tok, "nsubj")  # not 'the Taliban barring Bennett from entering'
    if tok.tag_ == "VBG" and free and cues.has("preposition_participles", tok.lower_):
        return False
    if not _pattern_end_ok(trig, cues):
        return False
    if trig.entry.pos == "V" and cues.has("impact_verbs", _lem(tok)) and _measure_subject(tok, cues):
        return False  # 'the new sanctions target 180 vessels': a policy's reach, no attack
    goods = tok.dep_ == "acl" and tok.tag_ == "VBN" and cues.has("goods_verbs", _lem(tok))
    if goods and not any(c.dep_ == "agent" for c in tok.children):
        return False  # 'a tariff on all products exported to the United States': goods described, no act
    received_only = trig.entry.pos == "N" and len(trig.entry.lemmas) == 1 and cues.has("only_received_nouns", _lem(tok))
    if received_only and not _received(tok, cues):
        return False  # 'support for the deal', '5 percent support': opinion, not what one side gives another
    if tok.dep_ == "amod" and cues.has("predicative_adjectives", _lem(tok)) and tok.head.dep_ not in ("attr", "oprd"):
        return False  # 'illegal aliens', 'a provocative step': a description; 'called it an illegal act' judges
    purpose = trig.entry.type != "PROTEST" and purpose_clause(tok, cues)  # 'shunned work to protest' is one
    if purpose and cues.sets["sent_acts"].intersection((trig.entry.type, trig.entry.mode)):
        purpose = not sent_to_act(tok, cues)
    if purpose or embedded_question(tok, cues) or topic_noun(tok, cues) or counterfactual(tok, cues):
        return False
    if feared(tok, cues):  # 'terrified of being forced back': what may happen, no event
        return False
    ended = tok.pos_ == "NOUN" and tok.dep_ == "dobj" and cues.has("ending_verbs", _lem(tok.head))
    if ended and not cues.has("closable_nouns", _lem(tok)):  # 'ended a three-day visit' reports the visit
        return False  # 'vowed to end the war in Chechnya', 'to avoid a war with Pakistan': no act of war
    if reporting_use(tok, cues) or labelling_use(trig, cues) or idiom_use(tok, cues) or named_thing(trig):
        return False
    told_otherwise = struggling_person(tok, cues) or described_noun(tok, cues) or dismissal(tok, cues)
    return not told_otherwise and not _forecast_warning(trig, cues) and complement_ok(trig, cues)


def received_object(tok: Token, cues: Cues) -> bool:
    """The noun is what its verb's subject receives ('won support from Britain', 'drew protests from China')."""
    return tok.dep_ == "dobj" and cues.has("receive_verbs", _lem(tok.head))


def _received(tok: Token, cues: Cues) -> bool:
    """A noun received that is no share of a poll ('received 38 percent support')."""
    counted = any(c.like_num or c.lower_ in ("percent", "%") for c in tok.subtree if c.i < tok.i)
    return received_object(tok, cues) and not counted


def _forecast_warning(trig: Trigger, cues: Cues) -> bool:
    """'warnings of starvation': a warning of a harm no one threatens to do foretells it, as 'warned of famine'
    does; 'a warning of retaliation' threatens."""
    if trig.entry.pos != "N" or _lem(trig.token) != "warning":
        return False
    feared = _warned_of(trig.token)
    return bool(feared) and not any(_lem(o) in cues.sets["warn_threat_nouns"] for o in feared)


def struggling_person(tok: Token, cues: Cues) -> bool:
    """'he's still fighting': one person fighting no one named struggles; no armed clash is told."""
    if _lem(tok) not in cues.sets["fight_verbs"] or tok.pos_ != "VERB":
        return False
    if _children(tok, "dobj") or any(p.lower_ in ("with", "against", "between") for p in _children(tok, "prep")):
        return False
    subj, _ = subject_of(tok)
    return subj is not None and (subj.lower_ in ("he", "she", "i") or subj.ent_type_ == "PERSON")


def labelling_use(trig: Trigger, cues: Cues) -> bool:
    """'Iran called Israel's strikes illegal': a verb of labelling with a predicate names what it labels; it
    calls no strike (the evaluation is the event). A pattern whose own word is the predicate is that
    evaluation ('called South Korea its principal enemy')."""
    tok = trig.token
    return (
        trig.entry.pos == "V"
        and _lem(tok) in cues.sets["labelling_verbs"]
        and any(c.dep_ in ("oprd", "acomp") and c.i not in trig.tokens for c in tok.children)
    )


def dismissal(tok: Token, cues: Cues) -> bool:
    """'Yeltsin fired his prime minister', 'dismissed three generals', '5,300 employees were fired': a verb of
    shooting or rejecting whose object is an office-holder or staff removes them from office; that is no attack
    and no rejection."""
    if _lem(tok) not in cues.sets["dismissal_verbs"]:
        return False
    objs = _children(tok, "dobj", "nsubjpass")  # '5,300 employees were fired', 'fired thousands of employees'
    objs += [o for c in objs for p in _children(c, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
    return any(_lem(c) in cues.sets["staff_nouns"] for c in objs)


def _recurring(tok: Token, times: list[TimeExpr]) -> bool:
    """A recurring time ('each year', 'every Friday') in the trigger's own clause."""
    verb = governing_verb(tok)
    for t in times:
        if t.type != "SET" or not (tok.sent.start_char <= t.start < tok.sent.end_char):
            continue
        span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
        clause = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if span else None
        if clause is not None and (clause.i == verb.i or (clause.dep_ == "xcomp" and clause.head.i == verb.i)):
            return True  # 'bans fishing ... each year': the time may hang on the verb's complement
    return False


def generic(tok: Token, etype: str, cues: Cues, times: list[TimeExpr]) -> bool:
    """A material event told as a habit: a recurring time in its clause ('bans fishing each year'), the
    simple present of a relative clause ('fighters who fight ...') or of a law as subject ('the laws prevent'); any
    event in the simple present with an adverb of habit ('the Taliban routinely deny', 'Russia often accuses')."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    verbs = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]  # 'routinely deny providing'
    if any(
        v.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "advmod" and c.lower_ in cues.sets["habitual_adverbs"] for c in v.children)
        for v in verbs
    ):
        return True
    if etype == "REQUEST" and _universal_subject(verb, cues):
        return True  # 'each company must fend for itself': a rule, no demand
    if etype not in cues.sets["generic_types"]:
        return False
    if _recurring(tok, times):
        return True
    simple_present = tok.tag_ in ("VBZ", "VBP") and not _children(tok, "aux", "auxpass")
    if simple_present and any(c.dep_ == "nsubj" and cues.has("document_nouns", _lem(c)) for c in tok.children):
        return True  # 'these counterterrorism laws prevent ...': what a law does, not an event
    return tok.dep_ == "relcl" and simple_present


def _universal_subject(verb: Token, cues: Cues) -> bool:
    """The subject of ``verb`` is quantified over all ('each company', 'every member')."""
    return any(
        c.dep_ == "det" and cues.has("universal_determiners", c.lower_)
        for subj in verb.children
        if subj.dep_ in ("nsubj", "nsubjpass")
        for c in subj.children
    )


def pattern_noun(tok: Token, cues: Cues) -> bool:
    """'regular attacks by X', 'frequent clashes': an event noun naming a pattern of behaviour, not one event."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in cues.sets["routine_words"] for c in tok.children)


def thing_subject(tok: Token) -> bool:
    """The trigger's active subject is a common noun that names no actor ('the agreement could threaten',
    'people are discussing'): a statement or decision needs someone who makes it."""
    verb = tok if tok.pos_ in ("VERB", "AUX", "ADJ") else governing_verb(tok)
    subj, passive = subject_of(verb)
    return subj is not None and not passive and subj.pos_ == "NOUN" and subj.i != tok.i
