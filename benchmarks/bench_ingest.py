"""Benchmark: `newsgraph ingest` of the VOA corpus with -j 1 and -j 2 in one run.

Prints articles/s for each (wall clock of the whole ingest: workers' model loading, extraction, the
single writer's transactions and event merging), the speed-up, and peak memory per worker.
Run: `.venv/bin/python benchmarks/bench_ingest.py [--jobs 1 2]`.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import resource
import tempfile
import time
from pathlib import Path

from newsgraph.eval.data import require_data
from newsgraph.store.ingest import ingest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=0, help="only the first N stories (0: all 89)")
    args = parser.parse_args()
    corpus = require_data("voa") / "voa_stories.jsonl"
    rates: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.limit:
            subset = Path(tmp) / "voa_subset.jsonl"
            subset.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[: args.limit]),
                              encoding="utf-8")
            corpus = subset
        for jobs in args.jobs:
            db = Path(tmp) / f"j{jobs}.duckdb"
            t0 = time.perf_counter()
            summary = ingest([str(corpus)], db, jobs=jobs)
            took = time.perf_counter() - t0
            n = summary.stats.ingested
            rates[jobs] = n / took
            mem = summary.worker_peak_rss_mb or [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
            print(f"-j {jobs}: {n} articles in {took:.1f} s = {rates[jobs]:.2f} articles/s; "
                  f"{summary.stats.events} event mentions, {summary.clusters} events after merging; "
                  f"peak RSS per worker: {', '.join(f'{m:.0f} MB' for m in mem)}")
    if 1 in rates and len(rates) > 1:
        for jobs, rate in rates.items():
            if jobs != 1:
                print(f"speed-up -j {jobs} vs -j 1: {rate / rates[1]:.2f}x  (cores available: {os.cpu_count()})")


if __name__ == "__main__":
    main()
