"""`newsgraph eval events`: PLOVER gold type/actor scores, VOA coverage and coder speed.

Gold: ``plover/PLOVER_GSR_CAMEO.txt`` (322 sentences, labels mapped to PLOVER 2.0 as the data README
says). Split: a record is in the held-out *test* part when sha1(id) mod 10 < 3 (about 30 %); rules were
tuned only on the *dev* part. Each sentence goes through the real pipeline (``extract_batch``) and the
event with the highest confidence stands for the sentence.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import typer

from newsgraph.eval.data import require_data
from newsgraph.model import Actor, Event, RawDocument, Record

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# country codes in the gold that are not ISO 3166 alpha-3 (CAMEO-style, and one typo for Vietnam) -> ISO
CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence with its PLOVER 2.0 type and the actor/recipient country (or IGO/NGO) codes."""

    id: str
    type: str
    text: str
    actors: frozenset[str]
    recipients: frozenset[str]

    @property
    def split(self) -> str:
        return "test" if int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 10 < 3 else "dev"


@dataclass(slots=True)
class GoldScore:
    """Type accuracy / macro-F1 and actor/recipient country accuracy on one split."""

    n: int = 0
    correct: int = 0
    macro_f1: float = 0.0
    actor_n: int = 0
    actor_ok: int = 0
    recipient_n: int = 0
    recipient_ok: int = 0
    actor_coded_n: int = 0  # gold sentences with actor codes for which an event was coded at all
    actor_coded_ok: int = 0
    actor_misses: Counter[str] = field(default_factory=Counter)  # why an actor country was missed
    per_type: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_ok / self.actor_n if self.actor_n else 0.0

    @property
    def actor_accuracy_coded(self) -> float:
        """Actor country accuracy over the sentences where the coder found an event (detection aside)."""
        return self.actor_coded_ok / self.actor_coded_n if self.actor_coded_n else 0.0

    @property
    def recipient_accuracy(self) -> float:
        return self.recipient_ok / self.recipient_n if self.recipient_n else 0.0


def _codes(value: object) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    codes = [str(a["code"]) for a in value if isinstance(a, dict) and a.get("code")]
    return frozenset(CODE_FIX.get(c, c) for c in codes)


def load_gold(path: Path | None = None) -> list[GoldRecord]:
    """The 322 PLOVER gold records with 2.0 labels (the DOCUMENT header record is skipped)."""
    path = path or require_data("plover") / "PLOVER_GSR_CAMEO.txt"
    rows = json.loads(path.read_text(encoding="utf-8"))
    out: list[GoldRecord] = []
    for r in rows:
        if r.get("event") == "DOCUMENT":
            continue
        text = str(r["text"]).strip().strip("{}").strip()
        out.append(
            GoldRecord(
                r["id"], OLD_TO_NEW.get(r["event"], r["event"]), text, _codes(r.get("source")), _codes(r.get("target"))
            )
        )
    return out


def pick_event(events: list[Event]) -> Event | None:
    """The event standing for a one-sentence text: the most confident one (earliest on ties)."""
    return max(events, key=lambda e: e.confidence) if events else None


def _matches(actor: Actor | None, gold: frozenset[str]) -> bool:
    if actor is None:
        return False
    return actor.country in gold or actor.sector in gold or any((actor.code or "").startswith(g) for g in gold)


def _first_actor(record: Record, ids: list[str]) -> Actor | None:
    """The first of the event's actors that has a country or a transnational code (the gold's 'IGO' for the
    UN), else the first one: an unresolved person ahead of them does not hide them."""
    from newsgraph.events.arguments import placed  # spaCy-bound; loaded only when scoring

    by_id = {a.id: a for a in record.actors}
    found = [by_id[i] for i in ids if i in by_id]
    return next((a for a in found if placed(a)), found[0] if found else None)


