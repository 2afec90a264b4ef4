"""What the coder shares across one article's events: the article, its actors, quotes and times, the cue
lists, and the events coded so far (for carrying actors and recipients between sentences)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.actors.table import ActorTable
from newsgraph.events.lexicon import Cues
from newsgraph.events.location import find_location
from newsgraph.events.ontology import Ontology
from newsgraph.model import Actor, Article, Event, Quote, TimeExpr


@dataclass(slots=True)
class Context:
    """What every event of one article shares; ``recent`` holds (sentence index, event) in coding order."""

    article: Article
    actors: ActorTable
    quotes: list[Quote]
    times: list[TimeExpr]
    cues: Cues
    onto: Ontology
    labels: list[str]
    recent: list[tuple[int, Event]] = field(default_factory=list)
    n_sent: int = 0


def no_places(ids: list[str], ctx: Context, only_stateless: bool = False) -> list[str]:
    """Actor ids without places: a town or a camp locates an event, it neither acts nor receives; with
    ``only_stateless``, without the places no country holds (a sea, a region), a town still naming its state."""
    places = ctx.cues.sets["place_kinds"]
    return [
        i for i in ids if (a := ctx.actors.by_id(i)) is None or a.kind not in places or (only_stateless and a.country)
    ]


def countries(ids: list[str], ctx: Context) -> set[str]:
    """The countries of the actors ``ids`` (actors without one add none)."""
    return {c for i in ids if (a := ctx.actors.by_id(i)) is not None and (c := a.country) is not None}


def location_actor(tok: Token, ctx: Context) -> Actor | None:
    """The actor naming where the trigger's event took place (a place, a capital, a country), if any."""
    loc = find_location(tok, ctx.cues, ctx.actors)
    if loc is None or loc.start is None or loc.end is None:
        return None
    return ctx.actors.at(loc.start, loc.end)
