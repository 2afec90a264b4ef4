"""Tense of the clause governing a time expression, read from the spaCy parse.

Returns a direction for placing underspecified dates: -1 past, +1 future, 0 present/unknown.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.times.lexicon import load_lexicon

_PAST_TAGS = {"VBD", "VBN"}
_PAST_AUX = {"was", "were", "had", "did", "has", "have", "'d"}


def _governor(tok: Token) -> Token:
    """The nearest verb (or auxiliary) at or above ``tok``; the sentence root as a fallback."""
    hops = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and hops < 8:
        tok = tok.head
        hops += 1
    return tok


def _verb_direction(verb: Token) -> int | None:
    """The direction of one verb from its own tag and auxiliaries, or None when it says nothing."""
    words = load_lexicon().words
    future, conditional = set(words["future_cues"]), set(words["conditional_cues"])
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for a in aux:
        low = a.lower_
        if low == "to":
            head = verb.head
            return 1 if head.lower_ in future or head.lemma_ in future else None
        if low in future:
            return 1
        if low in conditional:
            return 1 if low == "would" else 0
    if verb.lower_ in future and verb.tag_ in ("VBN", "VBZ", "VBP", "VBG"):
        return 1
    if any(a.lower_ in _PAST_AUX for a in aux) or verb.tag_ in _PAST_TAGS:
        return -1
    if verb.tag_ in ("VBZ", "VBP"):
        return 0
    return None


def direction_at(doc: Doc, start: int, end: int) -> int:
    """Tense direction (-1, 0, +1) for the time expression at char span [start, end) of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    verb = _governor(span.root)
    for _ in range(3):
        found = _verb_direction(verb)
        if found is not None:
            return found
        if verb.head is verb:
            break
        verb = _governor(verb.head)
    return 0
