"""Expand ingest inputs — paths, directories, globs, WARC files and URLs — into documents."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.model import RawDocument
from newsgraph.read.fetch import FetchOptions, fetch_urls, is_url
from newsgraph.read.files import ReadFailure, read_inputs
from newsgraph.read.warc import is_warc, read_warc

_GLOB_CHARS = set("*?[")


def _expand_path(spec: str) -> Iterator[str | ReadFailure]:
    if _GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield ReadFailure(spec, f"{spec}: no files match", "io")
        yield from matches
        return
    path = Path(spec)
    if path.is_dir():
        files = sorted(str(f) for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        if not files:
            yield ReadFailure(spec, f"{spec}: directory has no files", "empty")
        yield from files
        return
    yield spec


def expand_inputs(specs: Iterable[str], fetch: FetchOptions | None = None) -> Iterator[RawDocument | ReadFailure]:
    """Documents from every input; URLs are fetched with ``fetch`` options (defaults when None)."""
    for spec in specs:
        if is_url(spec):
            yield from fetch_urls([spec], fetch or FetchOptions())
            continue
        for item in _expand_path(spec):
            if isinstance(item, ReadFailure):
                yield item
            elif Path(item).is_dir():
                continue
            elif is_warc(item):
                yield from read_warc(Path(item))
            else:
                yield from read_inputs([item])
