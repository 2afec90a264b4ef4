"""What a rule handler sees: the match, the document, the anchor date and lazy tense."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.times.lexicon import Lexicon
from newsgraph.times.tense import direction_at


@dataclass(slots=True)
class Norm:
    """A handler's answer: TIMEX3 value, type and granularity (``end_value`` for ranges)."""

    value: str | None
    type: str
    granularity: str
    end_value: str | None = None
    start_shift: int = 0  # characters to drop from the front of the match (e.g. a leading "the")


@dataclass(slots=True)
class Ctx:
    """One candidate match with everything needed to normalise or reject it."""

    match: re.Match[str]
    doc: Doc
    anchor: dt.date | None
    lex: Lexicon
    text: str  # doc.text, computed once per document (spaCy rebuilds it on each access)
    _direction: int | None = field(default=None)

    def group(self, name: str) -> str | None:
        """A named group of the match, lower-cased with single spaces, or None."""
        raw = self.match.groupdict().get(name)
        return " ".join(raw.lower().split()) if raw else None

    def raw(self, name: str) -> str | None:
        """A named group as written."""
        return self.match.groupdict().get(name)

    def span(self) -> Span | None:
        """The tokens covering the match."""
        return self.doc.char_span(self.match.start(), self.match.end(), alignment_mode="expand")

    def direction(self) -> int:
        """Tense direction of the governing clause (-1 past, 0 present/unknown, +1 future), computed once."""
        if self._direction is None:
            self._direction = direction_at(self.doc, self.match.start(), self.match.end())
        return self._direction

    def after(self, n: int = 12) -> str:
        """Up to ``n`` characters of text after the match, lower-cased."""
        return self.text[self.match.end() : self.match.end() + n].lower()

    def before(self, n: int = 12) -> str:
        """Up to ``n`` characters of text before the match, lower-cased."""
        return self.text[max(0, self.match.start() - n) : self.match.start()].lower()
