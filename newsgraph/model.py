"""The record types every stage produces, and their JSON form.

Every span (``start``/``end``) is a character offset into ``Article.text``,
so a UI can highlight it. Field names of the JSON output are a fixed contract
(see README, "Output"); fields may be added but not renamed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "government", "country", "organisation", "group", "place", "other"]
Modality = Literal["future", "historical", "hypothetical", "negated", "unconfirmed", "denied"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century", "time", "duration", "set", "unknown"]


@dataclass(slots=True)
class RawDocument:
    """One input item before cleaning: a file, a stdin blob, a JSON object or a fetched page."""

    origin: str  # path, URL or "-" — where it came from, for messages
    content: str | bytes  # HTML or plain text (bytes when the encoding is not known yet)
    kind: Literal["html", "text", "auto"] = "auto"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or datetime string from the input's own metadata
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Removed:
    """A piece of the input that cleaning dropped, with the reason."""

    text: str
    reason: str


@dataclass(slots=True)
class Article:
    id: str  # stable content hash of the clean text (+ url)
    url: str | None
    source: str | None  # outlet / site name (or host)
    title: str | None
    published: str | None  # ISO date "YYYY-MM-DD" (time part dropped)
    language: str | None
    text: str  # the clean body; every span below points into it
    removed: list[Removed] = field(default_factory=list)
    author: str | None = None
    modified: str | None = None
    origin: str | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    id: str  # stable within a record, e.g. "A1"; canonical key in ``key``
    name: str  # canonical name ("Xi Jinping", "Russian government")
    kind: ActorKind
    country: str | None  # ISO 3166-1 alpha-3
    sector: str | None  # GOV, MIL, REB, CVL, BUS, MED, IGO, ...
    title: str | None  # role: "President", "foreign ministry spokesperson"
    mentions: list[Mention] = field(default_factory=list)
    key: str | None = None  # gazetteer key (stable across articles), e.g. "person:xi_jinping"
    code: str | None = None  # CAMEO-style actor code, e.g. "CHNGOV"


@dataclass(slots=True)
class Quote:
    speaker: str | None  # actor id
    speaker_text: str | None  # the words naming the source ("the Kremlin", "one source", "He")
    cue: str | None  # the reporting verb or phrase ("said", "according to")
    content: str
    direct: bool  # inside quotation marks
    start: int  # content span
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None  # TIMEX3 value: "2023-03-20", "2023-02", "2022-W10", "P4Y", "PRESENT_REF"
    granularity: str  # see Granularity
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    end_value: str | None = None  # for ranges ("March 20-22"): the last day


@dataclass(slots=True)
class EventDate:
    start: str | None
    end: str | None
    granularity: str
    source: Literal["sentence", "context", "publication", "none"] = "none"  # context: a nearby sentence


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Event:
    id: str
    type: str  # one of the 16 PLOVER 2.0 types
    mode: str | None
    actors: list[str]  # actor ids
    recipients: list[str]
    date: EventDate
    location: Location | None
    modality: list[str]  # see Modality; empty for a plain asserted event
    attributed_to: str | None  # actor id of who says so
    sentence: str
    start: int  # sentence span in article.text
    end: int
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    confidence: float
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    attributed_text: str | None = None  # "media reports", "one source" when no actor
    context: list[str] = field(default_factory=list)
    plover_score: float | None = None  # PLOVER conflict–cooperation score


@dataclass(slots=True)
class Record:
    """Everything newsgraph extracted from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    pipeline_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a Record from its ``to_dict`` form (used by the store and tests)."""
    art = dict(data["article"])
    art["removed"] = [Removed(**r) for r in art.get("removed", [])]
    actors = [
        Actor(**{**a, "mentions": [Mention(**m) for m in a.get("mentions", [])]})
        for a in data.get("actors", [])
    ]
    events = []
    for e in data.get("events", []):
        e = dict(e)
        e["date"] = EventDate(**e["date"])
        e["location"] = Location(**e["location"]) if e.get("location") else None
        events.append(Event(**e))
    return Record(
        article=Article(**art),
        actors=actors,
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        times=[TimeExpr(**t) for t in data.get("times", [])],
        events=events,
        pipeline_version=data.get("pipeline_version", ""),
    )
