"""ActorTable: the canonical actors of one article and a char-offset index of their mentions.

Later stages (quotes, events) ask it "which actor is mentioned in this span?".
"""

from __future__ import annotations

from bisect import bisect_right

from newsgraph.actors.gazetteer import cameo_code
from newsgraph.model import Actor, ActorKind


class ActorTable:
    """Canonical actors of one article, each once, with every mention, indexed by offset."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self._by_id = {a.id: a for a in actors}
        spans: list[tuple[int, int, str]] = []
        for a in actors:
            for m in a.mentions:
                spans.append((m.start, m.end, a.id))
        spans.sort()
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def unnamed(self, key: str, name: str, kind: ActorKind, country: str, sector: str | None) -> Actor:
        """The actor of ``key`` the text implies but never names (the unidentified agent of an attack, the
        government a protest is aimed at), added once with the next id: it has no mentions, so no span lookup
        finds it."""
        found = next((a for a in self.actors if a.key == key), None)
        if found is not None:
            return found
        actor = Actor(
            id=f"A{len(self.actors) + 1}",
            name=name,
            kind=kind,
            country=country,
            sector=sector,
            title=None,
            key=key,
            code=cameo_code(country, sector),
        )
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        return actor

    def by_id(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def all_at(self, start: int, end: int) -> list[Actor]:
        """Every actor sharing the longest mention overlapping [start, end): one, or the pair a phrase such as
        "the two leaders" stands for."""
        best: list[tuple[int, int, str]] = []
        i = max(0, bisect_right(self._starts, start) - 8)
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, aid = self._spans[i]
            if e > start and s < end:
                if not best or e - s > best[0][1] - best[0][0]:
                    best = [(s, e, aid)]
                elif (s, e) == best[0][:2] and aid not in (b[2] for b in best):
                    best.append((s, e, aid))
            i += 1
        return [self._by_id[aid] for _, _, aid in best]

    def at(self, start: int, end: int) -> Actor | None:
        """The actor of the longest mention overlapping [start, end) (the first such, in text order), if any."""
        found = self.all_at(start, end)
        return found[0] if found else None
