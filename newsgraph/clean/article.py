"""Turn a RawDocument (HTML or scraped text, str or bytes) into an Article, or say why not."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from newsgraph.clean.decode import check_english, check_size, looks_like_html, to_text
from newsgraph.clean.html import HtmlPage, extract_html
from newsgraph.clean.lines import clean_text, count_words
from newsgraph.errors import InputError
from newsgraph.model import Article, RawDocument
from newsgraph.options import Options

NON_ARTICLE_PAGETYPES = frozenset({"homepage", "index", "category", "tag", "search", "list"})


def article_id(text: str, url: str | None) -> str:
    """Stable content hash of an article: the clean text (and URL when known)."""
    h = hashlib.sha256()
    h.update(text.encode("utf-8"))
    if url:
        h.update(b"\0" + url.encode("utf-8"))
    return h.hexdigest()[:16]


def _date(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 and value[4] == "-" else None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def _from_html(raw: RawDocument, html: str, options: Options) -> Article:
    page: HtmlPage = extract_html(html, raw.url, fallback=options.html_fallback)
    if (page.meta.pagetype or "").lower() in NON_ARTICLE_PAGETYPES and count_words(page.text) < 150:
        raise InputError(f"{raw.origin}: not an article page (looks like a {page.meta.pagetype} page)", "not-article")
    if count_words(page.text) < max(options.min_words, 25):
        raise InputError(f"{raw.origin}: no article text found in the HTML (empty shell or index page)", "not-article")
    url = raw.url or page.meta.url
    return Article(
        id=article_id(page.text, url),
        url=url,
        source=page.meta.sitename or _host(url),
        title=raw.title or page.meta.title,
        published=options.published or _date(raw.published) or _date(page.meta.published),
        language=page.meta.language or options.language,
        text=page.text,
        removed=page.removed if options.keep_removed else [],
        author=page.meta.author,
        modified=_date(page.meta.modified),
        origin=raw.origin,
    )


_LONE_LINE_WORDS = 8  # a one-line input this long is a sentence to code, whatever a residue rule says of it


def _from_text(raw: RawDocument, text: str, options: Options) -> Article:
    body, removed = clean_text(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not body.strip() and len(lines) == 1 and count_words(lines[0]) >= _LONE_LINE_WORDS:
        # residue rules judge a line among an article's lines; a lone sentence ending in '...' (a quoted
        # excerpt) is the whole input: 'The Paris Club has agreed to forgive $200 of Nigeria's loans, ...'
        body, removed = lines[0], []
    if not body.strip():
        raise InputError(f"{raw.origin}: nothing left after removing residue (captions, links, prompts)", "empty")
    return Article(
        id=article_id(body, raw.url),
        url=raw.url,
        source=_host(raw.url),
        title=raw.title,
        published=options.published or _date(raw.published),
        language=options.language,
        text=body,
        removed=removed if options.keep_removed else [],
        origin=raw.origin,
    )


def clean(raw: RawDocument, options: Options) -> Article:
    """Clean one raw document into an Article or raise InputError with a clear one-line reason."""
    check_size(raw.content, raw.origin, options.max_bytes)
    content = to_text(raw.content, raw.origin)
    if not content.strip():
        raise InputError(f"{raw.origin}: empty input", "empty")
    is_html = raw.kind == "html" or (raw.kind == "auto" and looks_like_html(content))
    article = _from_html(raw, content, options) if is_html else _from_text(raw, content, options)
    n_words = count_words(article.text)
    if n_words < options.min_words and not is_html:
        raise InputError(f"{raw.origin}: too little text ({n_words} words)", "empty")
    check_english(article.text, raw.origin, n_words)
    return article
