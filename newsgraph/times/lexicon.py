"""Load the time-expression word lists and rules (``newsgraph/data/times``) once and compile them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

YEAR = r"(?:1[5-9]\d\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule: its name (= its handler), TIMEX3 type and regex."""

    name: str
    type: str
    regex: re.Pattern[str]
    priority: int
    trigger: re.Pattern[str] | None = None  # must occur in the lower-cased text for the rule to match

    def may_match(self, low: str) -> bool:
        """False only when ``low`` (the lower-cased text) lacks the trigger, so no match can exist."""
        return self.trigger is None or self.trigger.search(low) is not None


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


_ANY = None  # "any character may come first": no pre-check possible


def _first_seq(items: Any) -> tuple[set[str] | None, bool]:
    """First characters a parsed regex sequence can match (``\\d`` for digits), and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        if chars is _ANY:
            return _ANY, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_set(items: Any) -> set[str] | None:
    """First characters of a character class, or None for classes other than literals, ranges and digits."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(re.escape(chr(av)))
        elif op is sre_c.RANGE:
            chars |= {re.escape(chr(c)) for c in range(av[0], av[1] + 1)}
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
            chars.add(r"\d")
        else:
            return _ANY
    return chars


def _first_branch(branches: Any) -> tuple[set[str] | None, bool]:
    """First characters of an alternation: the union over its branches."""
    union: set[str] = set()
    any_nullable = False
    for branch in branches:
        chars, nullable = _first_seq(branch)
        if chars is _ANY:
            return _ANY, False
        union |= chars
        any_nullable = any_nullable or nullable
    return union, any_nullable


def _first_op(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    """First characters of one parsed regex node, and whether it can match empty."""
    if op is sre_c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre_c.IN:
        return _first_set(av), False
    if op is sre_c.SUBPATTERN:
        return _first_seq(av[3])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        chars, nullable = _first_seq(av[2])
        return chars, nullable or av[0] == 0
    if op is sre_c.BRANCH:
        return _first_branch(av[1])
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return set(), True
    return _ANY, False


def _first_check(body: str) -> str:
    """A lookahead on the possible first characters of ``body`` (a cheap reject at most positions), or ""."""
    chars, nullable = _first_seq(sre_p.parse(body, re.IGNORECASE))
    if chars is _ANY or nullable or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


def _compile(pattern: str, slots: dict[str, str]) -> re.Pattern[str]:
    body = re.sub(r"\{([A-Z]+)\}", lambda m: slots[m.group(1)], pattern)
    return re.compile(r"(?<![\w'])" + _first_check(body) + body + r"(?![\w])", re.IGNORECASE)


def _trigger(rule: dict[str, Any], slots: dict[str, str]) -> re.Pattern[str] | None:
    """The rule's lower-case pre-filter: slot words lower-cased (slots hold only words and \\s/\\d escapes)."""
    if "trigger" not in rule:
        return None
    return re.compile(re.sub(r"\{([A-Z]+)\}", lambda m: slots[m.group(1)].lower(), rule["trigger"]))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon and compiled rules, loaded once per process."""
    words = _read("lexicon.json")
    slots = _placeholders(words)
    rules = tuple(
        Rule(r["name"], r["type"], _compile(r["pattern"], slots), i, _trigger(r, slots))
        for i, r in enumerate(_read("rules.json")["rules"])
    )
    return Lexicon(words, rules)
