"""Shared fixtures: the evaluation data folder (tests that need it skip with a reason when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.data import shared_data_dir


@pytest.fixture(scope="session")
def shared_data() -> Path:
    base = shared_data_dir()
    if base is None:
        pytest.skip("../shared/data is absent: evaluation data not available")
    return base


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsgraph.nlp import get_nlp

    return get_nlp()
