"""CI gate: time-expression scores on TempEval-3 platinum must stay above the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.timex import evaluate, load_split, newsgraph_system

FLOORS = json.loads((Path(__file__).parent / "floors" / "time.json").read_text())


@pytest.mark.shared
def test_time_scores_above_floors(shared_data: Path) -> None:
    total, per_doc = evaluate(load_split(FLOORS["split"]), newsgraph_system)
    figures = total.figures()
    assert len(per_doc) == 20
    assert total.gold == 138
    for key in ("value_f1", "relaxed_f1", "strict_f1"):
        assert figures[key] >= FLOORS[key], f"{key} {figures[key]:.3f} < floor {FLOORS[key]}"


def test_scorer_counts() -> None:
    from newsgraph.eval.timex import Timex, score_doc

    gold = [
        Timex(0, 6, "Friday", "2013-03-22"),
        Timex(10, 19, "last week", "2013-W11"),
        Timex(30, 33, "now", "PRESENT_REF"),
    ]
    system = [Timex(0, 6, "Friday", "2013-03-22"), Timex(15, 19, "week", "2013-W12"), Timex(40, 44, "2010", "2010")]
    s = score_doc(gold, system)
    assert (s.strict, s.relaxed, s.value_ok, s.gold, s.system) == (1, 2, 1, 3, 3)
    assert s.figures()["value_f1"] == pytest.approx(0.5 * (2 / 3))
