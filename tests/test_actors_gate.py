"""CI gate: actor-country accuracy on the PLOVER gold sentences stays above the pinned floor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.actors.score import gold_records, score_countries

FLOORS = json.loads((Path(__file__).parent / "floors" / "actors.json").read_text(encoding="utf-8"))


def test_actor_country_accuracy_floor(shared_data: Path, nlp: Any) -> None:
    score = score_countries(gold_records(shared_data / "plover"), nlp)
    assert score.total > 600
    assert score.accuracy >= FLOORS["actor_country_accuracy"], score.misses[:20]
