"""CI gate: the coder on the hand-coded real VOA stories (reporting split ``test``) stays above pinned floors.

The gold is ours (tests/data/stories_gold/, one coder); the story texts come from ``../shared/data/voa`` and
the gate skips without them. Floors live in tests/floors/stories.json and only go up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.stories import evaluate

FLOORS = json.loads((Path(__file__).parent / "floors" / "stories.json").read_text())


@pytest.fixture(scope="module")
def figures(shared_data: Path) -> dict[str, float]:
    total, _ = evaluate("test")
    return total.figures()


@pytest.mark.parametrize("metric", ["det_f1", "triple_f1", "actor_acc", "recipient_acc", "date_acc"])
def test_story_floor(figures: dict[str, float], metric: str) -> None:
    assert figures[metric] >= FLOORS[metric], f"{metric} {figures[metric]:.3f} < floor {FLOORS[metric]}"
