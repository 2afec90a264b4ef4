"""Calendar arithmetic for TIMEX3 values: shifting an anchor date, formatting at a granularity,
and placing a month, day or weekday before/after the anchor (the tense direction)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_anchor(published: str | None) -> dt.date | None:
    """The publication date of ``published`` ("YYYY-MM-DD", maybe with a time part), or None."""
    if not published:
        return None
    m = _ISO.match(published.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the day does not exist (Feb 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clamped to the month's length."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(d.day, last))


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, DE, CE, WE)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    return add_months(d, n * months) if months else d


def fmt(d: dt.date, unit: str) -> str:
    """``d`` as a TIMEX3 value at the granularity of ``unit``."""
    if unit == "D":
        return d.isoformat()
    if unit in ("W", "WE"):
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{d.year}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return str(d.year)[:3]
    if unit == "CE":
        return str(d.year)[:2]
    return str(d.year)


def place_year(month: int, day: int, anchor: dt.date, direction: int) -> int:
    """The year of (month, day) relative to ``anchor``: -1 on/before, +1 on/after, 0 nearest."""
    key, here = (month, day), (anchor.month, anchor.day)
    nearest = place_year(month, day, anchor, 0) if direction else anchor.year
    if direction and abs((nearest - anchor.year) * 12 + month - anchor.month + (day - anchor.day) / 31) <= 2:
        return nearest  # within two months: the nearest reading beats tense ("by Jan. 14", "in February")
    if direction < 0:
        return anchor.year if key <= here else anchor.year - 1
    if direction > 0:
        return anchor.year if key >= here else anchor.year + 1
    months_away = (month - anchor.month) + (day - anchor.day) / 31
    if months_away > 6:
        return anchor.year - 1
    if months_away < -6:
        return anchor.year + 1
    return anchor.year


def place_weekday(weekday: int, anchor: dt.date, direction: int, strict: bool = False) -> dt.date:
    """The date of ISO ``weekday`` near ``anchor``: -1 on/before, +1 on/after, 0 nearest (ties: before).

    ``strict`` excludes the anchor day itself ("last Friday" said on a Friday).
    """
    delta = weekday - anchor.isoweekday()
    if direction < 0:
        delta = delta - 7 if delta > 0 or (strict and delta == 0) else delta
    elif direction > 0:
        delta = delta + 7 if delta < 0 or (strict and delta == 0) else delta
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return anchor + dt.timedelta(days=delta)
