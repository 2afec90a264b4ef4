"""Ingest end to end on tiny corpora: idempotence, near-duplicates, rejects, kill -9 and resume, WARC,
polite fetching from a local (loopback) HTTP server, reprocess and the CLI."""

from __future__ import annotations

import http.server
import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from newsgraph import __version__
from newsgraph.cli import app
from newsgraph.errors import FetchError
from newsgraph.read.fetch import Fetcher, FetchOptions, check_address
from newsgraph.store.ingest import ingest, reprocess
from newsgraph.store.queries import open_reader

TEMPLATES = [
    "{c} President {p} met Foreign Minister {f} in {city} on Monday to discuss trade and security.",
    "Police in {city} arrested twelve protesters on Tuesday after clashes near the parliament of {c}.",
    "The government of {c} said on Wednesday it would send aid to flood victims in the north of the country.",
]
PLACES = [("France", "Emmanuel Macron", "Paris"), ("Kenya", "William Ruto", "Nairobi"),
          ("Brazil", "Lula da Silva", "Brasilia"), ("Japan", "Fumio Kishida", "Tokyo")]


WORDS = ["harbour", "bridge", "wheat", "copper", "rainfall", "vaccine", "railway", "border", "tariff", "school", "pension", "drought", "election", "budget", "refinery", "airport", "clinic", "river", "coal", "fishery", "market", "harvest", "fuel", "court", "prison", "museum", "dam", "port", "satellite", "pipeline", "festival", "bank", "factory", "vineyard", "ferry", "highway", "reservoir", "forest", "mine"]


def texts(n: int) -> list[str]:
    """n small news texts, distinct enough not to be near-duplicates of each other."""
    out = []
    for i in range(n):
        c, p, city = PLACES[i % len(PLACES)]
        t = TEMPLATES[i % len(TEMPLATES)].format(c=c, p=p, f=f"Official{i}", city=city)
        topic = ", ".join(WORDS[(i * k + k) % len(WORDS)] for k in (1, 3, 5, 7, 11, 13))
        out.append(f"{t} Story {i} was filed in {city}; it covered the {topic} and more, officials said.")
    return out


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for i, t in enumerate(texts(5)):
        (d / f"s{i}.txt").write_text(t, encoding="utf-8")
    (d / "copy_of_s0.txt").write_text(texts(5)[0], encoding="utf-8")  # same article again
    long = " ".join(texts(12))
    (d / "wire.txt").write_text(long, encoding="utf-8")
    (d / "wire_syndicated.txt").write_text("By Wire Staff. " + long + " Reporting by desk.", encoding="utf-8")
    (d / "empty.txt").write_text("   ", encoding="utf-8")
    (d / "feed.jsonl").write_text("\n".join(json.dumps({"url": f"https://example.org/{i}", "published": "2024-05-0"
                                                        + str(i + 1), "text": t}) for i, t in
                                            enumerate(texts(8)[6:])) + "\n{broken\n", encoding="utf-8")
    return d


def test_ingest_is_idempotent_with_dedup_and_rejects(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "i.duckdb"
    first = ingest([str(corpus)], db, jobs=1)
    st = first.stats
    assert (st.ingested, st.duplicates, st.near_duplicates) == (8, 1, 1)
    assert dict(st.rejected) == {"empty": 1, "json": 1}
    again = ingest([str(corpus), str(corpus / "s*.txt")], db, jobs=1)
    assert (again.stats.ingested, again.stats.duplicates, again.already_done) == (0, 0, 17)
    con = open_reader(db)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (8, 8)
    assert con.execute("SELECT count(*) FROM articles WHERE published = DATE '2024-05-01'").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM articles WHERE source = 'example.org'").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM ingest_runs WHERE status = 'done'").fetchone() == (2,)


