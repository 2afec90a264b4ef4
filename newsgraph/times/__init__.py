"""Time expressions: TIMEX3-style extraction and normalisation against the publication date."""

from __future__ import annotations

from newsgraph.times.extract import extract_times

__all__ = ["extract_times"]
