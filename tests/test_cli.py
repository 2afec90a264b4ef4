"""The command line edge: JSON contract, per-file errors, exit codes, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STORY = (ROOT / "examples" / "ankara-talks.txt").read_text()


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def mixed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("mixed")
    (d / "1-good.txt").write_text(STORY)
    (d / "2-empty.txt").write_text("")
    (d / "3-binary.bin").write_bytes(bytes(range(256)) * 64)
    (d / "4-broken.json").write_text('{"text": "unterminated')
    (d / "5-good.json").write_text(json.dumps({"text": STORY, "published": "2024-09-03", "title": "Talks"}))
    return d


@pytest.fixture(scope="module")
def mixed_run(mixed_dir: Path) -> subprocess.CompletedProcess[bytes]:
    return run_cli("extract", str(mixed_dir), "--published", "2024-09-03")


def test_directory_run_keeps_going(mixed_run: subprocess.CompletedProcess[bytes]) -> None:
    lines = mixed_run.stdout.decode().splitlines()
    assert len(lines) == 2  # both good files come out
    assert mixed_run.returncode == 2  # and the run says some failed


@pytest.mark.parametrize("name", ["2-empty.txt", "3-binary.bin", "4-broken.json"])
def test_each_bad_file_gets_one_clear_line(mixed_run: subprocess.CompletedProcess[bytes], name: str) -> None:
    err = mixed_run.stderr.decode()
    assert "Traceback" not in err
    matching = [line for line in err.splitlines() if name in line]
    assert len(matching) == 1 and matching[0].startswith("error:")


def test_json_contract(mixed_run: subprocess.CompletedProcess[bytes]) -> None:
    rec = json.loads(mixed_run.stdout.decode().splitlines()[0])
    assert set(rec) >= {"article", "actors", "quotes", "times", "events"}
    assert set(rec["article"]) >= {"id", "url", "source", "title", "published", "language", "text", "removed"}
    text = rec["article"]["text"]
    for actor in rec["actors"]:
        assert set(actor) >= {"id", "name", "kind", "country", "sector", "title", "mentions"}
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in rec["quotes"]:
        assert set(q) >= {"speaker", "speaker_text", "cue", "content", "direct", "start", "end"}
        assert text[q["start"]:q["end"]] == q["content"]
    for t in rec["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for e in rec["events"]:
        assert set(e) >= {"id", "type", "mode", "actors", "recipients", "date", "location", "modality",
                          "attributed_to", "sentence", "start", "end", "cameo", "quad_class", "goldstein",
                          "confidence"}
        assert text[e["start"]:e["end"]] == e["sentence"]


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["extract", "-"], b"", 2, "empty"),
        (["extract", "-"], b"\x00\x01\x02\xff\xfe" * 100, 2, "error:"),
        (["extract", "no/such/file.txt"], None, 2, "no such file"),
        (["extract", "-", "--published", "17/03/2023"], b"Text.", 2, "not a date"),
        (["extract", "-"], "Le président de la République a annoncé mardi une visite officielle en Chine, a indiqué "
         "le ministère des Affaires étrangères dans un communiqué publié lundi soir.".encode(), 2, "English"),
        (["extract", "-"], b"<html><body><div><div><p>Breaking: the", 2, "error:"),
        (["extract", "-"], b"Officials said. " * 700_000, 2, "limit"),
    ],
)
def test_bad_input_exits_cleanly(args: list[str], stdin: bytes | None, code: int, message: str) -> None:
    proc = run_cli(*args, stdin=stdin)
    err = proc.stderr.decode()
    assert proc.returncode == code
    assert message in err
    assert "Traceback" not in err
    if args[1] == "-" and len(args) == 2:
        assert len(err.strip().splitlines()) == 1  # one clear line for bad content


def test_stdin_and_published_override() -> None:
    proc = run_cli("extract", "-", "--published", "2024-09-03", stdin=STORY.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    rec = json.loads(proc.stdout)
    assert rec["article"]["published"] == "2024-09-03"


def test_table_format() -> None:
    proc = run_cli("extract", "-", "--format", "table", "--published", "2024-09-03", stdin=STORY.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Actors" in out and "Events" in out
