"""Rule handlers: turn one regex match into a TIMEX3 value, or reject it (return None).

Each handler is named after its rule in ``data/times/rules.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsgraph.times.calendar import add_months, fmt, place_weekday, place_year, safe_date, shift
from newsgraph.times.context import Ctx, Norm

Handler = Callable[[Ctx], Norm | None]

GRANULARITY = {
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
    "H": "time",
    "MI": "time",
    "S": "time",
}
_VERB_TAGS = {"MD", "VB", "VBD", "VBP", "VBZ", "VBG", "VBN"}
_NOT_YEAR_ENTS = {"MONEY", "PERCENT", "QUANTITY"}
_REL_UNITS = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE"}
_SEASON_MID = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def _number(ctx: Ctx, name: str = "n") -> float | None:
    """The quantity of group ``name``: digits, number words ("twenty-four"), or None when vague."""
    text = ctx.group(name) or ""
    numbers = ctx.lex.table("numbers")
    if text.replace(".", "", 1).isdigit():
        return float(text)
    if text in numbers:
        return float(numbers[text])
    parts = text.replace("-", " ").split()
    if parts and all(p in numbers for p in parts):
        return float(sum(numbers[p] for p in parts))
    return None


def _unit(ctx: Ctx) -> str:
    return str(ctx.lex.table("units").get(ctx.group("unit") or "", "D"))


def _relative(ctx: Ctx) -> int | None:
    rel = ctx.group("rel")
    return None if rel is None else int(ctx.lex.table("relatives").get(rel, 0))


def _capitalised(ctx: Ctx, name: str) -> bool:
    raw = ctx.raw(name)
    return bool(raw) and raw[0].isupper()  # type: ignore[index]


def duration_value(n: float | None, unit: str) -> str:
    """ISO-8601 duration: P4Y, PT3H, P10Y for a decade, PXM when the quantity is vague."""
    if unit in ("DE", "CE"):
        n, unit = (None if n is None else n * (10 if unit == "DE" else 100)), "Y"
    if unit == "WE":
        unit = "WE"
    qty = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit in ("H", "MI", "S"):
        return f"PT{qty}{'M' if unit == 'MI' else unit}"
    return f"P{qty}{unit}"


def _month_year(ctx: Ctx, month: int, day: int) -> str:
    y = ctx.group("y")
    if y:
        return y
    if ctx.anchor is None:
        return "XXXX"
    return str(place_year(month, day, ctx.anchor, ctx.direction()))


def iso_date(ctx: Ctx) -> Norm | None:
    d = safe_date(int(ctx.group("y") or 0), int(ctx.group("m") or 0), int(ctx.group("d") or 0))
    return Norm(d.isoformat(), "DATE", "day") if d else None


def month_day(ctx: Ctx) -> Norm | None:
    if not _capitalised(ctx, "month"):
        return None
    month = int(ctx.lex.table("months")[ctx.group("month") or ""])
    day = int(ctx.group("d") or 0)
    if not 1 <= day <= 31:
        return None
    year = _month_year(ctx, month, day)
    value = f"{year}-{month:02d}-{day:02d}"
    end = None
    if ctx.group("d2"):
        month2 = int(ctx.lex.table("months")[ctx.group("month2") or ""]) if ctx.group("month2") else month
        day2 = int(ctx.group("d2") or 0)
        if not day < day2 <= 31 and month2 == month:
            return None
        end = f"{year}-{month2:02d}-{day2:02d}"
    return Norm(value, "DATE", "day", end)


def month_year(ctx: Ctx) -> Norm | None:
    if not _capitalised(ctx, "month"):
        return None
    month = int(ctx.lex.table("months")[ctx.group("month") or ""])
    bare = not (ctx.group("y") or ctx.group("rel") or ctx.group("pmod"))
    if bare and not _month_alone_ok(ctx):
        return None
    rel = _relative(ctx)
    if ctx.group("yrel") and ctx.anchor is not None:
        year = ctx.anchor.year + int(ctx.lex.table("relatives")[ctx.group("yrel") or "this"])
        return Norm(f"{year}-{month:02d}", "DATE", "month")
    if rel is not None and ctx.anchor is not None and not ctx.group("y"):
        a = ctx.anchor
        year = a.year if rel == 0 else (a.year - (month >= a.month) if rel < 0 else a.year + (month <= a.month))
        return Norm(f"{year}-{month:02d}", "DATE", "month")
    return Norm(f"{_month_year(ctx, month, 15)}-{month:02d}", "DATE", "month")


def _month_alone_ok(ctx: Ctx) -> bool:
    """A bare month word is a month unless tagged as a verb/modal or part of a person's name."""
    span = ctx.span()
    if span is None:
        return False
    tok = span[0]
    if tok.tag_ in _VERB_TAGS or tok.ent_type_ in ("PERSON", "ORG"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I")


def year_range(ctx: Ctx) -> Norm | None:
    y, y2 = ctx.group("y") or "", ctx.group("y2") or ""
    if len(y2) == 2:
        y2 = y[:2] + y2
    if not y < y2:
        return None
    return Norm(y, "DATE", "year", y2)


def year(ctx: Ctx) -> Norm | None:
    span = ctx.span()
    if span is None or ctx.before(1) in ("$", "#") or ctx.after(1) in ("%",):
        return None
    tok = next((t for t in span if t.text.endswith(ctx.group("y") or "")), span.root)
    if tok.ent_type_ in _NOT_YEAR_ENTS:
        return None
    if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and not ctx.group("fiscal"):
        return None  # "2000 troops": a count, not a year
    return Norm(ctx.group("y"), "DATE", "year")


def decade(ctx: Ctx) -> Norm | None:
    dec = (ctx.group("dec") or "").lstrip("'")
    if len(dec) == 2:
        century = "19" if ctx.anchor is None or int(dec) > ctx.anchor.year % 100 else "20"
        dec = century + dec
    return Norm(dec[:3], "DATE", "decade")


def century(ctx: Ctx) -> Norm | None:
    n = int(ctx.lex.table("ordinals").get(ctx.group("ord") or "", 0))
    return Norm(f"{n - 1:02d}", "DATE", "century") if n else None


def season(ctx: Ctx) -> Norm | None:
    code = str(ctx.lex.table("seasons")[ctx.group("season") or ""])
    if ctx.group("y"):
        return Norm(f"{ctx.group('y')}-{code}", "DATE", "season")
    rel = _relative(ctx)
    if (
        _capitalised(ctx, "season")
        and ctx.after(2)[-1:].isalpha()
        and ctx.text[ctx.match.end() + 1 : ctx.match.end() + 2].isupper()
    ):
        return None  # "Winter Olympics", "British Summer Time"
    if rel is None and not ctx.group("pmod"):
        span = ctx.span()
        if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
            return None
    if ctx.anchor is None:
        return Norm(f"XXXX-{code}", "DATE", "season")
    mid = _SEASON_MID[code]
    if rel is None:
        year = place_year(mid, 15, ctx.anchor, ctx.direction())
    elif rel == 0:
        year = ctx.anchor.year
    else:
        year = place_year(mid, 15, add_months(ctx.anchor, 2 * rel), rel)
    return Norm(f"{year}-{code}", "DATE", "season")


def quarter(ctx: Ctx) -> Norm | None:
    q = int(ctx.lex.table("ordinals").get(ctx.group("ord") or "", 0))
    if not 1 <= q <= 4:
        return None
    if ctx.group("y"):
        return Norm(f"{ctx.group('y')}-Q{q}", "DATE", "quarter")
    if ctx.anchor is None:
        return Norm(f"XXXX-Q{q}", "DATE", "quarter")
    return Norm(f"{place_year(q * 3 - 1, 15, ctx.anchor, ctx.direction())}-Q{q}", "DATE", "quarter")


def qyear(ctx: Ctx) -> Norm | None:
    return Norm(f"{ctx.group('y')}-Q{ctx.group('q')}", "DATE", "quarter")


def rel_unit(ctx: Ctx) -> Norm | None:
    unit = _REL_UNITS[ctx.group("unit") or "year"]
    rel = _relative(ctx) or 0
    if unit in ("DE", "CE") and rel and (ctx.group("rel") or "").startswith("the"):
        return Norm(duration_value(1, unit), "DURATION", "duration")  # "the next decade": a span of time
    if ctx.anchor is None:
        return Norm(None, "DATE", GRANULARITY[unit])
    if unit == "W" and rel == -1 and ctx.anchor.isoweekday() == 7:
        rel = 0  # 'last week' in a Sunday paper is the working week just ended, the ISO week of that Sunday
    return Norm(fmt(shift(ctx.anchor, rel, unit), unit), "DATE", GRANULARITY[unit])


def end_of_unit(ctx: Ctx) -> Norm | None:
    unit = _REL_UNITS[ctx.group("unit") or "year"]
    value = fmt(ctx.anchor, unit) if ctx.anchor else None
    return Norm(value, "DATE", GRANULARITY[unit])


def rel_dur(ctx: Ctx) -> Norm | None:
    return Norm(duration_value(_number(ctx), _unit(ctx)), "DURATION", "duration")


def duration(ctx: Ctx) -> Norm | None:
    if ctx.after(5).lstrip(" -").startswith("old"):
        return None  # ages: "a 60-year-old"
    if ctx.group("n") in ("a", "an") and (ctx.group("unit") == "second" or _per_unit(ctx)):
        return None  # "a second group"; "$2 million a year" (a rate)
    shift_the = 4 if (ctx.group("amod") == "the" and "-" in ctx.match.group()) else 0
    return Norm(duration_value(_number(ctx), _unit(ctx)), "DURATION", "duration", start_shift=shift_the)


def _per_unit(ctx: Ctx) -> bool:
    """ "a year" after a quantity or noun reads "per year"."""
    span = ctx.span()
    if span is None or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ in ("NUM", "NOUN") or prev.like_num


def vague_dur(ctx: Ctx) -> Norm | None:
    return Norm(duration_value(None, _unit(ctx)), "DURATION", "duration")


def ago(ctx: Ctx) -> Norm | None:
    n, unit = _number(ctx), _unit(ctx)
    sign = -1 if ctx.group("dir") in ("ago", "earlier") else 1
    if n is None:
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF", "DATE", "unknown")
    if ctx.anchor is None or n != int(n):
        return Norm(None, "DATE", GRANULARITY.get(unit, "day"))
    if unit in ("H", "MI", "S"):
        return Norm(ctx.anchor.isoformat(), "DATE", "day")
    return Norm(fmt(shift(ctx.anchor, sign * int(n), unit), unit), "DATE", GRANULARITY[unit])


def _pod(ctx: Ctx, day: dt.date | None, base: str) -> Norm:
    pod = ctx.group("pod")
    if pod is None:
        return Norm(day.isoformat() if day else base, "DATE", "day")
    code = ctx.lex.table("parts_of_day")[pod]
    return Norm(f"{day.isoformat() if day else base}T{code}", "TIME", "time")


def weekday(ctx: Ctx) -> Norm | None:
    if not _capitalised(ctx, "wd"):
        return None
    wd = int(ctx.lex.table("weekdays")[ctx.group("wd") or ""])
    if ctx.anchor is None:
        return _pod(ctx, None, f"XXXX-WXX-{wd}")
    rel = _relative(ctx)
    if rel is None or rel == 0:
        day = place_weekday(wd, ctx.anchor, ctx.direction() if rel is None else 0)
    else:
        day = place_weekday(wd, ctx.anchor, rel, strict=True)
    return _pod(ctx, day, "")


def the_weekend(ctx: Ctx) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, "DATE", "week")
    return Norm(fmt(place_weekday(6, ctx.anchor, ctx.direction()), "WE"), "DATE", "week")


