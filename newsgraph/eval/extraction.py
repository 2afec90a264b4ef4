"""`newsgraph eval extraction`: article-body extraction scored on the shared benchmark.

Scoring follows the benchmark README: ``\\w+`` tokens, 4-token shingles as a multiset, per-document
TP/FP/FN normalised to sum 1, P and R averaged over documents, F1 the harmonic mean of the averages.
Pages are split deterministically by the SHA-256 of their id: the first half (in hash order) is for
tuning, the second half is the reported test split.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.eval.data import require_data
from newsgraph.eval.metrics import f1, ratio

_TOKEN = re.compile(r"\w+")
Extractor = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Score:
    """Corpus precision, recall and F1, with the per-page (id, P, R) behind them."""

    precision: float
    recall: float
    f1: float
    pages: tuple[tuple[str, float, float], ...]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text (one shorter shingle for < 4 tokens)."""
    toks = _TOKEN.findall(text)
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def page_pr(pred: str, truth: str) -> tuple[float | None, float | None]:
    """Per-document precision and recall (None where the README leaves a document out)."""
    p, t = shingles(pred), shingles(truth)
    tp, fp, fn = sum((p & t).values()), sum((p - t).values()), sum((t - p).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    total = tp + fp + fn
    prec = None if tp + fp == 0 else tp / total / ((tp + fp) / total)
    rec = None if tp + fn == 0 else tp / total / ((tp + fn) / total)
    return prec, rec


def score(preds: dict[str, str], truth: dict[str, str], ids: list[str]) -> Score:
    """Corpus score of predictions against ground truth on the given page ids."""
    rows = []
    for i in ids:
        p, r = page_pr(preds.get(i, ""), truth[i])
        rows.append((i, p, r))
    ps = [p for _, p, _ in rows if p is not None]
    rs = [r for _, _, r in rows if r is not None]
    prec, rec = ratio(sum(ps), len(ps)), ratio(sum(rs), len(rs))
    pages = tuple((i, p if p is not None else 0.0, r if r is not None else 0.0) for i, p, r in rows)
    return Score(prec, rec, f1(prec, rec), pages)


@dataclass(frozen=True, slots=True)
class Benchmark:
    """The extraction benchmark: ground truth, the html-text dump, and a way to read each page."""

    root: Path
    truth: dict[str, str]
    html_text: dict[str, str]

    def html(self, page_id: str) -> str:
        """The page's HTML (UTF-8, as stored)."""
        with gzip.open(self.root / "html" / f"{page_id}.html.gz") as fh:
            return fh.read().decode("utf-8", errors="replace")


def _unwrap(data: dict[str, Any]) -> dict[str, Any]:
    return data["output"] if set(data) == {"version", "output"} else data  # type: ignore[no-any-return]


def load_benchmark(root: Path | None = None) -> Benchmark:
    """Load the benchmark from ../shared/data/extraction (or ``root``)."""
    root = root or require_data("extraction")
    gt = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    raw = _unwrap(json.loads((root / "output" / "html-text.json").read_text(encoding="utf-8")))
    return Benchmark(
        root=root,
        truth={k: v["articleBody"] for k, v in gt.items()},
        html_text={k: v["articleBody"] for k, v in raw.items()},
    )


def split(ids: list[str], which: str) -> list[str]:
    """Deterministic split: ids in SHA-256 order, first half "tune", second half "test"."""
    ordered = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    half = len(ordered) // 2
    return {"tune": ordered[:half], "test": ordered[half:], "all": ordered}[which]


def naive_lines(text: str) -> str:
    """Baseline: keep lines of 10+ words that end in sentence punctuation."""
    keep = [ln for ln in text.splitlines() if len(_TOKEN.findall(ln)) >= 10 and re.search(r"[.!?\"”]\s*$", ln)]
    return "\n".join(keep)


def newsgraph_text(text: str) -> str:
    """newsgraph's scraped-text cleaner (the line classifier)."""
    from newsgraph.clean.lines import clean_text

    return clean_text(text)[0]


def newsgraph_html(html: str) -> str:
    """newsgraph's HTML extraction (body only)."""
    from newsgraph.clean.html import extract_html

    return extract_html(html).text


FAST_TOOLS = ("newsgraph", "trafilatura")  # `--fast`: skip the slow baselines (newspaper4k runs ~0.3 pages/s)


def html_tools(only: tuple[str, ...] | None = None) -> dict[str, Extractor]:
    """HTML extractors to compare (all, or the named ones); baselines missing from the environment are left out."""
    tools: dict[str, Extractor] = {"newsgraph": newsgraph_html}
    if only is None or set(only) - {"newsgraph"}:
        tools.update(_baselines())
    return tools if only is None else {k: v for k, v in tools.items() if k in only}


def speed_ratio(results: dict[str, tuple[Score, float]]) -> float | None:
    """newsgraph's time per page over trafilatura's (the issue asks for at most 1.5), when both ran."""
    ours, theirs = results.get("newsgraph"), results.get("trafilatura")
    if not ours or not theirs or not ours[1]:
        return None
    return theirs[1] / ours[1]


def _baselines() -> dict[str, Extractor]:
    out: dict[str, Extractor] = {}
    try:
        import trafilatura

        out["trafilatura"] = lambda h: trafilatura.extract(h) or ""
    except ImportError:
        pass
    try:
        from lxml import html as lhtml
        from readability import Document

        out["readability-lxml"] = lambda h: lhtml.fromstring(Document(h).summary()).text_content()
    except ImportError:
        pass
    try:
        import justext

        out["justext"] = lambda h: "\n".join(
            p.text for p in justext.justext(h.encode("utf-8"), justext.get_stoplist("English")) if not p.is_boilerplate
        )
    except ImportError:
        pass
    try:
        from newspaper import Article as NpArticle

        def _newspaper(h: str) -> str:
            art = NpArticle("http://example.com/")
            art.download(input_html=h)
            art.parse()
            return str(art.text)

        out["newspaper4k"] = _newspaper
    except ImportError:
        pass
    return out


def run_tool(tool: Extractor, inputs: dict[str, str]) -> tuple[dict[str, str], float]:
    """Run one extractor over all inputs; returns outputs and seconds taken (errors give "")."""
    out: dict[str, str] = {}
    start = time.perf_counter()
    for key, value in inputs.items():
        try:
            out[key] = tool(value)
        except Exception:  # a baseline crashing on one page scores that page as empty
            out[key] = ""
    return out, time.perf_counter() - start


def _timed(tool: Extractor, value: str) -> tuple[str, float]:
    start = time.perf_counter()
    try:
        out = tool(value)
    except Exception:  # a baseline crashing on one page scores that page as empty
        out = ""
    return out, time.perf_counter() - start


def eval_html(bench: Benchmark, ids: list[str], tools: dict[str, Extractor]) -> dict[str, tuple[Score, float]]:
    """Score each HTML tool on the pages; value is (score, pages per second).

    Tools run interleaved page by page (each warmed up on the first page first), so load from
    other processes on a shared machine falls on all of them alike.
    """
    pages = {i: bench.html(i) for i in ids}
    preds: dict[str, dict[str, str]] = {name: {} for name in tools}
    secs = dict.fromkeys(tools, 0.0)
    for tool in tools.values():
        _timed(tool, next(iter(pages.values()), ""))
    for key, html in pages.items():
        for name, tool in tools.items():
            preds[name][key], took = _timed(tool, html)
            secs[name] += took
    return {
        name: (score(preds[name], bench.truth, ids), len(ids) / secs[name] if secs[name] else 0.0) for name in tools
    }


def eval_text(bench: Benchmark, ids: list[str]) -> dict[str, Score]:
    """Score scraped-text cleaning (html-text input) against the raw text and the naive baseline."""
    raw = {i: bench.html_text[i] for i in ids}
    tools: dict[str, Extractor] = {
        "newsgraph": newsgraph_text,
        "raw html-text": lambda t: t,
        "naive long lines": naive_lines,
    }
    return {name: score(run_tool(tool, raw)[0], bench.truth, ids) for name, tool in tools.items()}


def _table(title: str, rows: dict[str, tuple[Score, float | None]]) -> Table:
    table = Table(title=title)
    for col in ("tool", "P", "R", "F1", "pages/s"):
        table.add_column(col, justify="left" if col == "tool" else "right")
    for name, (s, speed) in rows.items():
        table.add_row(
            name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", "" if speed is None else f"{speed:.1f}"
        )
    return table


def _worst(title: str, s: Score, urls: dict[str, str], n: int) -> Table:
    table = Table(title=title)
    for col in ("page", "P", "R", "url"):
        table.add_column(col)
    for i, p, r in sorted(s.pages, key=lambda x: f1(x[1], x[2]))[:n]:
        table.add_row(i[:10], f"{p:.2f}", f"{r:.2f}", urls.get(i, "")[:70])
    return table


def _urls(bench: Benchmark) -> dict[str, str]:
    gt = json.loads((bench.root / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: str(v.get("url", "")) for k, v in gt.items()}


def register(eval_app: typer.Typer) -> None:
    """Add this scorer's command to the eval group."""

    @eval_app.command("extraction")
    def extraction_cmd(
        split_name: str = typer.Option("test", "--split", help="test | tune | all"),
        worst: int = typer.Option(5, help="how many worst pages to list per input kind"),
        html: bool = typer.Option(True, "--html/--no-html", help="score HTML extractors (slower)"),
        tools: str = typer.Option("", "--tools", help="comma-separated HTML tools to run (default: all)"),
        fast: bool = typer.Option(False, "--fast", help="HTML: only newsgraph and trafilatura (for iterating)"),
    ) -> None:
        """P/R/F1 and speed of article extraction: HTML tools and scraped-text cleaning."""
        if split_name not in ("test", "tune", "all"):
            raise typer.BadParameter("--split must be test, tune or all")
        only = FAST_TOOLS if fast else tuple(t.strip() for t in tools.split(",") if t.strip()) or None
        console = Console()
        bench = load_benchmark()
        ids = split(list(bench.truth), split_name)
        console.print(f"extraction benchmark: split [bold]{split_name}[/] ({len(ids)} of {len(bench.truth)} pages)")
        urls = _urls(bench)
        if html:
            res = eval_html(bench, ids, html_tools(only))
            console.print(_table(f"HTML pages ({split_name} split)", {k: (s, v) for k, (s, v) in res.items()}))
            ratio = speed_ratio(res)
            if ratio is not None:
                console.print(f"newsgraph time per page = {ratio:.2f}x trafilatura's (issue limit: 1.5x)")
            if "newsgraph" in res:
                console.print(_worst("HTML: newsgraph worst pages", res["newsgraph"][0], urls, worst))
        text = eval_text(bench, ids)
        console.print(
            _table(f"Scraped text from html-text ({split_name} split)", {k: (s, None) for k, s in text.items()})
        )
        console.print(_worst("Scraped text: newsgraph worst pages", text["newsgraph"], urls, worst))
