"""CI gate: the PLOVER gold test split scored through the real pipeline must stay above its pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.events import evaluate_gold, load_gold

FLOORS = json.loads((Path(__file__).parent / "floors" / "events.json").read_text())


@pytest.fixture(scope="module")
def score(shared_data: Path):  # type: ignore[no-untyped-def]
    return evaluate_gold("test")


def test_split_is_fixed(shared_data: Path) -> None:
    gold = load_gold()
    assert len(gold) == 322
    assert sum(g.split == "test" for g in gold) == 112


@pytest.mark.parametrize(
    ("metric", "attr"),
    [
        ("type_macro_f1", "macro_f1"),
        ("type_accuracy", "accuracy"),
        ("actor_country_accuracy", "actor_accuracy"),
        ("recipient_country_accuracy", "recipient_accuracy"),
    ],
)
def test_floor(score, metric: str, attr: str) -> None:  # type: ignore[no-untyped-def]
    assert getattr(score, attr) >= FLOORS[metric], f"{metric} {getattr(score, attr):.3f} < floor {FLOORS[metric]}"
