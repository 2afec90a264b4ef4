"""Polite URL fetching: article pages and RSS/Atom feeds → RawDocuments.

Timeouts, retries with exponential backoff, robots.txt, a per-host delay, a User-Agent, caps on
size and redirects. Loopback, private, link-local and reserved addresses are refused unless
``allow_private`` is set (tests use it for a local server; nothing else in tests touches a network).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsgraph import __version__
from newsgraph.errors import FetchError
from newsgraph.model import RawDocument
from newsgraph.read.files import ReadFailure

RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how far to fetch."""

    allow_private: bool = False
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 0.5  # seconds, doubled on each retry
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    host_delay: float = 1.0  # minimum seconds between two requests to one host
    max_feed_items: int = 200
    respect_robots: bool = True
    user_agent: str = f"newsgraph/{__version__} (+https://github.com/newsgraph/newsgraph)"


def is_url(spec: str) -> bool:
    """True for http(s) URLs."""
    return spec.startswith(("http://", "https://"))


def check_address(url: str, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a loopback/private/reserved address (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"{url}: only http(s) URLs with a host can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"{url}: cannot resolve host ({exc.strerror})") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            raise FetchError(f"{url}: refusing to fetch a private or loopback address ({ip}); "
                             f"pass --allow-private to permit it")


class Fetcher:
    """One HTTP client with per-host pacing and a robots.txt cache."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self.client = httpx.Client(timeout=options.timeout, follow_redirects=False,
                                   headers={"User-Agent": options.user_agent})
        self._last: dict[str, float] = {}
        self._delay: dict[str, float] = {}  # per-host delay raised by robots.txt Crawl-delay
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def _pace(self, host: str) -> None:
        wait = self._last.get(host, 0.0) + self._delay.get(host, self.options.host_delay) - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        if not self.options.respect_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: RobotFileParser | None = None
            try:
                body, _, _ = self._get(root + "/robots.txt", check_robots=False)
                text = body.decode("utf-8", "replace")
                parser = RobotFileParser()
                parser.parse(text.splitlines())
                crawl_delay = _crawl_delay(text)
                if crawl_delay:
                    self._delay[parts.netloc] = max(self.options.host_delay, min(float(crawl_delay), 60.0))
            except FetchError:
                parser = None  # no robots.txt (or unreachable): allowed
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.options.user_agent, url)

    def _once(self, url: str) -> httpx.Response | tuple[int, bytes, str]:
        """One request: a redirect response, or (status, body, content type) with the size capped."""
        self._pace(urlsplit(url).netloc)
        with self.client.stream("GET", url) as resp:
            if resp.is_redirect:
                return resp
            declared = int(resp.headers.get("content-length") or 0)
            if declared > self.options.max_bytes:
                raise FetchError(f"{url}: too large ({declared} bytes)")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > self.options.max_bytes:
                    raise FetchError(f"{url}: larger than {self.options.max_bytes} bytes")
                chunks.append(chunk)
            return resp.status_code, b"".join(chunks), resp.headers.get("content-type", "")

    def _get(self, url: str, check_robots: bool = True) -> tuple[bytes, str, str]:
        """GET with redirects followed by hand (each hop address-checked), retries and backoff."""
        for _ in range(self.options.max_redirects + 1):
            check_address(url, self.options.allow_private)
            if check_robots and not self._allowed(url):
                raise FetchError(f"{url}: disallowed by robots.txt")
            got = self._with_retries(url)
            if isinstance(got, httpx.Response):
                url = urljoin(url, got.headers.get("location", ""))
                continue
            status, body, ctype = got
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status}")
            return body, ctype, url
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    def _with_retries(self, url: str) -> httpx.Response | tuple[int, bytes, str]:
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                got = self._once(url)
            except httpx.HTTPError as exc:
                if attempt == self.options.retries:
                    raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
            else:
                if isinstance(got, httpx.Response) or got[0] not in RETRY_STATUS or attempt == self.options.retries:
                    return got
            time.sleep(delay)
            delay *= 2
        raise FetchError(f"{url}: gave up")  # pragma: no cover - loop always returns or raises

    def fetch(self, url: str) -> Iterator[RawDocument | ReadFailure]:
        """A feed yields its entries' pages; a page yields itself. Failures are ReadFailures."""
        try:
            body, ctype, final = self._get(url)
        except FetchError as exc:
            yield ReadFailure(url, str(exc), "fetch")
            return
        if _looks_like_feed(body, ctype):
            yield from self._feed(url, body)
            return
        yield RawDocument(origin=url, content=body, kind="html", url=final)

    def _feed(self, url: str, body: bytes) -> Iterator[RawDocument | ReadFailure]:
        import feedparser

        parsed = feedparser.parse(body)
        for entry in parsed.entries[: self.options.max_feed_items]:
            link = entry.get("link")
            if not isinstance(link, str):
                continue
            link = urljoin(url, link)
            try:
                page, _, final = self._get(link)
            except FetchError as exc:
                yield ReadFailure(link, str(exc), "fetch")
                continue
            published = entry.get("published_parsed") or entry.get("updated_parsed")
            yield RawDocument(origin=link, content=page, kind="html", url=final, title=entry.get("title"),
                              published=time.strftime("%Y-%m-%d", published) if published else None,
                              meta={"feed": url})


def _crawl_delay(robots: str) -> float | None:
    """The largest Crawl-delay in a robots.txt (urllib only reads whole seconds, and per agent)."""
    found = [float(v) for v in re.findall(r"(?im)^\s*crawl-delay\s*:\s*([0-9]+(?:\.[0-9]+)?)", robots)]
    return max(found) if found else None


def _looks_like_feed(body: bytes, ctype: str) -> bool:
    head = body[:2048].lstrip().lower()
    if any(t in ctype for t in ("rss", "atom")):
        return True
    return (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head) and b"<html" not in head


def fetch_urls(urls: list[str], options: FetchOptions) -> Iterator[RawDocument | ReadFailure]:
    """Fetch each URL (page or feed) politely with one shared client."""
    fetcher = Fetcher(options)
    try:
        for url in urls:
            yield from fetcher.fetch(url)
    finally:
        fetcher.close()
