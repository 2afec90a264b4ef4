"""Cheap page metadata from an already parsed lxml tree: meta tags, JSON-LD, <title>, <html lang>.

One pass over the <meta>/<link> elements and the JSON-LD blocks replaces trafilatura's metadata
step (which also mines categories, tags and bylines and cost a third of the page time). The
publication date still comes from htmldate, given the same tree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import htmldate
from lxml.html import HtmlElement

_TITLE_SPLIT = re.compile(r"\s+[|–—•·»-]\s+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_ARTICLE_TYPES = ("article", "posting", "report", "blog")
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "sitename": ("og:site_name", "application-name"),
    "url": ("og:url", "twitter:url"),
    "author": ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"),
    "pagetype": ("og:type",),
    "modified": ("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified", "lastmod"),
    "language": ("og:locale", "content-language", "dc.language", "language"),
}


@dataclass(slots=True)
class PageMeta:
    """Metadata of one page (any field may be None)."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    pagetype: str | None = None
    headings: tuple[str, ...] = ()  # the title as <title>, og:title and <h1> give it (to spot a repeated headline)


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` name/property/http-equiv (lower-cased) → first non-empty content."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = (el.get("content") or "").strip()
        if key and content:
            out.setdefault(key.strip().lower(), content)
    return out


def _first(tags: dict[str, str], field: str) -> str | None:
    return next((tags[k] for k in _META_KEYS[field] if k in tags and not tags[k].startswith("http")), None)


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object whose @type looks like an article (or the first object)."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        found.extend(_objects(data))
    articles = [d for d in found if any(t in str(d.get("@type", "")).lower() for t in _ARTICLE_TYPES)]
    return (articles or found or [{}])[0]


def _objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [d for item in data for d in _objects(item)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data] + (_objects(graph) if graph else [])
    return []


def _name(value: Any) -> str | None:
    """A person/organisation name from a JSON-LD value (str, object or list of either)."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() and not value.startswith("http") else None


def _title(tree: HtmlElement, tags: dict[str, str], ld: dict[str, Any]) -> str | None:
    title = _first(tags, "title") or _name(ld.get("headline"))
    if title:
        return title.strip()
    el = tree.find(".//title")
    text = (el.text_content() if el is not None else "").strip()
    if not text:
        h1 = tree.find(".//h1")
        return h1.text_content().strip() or None if h1 is not None else None
    parts = _TITLE_SPLIT.split(text)
    return max(parts, key=len) if len(parts) > 1 else text


def _headings(tree: HtmlElement, title: str | None) -> tuple[str, ...]:
    found = [title or ""]
    for tag in ("title", "h1"):
        el = tree.find(f".//{tag}")
        if el is not None:
            text = el.text_content().strip()
            found += [text, *_TITLE_SPLIT.split(text)]
    return tuple(dict.fromkeys(t for t in found if len(t) > 3))


def _canonical(tree: HtmlElement, tags: dict[str, str]) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").startswith("http"):
            return str(el.get("href"))
    url = tags.get("og:url") or tags.get("twitter:url")
    return url if url and url.startswith("http") else None


def _language(tree: HtmlElement, tags: dict[str, str]) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or _first(tags, "language")
    return lang.replace("_", "-").split("-")[0].lower() if lang else None


def _iso(value: Any) -> str | None:
    m = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    return m.group(0) if m else None


def _published(tree: HtmlElement, url: str | None) -> str | None:
    try:
        date = htmldate.find_date(tree, url=url, **_DATE_PARAMS)
    except (ValueError, TypeError):  # htmldate on a malformed tree: no date rather than a crash
        return None
    return str(date) if date else None


def page_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """Title, author, site name, canonical URL, dates, language and page type of a parsed page."""
    tags = _meta_tags(tree)
    ld = _json_ld(tree)
    page_url = _canonical(tree, tags) or url
    ld_type = ld.get("@type")
    title = _title(tree, tags, ld)
    return PageMeta(
        title=title,
        author=_name(ld.get("author")) or _first(tags, "author"),
        sitename=_name(ld.get("publisher")) or _first(tags, "sitename"),
        url=page_url,
        published=_published(tree, url or page_url),
        modified=_iso(ld.get("dateModified")) or _iso(_first(tags, "modified")),
        language=_language(tree, tags),
        pagetype=tags.get("og:type") or (str(ld_type) if isinstance(ld_type, str) else None),
        headings=_headings(tree, title),
    )
