"""Trigger lexicon and cue lists: data files under ``newsgraph/data/events``, loaded once per process."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

_POS = {
    "V": frozenset({"VERB", "AUX"}),
    "N": frozenset({"NOUN", "PROPN"}),
    "A": frozenset({"ADJ", "VERB"}),
    "*": frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"}),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger pattern: lemmas (anchor first), part of speech, PLOVER type, mode, CAMEO root."""

    lemmas: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    cameo: str

    def pos_ok(self, pos: str) -> bool:
        """True when a token's coarse POS fits this entry."""
        return pos in _POS[self.pos]


@dataclass(frozen=True, slots=True)
class Cues:
    """Modality, attribution and context cue lists."""

    sets: dict[str, frozenset[str]]
    unconfirmed: tuple[re.Pattern[str], ...]
    historical_days: int
    context: dict[str, tuple[str, ...]]
    context_min_hits: int
    short_text_tokens: int
    carry_sentences: int = 2
    event_nouns: dict[str, str] = field(default_factory=dict)  # 'allegation' -> ACCUSE: an act referred back to
    recipient_carry_sentences: int = 6

    def has(self, name: str, word: str) -> bool:
        """True when ``word`` is in the cue list ``name``."""
        return word in self.sets.get(name, frozenset())


def _text(name: str) -> str:
    return resources.files("newsgraph").joinpath("data", "events", name).read_text(encoding="utf-8")


def parse_lexicon(text: str) -> list[Entry]:
    """Parse the TSV trigger lexicon; raises ValueError naming the bad line."""
    entries: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5 or cols[1] not in _POS:
            raise ValueError(f"triggers.tsv line {n}: expected 5 tab-separated columns, got {line!r}")
        pattern, pos, etype, mode, cameo = cols
        entries.append(Entry(tuple(pattern.split()), pos, etype, None if mode == "_" else mode, cameo))
    return entries


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, tuple[Entry, ...]]:
    """Trigger entries indexed by anchor lemma, longest pattern first (cached per process)."""
    index: dict[str, list[Entry]] = {}
    for e in parse_lexicon(_text("triggers.tsv")):
        index.setdefault(e.lemmas[0], []).append(e)
    return {k: tuple(sorted(v, key=lambda e: -len(e.lemmas))) for k, v in index.items()}


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Modality/attribution cues and context keywords (cached per process)."""
    raw: dict[str, Any] = json.loads(_text("cues.json"))
    ctx: dict[str, Any] = json.loads(_text("context.json"))
    sets = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list) and k != "unconfirmed_patterns"}
    return Cues(
        sets=sets,
        unconfirmed=tuple(re.compile(p, re.IGNORECASE) for p in raw["unconfirmed_patterns"]),
        historical_days=int(raw["historical_days"]),
        context={k: tuple(v) for k, v in ctx["labels"].items()},
        context_min_hits=int(ctx["min_hits"]),
        short_text_tokens=int(ctx["short_text_tokens"]),
        carry_sentences=int(raw.get("carry_sentences", 2)),
        recipient_carry_sentences=int(raw.get("recipient_carry_sentences", 6)),
        event_nouns={str(k): str(v) for k, v in raw.get("anaphoric_event_nouns", {}).items() if not k.startswith("_")},
    )
