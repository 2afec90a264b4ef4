"""Corpus commands (ingest, reprocess, events, actor, actors, quotes, dyad, sql, export): thin Typer wrappers."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table as RichTable

from newsgraph.errors import NewsgraphError
from newsgraph.store.queries import EventFilter, Table

err = Console(stderr=True, highlight=False, soft_wrap=True)
DbOpt = Annotated[str | None, typer.Option("--db", help="Database file (default: $NEWSGRAPH_DB, else config.toml [store] db, else the per-user one).")]


class OutFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class By(StrEnum):
    week = "week"
    month = "month"
    year = "year"


class ExportFmt(StrEnum):
    gdelt = "gdelt"
    polecat = "polecat"
    jsonl = "jsonl"
    parquet = "parquet"


FmtOpt = Annotated[OutFormat, typer.Option("--format", "-f", help="table, json (JSON Lines) or csv.")]


@contextmanager
def _edge() -> Iterator[None]:
    """Turn newsgraph errors into one line on stderr and their exit code."""
    try:
        yield
    except NewsgraphError as exc:
        err.print(f"error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(code=exc.exit_code) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def print_table(result: Table, fmt: OutFormat, title: str | None = None) -> None:
    """Print a (columns, rows) result as a Rich table, JSON Lines or CSV on stdout."""
    cols, rows = result
    if fmt is OutFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps({c: _jsonable(v) for c, v in zip(cols, row, strict=True)},
                                        ensure_ascii=False) + "\n")
    elif fmt is OutFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    else:
        table = RichTable(*cols, title=title, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(highlight=False).print(table)


def _reader(db: str | None) -> Any:
    from newsgraph.store.db import resolve_db_path
    from newsgraph.store.queries import open_reader

    return open_reader(resolve_db_path(db))


def _progress_hook(enabled: bool) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A Rich progress bar with articles/s and ETA; returns (hook, stop)."""
    if not enabled:
        return None, lambda: None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                        TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=err, transient=False)
    task = progress.add_task("ingest", total=None, rate="-")
    started = time.monotonic()
    progress.start()

    def hook(done: int, total: int) -> None:
        rate = done / max(time.monotonic() - started, 1e-6)
        progress.update(task, completed=done, total=total, rate=f"{rate:.1f}")

    return hook, progress.stop


def _summary(summary: Any, seconds: float) -> None:
    st = summary.stats
    table = RichTable(title=f"ingest run {summary.run_id}", show_header=False)
    table.add_row("ingested", str(st.ingested))
    table.add_row("duplicates skipped", f"{st.duplicates} exact, {st.near_duplicates} near")
    table.add_row("already done (earlier runs)", str(summary.already_done))
    rejected = ", ".join(f"{k}: {v}" for k, v in st.rejected.most_common()) or "0"
    table.add_row("rejected", rejected)
    table.add_row("event mentions found", str(st.events))
    table.add_row("events after merging (store)", str(summary.clusters))
    table.add_row("time", f"{seconds:.1f} s ({st.ingested / max(seconds, 1e-6):.2f} articles/s)")
    err.print(table)


def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, JSONL, WARC files, feed or article URLs.")],
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes (default: number of cores).")] = 0,
    db: DbOpt = None,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching loopback/private addresses.")] = False,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")] = None,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
    host_delay: Annotated[float, typer.Option(help="Seconds between requests to one host.")] = 1.0,
) -> None:
    """Ingest articles into the corpus store (idempotent, resumable), then merge events across articles."""
    from newsgraph.options import Options
    from newsgraph.read.fetch import FetchOptions
    from newsgraph.store.db import resolve_db_path
    from newsgraph.store.ingest import default_jobs, ingest

    hook, stop = _progress_hook(not no_progress)
    started = time.monotonic()
    with _edge():
        try:
            summary = ingest(inputs, resolve_db_path(db), Options(published=published), jobs or default_jobs(),
                             FetchOptions(allow_private=allow_private, host_delay=host_delay), hook)
        finally:
            stop()
    _summary(summary, time.monotonic() - started)


def reprocess_cmd(
    db: DbOpt = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes (default: number of cores).")] = 0,
    outdated: Annotated[bool, typer.Option(help="Only articles extracted by another pipeline version.")] = False,
) -> None:
    """Re-run extraction on stored article texts (after a pipeline upgrade), recording pipeline_version."""
    from newsgraph.store.db import resolve_db_path
    from newsgraph.store.ingest import default_jobs, reprocess

    hook, stop = _progress_hook(True)
    started = time.monotonic()
    with _edge():
        try:
            summary = reprocess(resolve_db_path(db), None, jobs or default_jobs(), hook, only_outdated=outdated)
        finally:
            stop()
    _summary(summary, time.monotonic() - started)


