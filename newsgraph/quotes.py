"""Quote attribution: direct quotes and reported speech with speaker, cue and content spans.

(Placeholder; to be replaced.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.table import ActorTable
from newsgraph.model import Quote


def attribute_quotes(doc: Doc, actors: ActorTable) -> list[Quote]:
    """Find quotes and reported speech in ``doc`` and resolve their speakers to actors."""
    return []
