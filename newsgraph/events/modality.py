"""Modality of a trigger: future, hypothetical, negated, unconfirmed, denied (historical is set by dating)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import clause_chain, governing_verb


@dataclass(slots=True)
class ModalityInfo:
    """The modality flags of one trigger, plus whether an intent/future reading applies."""

    flags: list[str] = field(default_factory=list)
    intent: bool = False
    forecast: bool = False  # the intent reading comes from a forecast ('is likely to', 'is expected to')

    def add(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)


def _lem(tok: Token) -> str:
    return tok.lemma_.lower()


def _aux(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _reported(verb: Token, cues: Cues) -> bool:
    return any(cues.has("speech_verbs", _lem(t)) for t in clause_chain(verb.head, 4) if t.i != verb.i)


def _local_verbs(tok: Token) -> list[Token]:
    """The trigger, the verb it hangs from, and verbs it is chained to by xcomp/conj (one clause)."""
    verbs = [tok]
    verb = governing_verb(tok)
    if verb is not tok:
        verbs.append(verb)
    cur = verb
    while cur.dep_ in ("xcomp", "conj", "acomp") and cur.head.i != cur.i:
        cur = cur.head
        verbs.append(cur)
    return verbs


def _subject_of(tok: Token, verb: Token) -> bool:
    """'negotiations have been going on': the trigger is the governor's subject, not its intended act."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i


def _circumstance(tok: Token, verb: Token, cues: Cues) -> bool:
    """'went off the air in protest', 'agreed amid fighting': the trigger is in a phrase of circumstance on the
    verb, not the act the verb intends."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.head.i == verb.i
        and (cues.has("circumstance_preps", prep.lower_) or cues.has("reaction_preps", prep.lower_))
    )


def _future(verbs: list[Token], tok: Token, cues: Cues, info: ModalityInfo) -> None:
    for v in verbs:
        aux = _aux(v)
        if any(a in cues.sets["future_aux"] for a in aux) or ("would" in aux and _reported(v, cues)):
            info.add("future")
            info.intent = True
        elif any(a in cues.sets["hypothetical_aux"] for a in aux):
            info.add("hypothetical")
        if (
            v is not tok
            and _lem(v) in cues.sets["intent_governors"]
            and not _subject_of(tok, v)
            and not _circumstance(tok, v, cues)
        ):
            info.intent = True
            info.forecast = _lem(v) in cues.sets["forecast_governors"]
            if _lem(v) in cues.sets["future_governors"]:
                info.add("future")
    if any(c.dep_ == "amod" and _lem(c) in cues.sets["future_modifiers"] for c in tok.children):
        info.add("future")
        info.intent = True
    if _be_to(tok):  # 'Japan is to lend 500 million dollars to Indonesia': planned
        info.add("future")
        info.intent = True
    clause = verbs[-1]  # 'is expecting North Korea to launch a missile': a forecast of someone else's act
    if (
        clause.dep_ == "ccomp"
        and _lem(clause.head) in cues.sets["future_governors"]
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    ):
        info.add("future")


def _be_to(tok: Token) -> bool:
    """The trigger is a 'to' infinitive of a bare 'be' with a named subject ('Japan is to lend', 'the two
    leaders are to meet'): what is arranged to happen."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_ == "be"
        and head.dep_ == "ROOT"
        and head.tag_ in ("VBZ", "VBP")  # 'was among the first refugees to arrive' tells what happened
        and not any(c.dep_ in ("prep", "attr", "acomp") for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ == "nsubj" and (c.ent_type_ or c.pos_ == "PROPN") for c in head.children)
    )


