"""`newsgraph eval stories`: the coder scored against hand-coded PLOVER events on real VOA stories.

Gold: ``tests/data/stories_gold/`` (see its README: 27 VOA stories, fixed ``dev``/``test``/``dev2`` splits,
one line per event with an ``evidence`` substring of the story, type, actor/recipient country, date
and modality). Stories are run through the real pipeline (``extract_batch``).

Scoring, per story:

* **alignment**: a system event and a gold event are *sentence-matched* when the system event's
  sentence span overlaps the gold evidence span. Pairs are one-to-one and greedy in gold order:
  first each gold event takes an overlapping system event of the same type (preferring the one whose
  countries agree best), then gold events still unpaired take any overlapping system event.
* **detection** P/R/F1: a true positive is a gold event paired with a same-type system event;
  P = true positives / system events, R = true positives / gold events.
* **type accuracy**: same-type pairs / sentence-matched pairs.
* **actor / recipient country accuracy** (same-type pairs): the set of countries of the system
  event's actors (each actor id looked up in ``record.actors``; actors without a country add
  nothing) equals the gold set (empty for a null gold country).
* **date accuracy** (same-type pairs whose gold date is known): the system ``date.start`` lies
  inside the gold period ("2025-03" accepts "2025-03-14" and the week "2025-W11", not "2025").
* **modality accuracy** (same-type pairs): the modality sets are equal.
* **triples**: per story, the set of distinct (type, actor country, recipient country) dyads
  (compound actors expand to one dyad per country; a missing side is ``None``), gold against
  system, P/R/F1 per story and micro-averaged overall. Ignores sentences: document-level.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.table import Table

from newsgraph.eval.data import require_data
from newsgraph.eval.metrics import prf as _prf
from newsgraph.eval.metrics import ratio as _ratio
from newsgraph.model import Record

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "stories_gold"
SPLITS = ("dev", "test", "dev2", "all")
Triple = tuple[str, str | None, str | None]
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event; ``start``/``end`` locate its evidence in the story text."""

    story: str
    evidence: str
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    modality: frozenset[str]
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class SysEvent:
    """The parts of a system event the scorer compares, countries already looked up."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    modality: frozenset[str]
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Story:
    """One gold story: its VOA record fields and split."""

    id: str
    split: str
    published: str
    title: str
    text: str


@dataclass(slots=True)
class Score:
    """Counts for one story or a total; ``errors`` counts error categories, ``examples`` shows some."""

    gold: int = 0
    system: int = 0
    sentence_pairs: int = 0
    type_pairs: int = 0
    actor_ok: int = 0
    recipient_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    modality_ok: int = 0
    triple_gold: int = 0
    triple_sys: int = 0
    triple_ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (category, story, detail)

    def add(self, other: Score) -> None:
        """Accumulate another story's counts."""
        for name in (
            "gold",
            "system",
            "sentence_pairs",
            "type_pairs",
            "actor_ok",
            "recipient_ok",
            "dated",
            "date_ok",
            "modality_ok",
            "triple_gold",
            "triple_sys",
            "triple_ok",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        self.examples.extend(other.examples)

    def figures(self) -> dict[str, float]:
        """Detection P/R/F1, the accuracies and the triple P/R/F1."""
        p, r, f = _prf(self.type_pairs, self.system, self.gold)
        tp, tr, tf = _prf(self.triple_ok, self.triple_sys, self.triple_gold)
        return {
            "det_p": p,
            "det_r": r,
            "det_f1": f,
            "type_acc": _ratio(self.type_pairs, self.sentence_pairs),
            "actor_acc": _ratio(self.actor_ok, self.type_pairs),
            "recipient_acc": _ratio(self.recipient_ok, self.type_pairs),
            "date_acc": _ratio(self.date_ok, self.dated),
            "modality_acc": _ratio(self.modality_ok, self.type_pairs),
            "triple_p": tp,
            "triple_r": tr,
            "triple_f1": tf,
        }


# ---- loading -------------------------------------------------------------------------------------


def _countries(value: object) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, list):
        return frozenset(str(v) for v in value if v)
    raise ValueError(f"country must be null, a string or a list, not {value!r}")


