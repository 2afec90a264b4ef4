"""Ingest and reprocess: documents → extraction workers → the single writer, in small transactions.

Workers (``-j``) each load the model once and run ``extract_batch`` on chunks; the parent process is
the only writer. Every chunk is committed on its own, and origins already stored, rejected or
skipped are not redone, so a killed run loses nothing committed and a rerun finishes the rest.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph import __version__
from newsgraph.model import RawDocument, Record, record_from_dict
from newsgraph.options import Options
from newsgraph.pipeline import Failure, extract_batch
from newsgraph.read.fetch import FetchOptions
from newsgraph.read.files import ReadFailure
from newsgraph.read.sources import expand_inputs
from newsgraph.store.writer import RunStats, StoreWriter

CHUNK = 8  # documents per worker task and per committed transaction
ProgressHook = Callable[[int, int], None]  # (documents done so far, total)


@dataclass(slots=True)
class IngestSummary:
    """The numbers an ingest prints at the end."""

    run_id: int
    stats: RunStats
    already_done: int = 0
    clusters: int = 0
    worker_peak_rss_mb: list[float] = field(default_factory=list)


_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    """Load the model once per worker process."""
    global _OPTIONS
    from newsgraph.nlp import get_nlp

    _OPTIONS = options
    get_nlp(options.spacy_model)


def _work(chunk: list[RawDocument]) -> tuple[list[Record | Failure], int, float]:
    """Extract one chunk in a worker; also report its pid and peak RSS in MB."""
    results = list(extract_batch(chunk, _OPTIONS))
    return results, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _chunks(items: list[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _run_chunks(raws: list[RawDocument], options: Options, jobs: int) -> Iterator[tuple[list[Record | Failure], int, float]]:
    if jobs <= 1:
        _init_worker(options)
        for chunk in _chunks(raws, CHUNK):
            yield _work(chunk)
        return
    size = max(1, min(CHUNK, -(-len(raws) // jobs)))  # small inputs still spread over every worker
    ctx = mp.get_context("forkserver")
    with ctx.Pool(processes=jobs, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_work, _chunks(raws, size))


def default_jobs() -> int:
    """One worker per available core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ingest(inputs: list[str], db: Path, options: Options | None = None, jobs: int = 1,
           fetch: FetchOptions | None = None, progress: ProgressHook | None = None,
           merge: bool = True) -> IngestSummary:
    """Read, extract and store every input; skip what an earlier run already did; re-cluster events."""
    options = options or Options()
    with StoreWriter(db) as writer:
        run_id = writer.start_run("ingest", inputs, __version__)
        stats = RunStats()
        seen = writer.seen_origins()
        raws, read_rejects, already = _collect(expand_inputs(inputs, fetch), seen)
        writer.write_batch([], read_rejects, run_id, stats)
        summary = IngestSummary(run_id, stats, already_done=already)
        _extract_and_write(writer, raws, options, jobs, run_id, summary, progress)
        if merge:
            summary.clusters = recluster(writer, run_id)
        writer.finish_run(run_id, stats)
    return summary


def _collect(items: Iterable[RawDocument | ReadFailure], seen: set[str]) -> tuple[list[RawDocument], list[tuple[str, str, str]], int]:
    raws: list[RawDocument] = []
    rejects: list[tuple[str, str, str]] = []
    already = 0
    for item in items:
        if item.origin in seen:
            already += 1
        elif isinstance(item, ReadFailure):
            rejects.append((item.origin, item.reason, item.message))
        else:
            raws.append(item)
    return raws, rejects, already


def _extract_and_write(writer: StoreWriter, raws: list[RawDocument], options: Options, jobs: int, run_id: int,
                       summary: IngestSummary, progress: ProgressHook | None) -> None:
    done = 0
    peaks: dict[int, float] = {}
    if progress:
        progress(0, len(raws))
    for results, pid, rss in _run_chunks(raws, options, jobs):
        peaks[pid] = rss
        records = [r for r in results if isinstance(r, Record)]
        rejects = [(r.origin, r.reason, r.message) for r in results if isinstance(r, Failure)]
        writer.write_batch(records, rejects, run_id, summary.stats)
        done += len(results)
        if progress:
            progress(done, len(raws))
    summary.worker_peak_rss_mb = sorted(peaks.values())


def recluster(writer: StoreWriter, run_id: int | None = None) -> int:
    """Cluster event mentions into real-world events (all, or those a run affects); returns the store's total."""
    from newsgraph.merge import cluster_store_events

    clusters, members, drop = cluster_store_events(writer.con, run_id)
    writer.replace_clusters(clusters, members, drop)
    row = writer.con.execute("SELECT count(*) FROM event_clusters").fetchone()
    return int(row[0]) if row else 0


def reprocess(db: Path, options: Options | None = None, jobs: int = 1, progress: ProgressHook | None = None,
              only_outdated: bool = False) -> IngestSummary:
    """Re-run extraction on stored article texts and replace their rows (pipeline_version recorded)."""
    options = options or Options()
    with StoreWriter(db) as writer:
        run_id = writer.start_run("reprocess", [], __version__)
        where = "WHERE pipeline_version IS DISTINCT FROM ?" if only_outdated else "WHERE ? IS NOT NULL"
        rows = writer.con.execute(
            f"SELECT id, url, title, CAST(published AS VARCHAR), text, origin FROM articles {where} ORDER BY id",
            [__version__]).fetchall()
        raws = [RawDocument(origin=r[5] or r[0], content=r[4], kind="text", url=r[1], title=r[2], published=r[3],
                            meta={"article_id": r[0]}) for r in rows]
        summary = IngestSummary(run_id, RunStats())
        done = 0
        stored = {r.origin: str(r.meta["article_id"]) for r in raws}
        for results, _, _ in _run_chunks(raws, options, jobs):
            records = [_keep_id(r, stored) for r in results if isinstance(r, Record)]
            writer.replace_records(records, summary.stats)
            done += len(results)
            if progress:
                progress(done, len(raws))
        summary.clusters = recluster(writer)
        writer.finish_run(run_id, summary.stats)
    return summary


def _keep_id(rec: Record, ids: dict[str, str]) -> Record:
    """Reprocessed text may hash differently if cleaning changed: keep the stored article id."""
    stored = ids.get(rec.article.origin or "")
    if stored and stored != rec.article.id:
        data = rec.to_dict()
        data["article"]["id"] = stored
        return record_from_dict(data)
    return rec