def _negated(verbs: list[Token], tok: Token, cues: Cues, info: ModalityInfo) -> None:
    if tok.dep_ == "pobj" and cues.has("reaction_preps", tok.head.lower_):
        return  # 'refused to halt settlement building despite calls from the United States': the calls were made
    for k, v in enumerate(verbs):
        if v is not tok and _lem(v) in cues.sets["litotes_governors"]:
            return  # 'would not hesitate to strike': the negation asserts the strike
        if any(c.dep_ == "neg" for c in v.children) or any(
            c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never") for c in v.children
        ):
            info.add("negated")
            return
        if any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, cues) for c in v.children):
            info.add("negated")  # 'No one was killed in the attack'
            return
        if v is not tok and _lem(v) in cues.sets["negative_governors"] and verbs[k - 1].dep_ != "conj":
            info.add("negated")  # 'refused to attack'; not a conjunct ('would prohibit aid and deny entry')
            return
        if v.dep_ == "pcomp" and v.head.lower_ == "against":  # 'voted against allowing NATO troops in'
            info.add("negated")
            return
        if v.dep_ in ("pcomp", "acl") and v.head.lower_ == "of" and _no_noun(v.head.head):
            info.add("negated")  # 'there was no sign of the ship being intercepted'
            return
        if v.dep_ in ("acl", "relcl") and _no_noun(v.head):
            info.add("negated")  # 'there is no reason to be concerned', 'has no plans to invade'
            return


def _no_one(subj: Token, cues: Cues) -> bool:
    """'nobody', 'none of the hostages', 'no one', 'no soldiers'."""
    return subj.lower_ in cues.sets["negative_subjects"] or _said_no(subj)


def _open_question(verbs: list[Token], cues: Cues, info: ModalityInfo) -> None:
    """'It is unclear whether Russia will attack', 'asked if China would impose sanctions': an event asked about
    is hypothetical, and no one's stated intent (no threat, no promise)."""
    for v in verbs:
        if v.dep_ in ("ccomp", "xcomp", "csubj") and any(
            c.dep_ == "mark" and c.lower_ in cues.sets["open_question_marks"] for c in v.children
        ):
            info.add("hypothetical")
            info.intent = False
            return


def _no_noun(noun: Token) -> bool:
    """A noun denied by 'no' ('no sign', 'no evidence', 'no indication')."""
    return noun.pos_ == "NOUN" and _said_no(noun)


def _said_no(noun: Token) -> bool:
    """The noun has 'no' as its determiner ('no sign', 'no passengers')."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _conditional(tok: Token, cues: Cues, info: ModalityInfo) -> None:
    """An act in an 'if' or 'unless' clause, the parser's adverbial clause or, after a particle read as a
    preposition, its complement ('would not stand idly by if Israel attacked Lebanon')."""
    for t in clause_chain(tok, 6):
        if t.dep_ in ("advcl", "pcomp") and any(
            c.dep_ == "mark" and c.lower_ in cues.sets["conditional_marks"] for c in t.children
        ):
            info.add("hypothetical")
            return


def _denied(tok: Token, cues: Cues, info: ModalityInfo) -> None:
    """Inside what a denial denies ('denied that it attacked', 'rejected allegations that it attacked'); not in
    a clause hanging on the denier ('Berisha, who resigned in 2013, rejected the allegations')."""
    chain = list(clause_chain(tok, 6))
    for k, t in enumerate(chain[1:], 1):
        if chain[k - 1].dep_ in ("nsubj", "nsubjpass", "advcl"):
            return  # the path entered through the denier's subject phrase, or an adverbial clause on the denial
            # ('denied the allegations while criticizing the groups': the criticism is no denied act)
        if _lem(t) == "deny" or (
            _lem(t) in cues.sets["deny_verbs"]
            and any(_lem(c) in cues.sets["deny_objects"] for c in t.children if c.dep_ == "dobj")
        ):
            info.add("denied")
            return


@lru_cache(maxsize=4)
def _hedge_pattern(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """The hedging patterns joined into one alternation (one scan per sentence)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def unconfirmed(sent_text: str, cues: Cues) -> bool:
    """True when the sentence hedges its report ('according to media reports', 'reportedly', ...)."""
    return bool(cues.unconfirmed) and _hedge_pattern(cues.unconfirmed).search(sent_text) is not None


def find_modality(tok: Token, hedged: bool, cues: Cues) -> ModalityInfo:
    """Modality flags for a trigger token; ``hedged`` says whether its sentence is unconfirmed."""
    info = ModalityInfo()
    verbs = _local_verbs(tok)
    _future(verbs, tok, cues, info)
    _negated(verbs, tok, cues, info)
    _conditional(tok, cues, info)
    _open_question(verbs, cues, info)
    _denied(tok, cues, info)
    if hedged:
        info.add("unconfirmed")
    return info
