"""Where the evaluation data lives: ``../shared/data`` beside the repo, or $NEWSGRAPH_DATA."""

from __future__ import annotations

import os
from pathlib import Path

from newsgraph.errors import DataMissingError


def shared_data_dir() -> Path | None:
    """The shared evaluation-data folder, or None when it is absent."""
    env = os.environ.get("NEWSGRAPH_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents[1:5]]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def require_data(sub: str) -> Path:
    """The path of one data set under the shared folder, or DataMissingError naming what is missing."""
    base = shared_data_dir()
    if base is None or not (base / sub).exists():
        raise DataMissingError(f"evaluation data '{sub}' not found (set NEWSGRAPH_DATA or put ../shared/data beside the repo)")
    return base / sub
