"""Benchmark: newsgraph's whole `extract` path vs bare spaCy `nlp.pipe` on the same texts, one core.

Prints articles/s for both and the ratio (ours / bare). Texts: the VOA stories in ../shared/data/voa
when present, else the repo's examples repeated. Run: `.venv/bin/python benchmarks/bench_extract.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from pathlib import Path

from newsgraph.eval.data import shared_data_dir
from newsgraph.model import RawDocument
from newsgraph.nlp import get_nlp
from newsgraph.options import Options
from newsgraph.pipeline import Failure, extract_batch


def load_docs(limit: int) -> list[RawDocument]:
    base = shared_data_dir()
    docs: list[RawDocument] = []
    if base is not None and (base / "voa" / "voa_stories.jsonl").exists():
        for line in (base / "voa" / "voa_stories.jsonl").read_text().splitlines()[:limit]:
            obj = json.loads(line)
            docs.append(RawDocument(origin=obj["id"], content=obj["text"], kind="text", published=obj["published"]))
    else:
        text = (Path(__file__).parents[1] / "examples" / "ankara-talks.txt").read_text()
        docs = [RawDocument(origin=f"ex{i}", content=text, kind="text", published="2024-09-03") for i in range(limit)]
    return docs


def stage_shares(texts: list[str], articles: list[object], nlp: object, parse_seconds: float) -> None:
    """Time each stage after the parse on the same parsed docs; print its share of the parse time."""
    from newsgraph.actors import resolve_actors
    from newsgraph.events import code_events
    from newsgraph.quotes import attribute_quotes
    from newsgraph.times import extract_times

    docs = list(nlp.pipe(texts))  # type: ignore[attr-defined]
    spent = {"actors": 0.0, "quotes": 0.0, "times": 0.0, "events": 0.0}
    for doc, art in zip(docs, articles, strict=True):
        t0 = time.perf_counter()
        actors = resolve_actors(doc, art)  # type: ignore[arg-type]
        t1 = time.perf_counter()
        quotes = attribute_quotes(doc, actors)
        t2 = time.perf_counter()
        times = extract_times(doc, art.published)  # type: ignore[attr-defined]
        t3 = time.perf_counter()
        code_events(doc, art, actors, quotes, times)  # type: ignore[arg-type]
        t4 = time.perf_counter()
        for key, dt in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[key] += dt
    shares = ", ".join(f"{k} {100 * v / parse_seconds:.1f}%" for k, v in spent.items())
    print(f"stage time as a share of the bare parse: {shares}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=89)
    parser.add_argument("--repeat", type=int, default=3, help="best of N interleaved runs for each side")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for both sides
    docs = load_docs(args.limit)
    options = Options()
    nlp = get_nlp(options.spacy_model)
    # warm up both paths (model load, lexicon/gazetteer load) outside the timing
    list(extract_batch(docs[:2], options))

    from newsgraph.clean import clean

    texts = [clean(d, options).text for d in docs]
    bare, ours = float("inf"), float("inf")
    failures = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=options.batch_size):
            pass
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        failures = sum(isinstance(r, Failure) for r in extract_batch(docs, options))
        ours = min(ours, time.perf_counter() - t0)
    n = len(docs)
    stage_shares(texts, [clean(d, options) for d in docs], nlp, bare)
    print(f"articles: {n} ({sum(len(t) for t in texts)} chars), failures: {failures}, best of {args.repeat}")
    print(f"bare spaCy nlp.pipe : {n / bare:7.2f} articles/s")
    print(f"newsgraph extract   : {n / ours:7.2f} articles/s")
    print(f"ratio (ours / bare) : {bare / ours:.2f}x  (floor 0.6x, aim 0.8x)")


if __name__ == "__main__":
    main()