def deictic(ctx: Ctx) -> Norm | None:
    word = ctx.group("dd") or "today"
    day = ctx.anchor + dt.timedelta(days=int(ctx.lex.table("deictic_days")[word])) if ctx.anchor else None
    if word == "tonight":
        return Norm(f"{day.isoformat()}TNI" if day else None, "TIME", "time")
    if day is None:
        return Norm(None, "TIME" if ctx.group("pod") else "DATE", "time" if ctx.group("pod") else "day")
    return _pod(ctx, day, "")


def deictic_pod(ctx: Ctx) -> Norm | None:
    if ctx.anchor is None:
        return Norm(None, "TIME", "time")
    day = ctx.anchor - dt.timedelta(days=1) if ctx.group("rel") == "last" else ctx.anchor
    return _pod(ctx, day, "")


def ref(ctx: Ctx) -> Norm | None:
    if ctx.before(3) == "as " and ctx.after(3) == " as":
        return None  # "as soon as"
    return Norm(str(ctx.lex.table("refs")[ctx.group("ref") or ""]), "DATE", "unknown")


def _clock(ctx: Ctx, hour: int, minute: int) -> Norm:
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    wd = ctx.group("wd")
    if wd and ctx.anchor:
        day = place_weekday(int(ctx.lex.table("weekdays")[wd]), ctx.anchor, ctx.direction()).isoformat()
    return Norm(f"{day}T{hour:02d}:{minute:02d}", "TIME", "time")