def gold_event_from_row(row: dict[str, object], text: str) -> GoldEvent:
    """Build a GoldEvent from a JSON row, locating its evidence in ``text`` (-1 when absent)."""
    evidence = str(row["evidence"])
    start = text.find(evidence)
    modality = row.get("modality") or []
    return GoldEvent(
        story=str(row["story"]),
        evidence=evidence,
        type=str(row["type"]),
        actors=_countries(row.get("actor_country")),
        recipients=_countries(row.get("recipient_country")),
        date=str(row["date"]) if row.get("date") else None,
        modality=frozenset(str(m) for m in modality) if isinstance(modality, list) else frozenset(),
        start=start,
        end=start + len(evidence) if start >= 0 else -1,
    )


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_gold(
    split: str = "all", gold_dir: Path = GOLD_DIR, voa: Path | None = None
) -> tuple[list[Story], list[GoldEvent]]:
    """The gold stories of a split (with their VOA text) and their gold events."""
    voa = voa or require_data("voa") / "voa_stories.jsonl"
    texts = {str(r["id"]): r for r in _jsonl(voa)}
    stories = [
        Story(
            str(s["story"]),
            str(s["split"]),
            str(texts[str(s["story"])]["published"]),
            str(texts[str(s["story"])]["title"]),
            str(texts[str(s["story"])]["text"]),
        )
        for s in _jsonl(gold_dir / "stories.jsonl")
        if split == "all" or s["split"] == split
    ]
    by_id = {s.id: s for s in stories}
    events = [
        gold_event_from_row(r, by_id[str(r["story"])].text)
        for r in _jsonl(gold_dir / "events.jsonl")
        if str(r["story"]) in by_id
    ]
    return stories, events


def system_events(record: Record) -> list[SysEvent]:
    """The record's events with actor ids replaced by their actors' countries."""
    country = {a.id: a.country for a in record.actors}

    def look(ids: Iterable[str]) -> frozenset[str]:
        return frozenset(c for c in (country.get(i) for i in ids) if c)

    return [
        SysEvent(
            e.type, look(e.actors), look(e.recipients), e.date.start, frozenset(e.modality), e.start, e.end, e.sentence
        )
        for e in record.events
    ]


# ---- dates ---------------------------------------------------------------------------------------


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a TIMEX-style value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www), else None."""
    try:
        if m := _WEEK.match(value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, mo = int(value[:4]), int(value[5:])
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
            day = dt.date.fromisoformat(value[:10])
            return day, day
    except ValueError:
        return None
    return None


def date_ok(gold: str, system: str | None) -> bool:
    """True when the system date lies inside the gold period (string prefix when unparseable)."""
    if not system:
        return False
    g, s = period(gold), period(system)
    if g is None or s is None:
        return system.startswith(gold)
    return g[0] <= s[0] and s[1] <= g[1]


# ---- alignment and scoring -----------------------------------------------------------------------


def _overlaps(g: GoldEvent, s: SysEvent) -> bool:
    return g.start >= 0 and s.start < g.end and g.start < s.end


def _agreement(g: GoldEvent, s: SysEvent) -> int:
    return (g.actors == s.actors) + (g.recipients == s.recipients)


def align(gold: Sequence[GoldEvent], system: Sequence[SysEvent]) -> list[tuple[GoldEvent, SysEvent | None]]:
    """Pair each gold event with at most one system event (same type first, then any type)."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        same = [i for i, s in enumerate(system) if i not in used and s.type == g.type and _overlaps(g, s)]
        if same:
            best = max(same, key=lambda i: _agreement(g, system[i]))
            pairs[gi] = best
            used.add(best)
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        other = [i for i, s in enumerate(system) if i not in used and _overlaps(g, s)]
        if other:
            pairs[gi] = other[0]
            used.add(other[0])
    return [(g, system[pairs[gi]] if gi in pairs else None) for gi, g in enumerate(gold)]


