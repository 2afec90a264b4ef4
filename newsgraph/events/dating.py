"""Event dates: the sentence's own time expressions first, else the publication date."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from newsgraph.model import EventDate, TimeExpr

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_value(value: str | None) -> tuple[date, str] | None:
    """A TIMEX3 calendar value ('2023', '2023-03', '2023-03-20') as its first day and granularity."""
    m = _ISO.match(value or "")
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    gran = "day" if m[3] else "month" if m[2] else "year"
    try:
        return date(year, month, day), gran
    except ValueError:
        return None


def _usable(t: TimeExpr) -> bool:
    return (
        t.type in ("DATE", "TIME")
        and t.value is not None
        and not t.value.startswith(("P", "PRESENT", "FUTURE", "PAST"))
    )


def sentence_time(sent: Span, trigger: Token, times: list[TimeExpr]) -> TimeExpr | None:
    """The usable time expression in ``sent`` nearest the trigger."""
    inside = [t for t in times if t.start >= sent.start_char and t.end <= sent.end_char and _usable(t)]
    if not inside:
        return None
    return min(inside, key=lambda t: min(abs(t.start - trigger.idx), abs(t.end - trigger.idx)))


def event_date(time: TimeExpr | None, published: str | None, modality: list[str]) -> EventDate:
    """The event's date: its own time expression, else publication (not for future/historical events)."""
    if time is not None and time.value is not None:
        parsed = parse_value(time.value)
        gran = parsed[1] if parsed else time.granularity
        return EventDate(time.value, time.end_value or time.value, gran, "sentence")
    if published and "future" not in modality and "historical" not in modality:
        return EventDate(published[:10], published[:10], "day", "publication")
    return EventDate(None, None, "unknown", "none")


def is_historical(time: TimeExpr | None, published: str | None, days: int) -> bool:
    """True when the event's own date ends well before publication."""
    if time is None or not published:
        return False
    first = parse_value(time.end_value or time.value)
    pub = parse_value(published[:10])
    if first is None or pub is None:
        return False
    return (pub[0] - first[0]).days > days + (365 if first[1] == "year" else 31 if first[1] == "month" else 0)


def backgrounded(tok: Token) -> bool:
    """Pluperfect ('had invaded') or a 'since X' background phrase."""
    if tok.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "since"
