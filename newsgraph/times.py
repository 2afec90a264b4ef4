"""Time expressions: TIMEX3-style extraction and normalisation against the publication date.

(Placeholder; to be replaced.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import TimeExpr


def extract_times(doc: Doc, published: str | None) -> list[TimeExpr]:
    """Find time expressions in ``doc`` and normalise them against ``published`` (YYYY-MM-DD)."""
    return []
