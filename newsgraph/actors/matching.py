"""Gazetteer lookup over a Doc: hash lookups of token n-grams against the phrase tables.

The tables are keyed by spaCy's own tokens (space-joined, lower-cased; see the build script), so a
lookup is one dict probe per candidate n-gram. Only tokens that can start a phrase are probed, so the
cost is linear in the document and independent of the gazetteer's size, and nothing has to be
compiled at start-up (a PhraseMatcher over ~33k phrases takes seconds to build).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Token

from newsgraph.actors.gazetteer import Gazetteer, load_gazetteer

Label = Literal["NAME", "ADJ", "AGENT"]


@dataclass(slots=True)
class Hit:
    """A gazetteer match: a name (entry key), a country adjective (ISO3) or an agent phrase (sector)."""

    label: Label
    start: int  # token offsets
    end: int
    value: str  # entry key, ISO3 or sector


@lru_cache(maxsize=1)
def _first_tokens() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """First token → the lengths (in tokens, longest first) of the phrases it starts, for names+adjectives
    and for agents: only those lengths are probed."""
    gaz = load_gazetteer()
    named: dict[str, set[int]] = {}
    agents: dict[str, set[int]] = {}
    for table, firsts in ((gaz.names, named), (gaz.adjectives, named), (gaz.agents, agents)):
        for phrase in table:
            words = phrase.split(" ")
            firsts.setdefault(words[0], set()).add(len(words))
    return (
        {w: tuple(sorted(ns, reverse=True)) for w, ns in named.items()},
        {w: tuple(sorted(ns, reverse=True)) for w, ns in agents.items()},
    )


def find_hits(
    doc: Doc, gaz: Gazetteer | None = None, toks: list[Token] | None = None, day: str | None = None
) -> tuple[list[Hit], list[Hit]]:
    """(names and adjectives, agents), each leftmost-longest and free of overlaps; a name whose country changed
    ('Congo') stands for its country on ``day``, the publication day.

    Names and adjectives must carry a capital letter in the text ("us" is not the US); agents need not.
    """
    gaz = gaz or load_gazetteer()
    lowers = [t.lower_ for t in (toks if toks is not None else doc)]
    named_first, agent_first = _first_tokens()
    named: list[Hit] = []
    agents: list[Hit] = []
    i_named = i_agent = 0
    for i, low in enumerate(lowers):
        if i >= i_named and low in named_first:
            hit = _longest(doc, lowers, i, named_first[low], gaz, day, named=True)
            if hit and low == "the" and i + 1 < len(lowers) and lowers[i + 1] in named_first:
                # "the US Treasury Department": "the us" must not hide the longer name that starts after it
                alt = _longest(doc, lowers, i + 1, named_first[lowers[i + 1]], gaz, day, named=True)
                hit = alt if alt is not None and alt.end > hit.end else hit
            if hit:
                named.append(hit)
                i_named = hit.end
                if hit.label == "NAME":
                    i_agent = max(i_agent, hit.end)
        if i >= i_agent and low in agent_first:
            hit = _longest(doc, lowers, i, agent_first[low], gaz, day, named=False)
            if hit:
                agents.append(hit)
                i_agent = hit.end
    return named, agents


def _longest(
    doc: Doc, lowers: list[str], i: int, lengths: tuple[int, ...], gaz: Gazetteer, day: str | None, named: bool
) -> Hit | None:
    for n in lengths:
        if i + n > len(lowers):
            continue
        key = " ".join(lowers[i : i + n])
        if not named:
            if key in gaz.agents:
                return Hit("AGENT", i, i + n, gaz.agents[key])
            continue
        if key not in gaz.names and key not in gaz.adjectives:
            continue
        first = i + 1 if n > 1 and lowers[i] == "the" else i
        text = "".join(doc[k].text_with_ws for k in range(first, i + n)).rstrip()
        if not any(ch.isupper() for ch in text) or (len(text) <= 3 and not text.isupper()):
            continue  # "us" is not the US; "Is" is not IS
        if key in gaz.names:
            return Hit("NAME", i, i + n, gaz.name_on(key, day))
        return Hit("ADJ", i, i + n, gaz.adjectives[key])
    return None
