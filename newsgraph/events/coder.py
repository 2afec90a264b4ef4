"""The event coder. (Placeholder; to be replaced.)"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.table import ActorTable
from newsgraph.model import Article, Event, Quote, TimeExpr


def code_events(
    doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote], times: list[TimeExpr]
) -> list[Event]:
    """Code the PLOVER events of one article, each located at its evidence sentence."""
    return []
