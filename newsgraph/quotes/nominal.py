"""Nominal cues: "Trump's claim that ...", "her criticism of X", "the IMF's estimate of Y".

The possessor (or a "by"/"from" phrase) is the source; the noun's "that"/"to" clause or the object
of a content preposition is the content. A noun with no source counts only with a "that" clause
("concerns that the deal would fail"), the common unattributed form.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.quotes.spans import Span, char_span, subtree_span, trim

NOUN_PREPS = frozenset({"of", "for", "with", "toward", "towards", "about", "on", "over", "against"})
_SOURCE_PREPS = frozenset({"by", "from"})


def _source(noun: Token) -> Token | None:
    """The possessor of a cue noun, else the object of its 'by'/'from' phrase."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _SOURCE_PREPS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _clause(noun: Token) -> tuple[Token | None, bool]:
    """The noun's clausal complement and whether it opens with 'that'."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            kids = list(child.children)
            that = any(k.dep_ == "mark" and k.lower_ == "that" for k in kids)
            to = any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            if that or to:
                return child, that
    return None, False


def _prep_object(noun: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """(preposition, object) of the noun's first content preposition."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return child, obj
    return None


def nominal_attribution(
    tok: Token, text: str, content_preps: frozenset[str]
) -> tuple[Span, Span | None, int | None, Span] | None:
    """(cue, source, source head, content) of a cue noun, or None when it attributes nothing."""
    src = _source(tok)
    clause, that = _clause(tok)
    cue_end: Token = tok
    if clause is not None:
        content = trim(text, subtree_span(clause))
    else:
        found = _prep_object(tok, NOUN_PREPS | content_preps)
        if found is None:
            return None
        cue_end, obj = found
        content = trim(text, subtree_span(obj))
    if content is None or (src is None and not that):
        return None
    source = trim(text, subtree_span(src), full_stop=False) if src is not None else None
    cue = char_span(tok.doc, tok.i, cue_end.i)
    return cue, source, (src.i if src is not None else None), content
