"""The single writer: every write to the corpus database goes through StoreWriter."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlparse

import duckdb

from newsgraph.model import Actor, Event, Record
from newsgraph.store import dedup
from newsgraph.store.db import connect, migrate


@dataclass(slots=True)
class RunStats:
    """What one ingest or reprocess run did, for its summary."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    events: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    @property
    def total_rejected(self) -> int:
        return sum(self.rejected.values())


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ])")


def to_date(value: str | None) -> str | None:
    """'2023-03-20', '2023-03' or '2023' (or a datetime) → a valid ISO day, else None ('2022-W10', 'P4Y')."""
    m = _ISO_DAY.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)).isoformat()
    except ValueError:
        return None


def source_of(record: Record) -> str | None:
    """The outlet name, falling back to the URL's host without 'www.'."""
    art = record.article
    if art.source:
        return art.source
    if art.url:
        host = urlparse(art.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _terms(actors: list[Actor | None]) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a is None:
            continue
        for t in (a.name, a.key, a.code, a.country):
            if t and t.lower() not in out:
                out.append(t.lower())
    return out


def event_row(record: Record, ev: Event, source: str | None) -> list[Any]:
    """One events-table row: the event with its actors' names, keys and countries copied in."""
    by_id = {a.id: a for a in record.actors}
    acts = [by_id.get(i) for i in ev.actors]
    recs = [by_id.get(i) for i in ev.recipients]
    art = record.article

    def col(items: list[Actor | None], attr: str) -> list[str | None]:
        return [getattr(a, attr) if a else None for a in items]

    loc = ev.location
    attributed = by_id.get(ev.attributed_to) if ev.attributed_to else None
    event_date = to_date(ev.date.start) or to_date(art.published)
    return [
        f"{art.id}:{ev.id}", art.id, ev.id, ev.type, ev.mode,
        ev.actors, col(acts, "name"), col(acts, "key"), col(acts, "country"), col(acts, "code"), col(acts, "sector"),
        col(acts, "title"), _terms(acts),
        ev.recipients, col(recs, "name"), col(recs, "key"), col(recs, "country"), col(recs, "code"), col(recs, "sector"),
        col(recs, "title"), _terms(recs),
        to_date(ev.date.start), to_date(ev.date.end), ev.date.granularity, ev.date.source, event_date,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        list(ev.modality), ev.attributed_to, attributed.name if attributed else None, ev.attributed_text,
        ev.sentence, ev.start, ev.end, ev.trigger, ev.cameo, ev.quad_class, ev.goldstein, ev.plover_score,
        ev.confidence, to_date(art.published), source, art.url, record.pipeline_version,
    ]


class StoreWriter:
    """Owns the one read-write connection. Use as a context manager; each batch is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con: duckdb.DuckDBPyConnection = connect(path, read_only=False)
        migrate(self.con)

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- runs -------------------------------------------------------------------------------
    def start_run(self, kind: str, inputs: list[str], pipeline_version: str) -> int:
        """Record the start of an ingest/reprocess run and return its id."""
        row = self.con.execute(
            "INSERT INTO ingest_runs (id, kind, started_at, inputs, pipeline_version, status) "
            "VALUES (nextval('ingest_run_seq'), ?, current_timestamp, ?, ?, 'running') RETURNING id",
            [kind, json.dumps(inputs), pipeline_version]).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, stats: RunStats, status: str = "done") -> None:
        """Store a run's final counts."""
        self.con.execute(
            "UPDATE ingest_runs SET finished_at = current_timestamp, ingested = ?, duplicates = ?, "
            "near_duplicates = ?, rejected = ?, events = ?, status = ? WHERE id = ?",
            [stats.ingested, stats.duplicates, stats.near_duplicates, stats.total_rejected, stats.events,
             status, run_id])

    def seen_origins(self) -> set[str]:
        """Origins already stored, rejected or skipped as duplicates: a rerun does not redo them."""
        rows = self.con.execute(
            "SELECT origin FROM articles WHERE origin IS NOT NULL UNION SELECT origin FROM rejects "
            "UNION SELECT origin FROM duplicates WHERE origin IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    # --- batches ------------------------------------------------------------------------------
    def write_batch(self, records: list[Record], rejects: list[tuple[str, str, str]], run_id: int,
                    stats: RunStats) -> None:
        """Write records and rejects (origin, reason, message) in one transaction.

        If the batch fails (a value the database refuses), it is retried one record per transaction
        and the record that still fails becomes a reject with reason "store"; the rest are kept.
        """
        try:
            self._transaction(records, rejects, run_id, stats)
        except duckdb.Error:
            for rec in records:
                try:
                    self._transaction([rec], [], run_id, stats)
                except duckdb.Error as exc:
                    msg = f"{rec.article.origin}: cannot store ({str(exc).splitlines()[0]})"
                    self._transaction([], [(rec.article.origin or rec.article.id, "store", msg)], run_id, stats)
            self._transaction([], rejects, run_id, stats)

    def _transaction(self, records: list[Record], rejects: list[tuple[str, str, str]], run_id: int,
                     stats: RunStats) -> None:
        """One transaction; the counts are added to ``stats`` only once it commits."""
        local = RunStats()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for rec in records:
                self._add(rec, run_id, local)
            for origin, reason, message in rejects:
                self.con.execute("INSERT INTO rejects VALUES (?, ?, ?, ?, current_timestamp, NULL)",
                                 [origin, reason, message, run_id])
                local.rejected[reason] += 1
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        stats.ingested += local.ingested
        stats.duplicates += local.duplicates
        stats.near_duplicates += local.near_duplicates
        stats.events += local.events
        stats.rejected.update(local.rejected)

    def _add(self, rec: Record, run_id: int, stats: RunStats) -> None:
        art = rec.article
        source = source_of(rec)
        if self.con.execute("SELECT 1 FROM articles WHERE id = ?", [art.id]).fetchone():
            self._duplicate(rec, source, art.id, 1.0, "exact", run_id)
            stats.duplicates += 1
            return
        sig = dedup.minhash(art.text)
        band_hashes = dedup.bands(sig)
        near = self._near_duplicate(sig, band_hashes)
        if near is not None:
            self._duplicate(rec, source, near[0], near[1], "near", run_id)
            stats.near_duplicates += 1
            return
        self._insert_article(rec, source, run_id, sig)
        self.con.executemany("INSERT INTO article_bands VALUES (?, ?, ?)",
                             [[b, h, art.id] for b, h in enumerate(band_hashes)])
        self._insert_children(rec, source)
        stats.ingested += 1
        stats.events += len(rec.events)

    def _near_duplicate(self, sig: list[int], band_hashes: list[int]) -> tuple[str, float] | None:
        placeholders = " OR ".join("(band = ? AND hash = ?)" for _ in band_hashes)
        params: list[int] = [v for pair in enumerate(band_hashes) for v in pair]
        rows = self.con.execute(
            f"SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE {placeholders}", params).fetchall()
        best = max(((r[0], dedup.similarity(sig, list(r[1]))) for r in rows), key=lambda x: x[1], default=None)
        return best if best is not None and best[1] >= dedup.NEAR_DUPLICATE else None

    def _duplicate(self, rec: Record, source: str | None, of: str, sim: float, kind: str, run_id: int) -> None:
        self.con.execute("INSERT INTO duplicates VALUES (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                         [rec.article.origin, rec.article.url, source, rec.article.id, of, sim, kind, run_id])

    def _insert_article(self, rec: Record, source: str | None, run_id: int, sig: list[int]) -> None:
        art = rec.article
        removed = json.dumps([{"text": r.text, "reason": r.reason} for r in art.removed], ensure_ascii=False)
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)",
            [art.id, art.url, source, art.title, to_date(art.published), art.language, art.text, removed,
             art.author, art.origin, run_id, rec.pipeline_version, sig])
        if source:
            self.con.execute(
                "INSERT INTO sources VALUES (?, current_timestamp, 1) ON CONFLICT (name) "
                "DO UPDATE SET num_articles = sources.num_articles + 1", [source])

    def _insert_children(self, rec: Record, source: str | None) -> None:
        """Actors, mentions, quotes, times and events of one record."""
        aid, pv = rec.article.id, rec.pipeline_version
        by_id = {a.id: a for a in rec.actors}
        if rec.actors:
            self.con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [aid, a.id, a.key, a.name, a.kind, a.country, a.sector, a.title, a.code, len(a.mentions), pv]
                for a in rec.actors])
        mentions = [[aid, a.id, m.start, m.end, m.text, pv] for a in rec.actors for m in a.mentions]
        if mentions:
            self.con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
        if rec.quotes:
            pub = to_date(rec.article.published)
            self.con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [aid, i, q.speaker, by_id[q.speaker].key if q.speaker in by_id else None,
                 by_id[q.speaker].name if q.speaker in by_id else None, q.speaker_text, q.cue, q.content,
                 q.direct, q.start, q.end, pub, source, pv] for i, q in enumerate(rec.quotes)])
        if rec.times:
            self.con.executemany("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                [aid, i, t.text, t.start, t.end, t.value, t.end_value, t.granularity, t.type, pv]
                for i, t in enumerate(rec.times)])
        if rec.events:
            rows = [event_row(rec, ev, source) for ev in rec.events]
            self.con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(rows[0]))})", rows)

    # --- reprocess and merge --------------------------------------------------------------------
    def replace_records(self, records: list[Record], stats: RunStats) -> None:
        """Swap the extracted rows of stored articles for new ones (after a pipeline upgrade)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for rec in records:
                aid = rec.article.id
                for table in ("actors", "mentions", "quotes", "times", "events"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [aid])
                self.con.execute("UPDATE articles SET pipeline_version = ?, text = ? WHERE id = ?",
                                 [rec.pipeline_version, rec.article.text, aid])
                self._insert_children(rec, source_of(rec))
                stats.ingested += 1
                stats.events += len(rec.events)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def replace_clusters(self, clusters: list[list[Any]], members: list[list[Any]],
                         drop: list[str] | None = None) -> None:
        """Replace event clusters (all, or the ``drop`` ids) and their membership in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            if drop is None:
                self.con.execute("DELETE FROM cluster_members")
                self.con.execute("DELETE FROM event_clusters")
            else:
                self.con.execute("DELETE FROM cluster_members WHERE list_contains(?, cluster_id)", [drop])
                self.con.execute("DELETE FROM event_clusters WHERE list_contains(?, id)", [drop])
            if clusters:
                self.con.executemany("INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clusters)
            if members:
                self.con.executemany("INSERT INTO cluster_members VALUES (?, ?, ?, ?)", members)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
