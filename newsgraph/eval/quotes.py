"""`newsgraph eval quotes`: attribution span P/R/F1 on PolNeAR, beside two baselines.

Scoring. Each attribution has three roles (source, cue, content); every role's span is a list of
char pieces (PolNeAR spans may be discontinuous; a predicted quote split by its cue gives two
pieces). Roles are scored independently, per document, with a one-to-one matching:

* **exact**: a prediction matches a gold span when their extents (first piece start to last piece
  end), each trimmed of surrounding whitespace and ``,.;:``, are identical;
* **overlap**: a prediction matches a gold span when they share at least one non-space character;
  pairs are matched greedily by shared characters, largest first, each span used once.

P = matched predictions / predictions, R = matched gold spans / gold spans, micro-averaged over
documents. Gold attributions without a source add no source span. Articles with several
annotators are scored against the alphabetically first annotator's file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import typer
from spacy.tokens import Doc, Token

from newsgraph.eval.data import require_data
from newsgraph.eval.metrics import prf

Span = tuple[int, int]
Pieces = tuple[Span, ...]
ROLES = ("source", "cue", "content")
_TRIM = " \t\n,.;:"
_BASELINE_VERBS = frozenset({"say", "tell", "add", "state", "ask", "write", "explain", "note", "claim"})


@dataclass(slots=True)
class Attr:
    """One attribution as char pieces per role (``None`` when the role is absent)."""

    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    attributions: list[Attr]


@dataclass(slots=True)
class Counts:
    """Matched/predicted/gold counts for one role and one match mode."""

    tp_pred: int = 0
    tp_gold: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.tp_gold += other.tp_gold
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp_pred, self.pred, self.gold, self.tp_gold)


@dataclass(slots=True)
class Score:
    """Counts per (role, mode), plus per-document content-overlap F1 and unmatched cue words."""

    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)
    per_doc: list[tuple[str, float]] = field(default_factory=list)
    missed_cues: Counter[str] = field(default_factory=Counter)
    false_cues: Counter[str] = field(default_factory=Counter)

    def f1(self, role: str, mode: str) -> float:
        return self.counts.get((role, mode), Counts()).prf()[2]


# ---- gold ---------------------------------------------------------------------------------------

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


def _parse_ann(text: str) -> list[Attr]:
    """The attribution events of one brat .ann file."""
    spans: dict[str, Pieces] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        m = _T_LINE.match(line)
        if m:
            pieces = tuple(sorted((int(a), int(b)) for a, b in (p.split() for p in m.group(3).split(";"))))
            spans[m.group(1)] = pieces
        elif line.startswith("E"):
            args = line.split("\t")[1].split()
            events.append({k.rstrip("0123456789"): v for k, v in (a.split(":") for a in args)})
    return [
        Attr(
            source=spans.get(ev["Source"]) if "Source" in ev else None,
            cue=spans.get(ev["Cue"]) if "Cue" in ev else None,
            content=spans.get(ev["Content"]) if "Content" in ev else None,
        )
        for ev in events
    ]


def load_polnear(split: str, every: int = 1) -> list[GoldDoc]:
    """PolNeAR ``split`` (dev/test) articles with their gold attributions; every n-th article."""
    base = require_data("attribution") / split
    texts = sorted((base / "text").glob("*.txt"))[::every]
    docs = []
    for path in texts:
        anns = sorted((base / "attributions").glob(f"{path.stem}_*.ann"))
        gold = _parse_ann(anns[0].read_text(encoding="utf-8")) if anns else []
        docs.append(GoldDoc(path.stem, path.read_text(encoding="utf-8"), gold))
    return docs


# ---- systems ------------------------------------------------------------------------------------


def newsgraph_system(doc: Doc) -> list[Attr]:
    """newsgraph's attribute_quotes, quotes sharing a cue joined into one attribution."""
    from newsgraph.actors.table import ActorTable
    from newsgraph.quotes import attribute_quotes

    grouped: dict[Span, Attr] = {}
    for q in attribute_quotes(doc, ActorTable([])):
        key = (q.cue_start or -1, q.cue_end or -1)
        if key in grouped and grouped[key].content is not None:
            grouped[key].content = (*(grouped[key].content or ()), (q.start, q.end))
            continue
        src = ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None and q.speaker_end is not None else None
        grouped[key] = Attr(source=src, cue=(key,) if key[0] >= 0 else None, content=((q.start, q.end),))
    return list(grouped.values())


def _token_pieces(tokens: Sequence[Token]) -> Pieces | None:
    """Char pieces of a token list, consecutive tokens joined."""
    pieces: list[list[int]] = []
    last = -2
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i == last + 1 and pieces:
            pieces[-1][1] = t.idx + len(t)
        else:
            pieces.append([t.idx, t.idx + len(t)])
        last = t.i
    return tuple((a, b) for a, b in pieces) or None


