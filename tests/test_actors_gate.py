"""CI gate: actor-country accuracy on the PLOVER gold sentences (all, and the held-out part) stays above the
pinned floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.actors.score import gold_records, score_countries, split_of

FLOORS = json.loads((Path(__file__).parent / "floors" / "actors.json").read_text(encoding="utf-8"))


def test_actor_country_accuracy_floors(shared_data: Path, nlp: Any) -> None:
    records = gold_records(shared_data / "plover")
    score = score_countries(records, nlp)
    assert score.total > 600
    assert score.accuracy >= FLOORS["actor_country_accuracy"], score.misses[:20]
    held_out = [r for r in records if split_of(str(r["id"])) == "test"]
    test_score = score_countries(held_out, nlp)
    assert 180 < test_score.total < score.total
    assert test_score.accuracy >= FLOORS["actor_country_accuracy_test"], test_score.misses[:20]


@pytest.mark.parametrize(("record_id", "expected"), [("PLOVER-GSR01-AGREE-0001", "dev")])
def test_split_matches_the_events_eval(record_id: str, expected: str) -> None:
    from newsgraph.eval.events import GoldRecord

    assert split_of(record_id) == expected
    assert GoldRecord(record_id, "AGREE", "", frozenset(), frozenset()).split == split_of(record_id)
