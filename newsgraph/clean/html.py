"""HTML pages: main text and metadata via trafilatura + htmldate, then residue removal.

trafilatura runs in precision mode without comments; when that output looks poor (too few
words) its default mode, which votes with its own fallback extractors, is tried and the longer
body wins. The kept text then goes through the same residue cues as scraped text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura

from newsgraph.clean.lines import classify_cues
from newsgraph.model import Removed

POOR_WORDS = 120  # a precision-mode body shorter than this triggers the fallback
_WORD = re.compile(r"\w+")
_MODIFIED = re.compile(
    r"(?:article:modified_time|og:updated_time|dateModified|last-modified)[\"']?\s*(?:content=|:)\s*[\"'](\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


@dataclass(slots=True)
class HtmlPage:
    """What came out of one HTML page."""

    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    pagetype: str | None = None
    removed: list[Removed] = field(default_factory=list)


def _extract(html: str, url: str | None, precise: bool, metadata: bool) -> Any:
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precise,
        fast=precise,
        include_comments=False,
        with_metadata=metadata,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )


def _words(text: str | None) -> int:
    return len(_WORD.findall(text or ""))


def _body(html: str, url: str | None, fallback: bool) -> tuple[Any, str]:
    """The metadata document and the best body text."""
    doc = _extract(html, url, precise=True, metadata=True)
    text = (doc.text if doc is not None else "") or ""
    if fallback and _words(text) < POOR_WORDS:
        second = _extract(html, url, precise=False, metadata=doc is None)
        other = (second.text if second is not None else "") or ""
        if _words(other) > _words(text):
            text = other
            doc = doc if doc is not None else second
    return doc, text


def _modified(html: str) -> str | None:
    """The last-modified date a page declares (meta tag or JSON-LD), as YYYY-MM-DD."""
    m = _MODIFIED.search(html[:300_000])
    return m.group(1) if m else None


def _strip_residue(text: str, title: str | None) -> tuple[str, list[Removed]]:
    """Drop residue lines that survived extraction (captions, prompts, a repeated headline)."""
    lines = text.splitlines()
    reasons = classify_cues(lines)
    norm_title = " ".join(_WORD.findall(title or "")).lower()
    kept: list[str] = []
    removed: list[Removed] = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None and norm_title and " ".join(_WORD.findall(line)).lower() == norm_title:
            reason = "title"
        if reason is None:
            kept.append(line)
        elif line.strip():
            removed.append(Removed(text=line.strip(), reason=reason))
    return "\n".join(kept).strip(), removed


def extract_html(html: str, url: str | None = None, fallback: bool = True) -> HtmlPage:
    """Main text and metadata of one HTML page (text may be empty: the caller decides)."""
    doc, text = _body(html, url, fallback)
    meta: dict[str, Any] = {} if doc is None else {k: getattr(doc, k, None) for k in HtmlPage.__slots__}
    text, removed = _strip_residue(text, meta.get("title"))
    page_url = meta.get("url") or url
    return HtmlPage(
        text=text,
        title=meta.get("title"),
        author=meta.get("author"),
        sitename=meta.get("sitename") or _host(page_url),
        url=page_url,
        published=doc.date if doc is not None else None,
        modified=_modified(html),
        language=meta.get("language"),
        pagetype=meta.get("pagetype"),
        removed=removed,
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host
