"""Render records for people: a Rich summary table per article."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.model import Record


def print_record_table(record: Record, console: Console) -> None:
    """Print a readable summary of one record: article, actors, quotes, times, events."""
    art = record.article
    console.rule(f"[bold]{art.title or art.origin or art.id}")
    console.print(f"id {art.id}  published {art.published or '?'}  source {art.source or '?'}  "
                  f"{len(art.text)} chars, {len(art.removed)} removed")
    names = {a.id: a.name for a in record.actors}

    actors = Table("id", "name", "kind", "country", "sector", "title", "mentions", title="Actors")
    for a in record.actors:
        actors.add_row(a.id, a.name, a.kind, a.country or "", a.sector or "", a.title or "", str(len(a.mentions)))
    console.print(actors)

    quotes = Table("speaker", "cue", "direct", "content", title="Quotes")
    for q in record.quotes:
        quotes.add_row(names.get(q.speaker or "", q.speaker_text or "?"), q.cue or "", "yes" if q.direct else "",
                       q.content[:100])
    console.print(quotes)

    times = Table("text", "value", "granularity", title="Times")
    for t in record.times:
        times.add_row(t.text, t.value or "", t.granularity)
    console.print(times)

    events = Table("type", "mode", "actors", "recipients", "date", "modality", "according to", "evidence",
                   title="Events")
    for e in record.events:
        date = e.date.start or ""
        if e.date.end and e.date.end != e.date.start:
            date += f"..{e.date.end}"
        events.add_row(
            e.type, e.mode or "", ", ".join(names.get(x, x) for x in e.actors),
            ", ".join(names.get(x, x) for x in e.recipients), date, ", ".join(e.modality),
            names.get(e.attributed_to or "", e.attributed_text or ""), e.sentence[:80],
        )
    console.print(events)
