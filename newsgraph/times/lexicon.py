"""Load the time-expression word lists and rules (``newsgraph/data/times``) once and compile them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

YEAR = r"(?:1[5-9]\d\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule: its name (= its handler), TIMEX3 type and regex."""

    name: str
    type: str
    regex: re.Pattern[str]
    priority: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``lexicon.json`` plus the compiled rules of ``rules.json``."""

    words: dict[str, Any]
    rules: tuple[Rule, ...]

    def table(self, name: str) -> dict[str, Any]:
        """One mapping from the lexicon, e.g. ``months``."""
        table: dict[str, Any] = self.words[name]
        return table


def _read(name: str) -> dict[str, Any]:
    text = resources.files("newsgraph").joinpath("data", "times", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _alternation(words: list[str]) -> str:
    """A non-capturing alternation, longest first, with flexible inner whitespace."""
    forms = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


def _placeholders(words: dict[str, Any]) -> dict[str, str]:
    numbers = list(words["numbers"])
    tens = [w for w, n in words["numbers"].items() if isinstance(n, int) and 20 <= n <= 90 and n % 10 == 0]
    ones = [w for w, n in words["numbers"].items() if isinstance(n, int) and 1 <= n <= 9 and w not in ("a", "an")]
    compound = "(?:" + _alternation(tens) + "[\\s-]" + _alternation(ones) + ")"
    return {
        "MONTH": _alternation(list(words["months"])),
        "WEEKDAY": _alternation(list(words["weekdays"])),
        "SEASON": _alternation(list(words["seasons"])),
        "POD": _alternation(list(words["parts_of_day"])),
        "NUM": "(?:" + compound + "|" + _alternation(numbers) + ")",
        "VAGUE": _alternation(words["vague_numbers"]),
        "ORD": _alternation(list(words["ordinals"])),
        "UNIT": _alternation(list(words["units"])),
        "PUNIT": _alternation(words["plural_units"]),
        "AMOD": _alternation(words["approx_mods"]),
        "PMOD": _alternation(list(words["point_mods"])),
        "REL": _alternation(list(words["relatives"])),
        "REF": _alternation(list(words["refs"])),
        "SETADV": _alternation(list(words["set_adverbs"])),
        "DEICTIC": _alternation(list(words["deictic_days"])),
        "TZ": _alternation(words["timezones"]),
        "YEAR": YEAR,
    }


def _compile(pattern: str, slots: dict[str, str]) -> re.Pattern[str]:
    body = re.sub(r"\{([A-Z]+)\}", lambda m: slots[m.group(1)], pattern)
    return re.compile(r"(?<![\w'])" + body + r"(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon and compiled rules, loaded once per process."""
    words = _read("lexicon.json")
    slots = _placeholders(words)
    rules = tuple(
        Rule(r["name"], r["type"], _compile(r["pattern"], slots), i) for i, r in enumerate(_read("rules.json")["rules"])
    )
    return Lexicon(words, rules)
