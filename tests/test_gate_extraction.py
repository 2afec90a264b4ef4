"""CI gate: extraction F1 on the reported (test) split must not drop below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval.extraction import eval_html, eval_text, load_benchmark, newsgraph_html, split

FLOORS = json.loads((Path(__file__).parent / "floors" / "extraction.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench(shared_data: Path):  # type: ignore[no-untyped-def]
    return load_benchmark(shared_data / "extraction")


@pytest.mark.shared
def test_scraped_text_floor(bench) -> None:  # type: ignore[no-untyped-def]
    ids = split(list(bench.truth), FLOORS["split"])
    assert eval_text(bench, ids)["newsgraph"].f1 >= FLOORS["text_f1"]


@pytest.mark.shared
def test_html_floor(bench) -> None:  # type: ignore[no-untyped-def]
    ids = split(list(bench.truth), FLOORS["split"])
    result, _speed = eval_html(bench, ids, {"newsgraph": newsgraph_html})["newsgraph"]
    assert result.f1 >= FLOORS["html_f1"]
