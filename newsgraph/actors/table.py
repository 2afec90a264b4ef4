"""ActorTable: the canonical actors of one article and a char-offset index of their mentions.

Later stages (quotes, events) ask it "which actor is mentioned in this span?".
"""

from __future__ import annotations

from bisect import bisect_right

from newsgraph.model import Actor, Mention


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

    def by_id(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def by_key(self, key: str) -> Actor | None:
        """The actor with gazetteer key ``key`` ("gov:RUS", "person:xi_jinping"), if the article has it."""
        return next((a for a in self.actors if a.key == key), None)

    def in_span(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """Every mention lying inside [start, end), in text order."""
        out: list[tuple[Mention, Actor]] = []
        i = bisect_right(self._starts, start - 1)
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, aid = self._spans[i]
            if s >= start and e <= end:
                actor = self._by_id[aid]
                out.append((Mention(s, e, ""), actor))
            i += 1
        return out

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
        """The actor of the longest mention overlapping [start, end), if any."""
        best: tuple[int, str] | None = None
        i = max(0, bisect_right(self._starts, start) - 8)
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, aid = self._spans[i]
            if e > start and s < end:
                length = e - s
                if best is None or length > best[0]:
                    best = (length, aid)
            i += 1
        return self._by_id[best[1]] if best else None
