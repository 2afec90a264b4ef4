"""PLOVER event coding: type, mode, actors, date, location, modality, attribution."""

from newsgraph.events.coder import code_events

__all__ = ["code_events"]