def _fmt(countries: frozenset[str]) -> str:
    return "+".join(sorted(countries)) or "-"


def _score_pair(score: Score, story: str, g: GoldEvent, s: SysEvent) -> None:
    """Count one same-type pair's country, date and modality agreement."""
    score.type_pairs += 1
    checks = (
        ("actor", g.actors == s.actors, f"{_fmt(g.actors)} vs {_fmt(s.actors)}"),
        ("recipient", g.recipients == s.recipients, f"{_fmt(g.recipients)} vs {_fmt(s.recipients)}"),
        ("modality", g.modality == s.modality, f"{sorted(g.modality)} vs {sorted(s.modality)}"),
    )
    score.actor_ok += checks[0][1]
    score.recipient_ok += checks[1][1]
    score.modality_ok += checks[2][1]
    if g.date is not None:
        score.dated += 1
        ok = date_ok(g.date, s.date)
        score.date_ok += ok
        if not ok:
            cat = "date missing" if not s.date else "date wrong"
            _err(score, cat, story, f"{g.type} gold {g.date} vs {s.date}: {g.evidence}")
    for name, ok, detail in checks:
        if not ok:
            _err(
                score,
                _country_category(name, g, s) if name != "modality" else "modality wrong",
                story,
                f"{g.type} {detail}: {g.evidence}",
            )


def _country_category(role: str, g: GoldEvent, s: SysEvent) -> str:
    gold, sys = (g.actors, s.actors) if role == "actor" else (g.recipients, s.recipients)
    if not sys:
        return f"{role} missing"
    if not gold:
        return f"{role} spurious"
    return f"{role} wrong country"


def _err(score: Score, category: str, story: str, detail: str) -> None:
    score.errors[category] += 1
    score.examples.append((category, story, detail))


def triples(actors: frozenset[str], recipients: frozenset[str], type_: str) -> set[Triple]:
    """The (type, actor, recipient) dyads of one event; an empty side gives ``None``."""
    sides: tuple[list[str | None], list[str | None]] = ([*sorted(actors)] or [None], [*sorted(recipients)] or [None])
    return {(type_, a, r) for a in sides[0] for r in sides[1]}


def score_story(story: str, gold: Sequence[GoldEvent], system: Sequence[SysEvent]) -> Score:
    """Score one story's system events against its gold events."""
    score = Score(gold=len(gold), system=len(system))
    paired: set[int] = set()
    for g, s in align(gold, system):
        if s is None:
            _err(
                score,
                "missed: no event in sentence" if g.start >= 0 else "missed: evidence not in clean text",
                story,
                f"{g.type} {_fmt(g.actors)}->{_fmt(g.recipients)}: {g.evidence}",
            )
            continue
        paired.add(id(s))
        score.sentence_pairs += 1
        if s.type == g.type:
            _score_pair(score, story, g, s)
        else:
            _err(score, f"wrong type: {g.type} coded {s.type}", story, g.evidence)
    for s in system:
        if id(s) not in paired:
            near = any(_overlaps(g, s) for g in gold)
            cat = "false positive: extra event in gold sentence" if near else "false positive: sentence without gold"
            _err(score, cat, story, f"{s.type} {_fmt(s.actors)}->{_fmt(s.recipients)}: {s.sentence[:110]}")
    gold_t = set().union(*(triples(g.actors, g.recipients, g.type) for g in gold)) if gold else set()
    sys_t = set().union(*(triples(s.actors, s.recipients, s.type) for s in system)) if system else set()
    score.triple_gold, score.triple_sys, score.triple_ok = len(gold_t), len(sys_t), len(gold_t & sys_t)
    return score


