"""The seed story's actors (shared data): metonymy, aliases, titles and pronouns across sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.actors import ActorTable, resolve_actors
from newsgraph.model import Article

SEED = "seed/scmp-xi-russia-visit.txt"


@pytest.fixture(scope="module")
def seed(shared_data: Path, nlp: Any) -> tuple[str, ActorTable]:
    text = (shared_data / SEED).read_text(encoding="utf-8")
    art = Article(id="seed", url=None, source=None, title=None, published="2023-03-17", language="en", text=text)
    return text, resolve_actors(nlp(text), art)


def _at(seed: tuple[str, ActorTable], surface: str, after: str = "") -> Any:
    text, table = seed
    start = text.find(surface, text.find(after) if after else 0)
    assert start >= 0
    return table.at(start, start + len(surface))


@pytest.mark.parametrize(
    ("surface", "after", "expected"),
    [
        ("the Kremlin", "", ("Russian government", "government", "RUS", "GOV")),
        ("Chinese President Xi Jinping", "", ("Xi Jinping", "person", "CHN", "GOV")),
        ("Wang Wenbin", "", ("Wang Wenbin", "person", "CHN", "GOV")),
        ("He", "Wang Wenbin", ("Wang Wenbin", "person", "CHN", "GOV")),
        ("it added", "", ("Russian government", "government", "RUS", "GOV")),
        ("Beijing", "although Beijing", ("Chinese government", "government", "CHN", "GOV")),
        ("Moscow", "on a visit to", ("Moscow", "place", "RUS", None)),
        ("Ukrainian President Volodymr Zelenskiy", "", ("Volodymyr Zelenskyy", "person", "UKR", "GOV")),
        ("Wang", "One source said", ("Wang Yi", "person", "CHN", "GOV")),
    ],
)
def test_seed_actor(seed: tuple[str, ActorTable], surface: str, after: str, expected: tuple[Any, ...]) -> None:
    actor = _at(seed, surface, after)
    assert actor is not None
    assert (actor.name, actor.kind, actor.country, actor.sector) == expected


def test_seed_xi_is_one_actor(seed: tuple[str, ActorTable]) -> None:
    _text, table = seed
    xi = [a for a in table.actors if a.name == "Xi Jinping"]
    assert len(xi) == 1 and xi[0].title == "President" and len(xi[0].mentions) >= 5


def test_seed_winter_olympics_is_not_an_actor(seed: tuple[str, ActorTable]) -> None:
    assert _at(seed, "Winter Olympics") is None
