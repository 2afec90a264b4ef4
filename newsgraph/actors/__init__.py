"""Actor resolution: mentions in the text → canonical actors with country and sector codes."""

from newsgraph.actors.resolve import resolve_actors
from newsgraph.actors.table import ActorTable

__all__ = ["ActorTable", "resolve_actors"]
