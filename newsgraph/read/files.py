"""Read local inputs (paths, directories, ``-`` for stdin) into RawDocuments.

Each item is either a RawDocument or a ReadFailure, so one bad file never stops the rest.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.model import RawDocument

MAX_READ_BYTES = 64 * 1024 * 1024  # hard cap on what is read into memory at all


@dataclass(slots=True)
class ReadFailure:
    origin: str
    message: str
    reason: str


def _from_json_obj(obj: Any, origin: str) -> RawDocument | ReadFailure:
    if not isinstance(obj, dict):
        return ReadFailure(origin, f"{origin}: JSON input must be an object with text or html", "json")
    html, text = obj.get("html"), obj.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        return ReadFailure(origin, f"{origin}: JSON object has neither 'text' nor 'html'", "json")
    content = html if isinstance(html, str) and html.strip() else text
    kind = "html" if content is html else "text"
    published = obj.get("published") or obj.get("date")
    return RawDocument(
        origin=origin,
        content=content or "",
        kind=kind,  # type: ignore[arg-type]
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=str(published) if published else None,
        meta={k: v for k, v in obj.items() if k not in {"html", "text"}},
    )


def parse_blob(data: bytes, origin: str, suffix: str = "") -> Iterator[RawDocument | ReadFailure]:
    """Turn the bytes of one input into documents: JSON, JSON Lines, HTML or text."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ReadFailure(origin, f"{origin}: broken gzip data ({exc})", "binary")
            return
    head = data.lstrip()[:1]
    if suffix in {".jsonl", ".ndjson"} or (head == b"{" and b"\n{" in data.strip()):
        for n, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield ReadFailure(f"{origin}:{n}", f"{origin}:{n}: invalid JSON ({exc.msg if isinstance(exc, json.JSONDecodeError) else exc})", "json")
                continue
            yield _from_json_obj(obj, f"{origin}:{n}")
        return
    if suffix == ".json" or head in (b"{", b"["):
        try:
            obj = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError):
            if suffix == ".json":
                yield ReadFailure(origin, f"{origin}: invalid JSON", "json")
                return
        else:
            items = obj if isinstance(obj, list) else [obj]
            for i, item in enumerate(items):
                yield _from_json_obj(item, origin if len(items) == 1 else f"{origin}[{i}]")
            return
    kind = "html" if suffix in {".html", ".htm", ".xhtml"} else "auto"
    yield RawDocument(origin=origin, content=data, kind=kind)  # type: ignore[arg-type]


def _read_file(path: Path) -> Iterator[RawDocument | ReadFailure]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_READ_BYTES:
            yield ReadFailure(origin, f"{origin}: file too large ({size / 1e6:.1f} MB)", "too-large")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(origin, f"{origin}: cannot read ({exc.strerror or exc})", "io")
        return
    suffixes = [s.lower() for s in path.suffixes]
    suffix = suffixes[-2] if suffixes and suffixes[-1] == ".gz" and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
    yield from parse_blob(data, origin, suffix)


def read_inputs(paths: Iterable[str]) -> Iterator[RawDocument | ReadFailure]:
    """Expand paths (files, directories recursively, ``-`` for stdin) into documents."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read(MAX_READ_BYTES + 1)
            if len(data) > MAX_READ_BYTES:
                yield ReadFailure("-", "-: input too large", "too-large")
                continue
            yield from parse_blob(data, "-")
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                yield ReadFailure(p, f"{p}: directory has no files", "empty")
            for f in files:
                yield from _read_file(f)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield ReadFailure(p, f"{p}: no such file or directory", "io")
