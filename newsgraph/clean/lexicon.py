"""Cue lists and patterns for cleaning, loaded once from ``newsgraph/data/clean``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Rule:
    """Regexes that mark a whole line as residue of one kind, on lines of at most ``max_words`` words."""

    reason: str
    max_words: int
    patterns: tuple[re.Pattern[str], ...]
    combined: re.Pattern[str]  # all patterns as one alternation: one search per line

    def matches(self, line: str, n_words: int) -> bool:
        """Whether this rule fires on a stripped line of ``n_words`` words."""
        return n_words <= self.max_words and self.combined.search(line) is not None


@dataclass(frozen=True, slots=True)
class Residue:
    """Every cue the line classifier uses."""

    rules: tuple[Rule, ...]
    barrier: Rule  # comments start: the body is over
    related: Rule  # "Related stories" header: a teaser list follows
    date_words: frozenset[str]


_DATA = Path(__file__).resolve().parent.parent / "data" / "clean"


def _data_text(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


def _rule(raw: dict[str, Any]) -> Rule:
    pats = tuple(re.compile(p, re.IGNORECASE) for p in raw["patterns"])
    combined = re.compile("|".join(f"(?:{p})" for p in raw["patterns"]), re.IGNORECASE)
    return Rule(reason=str(raw["reason"]), max_words=int(raw["max_words"]), patterns=pats, combined=combined)


@lru_cache(maxsize=1)
def residue() -> Residue:
    """The residue cues from ``residue.json`` (compiled once per process)."""
    raw = json.loads(_data_text("residue.json"))
    return Residue(
        rules=tuple(_rule(r) for r in raw["rules"]),
        barrier=_rule(raw["barriers"]),
        related=_rule(raw["related_barriers"]),
        date_words=frozenset(raw["date_words"]),
    )


@lru_cache(maxsize=1)
def other_function_words() -> frozenset[str]:
    """Function words of other Latin-script languages from ``function_words_other.txt``."""
    lines = _data_text("function_words_other.txt").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """English function words from ``stopwords_en.txt``."""
    lines = _data_text("stopwords_en.txt").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
