"""Turn a RawDocument into an Article. (Minimal placeholder; to be replaced by the cleaning work.)"""

from __future__ import annotations

import hashlib

from newsgraph.errors import InputError
from newsgraph.model import Article, RawDocument
from newsgraph.options import Options


def article_id(text: str, url: str | None) -> str:
    """Stable content hash of an article: the clean text (and URL when known)."""
    h = hashlib.sha256()
    h.update(text.encode("utf-8"))
    if url:
        h.update(b"\0" + url.encode("utf-8"))
    return h.hexdigest()[:16]


def clean(raw: RawDocument, options: Options) -> Article:
    """Clean one raw document into an Article or raise InputError with a clear reason."""
    content = raw.content
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{raw.origin}: not UTF-8 text", "encoding") from exc
    text = content.strip()
    if not text:
        raise InputError(f"{raw.origin}: empty input", "empty")
    published = options.published or (raw.published[:10] if raw.published else None)
    return Article(
        id=article_id(text, raw.url),
        url=raw.url,
        source=None,
        title=raw.title,
        published=published,
        language="en",
        text=text,
        origin=raw.origin,
    )