def test_parallel_workers_store_the_same(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "j1.duckdb", tmp_path / "j2.duckdb"
    inputs = [str(corpus / "s*.txt")]
    ingest(inputs, one, jobs=1, merge=False)
    summary = ingest(inputs, two, jobs=2, merge=False)
    assert 1 <= len(summary.worker_peak_rss_mb) <= 2  # which worker takes which chunk is up to the pool
    q = "SELECT id, pipeline_version FROM articles ORDER BY id"
    assert open_reader(one).execute(q).fetchall() == open_reader(two).execute(q).fetchall()


KILLER = """
import os, signal, sys
from pathlib import Path
from newsgraph.store.ingest import ingest
def hook(done, total):
    if done >= 16:
        os.kill(os.getpid(), signal.SIGKILL)
ingest([sys.argv[1]], Path(sys.argv[2]), jobs=1, progress=hook)
"""


def test_kill_9_loses_nothing_committed_and_rerun_finishes(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    for i, t in enumerate(texts(20)):
        (d / f"a{i:02d}.txt").write_text(t, encoding="utf-8")
    db = tmp_path / "k.duckdb"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(d), str(db)], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-500:]
    con = open_reader(db)
    committed = {r[0] for r in con.execute("SELECT origin FROM articles").fetchall()}
    con.close()
    assert 16 <= len(committed) < 20  # two chunks of 8 committed, the rest not
    summary = ingest([str(d)], db, jobs=1)
    assert summary.already_done == len(committed)
    assert summary.stats.ingested == 20 - len(committed)
    con = open_reader(db)
    assert {r[0] for r in con.execute("SELECT origin FROM articles WHERE run_id = 1").fetchall()} == committed
    assert con.execute("SELECT count(*), count(DISTINCT origin) FROM articles").fetchone() == (20, 20)


