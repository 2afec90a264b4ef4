"""WARC files (news crawls) → RawDocuments, one per HTML response record, via warcio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsgraph.model import RawDocument
from newsgraph.read.files import ReadFailure

MAX_RECORD_BYTES = 10 * 1024 * 1024


def is_warc(path: str | Path) -> bool:
    """By name: .warc, .warc.gz, .arc, .arc.gz."""
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def _has_magic(path: Path) -> bool:
    """The first record starts with 'WARC/' (or 'filedesc://' for ARC), gzipped or not."""
    import zlib

    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def read_warc(path: Path) -> Iterator[RawDocument | ReadFailure]:
    """Yield the HTML responses in a WARC file; a broken file becomes one ReadFailure."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    if not _has_magic(path):
        yield ReadFailure(origin, f"{origin}: not a WARC or ARC file", "warc")
        return
    try:
        with path.open("rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh, arc2warc=True)):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                status = rec.http_headers.get_statuscode() or ""
                if "html" not in ctype or not status.startswith("2"):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                body = rec.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(body) > MAX_RECORD_BYTES:
                    yield ReadFailure(f"{origin}#{n}", f"{origin}#{n}: record too large", "too-large")
                    continue
                yield RawDocument(origin=f"{origin}#{url or n}", content=body, kind="html", url=url,
                                  meta={"warc_date": rec.rec_headers.get_header("WARC-Date")})
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield ReadFailure(origin, f"{origin}: not a readable WARC file ({exc})", "warc")
