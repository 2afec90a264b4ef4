"""CI gate: quote attribution F1 on a fixed part of PolNeAR test must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "floors" / "quotes.json").read_text(encoding="utf-8"))


@pytest.mark.shared
@pytest.mark.slow
def test_quotes_gate(shared_data: Path) -> None:
    from newsgraph.eval.quotes import evaluate

    score = evaluate(FLOORS["split"], FLOORS["every"], ["newsgraph"])["newsgraph"]
    got = {name: score.f1(*name.split()) for name in FLOORS["f1"]}
    below = {name: (round(got[name], 4), floor) for name, floor in FLOORS["f1"].items() if got[name] < floor}
    assert not below, f"below floor (got, floor): {below}"