def _miss_kind(record: Record, event: Event | None, gold: GoldRecord) -> str:
    """Why a sentence's actor country was missed: no event coded, or the wrong (or no) actor; and whether any
    actor of the sentence has the gold country (an argument error) or none does (a resolution error), with
    where the gold country sits (the event's recipients, another event's actors) or what the actor was."""
    found = any(_matches(a, gold.actors) for a in record.actors)
    where = "gold country among the sentence's actors" if found else "no actor with the gold country"
    if event is None:
        return f"no event; {where}"
    by_id = {a.id: a for a in record.actors}
    if found:
        if any(_matches(by_id.get(i), gold.actors) for i in event.recipients):
            return f"event, {'no' if not event.actors else 'wrong'} actor; {where} (in its recipients)"
        if any(_matches(by_id.get(i), gold.actors) for e in record.events for i in e.actors):
            return f"event, wrong actor; {where} (another event's actor)"
        return f"event, wrong actor; {where} (in no role)"
    actor = _first_actor(record, event.actors)
    what = "no actor" if actor is None else "actor without country" if not actor.country else "other country"
    return f"event, wrong actor; {where} ({what})"


def _macro(confusion: Counter[tuple[str, str]], labels: Iterable[str]) -> dict[str, tuple[float, float, float, int]]:
    out: dict[str, tuple[float, float, float, int]] = {}
    for lab in labels:
        tp = confusion[(lab, lab)]
        gold_n = sum(v for (g, _), v in confusion.items() if g == lab)
        pred_n = sum(v for (_, p), v in confusion.items() if p == lab)
        p = tp / pred_n if pred_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        out[lab] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, gold_n)
    return out


def score_gold(gold: list[GoldRecord], records: list[Record]) -> GoldScore:
    """Score one event per gold sentence (None counts as wrong) against the gold type and countries."""
    s = GoldScore()
    for g, rec in zip(gold, records, strict=True):
        ev = pick_event(rec.events)
        pred = ev.type if ev else "NONE"
        s.n += 1
        s.correct += pred == g.type
        s.confusion[(g.type, pred)] += 1
        if g.actors:
            ok = ev is not None and _matches(_first_actor(rec, ev.actors), g.actors)
            s.actor_n += 1
            s.actor_ok += ok
            if ev is not None:
                s.actor_coded_n += 1
                s.actor_coded_ok += ok
            if not ok:
                s.actor_misses[_miss_kind(rec, ev, g)] += 1
        if g.recipients:
            s.recipient_n += 1
            s.recipient_ok += ev is not None and _matches(_first_actor(rec, ev.recipients), g.recipients)
    s.per_type = _macro(s.confusion, sorted({g.type for g in gold}))
    s.macro_f1 = sum(v[2] for v in s.per_type.values()) / len(s.per_type) if s.per_type else 0.0
    return s


def run_gold(gold: list[GoldRecord]) -> list[Record]:
    """Every gold sentence through the real pipeline as a plain-text document."""
    from newsgraph.pipeline import Failure, extract_batch

    raws = [RawDocument(origin=g.id, content=g.text, kind="text") for g in gold]
    out: list[Record] = []
    for g, res in zip(gold, extract_batch(raws), strict=True):
        if isinstance(res, Failure):
            from newsgraph.model import Article

            res = Record(
                article=Article(id=g.id, url=None, source=None, title=None, published=None, language="en", text=g.text)
            )
        out.append(res)
    return out


def evaluate_gold(split: str = "test") -> GoldScore:
    """Gold score on one split ('test' = the held-out part, 'dev', or 'all')."""
    gold = [g for g in load_gold() if split == "all" or g.split == split]
    return score_gold(gold, run_gold(gold))


@dataclass(slots=True)
class CorpusStats:
    """Coverage of the coder on real stories: events per story, shares resolved."""

    stories: int = 0
    events: int = 0
    both_countries: int = 0
    actor_country: int = 0
    recipient_country: int = 0
    dated: int = 0
    sentence_dated: int = 0

    def share(self, part: int) -> float:
        return part / self.events if self.events else 0.0


def _has_country(record: Record, ids: list[str]) -> bool:
    by_id = {a.id: a for a in record.actors}
    return any(by_id[i].country for i in ids if i in by_id)