def events_cmd(
    actor: Annotated[str | None, typer.Option(help="Actor (name, key, code or country).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient (name, key, code or country).")] = None,
    country: Annotated[str | None, typer.Option(help="Country of either side or the location.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    quad_class: Annotated[int | None, typer.Option(help="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")] = None,
    modality: Annotated[str | None, typer.Option(help="future, historical, hypothetical, negated, unconfirmed, denied, or asserted.")] = None,
    since: Annotated[str | None, typer.Option(help="Event date from (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Event date until (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows (0: all).")] = 100,
    fmt: FmtOpt = OutFormat.table,
    db: DbOpt = None,
) -> None:
    """List event mentions matching the filters."""
    from newsgraph.store import queries

    f = EventFilter(actor, recipient, country, type_, quad_class, modality, since, until, source, text, limit or None)
    with _edge():
        print_table(queries.events(_reader(db), f), fmt, "events")


def actor_cmd(name: Annotated[str, typer.Argument(help="Actor name, key, code or country.")],
              by: Annotated[By, typer.Option(help="Period of the activity series.")] = By.month,
              fmt: FmtOpt = OutFormat.table, db: DbOpt = None) -> None:
    """Profile of one actor: aliases, roles, events by type over time, top partners."""
    from newsgraph.store import queries

    with _edge():
        profile = queries.actor_profile(_reader(db), name, by.value)  # type: ignore[arg-type]
    if fmt is OutFormat.table:
        for title, result in profile.items():
            print_table(result, fmt, title)
        return
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps({k: [{c: _jsonable(v) for c, v in zip(cols, r, strict=True)} for r in rows]
                                     for k, (cols, rows) in profile.items()}, ensure_ascii=False) + "\n")
        return
    print_table(profile["activity"], fmt)


def actors_cmd(limit: Annotated[int, typer.Option(help="How many.")] = 50, fmt: FmtOpt = OutFormat.table,
               db: DbOpt = None) -> None:
    """The most frequent actors in the corpus."""
    from newsgraph.store import queries

    with _edge():
        print_table(queries.actors(_reader(db), limit), fmt, "actors")


def quotes_cmd(speaker: Annotated[str | None, typer.Option(help="Speaker name, key or the words naming them.")] = None,
               limit: Annotated[int, typer.Option(help="How many.")] = 100, fmt: FmtOpt = OutFormat.table,
               db: DbOpt = None) -> None:
    """Quotes, optionally by speaker."""
    from newsgraph.store import queries

    with _edge():
        print_table(queries.quotes(_reader(db), speaker, limit), fmt, "quotes")


def dyad_cmd(a: Annotated[str, typer.Argument(help="First actor.")], b: Annotated[str, typer.Argument(help="Second actor.")],
             by: Annotated[By, typer.Option(help="Period.")] = By.month,
             directed: Annotated[bool, typer.Option(help="Only A acting on B.")] = False,
             fmt: FmtOpt = OutFormat.table, db: DbOpt = None) -> None:
    """The A–B series: counts by quad class and PLOVER type, mean conflict–cooperation score per period."""
    from newsgraph.store import queries

    with _edge():
        print_table(queries.dyad(_reader(db), a, b, by.value, directed), fmt, f"{a} – {b} by {by.value}")  # type: ignore[arg-type]


def sql_cmd(query: Annotated[str, typer.Argument(help="SQL (read-only connection).")], fmt: FmtOpt = OutFormat.table,
            db: DbOpt = None) -> None:
    """Run raw SQL against the store (read-only)."""
    from newsgraph.store import queries

    with _edge():
        print_table(queries.sql(_reader(db), query), fmt)


def export_cmd(out: Annotated[Path, typer.Argument(help="Output file (a folder for parquet).")],
               fmt: Annotated[ExportFmt, typer.Option("--format", "-f", help="gdelt, polecat, jsonl or parquet.")] = ExportFmt.jsonl,
               db: DbOpt = None) -> None:
    """Export events: GDELT 2.0 Events TSV, POLECAT-style CSV, JSON Lines, or Parquet partitioned by year/month."""
    from newsgraph.store.export import export

    with _edge():
        n = export(_reader(db), fmt.value, out)  # type: ignore[arg-type]
    err.print(f"wrote {n} rows to {out}")


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main app."""
    for name, fn in (("ingest", ingest_cmd), ("reprocess", reprocess_cmd), ("events", events_cmd),
                     ("actor", actor_cmd), ("actors", actors_cmd), ("quotes", quotes_cmd), ("dyad", dyad_cmd),
                     ("sql", sql_cmd), ("export", export_cmd)):
        app.command(name)(fn)
