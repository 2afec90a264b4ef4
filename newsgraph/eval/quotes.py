"""`newsgraph eval quotes` (placeholder; to be written)."""

from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Add this scorer's command to the eval group."""
