"""clean(): bad input gets an InputError with a reason; good input of every kind gets an Article."""

from __future__ import annotations

import time

import pytest
import trafilatura

from newsgraph.clean import clean
from newsgraph.clean.meta import page_meta
from newsgraph.errors import InputError
from newsgraph.model import RawDocument
from newsgraph.options import Options

ENGLISH = (
    "The prime minister said on Monday that the country would send a delegation to the talks, "
    "which are due to open in Geneva next week and could last for several days. "
)
FRENCH = "Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les entreprises touchées par la crise économique."
HTML_PAGE = (
    "<html><head><title>Talks open</title><meta property='og:site_name' content='Example News'>"
    "<meta property='article:published_time' content='2023-03-17T10:00:00Z'></head><body><article>"
    + "".join(f"<p>{ENGLISH} Paragraph {i} adds more detail about the plans.</p>" for i in range(6))
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("content", "kind", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "auto", "binary"),
        (b"", "auto", "empty"),
        ("   \n\n  ", "text", "empty"),
        (FRENCH * 3, "text", "language"),
        ("x" * (2 * 1024 * 1024), "text", "too-large"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "auto", "not-article"),
        ("<html><body>" + "<div>" * 5000 + "hello" + "</div>" * 5000 + "</body></html>", "html", "not-article"),
    ],
)
def test_bad_input(content: str | bytes, kind: str, reason: str) -> None:
    raw = RawDocument(origin="t", content=content, kind=kind)  # type: ignore[arg-type]
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        clean(raw, Options(max_bytes=1024 * 1024))
    assert info.value.reason == reason
    assert "\n" not in str(info.value)
    assert time.perf_counter() - start < 10


@pytest.mark.parametrize(
    ("content", "kind", "expected_start"),
    [
        ("Xi visited Moscow on Monday.", "text", "Xi visited Moscow"),
        # a lone sentence ending in an ellipsis is the input, not a teaser line to drop
        ("The Paris Club has agreed to forgive $200 of Nigeria's $350 million in loans, ...", "text", "The Paris"),
        (
            ENGLISH.encode("latin-1", errors="ignore") + "Café owners in Zürich said so.".encode("latin-1"),
            "auto",
            "The prime",
        ),
        (ENGLISH.encode("utf-8"), "auto", "The prime"),
        (HTML_PAGE, "auto", "The prime"),
        (HTML_PAGE[: len(HTML_PAGE) // 2], "html", "The prime"),
    ],
)
def test_good_input(content: str | bytes, kind: str, expected_start: str) -> None:
    art = clean(RawDocument(origin="t", content=content, kind=kind), Options())  # type: ignore[arg-type]
    assert art.text.startswith(expected_start)
    assert len(art.id) == 16


def test_latin1_decoded() -> None:
    data = (ENGLISH + "Café owners in Zürich agreed with the decision.").encode("latin-1")
    assert "Zürich" in clean(RawDocument(origin="t", content=data), Options()).text


@pytest.mark.parametrize(
    ("options", "raw_published", "expected"),
    [
        (Options(published="2024-01-02"), "2023-05-06T10:00:00", "2024-01-02"),
        (Options(), "2023-05-06T10:00:00", "2023-05-06"),
        (Options(), None, "2023-03-17"),
    ],
)
def test_html_metadata(options: Options, raw_published: str | None, expected: str) -> None:
    raw = RawDocument(origin="t", content=HTML_PAGE, published=raw_published, url="https://www.example.com/a/1")
    art = clean(raw, options)
    assert art.published == expected
    assert art.source == "Example News"
    assert art.title == "Talks open"
    assert art.url == "https://www.example.com/a/1"


def test_huge_page_rejected_fast() -> None:
    big = b"<html><body>" + b"<p>word word word</p>" * (50 * 1024 * 1024 // 21)
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        clean(RawDocument(origin="big", content=big), Options())
    assert info.value.reason == "too-large"
    assert time.perf_counter() - start < 2


LD_PAGE = (
    "<html lang='en-GB'><head><title>Talks open | Example News</title>"
    "<link rel='canonical' href='https://example.com/talks'>"
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
    ' "headline": "Talks open in Geneva", "datePublished": "2023-03-17T10:00:00Z",'
    ' "dateModified": "2023-03-18T09:00:00Z", "author": [{"@type": "Person", "name": "Jane Smith"}],'
    ' "publisher": {"@type": "Organization", "name": "Example News"}}</script>'
    "</head><body><h1>Talks open in Geneva</h1><p>Text.</p></body></html>"
)
META_PAGE = (
    "<html><head><title>Budget vote - Daily Paper</title><meta property='og:type' content='article'>"
    "<meta name='author' content='John Doe'><meta property='og:site_name' content='Daily Paper'>"
    "<meta property='article:modified_time' content='2022-01-05T12:00:00'></head><body><p>x</p></body></html>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            LD_PAGE,
            {
                "title": "Talks open in Geneva",
                "author": "Jane Smith",
                "sitename": "Example News",
                "url": "https://example.com/talks",
                "published": "2023-03-17",
                "modified": "2023-03-18",
                "language": "en",
            },
        ),
        (
            META_PAGE,
            {
                "title": "Budget vote",
                "author": "John Doe",
                "sitename": "Daily Paper",
                "url": None,
                "modified": "2022-01-05",
                "pagetype": "article",
                "language": None,
            },
        ),
    ],
)
def test_page_meta(html: str, expected: dict[str, str | None]) -> None:
    meta = page_meta(trafilatura.load_html(html))
    assert {k: getattr(meta, k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Zimbabwean President Robert Mugabe's government seized 800 white-owned farms last year.", True),
        ("Colombian President Gustavo Petro's government suspended 12 military commanders Monday.", True),
        ("El presidente del gobierno anunció una reunión con los ministros de la región por la crisis.", False),
        (
            "Der Bundeskanzler hat am Montag eine Reise nach China angekündigt und mit dem Präsidenten gesprochen.",
            False,
        ),
    ],
)
def test_short_text_language(text: str, english: bool) -> None:
    """One news sentence of names may hold no English function word at all; it is kept. A short text in
    another language, with its own function words, is still refused."""
    raw = RawDocument(origin="t", content=text, kind="text")
    if english:
        assert clean(raw, Options()).text.startswith(text[:20])
    else:
        with pytest.raises(InputError) as info:
            clean(raw, Options())
        assert info.value.reason == "language"
