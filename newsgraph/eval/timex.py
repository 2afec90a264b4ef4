"""``newsgraph eval time``: TempEval-3 time-expression scoring (span P/R/F1 and value F1).

Definitions (as the TempEval-3 scorer, on character spans instead of tokens):
- strict match: the system span equals the gold span; relaxed match: the spans overlap;
  each gold and each system timex is matched at most once.
- P = matched system timexes / system timexes, R = matched gold timexes / gold timexes, F1 harmonic mean.
- value accuracy = share of relaxed matches whose value string equals the gold value;
  value F1 = value accuracy × relaxed F1 (equivalently, F1 of value-correct matches over
  system and gold counts).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.eval.data import require_data
from newsgraph.eval.metrics import prf

SPLITS = {"platinum": ("te3-platinum",), "train": ("TBAQ-cleaned/TimeBank", "TBAQ-cleaned/AQUAINT")}


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: char span, type and value."""

    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"


@dataclass(slots=True)
class GoldDoc:
    """One TimeML document: id, creation date, plain text and gold timexes."""

    doc_id: str
    dct: str
    text: str
    timexes: list[Timex]


@dataclass(slots=True)
class Score:
    """Counts over a set of documents, and the figures derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        """Accumulate another document's counts."""
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_ok += other.value_ok
        self.errors.update(other.errors)

    def prf(self, matched: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for a matched count."""
        return prf(matched, self.system, self.gold)

    def figures(self) -> dict[str, float]:
        """strict/relaxed P, R, F1, value accuracy and value F1."""
        sp, sr, sf = self.prf(self.strict)
        rp, rr, rf = self.prf(self.relaxed)
        acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "value_acc": acc,
            "value_f1": acc * rf,
        }


def _walk(elem: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Collect the text under ``elem`` and the TIMEX3 spans inside it."""
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        start = sum(map(len, parts))
        _walk(child, parts, timexes)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            timexes.append(Timex(start, end, text, child.get("value"), child.get("type", "DATE")))
        if child.tail:
            parts.append(child.tail)


def read_tml(path: Path) -> GoldDoc:
    """Parse one TimeML file into plain text plus gold timexes (character offsets)."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct_el is None or text_el is None:
        raise ValueError(f"{path.name}: no DCT or TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(text_el, parts, timexes)
    return GoldDoc(path.stem, (dct_el.get("value") or "")[:10], "".join(parts), timexes)


def load_split(split: str) -> list[GoldDoc]:
    """The gold documents of a split ("platinum" or "train")."""
    base = require_data("time")
    paths = sorted(p for sub in SPLITS[split] for p in (base / sub).glob("*.tml"))
    return [read_tml(p) for p in paths]


def score_doc(gold: list[Timex], system: list[Timex]) -> Score:
    """Match one document's system timexes to gold (overlap, one-to-one) and count."""
    score = Score(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        best = next((i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end), None)
        if best is None:
            score.errors["missed"] += 1
            continue
        used.add(best)
        s = system[best]
        score.relaxed += 1
        score.strict += (s.start, s.end) == (g.start, g.end)
        if s.value == g.value:
            score.value_ok += 1
        else:
            score.errors[f"value {g.type}"] += 1
    score.errors["spurious"] += len(system) - len(used)
    return score


System = Callable[[list[GoldDoc]], list[list[Timex]]]


def newsgraph_system(docs: list[GoldDoc]) -> list[list[Timex]]:
    """Run newsgraph's parser and time extraction over the documents."""
    from newsgraph.nlp import get_nlp
    from newsgraph.times import extract_times

    parsed = get_nlp().pipe((d.text for d in docs), batch_size=8)
    return [
        [Timex(t.start, t.end, t.text, t.value, t.type) for t in extract_times(doc, gd.dct)]
        for doc, gd in zip(parsed, docs, strict=True)
    ]


def dateparser_system(docs: list[GoldDoc]) -> list[list[Timex]]:
    """Baseline: dateparser's ``search_dates`` anchored on the creation date (values are days)."""
    from dateparser.search import search_dates

    out: list[list[Timex]] = []
    for d in docs:
        base = dt.datetime.fromisoformat(d.dct)
        found = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        out.append(list(_locate(d.text, found)))
    return out


def _locate(text: str, found: Iterable[tuple[str, dt.datetime]]) -> Iterable[Timex]:
    """Char offsets for dateparser's substrings, searched left to right."""
    pos = 0
    for sub, when in found:
        start = text.find(sub, pos)
        if start < 0:
            continue
        pos = start + len(sub)
        yield Timex(start, pos, sub, when.date().isoformat())


def evaluate(docs: list[GoldDoc], system: System) -> tuple[Score, list[tuple[str, Score]]]:
    """Total score and per-document scores of ``system`` on ``docs``."""
    total, per_doc = Score(), []
    for gd, found in zip(docs, system(docs), strict=True):
        s = score_doc(gd.timexes, found)
        total.add(s)
        per_doc.append((gd.doc_id, s))
    return total, per_doc


def _table(rows: list[tuple[str, Score]]) -> Table:
    table = Table(title="TempEval-3 time expressions (micro-averaged)")
    for col in (
        "system",
        "gold",
        "sys",
        "strict P",
        "strict R",
        "strict F1",
        "relaxed P",
        "relaxed R",
        "relaxed F1",
        "value acc",
        "value F1",
    ):
        table.add_column(col, justify="right" if col != "system" else "left")
    for name, s in rows:
        f = s.figures()
        table.add_row(
            name,
            str(s.gold),
            str(s.system),
            *(
                f"{f[k]:.3f}"
                for k in (
                    "strict_p",
                    "strict_r",
                    "strict_f1",
                    "relaxed_p",
                    "relaxed_r",
                    "relaxed_f1",
                    "value_acc",
                    "value_f1",
                )
            ),
        )
    return table


def _worst(per_doc: list[tuple[str, Score]], n: int = 5) -> Table:
    table = Table(title=f"newsgraph: {n} worst documents by value F1")
    for col in ("document", "gold", "sys", "value F1", "errors"):
        table.add_column(col)
    ranked = sorted(per_doc, key=lambda d: d[1].figures()["value_f1"])[:n]
    for doc_id, s in ranked:
        errs = ", ".join(f"{k} {v}" for k, v in s.errors.most_common() if v)
        table.add_row(doc_id, str(s.gold), str(s.system), f"{s.figures()['value_f1']:.3f}", errs)
    return table


def register(eval_app: typer.Typer) -> None:
    """Add ``newsgraph eval time`` to the eval group."""

    @eval_app.command("time")
    def time_cmd(
        split: str = typer.Option("platinum", help="platinum (report) or train (TimeBank+AQUAINT, tuning)"),
        baseline: bool = typer.Option(True, help="also run the dateparser baseline"),
    ) -> None:
        """Score time-expression extraction on TempEval-3 next to a dateparser baseline."""
        if split not in SPLITS:
            raise typer.BadParameter(f"split must be one of {', '.join(SPLITS)}")
        docs = load_split(split)
        console = Console(width=max(Console().width, 150))
        total, per_doc = evaluate(docs, newsgraph_system)
        rows = [("newsgraph", total)]
        if baseline:
            rows.append(("dateparser search_dates", evaluate(docs, dateparser_system)[0]))
        console.print(_table(rows))
        console.print(__doc__.split("Definitions", 1)[1].strip() if __doc__ else "")
        console.print(_worst(per_doc))
        console.print(f"errors: {dict(total.errors.most_common())}")