def clock(ctx: Ctx) -> Norm | None:
    hour, minute = int(ctx.group("h") or 0), int(ctx.group("mi") or 0)
    if not 1 <= hour <= 12:
        return None
    pm = (ctx.group("ap") or "").startswith("p")
    return _clock(ctx, hour % 12 + (12 if pm else 0), minute)


def clock24(ctx: Ctx) -> Norm | None:
    return _clock(ctx, int(ctx.group("h") or 0), int(ctx.group("mi") or 0))


def clock_named(ctx: Ctx) -> Norm | None:
    return _clock(ctx, 0 if ctx.group("named") == "midnight" else 12, 0)


def set_every(ctx: Ctx) -> Norm | None:
    word, lex = ctx.group("unit") or "", ctx.lex
    if word in lex.table("weekdays"):
        return Norm(f"XXXX-WXX-{lex.table('weekdays')[word]}", "SET", "set")
    if word in lex.table("parts_of_day"):
        return Norm(f"XXXX-XX-XXT{lex.table('parts_of_day')[word]}", "SET", "set")
    if word in lex.table("seasons"):
        return Norm(f"XXXX-{lex.table('seasons')[word]}", "SET", "set")
    n = 2 if ctx.group("n") == "other" else (_number(ctx) or 1)
    return Norm(duration_value(n, _unit(ctx)), "SET", "set")


def set_adv(ctx: Ctx) -> Norm | None:
    return Norm(str(ctx.lex.table("set_adverbs")[ctx.group("adv") or ""]), "SET", "set")


def set_times(ctx: Ctx) -> Norm | None:
    return Norm(duration_value(1, _unit(ctx)), "SET", "set")


HANDLERS: dict[str, Handler] = {
    "iso_date": iso_date,
    "month_day": month_day,
    "day_month": month_day,
    "month_year": month_year,
    "year_range": year_range,
    "year": year,
    "decade": decade,
    "century": century,
    "season": season,
    "quarter": quarter,
    "qyear": qyear,
    "rel_unit": rel_unit,
    "end_of_unit": end_of_unit,
    "rel_dur": rel_dur,
    "ago": ago,
    "duration": duration,
    "vague_dur": vague_dur,
    "bare_plural": vague_dur,
    "weekday": weekday,
    "the_weekend": the_weekend,
    "deictic": deictic,
    "deictic_pod": deictic_pod,
    "ref": ref,
    "clock": clock,
    "clock24": clock24,
    "clock_named": clock_named,
    "set_every": set_every,
    "set_adv": set_adv,
    "set_times": set_times,
}