def run_pipeline(stories: Sequence[Story]) -> dict[str, Record]:
    """Run newsgraph's pipeline over the stories; failures are left out (scored as no events)."""
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import extract_batch

    raws = [
        RawDocument(origin=s.id, content=s.text, kind="text", title=s.title, published=s.published[:10])
        for s in stories
    ]
    out: dict[str, Record] = {}
    for story, result in zip(stories, extract_batch(raws), strict=True):
        if isinstance(result, Record):
            out[story.id] = result
    return out


def evaluate(split: str = "dev", gold_dir: Path = GOLD_DIR) -> tuple[Score, list[tuple[str, Score]]]:
    """Total and per-story scores of the pipeline on a gold split."""
    stories, events = load_gold(split, gold_dir)
    records = run_pipeline(stories)
    total, per_story = Score(), []
    for st in stories:
        rec = records.get(st.id)
        gold = [relocate(g, rec.article.text) if rec else g for g in events if g.story == st.id]
        s = score_story(st.id, gold, system_events(rec) if rec else [])
        total.add(s)
        per_story.append((st.id, s))
    return total, per_story


def relocate(g: GoldEvent, text: str) -> GoldEvent:
    """The gold event with its evidence located in ``text`` (the cleaned article), -1 when absent."""
    start = text.find(g.evidence)
    return dataclasses.replace(g, start=start, end=start + len(g.evidence) if start >= 0 else -1)


# ---- CLI -----------------------------------------------------------------------------------------


def _summary_table(total: Score, per_story: list[tuple[str, Score]]) -> Table:
    cols = (
        "det_p",
        "det_r",
        "det_f1",
        "type_acc",
        "actor_acc",
        "recipient_acc",
        "date_acc",
        "modality_acc",
        "triple_p",
        "triple_r",
        "triple_f1",
    )
    table = Table(title="newsgraph vs hand-coded PLOVER events (VOA stories)")
    for col in ("story", "gold", "sys", *cols):
        table.add_column(col, justify="left" if col == "story" else "right")
    for name, s in [*per_story, ("ALL", total)]:
        f = s.figures()
        table.add_row(name, str(s.gold), str(s.system), *(f"{f[c]:.2f}" for c in cols))
    return table


def _errors_table(total: Score, examples: int) -> Table:
    table = Table(title="error categories (most common first), with examples")
    for col in ("count", "category", "examples (story: detail)"):
        table.add_column(col, overflow="fold")
    for cat, n in total.errors.most_common():
        shown = [f"{st}: {d}" for c, st, d in total.examples if c == cat][:examples]
        table.add_row(str(n), cat, "\n".join(shown))
    return table


def register(eval_app: typer.Typer) -> None:
    """Add ``newsgraph eval stories`` to the eval group."""

    @eval_app.command("stories")
    def stories_cmd(
        split: str = typer.Option("dev", help="dev (tuning), test (reporting), dev2 (second tuning set) or all"),
        examples: int = typer.Option(3, help="examples shown per error category"),
    ) -> None:
        """Score the event coder on hand-coded PLOVER events of real VOA stories."""
        from rich.console import Console

        if split not in SPLITS:
            raise typer.BadParameter(f"split must be one of {', '.join(SPLITS)}")
        console = Console(width=max(Console().width, 160))
        total, per_story = evaluate(split)
        console.print(_summary_table(total, per_story))
        console.print(_errors_table(total, examples))
        f = total.figures()
        console.print(
            f"split={split} gold={total.gold} system={total.system} detection F1={f['det_f1']:.3f} "
            f"type acc={f['type_acc']:.3f} actor acc={f['actor_acc']:.3f} recipient acc={f['recipient_acc']:.3f} "
            f"date acc={f['date_acc']:.3f} modality acc={f['modality_acc']:.3f} triple F1={f['triple_f1']:.3f}"
        )
