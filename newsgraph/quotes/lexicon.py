"""The cue lexicons of quote attribution, loaded once from ``newsgraph/data/quotes``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quotes"


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A reporting, cognition or stance verb, with the complements that can carry its content."""

    lemma: str
    np_content: bool  # a direct object can be the content ("X backs Y")
    preps: frozenset[str]  # joined prepositions whose object is the content ("call for")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything attribution looks up: cue verbs, prepositional cues and speaker pronouns."""

    verbs: dict[str, CueVerb]
    prep_cues: tuple[tuple[str, ...], ...]  # lower-cased word sequences: ("according", "to")
    pronouns: dict[str, frozenset[str]]  # pronoun -> actor kinds it may refer to
    content_preps: frozenset[str] = frozenset()  # "spoke about X": X is the content of any cue
    stance_words: frozenset[str] = frozenset()  # "X is sure that", "X is a critic of"
    nouns: frozenset[str] = frozenset()  # cue nouns: "Trump's claim that", "her criticism of"
    time_nouns: frozenset[str] = frozenset()  # "said on Friday": a time is never the content
    role_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the spokesman" -> kinds
    source_nouns: frozenset[str] = frozenset()  # "in this poll", "by one estimate": the object is the source


def _rows(name: str) -> list[list[str]]:
    """The non-comment, non-empty lines of a data file, split on tabs."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _verb(row: list[str]) -> CueVerb:
    preps = frozenset() if len(row) < 3 or row[2] == "-" else frozenset(row[2].split(","))
    return CueVerb(lemma=row[0], np_content=len(row) > 1 and row[1] == "1", preps=preps)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the data files once per process."""
    verbs = {row[0]: _verb(row) for row in _rows("cue_verbs.tsv")}
    preps = tuple(tuple(row[0].lower().split()) for row in _rows("cue_preps.tsv"))
    pronouns = {row[0]: frozenset(row[1].split(",")) for row in _rows("pronouns.tsv")}
    content_preps = frozenset(row[0] for row in _rows("content_preps.tsv"))
    stance = frozenset(row[0] for row in _rows("stance_words.tsv"))
    nouns = frozenset(row[0] for row in _rows("cue_nouns.tsv"))
    times = frozenset(row[0] for row in _rows("time_nouns.tsv"))
    roles = {row[0]: frozenset(row[1].split(",")) for row in _rows("speaker_nouns.tsv")}
    return Lexicon(
        verbs,
        preps,
        pronouns,
        content_preps=content_preps,
        stance_words=stance,
        nouns=nouns,
        time_nouns=times,
        role_nouns=roles,
        source_nouns=frozenset(row[0] for row in _rows("source_nouns.tsv")),
    )


@lru_cache(maxsize=1)
def line_patterns() -> tuple[re.Pattern[str], ...]:
    """Line-level layouts ('NAME: text', '"quote" ― Name'), compiled once."""
    return tuple(re.compile(row[1], re.MULTILINE) for row in _rows("line_patterns.tsv"))