def test_warc_input(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="warcio not installed (requirements.lock not regenerated yet)")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, t in enumerate(texts(2)):
            body = f"<html><head><title>T{i}</title></head><body><article><p>{t}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            rec = writer.create_warc_record(f"https://news.example.com/{i}", "response",
                                            payload=io.BytesIO(body.encode()), http_headers=headers)
            writer.write_record(rec)
    (tmp_path / "broken.warc").write_bytes(b"not a warc at all")
    db = tmp_path / "w.duckdb"
    summary = ingest([str(path), str(tmp_path / "broken.warc")], db, jobs=1)
    assert summary.stats.ingested == 2
    assert dict(summary.stats.rejected) == {"warc": 1}
    urls = {r[0] for r in open_reader(db).execute("SELECT url FROM articles").fetchall()}
    assert urls == {"https://news.example.com/0", "https://news.example.com/1"}


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes, dict[str, str]]]] = {}

    def do_GET(self) -> None:
        status, ctype, body, extra = self.pages.get(self.path, (404, "text/plain", b"missing", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    items = "".join(f"<item><title>T{i}</title><link>{base}{p}</link><pubDate>Mon, 0{i + 1} Apr 2024 10:00:00 GMT"
                    f"</pubDate></item>" for i, p in enumerate(["/a0.html", "/a1.html", "/private/x.html"]))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    html = "<html><head><title>T</title></head><body><article><p>{}</p></article></body></html>"
    _Handler.pages = {
        "/robots.txt": (200, "text/plain", b"User-agent: *\nCrawl-delay: 0.05\nDisallow: /private/\n", {}),
        "/feed.xml": (200, "application/rss+xml", feed.encode(), {}),
        "/a0.html": (200, "text/html", html.format(texts(2)[0]).encode(), {}),
        "/a1.html": (200, "text/html", html.format(texts(2)[1]).encode(), {}),
        "/private/x.html": (200, "text/html", html.format("secret").encode(), {}),
        "/big.html": (200, "text/html", b"x" * 50_000, {}),
        "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        "/flaky": (503, "text/plain", b"busy", {}),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_feed_ingest_over_loopback(server: str, tmp_path: Path) -> None:
    pytest.importorskip("feedparser", reason="feedparser not installed (requirements.lock not regenerated yet)")
    db = tmp_path / "f.duckdb"
    refused = ingest([server + "/feed.xml"], db, jobs=1, fetch=FetchOptions(host_delay=0))
    assert dict(refused.stats.rejected) == {"fetch": 1}
    msg = open_reader(db).execute("SELECT message FROM rejects").fetchone()
    assert msg is not None and "--allow-private" in msg[0]
    db2 = tmp_path / "f2.duckdb"
    ok = ingest([server + "/feed.xml"], db2, jobs=1, fetch=FetchOptions(allow_private=True, host_delay=0))
    assert ok.stats.ingested == 2
    rows = open_reader(db2).execute("SELECT reason, message FROM rejects").fetchall()
    assert len(rows) == 1 and "robots.txt" in rows[0][1]
    pubs = open_reader(db2).execute("SELECT CAST(published AS VARCHAR) FROM articles ORDER BY 1").fetchall()
    assert pubs == [("2024-04-01",), ("2024-04-02",)]


@pytest.mark.parametrize(("path", "opts", "message"), [
    ("/big.html", FetchOptions(allow_private=True, host_delay=0, max_bytes=1000), "too large"),
    ("/loop", FetchOptions(allow_private=True, host_delay=0, max_redirects=3), "redirects"),
    ("/flaky", FetchOptions(allow_private=True, host_delay=0, retries=1, backoff=0.01), "HTTP 503"),
    ("/nothing", FetchOptions(allow_private=True, host_delay=0), "HTTP 404"),
])
def test_fetch_limits(server: str, path: str, opts: FetchOptions, message: str) -> None:
    fetcher = Fetcher(opts)
    try:
        with pytest.raises(FetchError, match=message):
            fetcher._get(server + path)
    finally:
        fetcher.close()


def test_robots_rules_and_crawl_delay(server: str) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, host_delay=0))
    try:
        assert fetcher._allowed(server + "/a0.html") is True
        assert fetcher._allowed(server + "/private/x.html") is False
        assert fetcher._delay[server.split("//")[1]] == pytest.approx(0.05)
    finally:
        fetcher.close()


@pytest.mark.parametrize(("url", "allow", "refused"), [
    ("http://127.0.0.1/x", False, True), ("http://10.1.2.3/x", False, True), ("http://[::1]/x", False, True),
    ("http://169.254.169.254/latest", False, True), ("ftp://example.org/x", True, True),
    ("http://127.0.0.1/x", True, False),
])
def test_check_address(url: str, allow: bool, refused: bool) -> None:
    if refused:
        with pytest.raises(FetchError):
            check_address(url, allow)
    else:
        check_address(url, allow)


def test_reprocess_records_pipeline_version(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    ingest([str(corpus / "s0.txt"), str(corpus / "s1.txt")], db, jobs=1)
    con = open_reader(db)
    before = con.execute("SELECT count(*) FROM actors").fetchone()
    con.close()
    summary = reprocess(db, jobs=1)
    assert summary.stats.ingested == 2
    con = open_reader(db)
    assert con.execute("SELECT DISTINCT pipeline_version FROM articles").fetchall() == [(__version__,)]
    assert con.execute("SELECT count(*) FROM actors").fetchone() == before
    assert con.execute("SELECT kind FROM ingest_runs ORDER BY id").fetchall() == [("ingest",), ("reprocess",)]


def test_cli_ingest_query_export(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.duckdb")
    res = runner.invoke(app, ["ingest", str(corpus / "s0.txt"), str(corpus / "s1.txt"), "--db", db, "-j", "1",
                              "--no-progress"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM articles", "--db", db, "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout) == {"n": 2}
    res = runner.invoke(app, ["actors", "--db", db, "-f", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("name,kind,country,articles,mentions")
    for command in (["events"], ["dyad", "France", "Kenya"], ["quotes"], ["actor", "France"]):
        res = runner.invoke(app, [*command, "--db", db])
        assert res.exit_code == 0, (command, res.output)
    res = runner.invoke(app, ["export", str(tmp_path / "out.tsv"), "--format", "gdelt", "--db", db])
    assert res.exit_code == 0
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 3 and "does not exist" in res.output
