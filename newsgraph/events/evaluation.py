"""Negative evaluations as ACCUSE: 'X said the EU is "hostile and abusive"' is X accusing the EU.

An evaluative adjective of the lexicon (type ACCUSE, part of speech A) codes an accusation only when
someone says it: the speaker (the quote's or the speech verb's subject, or the subject of 'called Y
"cruel"') is the actor and what is evaluated (the subject of the adjective's clause, or the object of
'call') the recipient. A narrator's adjective is description, not an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.table import ActorTable
from newsgraph.events.arguments import actor_ids
from newsgraph.events.attribution import find_attribution
from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import governing_verb, subject_of, to_infinitive
from newsgraph.events.triggers import Trigger
from newsgraph.model import Quote

_CLIMB = frozenset({"amod", "acomp", "attr", "pobj", "prep", "conj", "oprd", "npadvmod", "advmod", "appos", "compound"})


def evaluative(trig: Trigger, cues: Cues) -> bool:
    """An adjective trigger of type ACCUSE ('hostile', 'baseless', 'cruel'); not a feeling of its subject
    ('Germany is concerned about ...': Germany disapproves)."""
    return (
        trig.entry.pos == "A"
        and trig.entry.type == "ACCUSE"
        and not cues.has("experiencer_adjectives", trig.token.lemma_.lower())
    )


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause the adjective sits in ('is' of 'the EU is one of the most hostile ...')."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return governing_verb(cur)


def evaluation_roles(tok: Token, actors: ActorTable, quotes: list[Quote], cues: Cues) -> tuple[list[str], list[str]]:
    """(speaker ids, evaluated ids) of an evaluative adjective; no speaker gives no actor."""
    verb = _clause_verb(tok)
    if (
        verb.dep_ in ("advcl", "xcomp")
        and to_infinitive(verb)
        and cues.has("labelling_verbs", verb.head.lemma_.lower())
    ):
        verb = verb.head  # 'called the EU move to tax spirits "deeply disappointing"': the parser hung it on 'tax'
    # the parser may make the object a second predicate: 'called Pakistan's assertions "baseless"'
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i != tok.i), None)
    if obj is not None and cues.has("labelling_verbs", verb.lemma_.lower()):  # 'called the move "cruel"'
        subj, _ = subject_of(verb)
        return actor_ids(subj, actors), [a for a in actor_ids(obj, actors)]
    subj, _ = subject_of(verb)
    speaker, _text = find_attribution(tok, quotes, actors, cues)
    targets = [a for a in actor_ids(subj, actors) if a != speaker] if subj is not None else []
    return ([speaker] if speaker is not None else []), targets
