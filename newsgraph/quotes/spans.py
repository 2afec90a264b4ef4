"""Char-span helpers shared by the attribution rules."""

from __future__ import annotations

from spacy.tokens import Doc, Token

Span = tuple[int, int]  # char offsets, end exclusive

_LEAD_TRIM = " \t\n,;:—–-"
_TAIL_TRIM = " \t\n,;:—–-"
QUOTE_CHARS = '“”"„«»'


def char_span(doc: Doc, first: int, last: int) -> Span:
    """Char span of tokens first..last inclusive."""
    return doc[first].idx, doc[last].idx + len(doc[last])


def subtree_span(tok: Token) -> Span:
    """Char span of a token's whole subtree."""
    return char_span(tok.doc, tok.left_edge.i, tok.right_edge.i)


def trim(text: str, span: Span, full_stop: bool = True) -> Span | None:
    """Strip spaces and clause punctuation at both ends; a final full stop unless quoted."""
    s, e = span
    while s < e and (text[s] in _LEAD_TRIM or text[s].isspace()):
        s += 1
    while e > s and (
        text[e - 1] in _TAIL_TRIM
        or text[e - 1].isspace()
        or (full_stop and text[e - 1] == "." and e - 1 > s and text[e - 2] not in QUOTE_CHARS)
    ):
        e -= 1
    return (s, e) if e > s else None