def textacy_system(doc: Doc) -> list[Attr]:
    """textacy's ``direct_quotations`` (quotation marks + speech verbs)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an unbalanced quotation mark: nothing for this article
        return []
    return [
        Attr(
            source=_token_pieces(t.speaker),
            cue=_token_pieces(t.cue),
            content=((t.content.start_char, t.content.end_char),),
        )
        for t in triples
    ]


def rule_baseline(doc: Doc) -> list[Attr]:
    """Quick baseline: each quoted passage, attributed to a speech verb with a subject in its sentence."""
    from newsgraph.quotes.marks import find_quote_spans

    quotes = find_quote_spans(doc.text)
    out: list[Attr] = []
    for sent in doc.sents:
        inside = [q for q in quotes if sent.start_char <= q[0] < sent.end_char]
        verb = next(
            (t for t in sent if t.lemma_ in _BASELINE_VERBS and any(c.dep_ == "nsubj" for c in t.children)), None
        )
        if not inside or verb is None:
            continue
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        src = ((subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)),)
        out.append(Attr(source=src, cue=((verb.idx, verb.idx + len(verb)),), content=tuple(inside)))
    return out


SYSTEMS: dict[str, Callable[[Doc], list[Attr]]] = {
    "newsgraph": newsgraph_system,
    "textacy direct_quotations": textacy_system,
    "rule baseline": rule_baseline,
}


# ---- matching -----------------------------------------------------------------------------------


def _extent(text: str, pieces: Pieces) -> Span:
    s, e = pieces[0][0], pieces[-1][1]
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _shared(text: str, a: Pieces, b: Pieces) -> int:
    """Non-space characters the two spans share."""
    n = 0
    for s1, e1 in a:
        for s2, e2 in b:
            lo, hi = max(s1, s2), min(e1, e2)
            if hi > lo:
                n += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return n


def match(text: str, pred: list[Pieces], gold: list[Pieces], mode: str) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) matches under ``mode`` ('exact' or 'overlap')."""
    if mode == "exact":
        gold_at: dict[Span, list[int]] = {}
        for j, g in enumerate(gold):
            gold_at.setdefault(_extent(text, g), []).append(j)
        pairs = []
        for i, p in enumerate(pred):
            js = gold_at.get(_extent(text, p))
            if js:
                pairs.append((i, js.pop()))
        return pairs
    cands = sorted(
        (
            (_shared(text, p, g), i, j)
            for i, p in enumerate(pred)
            for j, g in enumerate(gold)
            if p[0][0] < g[-1][1] and g[0][0] < p[-1][1]
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for n, i, j in cands:
        if n > 0 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _role(attrs: Iterable[Attr], role: str) -> list[Pieces]:
    return [p for a in attrs if (p := getattr(a, role)) is not None]


def score_doc(text: str, pred: list[Attr], gold: list[Attr], score: Score, name: str) -> None:
    """Add one document's matches to ``score``."""
    for role in ROLES:
        p, g = _role(pred, role), _role(gold, role)
        for mode in ("exact", "overlap"):
            pairs = match(text, p, g, mode)
            c = Counts(len(pairs), len(pairs), len(p), len(g))
            score.counts.setdefault((role, mode), Counts()).add(c)
            if role == "content" and mode == "overlap":
                score.per_doc.append((name, c.prf()[2]))
            if role == "cue" and mode == "overlap":
                hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
                score.missed_cues.update(_words(text, x).lower() for k, x in enumerate(g) if k not in hit_g)
                score.false_cues.update(_words(text, x).lower() for k, x in enumerate(p) if k not in hit_p)


def _words(text: str, pieces: Pieces) -> str:
    return " ".join(text[s:e] for s, e in pieces)


def evaluate(split: str = "test", every: int = 1, systems: Sequence[str] | None = None) -> dict[str, Score]:
    """Score each system on PolNeAR ``split`` (each article parsed once, NER off)."""
    from newsgraph.nlp import get_nlp

    gold_docs = load_polnear(split, every)
    names = list(systems or SYSTEMS)
    scores = {n: Score() for n in names}
    nlp = get_nlp()
    for gd, doc in zip(gold_docs, nlp.pipe((g.text for g in gold_docs), batch_size=8, disable=["ner"]), strict=True):
        for n in names:
            score_doc(gd.text, SYSTEMS[n](doc), gd.attributions, scores[n], gd.name)
    return scores


# ---- command ------------------------------------------------------------------------------------


def _print(scores: dict[str, Score], split: str, worst: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"PolNeAR {split}: attribution spans")
    for col in ("system", "role", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"):
        table.add_column(col, justify="left" if col in ("system", "role") else "right")
    for name, sc in scores.items():
        for role in ROLES:
            cells = [f"{v:.3f}" for mode in ("exact", "overlap") for v in sc.counts.get((role, mode), Counts()).prf()]
            table.add_row(name if role == ROLES[0] else "", role, *cells, end_section=role == ROLES[-1])
    console.print(table)
    ours = next(iter(scores.values()))
    errs = Table(title="newsgraph: worst documents (content overlap F1) and commonest cue errors")
    errs.add_column("document")
    errs.add_column("F1", justify="right")
    errs.add_column("missed cue")
    errs.add_column("false cue")
    missed, false = ours.missed_cues.most_common(worst), ours.false_cues.most_common(worst)
    for k, (doc, f1) in enumerate(sorted(ours.per_doc, key=lambda x: x[1])[:worst]):
        m = f"{missed[k][0]} ({missed[k][1]})" if k < len(missed) else ""
        fc = f"{false[k][0]} ({false[k][1]})" if k < len(false) else ""
        errs.add_row(doc, f"{f1:.2f}", m, fc)
    console.print(errs)
    console.print("exact: trimmed extents identical; overlap: ≥1 shared non-space char, one-to-one greedy matching.")


def register(eval_app: typer.Typer) -> None:
    """Add this scorer's command to the eval group."""

    @eval_app.command("quotes")
    def quotes_cmd(
        split: str = typer.Option("test", help="PolNeAR split: dev (tuning) or test (reporting)."),
        every: int = typer.Option(1, min=1, help="Score every n-th article only (quicker)."),
        worst: int = typer.Option(8, help="Rows in the error breakdown."),
    ) -> None:
        """Score quote attribution on PolNeAR next to textacy and a quick rule baseline."""
        if split not in ("dev", "test"):
            raise typer.BadParameter("split must be dev or test")
        _print(evaluate(split, every), split, worst)


__all__ = ["Path", "evaluate", "load_polnear", "match", "register"]
