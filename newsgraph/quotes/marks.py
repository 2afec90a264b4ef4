"""Quotation-mark spans in raw text: straight, curly and two-apostrophe double quotes, paragraph-aware."""

from __future__ import annotations

from collections.abc import Iterator

OPEN = "“„«"
CLOSE = "”»"
STRAIGHT = '"'
TWO_APOSTROPHES = "''"  # typewriter double quote (NYT archive style)


def _marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every quotation mark and newline; kind is 'open', 'close', 'either' or 'nl'."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            yield i, i + 1, "nl"
        elif ch in OPEN:
            yield i, i + 1, "open"
        elif ch in CLOSE:
            yield i, i + 1, "close"
        elif ch == STRAIGHT:
            yield i, i + 1, "either"
        elif text.startswith(TWO_APOSTROPHES, i):
            yield i, i + 2, "either"
            i += 1
        i += 1


def _paragraph_end(text: str, start: int, newline: int) -> int:
    """The end of the last non-space character before ``newline``, but not before ``start``."""
    end = newline
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_paragraph(text: str, newline: int, pos: int) -> bool:
    """True when only whitespace lies between ``newline`` and ``pos``."""
    return not text[newline:pos].strip()


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Every quoted passage as (start, end) char offsets, both marks included.

    A quote left open at a paragraph break is closed there when the next paragraph opens with a
    quotation mark (the news convention for quotes running over several paragraphs) and dropped
    otherwise.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    newline: int | None = None
    for start, end, kind in _marks(text):
        if kind == "nl":
            if open_at is not None and newline is None:
                newline = start
            continue
        if open_at is not None and newline is not None:
            if kind != "close" and _opens_paragraph(text, newline, start):
                spans.append((open_at, _paragraph_end(text, open_at, newline)))
                open_at, newline = start, None
                continue
            open_at, newline = None, None
        if open_at is not None and kind in ("close", "either"):
            spans.append((open_at, end))
            open_at = None
        elif open_at is None and kind in ("open", "either"):
            open_at = start
    return spans
