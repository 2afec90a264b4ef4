"""Bytes or str in, checked text out: size, binary content, encoding, emptiness, language."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from newsgraph.clean.lines import other_language_ratio, stopword_ratio
from newsgraph.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)
MIN_STOPWORD_RATIO = 0.12  # English prose runs at 0.35-0.55; other languages near 0
MIN_WORDS_FOR_LANGUAGE = 12  # below this the language check is not reliable: let it pass
MIN_WORDS_FOR_SURE = 40  # below this a low English ratio alone proves nothing (a sentence of names)


def check_size(content: str | bytes, origin: str, max_bytes: int) -> None:
    """Reject input over ``max_bytes`` before any parsing (bounded time and memory)."""
    size = len(content)
    if isinstance(content, str) and size <= max_bytes:
        size = len(content.encode("utf-8", errors="ignore"))
    if size > max_bytes:
        raise InputError(f"{origin}: input is {size:,} bytes, over the {max_bytes:,}-byte limit", "too-large")


def to_text(content: str | bytes, origin: str) -> str:
    """Decode bytes (UTF-8, else detected charset) and reject binary content."""
    if isinstance(content, bytes):
        if b"\x00" in content[:65536]:
            raise InputError(f"{origin}: binary content (NUL bytes), not text or HTML", "binary")
        content = _decode(content, origin)
    sample = content[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise InputError(f"{origin}: binary content (control characters), not text or HTML", "binary")
    return content


def _decode(data: bytes, origin: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:200_000]
    if sum(b > 0x7F for b in sample) < 0.05 * len(sample):
        # mostly-ASCII (English) text: the web's usual legacy charset is Windows-1252
        return data.decode("cp1252", errors="replace")
    best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        raise InputError(f"{origin}: cannot tell the text encoding", "encoding")
    return data.decode(best.encoding, errors="replace")


def looks_like_html(text: str) -> bool:
    """Sniff HTML: a tag such as <html>, <body>, <p> near the start."""
    return bool(_HTML_SNIFF.search(text[:4096]))


def check_english(text: str, origin: str, n_words: int) -> None:
    """Reject text that is clearly not English: too few English function words, and in a short text (one
    news sentence may have none) more function words of another language than of English."""
    if n_words < MIN_WORDS_FOR_LANGUAGE:
        return
    english = stopword_ratio(text)
    if english >= MIN_STOPWORD_RATIO:
        return
    if n_words >= MIN_WORDS_FOR_SURE or other_language_ratio(text) > english:
        raise InputError(f"{origin}: text does not look like English (newsgraph reads English only)", "language")