def voa_stats(limit: int | None = None) -> CorpusStats:
    """Run the VOA stories through the pipeline and count how much of each event got resolved."""
    from newsgraph.pipeline import extract_batch

    lines = (require_data("voa") / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()][:limit]
    raws = [
        RawDocument(
            origin=r["id"],
            content=r["text"],
            kind="text",
            title=r.get("title"),
            published=str(r.get("published", ""))[:10] or None,
        )
        for r in rows
    ]
    s = CorpusStats()
    for rec in extract_batch(raws):
        if not isinstance(rec, Record):
            continue
        s.stories += 1
        s.events += len(rec.events)
        for e in rec.events:
            s.actor_country += _has_country(rec, e.actors)
            s.recipient_country += _has_country(rec, e.recipients)
            s.both_countries += _has_country(rec, e.actors) and _has_country(rec, e.recipients)
            s.dated += e.date.start is not None
            s.sentence_dated += e.date.source in ("sentence", "context")
    return s


def coder_speed(texts: list[str]) -> tuple[float, float, int]:
    """(sentences/s of code_events alone, sentences/s of spaCy's parse, sentences) on the same texts."""
    from newsgraph.actors import resolve_actors
    from newsgraph.events import code_events
    from newsgraph.events.location import resolve_place
    from newsgraph.model import Article
    from newsgraph.nlp import get_nlp

    nlp = get_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse_s = time.perf_counter() - t0
    arts = [
        Article(id=str(i), url=None, source=None, title=None, published="2024-01-01", language="en", text=t)
        for i, t in enumerate(texts)
    ]
    tables = [resolve_actors(d, a) for d, a in zip(docs, arts, strict=True)]
    code_events(docs[0], arts[0], tables[0], [], [])  # load lexicons outside the timing
    resolve_place("Paris")  # and the place gazetteer, built once on first use
    t0 = time.perf_counter()
    for d, a, tab in zip(docs, arts, tables, strict=True):
        code_events(d, a, tab, [], [])
    code_s = time.perf_counter() - t0
    n = sum(len(list(d.sents)) for d in docs)
    return n / max(code_s, 1e-9), n / max(parse_s, 1e-9), n


def _print_gold(title: str, s: GoldScore) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title)
    for col in ("type", "P", "R", "F1", "gold n"):
        t.add_column(col)
    for lab, (p, r, f, n) in s.per_type.items():
        t.add_row(lab, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", str(n))
    t.add_row("[b]accuracy / macro-F1[/b]", "", "", f"{s.accuracy:.3f} / {s.macro_f1:.3f}", str(s.n))
    t.add_row("[b]actor country acc[/b]", "", "", f"{s.actor_accuracy:.3f}", str(s.actor_n))
    t.add_row("  of which, where an event was coded", "", "", f"{s.actor_accuracy_coded:.3f}", str(s.actor_coded_n))
    t.add_row("[b]recipient country acc[/b]", "", "", f"{s.recipient_accuracy:.3f}", str(s.recipient_n))
    for kind, n in sorted(s.actor_misses.items()):
        t.add_row(f"  actor miss: {kind}", "", "", "", str(n))
    Console().print(t)


def register(eval_app: typer.Typer) -> None:
    """Add this scorer's command to the eval group."""

    @eval_app.command("events")
    def events_cmd(
        split: str = typer.Option("test", help="gold part to report: test (held out, sha1(id)%10<3), dev or all"),
        voa_limit: int = typer.Option(0, help="only the first N VOA stories (0 = all 89)"),
    ) -> None:
        """PLOVER gold type/actor scores, VOA coverage, and coder speed next to spaCy's parse."""
        from rich.console import Console
        from rich.table import Table

        gold = [g for g in load_gold() if split == "all" or g.split == split]
        _print_gold(f"PLOVER gold ({split} split, {len(gold)} sentences)", score_gold(gold, run_gold(gold)))
        v = voa_stats(voa_limit or None)
        t = Table(title=f"VOA stories ({v.stories})")
        for col in (
            "events",
            "per story",
            "actor+recipient country",
            "actor country",
            "recipient country",
            "dated",
            "dated from text",
        ):
            t.add_column(col)
        shares = (v.both_countries, v.actor_country, v.recipient_country, v.dated, v.sentence_dated)
        t.add_row(str(v.events), f"{v.events / max(v.stories, 1):.1f}", *(f"{v.share(x):.1%}" for x in shares))
        Console().print(t)
        coder, parse, n = coder_speed([g.text for g in load_gold()])
        Console().print(
            f"speed on {n} gold sentences: coder alone {coder:,.0f} sentences/s; spaCy parse {parse:,.0f} sentences/s"
        )
