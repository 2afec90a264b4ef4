"""The corpus store: schema and migrations, the single writer, locking, queries and exports (hand-built records)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Actor, Article, Event, EventDate, Location, Mention, Quote, Record
from newsgraph.store import export as exp
from newsgraph.store import queries as q
from newsgraph.store.db import default_db_path, resolve_db_path, schema_version
from newsgraph.store.ingest import recluster
from newsgraph.store.schema import MIGRATIONS
from newsgraph.store.writer import RunStats, StoreWriter, to_date

STORY = ("Chinese President Xi Jinping will visit Russia next week, the Kremlin said on Friday. "
         "Russian President Vladimir Putin will host talks in Moscow on March 20. ")


def record(aid: str, text: str, day: str, source: str, etype: str = "CONSULT", quad: int = 1,
           score: float = 4.0, modality: list[str] | None = None, url: str | None = None) -> Record:
    """A small hand-built record: Xi (CHN) acts on Putin (RUS) once."""
    actors = [
        Actor("A1", "Xi Jinping", "person", "CHN", "GOV", "President", [Mention(0, 10, "Xi Jinping")],
              key="person:xi_jinping", code="CHNGOV"),
        Actor("A2", "Vladimir Putin", "person", "RUS", "GOV", "President", [Mention(20, 34, "Vladimir Putin"), Mention(40, 45, "Putin")],
              key="person:vladimir_putin", code="RUSGOV"),
    ]
    ev = Event("E1", etype, None, ["A1"], ["A2"], EventDate(day, day, "day", "sentence"),
               Location("Moscow", "RUS", 55.75, 37.62), modality or [], "A2", text[:60], 0, 60, "040",
               quad, 1.0, 0.9, plover_score=score)
    quote = Quote("A2", "Putin", "said", "We welcome our friend", True, 5, 25)
    return Record(Article(aid, url, source, f"title {aid}", day, "en", text, origin=f"origin-{aid}"),
                  actors, [quote], [], [ev], pipeline_version="test-1")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    recs = [
        record("a1", STORY + "Story one.", "2023-03-17", "scmp.com"),
        record("a2", "Xi and Putin signed agreements in Moscow on energy and trade, officials said today.",
               "2023-03-21", "reuters.com", "AGREE", 2, 6.0),
        record("a3", "Putin accused Xi of nothing; the two sides threatened a third country over sanctions.",
               "2023-04-02", "tass.ru", "THREATEN", 3, -4.0, ["unconfirmed"]),
    ]
    with StoreWriter(db) as w:
        run = w.start_run("test", [], "test-1")
        stats = RunStats()
        w.write_batch(recs, [("bad.bin", "binary", "bad.bin: binary input")], run, stats)
        recluster(w)
        w.finish_run(run, stats)
    return db


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-03-20", "2023-03-20"), ("2023-03-20T10:00:00Z", "2023-03-20"), ("2023-03", "2023-03-01"),
    ("2023", "2023-01-01"), ("2022-W10", None), ("P4Y", None), (None, None), ("PRESENT_REF", None),
    ("2023-02-30", None), ("2023-13", None), ("2025-03-14 16:35:50Z", "2025-03-14"), ("2023-SU", None),
])
def test_to_date(value: str | None, expected: str | None) -> None:
    assert to_date(value) == expected


def test_db_path_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.duckdb"))
    assert default_db_path() == tmp_path / "env.duckdb"
    assert resolve_db_path(str(tmp_path / "flag.duckdb")) == tmp_path / "flag.duckdb"
    monkeypatch.delenv("NEWSGRAPH_DB")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "newsgraph" / "newsgraph.duckdb"
    (tmp_path / "conf" / "newsgraph").mkdir(parents=True)
    (tmp_path / "conf" / "newsgraph" / "config.toml").write_text(f'[store]\ndb = "{tmp_path}/cfg.duckdb"\n')
    assert default_db_path() == tmp_path / "cfg.duckdb"
    (tmp_path / "conf" / "newsgraph" / "config.toml").write_text("[store\n")
    with pytest.raises(StoreError, match="cannot read config"):
        default_db_path()


def test_migrations_applied_once(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    for _ in range(2):
        with StoreWriter(db) as w:
            assert schema_version(w.con) == len(MIGRATIONS)
            rows = w.con.execute("SELECT count(*) FROM schema_migrations").fetchone()
            assert rows == (len(MIGRATIONS),)


def test_reader_refuses_missing_db(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        q.open_reader(tmp_path / "nope.duckdb")


def test_lock_held_by_other_process_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    with StoreWriter(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another newsgraph process"):
            StoreWriter(db)
        with pytest.raises(StoreError, match="--db"):
            q.open_reader(db)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    q.open_reader(db).close()  # free again once the holder is gone


def test_writer_dedups_exact_and_near(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    base = STORY * 3 + "Analysts expect agreements on energy, trade and security to be signed during the trip."
    syndicated = "By Staff Reporter. " + base + " Copyright 2023."
    other = "Floods in Malawi displaced thousands of families as Cyclone Jude moved inland on Thursday night."
    with StoreWriter(db) as w:
        run = w.start_run("test", [], "t")
        stats = RunStats()
        w.write_batch([record("x1", base, "2023-03-17", "a.com", url="https://a.com/1"),
                       record("x1", base, "2023-03-17", "a.com", url="https://a.com/1"),
                       record("x2", syndicated, "2023-03-17", "b.com", url="https://b.com/2"),
                       record("x3", other, "2023-03-17", "c.com")], [], run, stats)
        assert (stats.ingested, stats.duplicates, stats.near_duplicates) == (2, 1, 1)
        dup = w.con.execute("SELECT duplicate_of, kind FROM duplicates WHERE article_id = 'x2'").fetchone()
        assert dup == ("x1", "near")
        assert w.con.execute("SELECT count(*) FROM events").fetchone() == (2,)


FILTERS = [
    (q.EventFilter(), {"a1:E1", "a2:E1", "a3:E1"}),
    (q.EventFilter(actor="Xi Jinping"), {"a1:E1", "a2:E1", "a3:E1"}),
    (q.EventFilter(actor="China"), {"a1:E1", "a2:E1", "a3:E1"}),  # country name → CHN
    (q.EventFilter(actor="Russia"), set()),  # Russia is only ever the recipient
    (q.EventFilter(recipient="person:vladimir_putin"), {"a1:E1", "a2:E1", "a3:E1"}),
    (q.EventFilter(type="agree"), {"a2:E1"}),
    (q.EventFilter(quad_class=3), {"a3:E1"}),
    (q.EventFilter(modality="unconfirmed"), {"a3:E1"}),
    (q.EventFilter(modality="asserted"), {"a1:E1", "a2:E1"}),
    (q.EventFilter(since="2023-03-20", until="2023-03-31"), {"a2:E1"}),
    (q.EventFilter(source="tass.ru"), {"a3:E1"}),
    (q.EventFilter(text="energy"), {"a2:E1"}),
    (q.EventFilter(country="RUS", type="CONSULT"), {"a1:E1"}),
]


@pytest.mark.parametrize(("flt", "expected"), FILTERS)
def test_event_filters(store: Path, flt: q.EventFilter, expected: set[str]) -> None:
    cols, rows = q.events(q.open_reader(store), flt)
    assert {r[cols.index("uid")] for r in rows} == expected


def test_dyad_monthly_series(store: Path) -> None:
    cols, rows = q.dyad(q.open_reader(store), "Xi Jinping", "Russia", "month")
    got = [(str(r[0]), r[cols.index("events")], r[cols.index("mean_score")]) for r in rows]
    assert got == [("2023-03-01", 2, 5.0), ("2023-04-01", 1, -4.0)]
    cols, rows = q.dyad(q.open_reader(store), "Russia", "China", "year", directed=True)
    assert rows == []


def test_actor_profile_and_quotes(store: Path) -> None:
    con = q.open_reader(store)
    prof = q.actor_profile(con, "Xi Jinping")
    assert prof["identity"][1][0][:2] == ("Xi Jinping", "person:xi_jinping")
    assert prof["roles"][1] == [("President", 3)]
    assert prof["partners"][1] == [("Vladimir Putin", 3)]
    assert {r[1] for r in prof["activity"][1]} == {"CONSULT", "AGREE", "THREATEN"}
    cols, rows = q.quotes(con, "Vladimir Putin")
    assert len(rows) == 3 and rows[0][cols.index("content")] == "We welcome our friend"
    assert q.quotes(con, "nobody")[1] == []
    assert q.sql(con, "SELECT reason FROM rejects")[1] == [("binary",)]
    with pytest.raises(StoreError, match="query failed"):
        q.sql(con, "SELECT * FROM no_such_table")


@pytest.mark.parametrize(("query", "expected"), [
    ("Xi Jinping", "Xi Jinping"), ("xi jinping", "xi jinping"), ("person:xi_jinping", "person:xi_jinping"),
    ("Putin", "Vladimir Putin"), ("Nobody Known", "Nobody Known"),
])
def test_actor_alias_resolves_to_canonical_name(store: Path, query: str, expected: str) -> None:
    assert q.canonical_name(q.open_reader(store), query) == expected


def test_clusters_merge_same_event_across_sources(store: Path) -> None:
    con = q.open_reader(store)
    rows = con.execute("SELECT type, num_mentions, num_articles, num_sources, first_seen FROM event_clusters "
                       "ORDER BY type").fetchall()
    assert [r[0] for r in rows] == ["AGREE", "CONSULT", "THREATEN"]
    assert con.execute("SELECT count(*) FROM cluster_members").fetchone() == (3,)


def test_exports(store: Path, tmp_path: Path) -> None:
    con = q.open_reader(store)
    gdelt = tmp_path / "g.tsv"
    assert exp.export(con, "gdelt", gdelt) == 3
    lines = gdelt.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)
    first = dict(zip(exp.GDELT_COLUMNS, lines[0].split("\t"), strict=True))
    assert (first["SQLDATE"], first["Actor1Code"], first["Actor1CountryCode"], first["Actor2CountryCode"],
            first["EventRootCode"], first["QuadClass"]) == ("20230317", "CHNGOV", "CHN", "RUS", "04", "1")
    pol = tmp_path / "p.csv"
    exp.export(con, "polecat", pol)
    with pol.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Event Type"] for r in rows] == ["CONSULT", "AGREE", "THREATEN"]
    assert rows[2]["Modality"] == "unconfirmed"
    jl = tmp_path / "e.jsonl"
    exp.export(con, "jsonl", jl)
    objs = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert len(objs) == 3 and all(o["cluster_id"] for o in objs)
    pq = tmp_path / "pq"
    exp.export(con, "parquet", pq)
    parts = sorted(p.relative_to(pq).parts[:2] for p in pq.rglob("*.parquet"))
    assert parts == [("year=2023", "month=3"), ("year=2023", "month=4")]


def test_a_record_the_database_refuses_is_rejected_not_fatal(tmp_path: Path) -> None:
    bad = record("bad", "A record with a value the events table refuses to store at all.", "2023-03-17", "x.com")
    bad.events[0].quad_class = "not a number"  # type: ignore[assignment]
    good = record("good", "A perfectly ordinary record that the store accepts without trouble.", "2023-03-17", "y.com")
    with StoreWriter(tmp_path / "f.duckdb") as w:
        stats = RunStats()
        w.write_batch([bad, good], [("r.txt", "empty", "r.txt: empty input")], w.start_run("t", [], "t"), stats)
        assert (stats.ingested, dict(stats.rejected)) == (1, {"store": 1, "empty": 1})
        assert w.con.execute("SELECT id FROM articles").fetchall() == [("good",)]
        assert w.con.execute("SELECT count(*) FROM events").fetchone() == (1,)


def _partition(w: StoreWriter) -> set[frozenset[str]]:
    rows = w.con.execute("SELECT list(event_uid) FROM cluster_members GROUP BY cluster_id").fetchall()
    return {frozenset(r[0]) for r in rows}


def test_incremental_merge_equals_full_recluster(tmp_path: Path) -> None:
    visit = "Chinese President Xi Jinping will visit Moscow for talks with Russian President Vladimir Putin, "
    with StoreWriter(tmp_path / "inc.duckdb") as w:
        run1 = w.start_run("t", [], "t")
        w.write_batch([record("b1", visit + "the Kremlin said on Friday.", "2023-03-17", "scmp.com"),
                       record("b2", "Far away and long ago a threat was made by one side against the other.",
                              "2019-06-01", "tass.ru", "THREATEN", 3, -4.0)], [], run1, RunStats())
        recluster(w, run1)
        run2 = w.start_run("t", [], "t")
        w.write_batch([record("b3", visit + "Chinese state media reported.", "2023-03-18", "xinhua.net"),
                       record("b4", "The two governments signed a broad trade agreement in Beijing this week.",
                              "2024-08-01", "reuters.com", "AGREE", 2, 6.0)], [], run2, RunStats())
        assert recluster(w, run2) == 3
        incremental = _partition(w)
        assert frozenset({"b1:E1", "b3:E1"}) in incremental
        assert w.con.execute("SELECT num_articles, num_sources FROM event_clusters WHERE num_mentions = 2"
                             ).fetchall() == [(2, 2)]
        recluster(w)
        assert _partition(w) == incremental
