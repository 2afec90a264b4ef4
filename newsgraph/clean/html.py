"""HTML pages: main text and metadata via trafilatura + htmldate, then residue removal.

The page is parsed once with lxml; the tree goes to our cheap metadata reader (meta tags,
JSON-LD, htmldate for the date) and to trafilatura, which runs in precision mode without
comments or metadata. Only when that body looks poor (too few words) is trafilatura's default
mode, which votes with its own fallback extractors, tried, and the longer body wins. The kept
text then goes through the same residue cues as scraped text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement

from newsgraph.clean.lines import classify_cues
from newsgraph.clean.meta import PageMeta, page_meta
from newsgraph.model import Removed

POOR_WORDS = 120  # a precision-mode body shorter than this triggers the fallback
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class HtmlPage:
    """What came out of one HTML page: its main text, metadata and the residue removed."""

    text: str
    meta: PageMeta = field(default_factory=PageMeta)
    removed: list[Removed] = field(default_factory=list)


def _extract(tree: HtmlElement, url: str | None, precise: bool) -> str:
    doc: Any = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=precise,
        fast=precise,
        include_comments=False,
        with_metadata=False,
        include_tables=True,
    )
    return str(doc.text or "") if doc is not None else ""


def _words(text: str | None) -> int:
    return len(_WORD.findall(text or ""))


def _body(tree: HtmlElement, url: str | None, fallback: bool) -> str:
    """The best body text: precision mode, or the default mode when that looks poor."""
    text = _extract(tree, url, precise=True)
    if fallback and _words(text) < POOR_WORDS:
        other = _extract(tree, url, precise=False)
        if _words(other) > _words(text):
            text = other
    return text


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text)).lower()


def _strip_residue(text: str, headings: tuple[str, ...]) -> tuple[str, list[Removed]]:
    """Drop residue lines that survived extraction (captions, prompts, a repeated headline)."""
    lines = text.splitlines()
    reasons = classify_cues(lines)
    titles = {_norm(h) for h in headings} - {""}
    kept: list[str] = []
    removed: list[Removed] = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None and titles and len(line) < 400 and _norm(line) in titles:
            reason = "title"
        if reason is None:
            kept.append(line)
        elif line.strip():
            removed.append(Removed(text=line.strip(), reason=reason))
    return "\n".join(kept).strip(), removed


def extract_html(html: str, url: str | None = None, fallback: bool = True) -> HtmlPage:
    """Main text and metadata of one HTML page (text may be empty: the caller decides)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return HtmlPage(text="", meta=PageMeta(url=url, sitename=_host(url)))
    meta: PageMeta = page_meta(tree, url)
    text, removed = _strip_residue(_body(tree, url, fallback), meta.headings)
    meta.url = meta.url or url
    meta.sitename = meta.sitename or _host(meta.url)
    return HtmlPage(text=text, meta=meta, removed=removed)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host[4:] if host and host.startswith("www.") else host
