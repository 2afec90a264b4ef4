"""Reading inputs: every blob becomes documents or a typed failure, never an exception."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsgraph.model import RawDocument
from newsgraph.read import ReadFailure, read_inputs
from newsgraph.read.files import parse_blob

CASES = [
    # (bytes, suffix, expected kinds / reasons in order)
    (b"Plain text story.", ".txt", ["doc:auto"]),
    (b"<html><body><p>x</p></body></html>", ".html", ["doc:html"]),
    (json.dumps({"text": "Body.", "title": "T", "published": "2024-01-02"}).encode(), ".json", ["doc:text"]),
    (json.dumps({"html": "<p>x</p>", "url": "https://a.b/c"}).encode(), ".json", ["doc:html"]),
    (json.dumps([{"text": "a"}, {"text": "b"}]).encode(), ".json", ["doc:text", "doc:text"]),
    (b'{"text": "a"}\n{"text": "b"}\nnot json\n', ".jsonl", ["doc:text", "doc:text", "fail:json"]),
    (json.dumps({"title": "no body"}).encode(), ".json", ["fail:json"]),
    (b"{broken", ".json", ["fail:json"]),
    (gzip.compress(b"<p>gz</p>"), ".html", ["doc:html"]),
    (b"\x1f\x8b\x08garbage", ".txt", ["fail:binary"]),
]


def _kinds(items: list[RawDocument | ReadFailure]) -> list[str]:
    return [f"doc:{i.kind}" if isinstance(i, RawDocument) else f"fail:{i.reason}" for i in items]


@pytest.mark.parametrize(("data", "suffix", "expected"), CASES)
def test_parse_blob(data: bytes, suffix: str, expected: list[str]) -> None:
    assert _kinds(list(parse_blob(data, "x", suffix))) == expected


def test_json_metadata_is_kept() -> None:
    blob = json.dumps({"text": "Body.", "title": "T", "published": "2024-01-02", "url": "https://e.org/a"}).encode()
    (doc,) = parse_blob(blob, "x", ".json")
    assert isinstance(doc, RawDocument)
    assert (doc.title, doc.published, doc.url) == ("T", "2024-01-02", "https://e.org/a")


def test_directory_reports_each_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One story.")
    (tmp_path / "b.json").write_text("{oops")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Another story.")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert _kinds(items) == ["doc:auto", "fail:json", "doc:auto", "fail:io"]
