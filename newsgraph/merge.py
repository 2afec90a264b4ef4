"""Cross-article event clustering: event mentions that report the same real-world event become one.

Two mentions can only match when they have the same PLOVER type, the same polarity (a denied or
negated event never merges with an asserted one) and dates within a window. Within that block a
weighted score combines actor and recipient overlap (gazetteer keys, then countries), location and
the similarity of the evidence sentences; pairs above the threshold are linked and clusters are
the connected components, every mention kept.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

MERGE_VERSION = "merge-1"
DAY_WINDOW = 3  # days between two dated mentions of one event
MONTH_WINDOW = 31  # when either date is only known to the month
THRESHOLD = 0.5
WEIGHTS = {"actors": 0.3, "recipients": 0.25, "text": 0.3, "location": 0.15}
UNKNOWN = 0.4  # the score of a dimension one side leaves empty
_NEG = {"negated", "denied"}
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(["that", "this", "with", "from", "have", "been", "were", "will", "would", "said", "says", "they", "their", "there", "which", "about", "after", "also", "into", "than", "them", "then", "what", "when", "where", "while", "more", "most", "other", "some", "such", "only", "over", "under", "again", "against", "could", "should", "because", "before", "between", "both", "each", "just", "very", "being", "does", "doing", "during", "further", "here", "once", "these", "those", "through", "until", "your", "yours", "itself", "himself", "herself", "ours"])


@dataclass(frozen=True, slots=True)
class EventMention:
    """What merging needs to know about one event mention."""

    uid: str
    article_id: str
    type: str
    actors: frozenset[str]  # identities: gazetteer key, else "c:ISO3", else "n:name"
    actor_countries: frozenset[str]
    recipients: frozenset[str]
    recipient_countries: frozenset[str]
    day: date | None
    coarse: bool  # the date is only known to the month (or worse)
    location: str | None = None
    location_country: str | None = None
    sentence: str = ""
    modality: frozenset[str] = frozenset()
    source: str | None = None
    published: date | None = None


def identities(keys: Sequence[str | None], countries: Sequence[str | None], names: Sequence[str | None]) -> frozenset[str]:
    """One identity per actor: its gazetteer key, else its country, else its lowercased name."""
    out = set()
    for key, country, name in zip(keys, countries, names, strict=False):
        if key:
            out.add(key)
        elif country:
            out.add("c:" + country)
        elif name:
            out.add("n:" + name.lower())
    return frozenset(out)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _overlap(a: frozenset[str], b: frozenset[str], ca: frozenset[str], cb: frozenset[str]) -> float:
    if not a or not b:
        return UNKNOWN
    if a & b:
        return 1.0
    if ca and cb and ca & cb:
        return 0.3  # same country, different (or unnamed) actors: weak evidence
    return 0.0


def _named(ids: frozenset[str]) -> frozenset[str]:
    """Identities from the gazetteer (not just a country or a bare name)."""
    return frozenset(i for i in ids if not i.startswith(("c:", "n:")))


def _location(a: EventMention, b: EventMention) -> float:
    if a.location and b.location and a.location.lower() == b.location.lower():
        return 1.0
    if a.location_country and b.location_country:
        return 0.7 if a.location_country == b.location_country else 0.0
    return UNKNOWN


def _dates_close(a: EventMention, b: EventMention) -> bool:
    if a.day is None or b.day is None:
        return a.published is not None and a.published == b.published
    window = MONTH_WINDOW if a.coarse or b.coarse else DAY_WINDOW
    return abs((a.day - b.day).days) <= window


def score(a: EventMention, b: EventMention) -> float:
    """How likely two mentions are one event, in [0, 1]; 0 when they cannot be (type, polarity, date)."""
    if a.type != b.type or bool(a.modality & _NEG) != bool(b.modality & _NEG) or not _dates_close(a, b):
        return 0.0
    wa, wb = _words(a.sentence), _words(b.sentence)
    text = len(wa & wb) / len(wa | wb) if wa and wb else 0.0
    parts = {
        "actors": _overlap(a.actors, b.actors, a.actor_countries, b.actor_countries),
        "recipients": _overlap(a.recipients, b.recipients, a.recipient_countries, b.recipient_countries),
        "text": min(1.0, 2.5 * text),
        "location": _location(a, b),
    }
    if parts["actors"] == 0.0 and parts["recipients"] == 0.0:
        return 0.0  # different parties on both sides: different events
    aa, ar, ba, br = _named(a.actors), _named(a.recipients), _named(b.actors), _named(b.recipients)
    if (aa & br or ba & ar) and not aa & ba:
        return 0.0  # named parties in reversed roles: a response, not the same event
    return sum(WEIGHTS[k] * v for k, v in parts.items())


def same_event(a: EventMention, b: EventMention, threshold: float = THRESHOLD) -> bool:
    """The pairwise decision used for clustering."""
    return score(a, b) >= threshold


def _blocks(mentions: Sequence[EventMention]) -> Iterable[list[int]]:
    groups: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[(m.type, bool(m.modality & _NEG))].append(i)
    for idx in groups.values():
        yield sorted(idx, key=lambda i: mentions[i].day or mentions[i].published or date.min)


def _candidate_pairs(mentions: Sequence[EventMention], threshold: float) -> list[tuple[float, int, int]]:
    """Every pair inside a block and its date window scoring at or above the threshold, best first."""
    out = []
    for block in _blocks(mentions):
        for pos, i in enumerate(block):
            a = mentions[i]
            for j in block[pos + 1 :]:
                b = mentions[j]
                if a.day and b.day and (b.day - a.day).days > MONTH_WINDOW:
                    break
                s = score(a, b)
                if s >= threshold:
                    out.append((s, i, j))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


def cluster(mentions: Sequence[EventMention], threshold: float = THRESHOLD) -> list[list[int]]:
    """Group mention indices into events by average-linkage agglomeration over same-event scores.

    Two groups join only when the mean score over all their cross pairs reaches the threshold, so
    one loose link cannot chain two different events together.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    owner = list(range(len(mentions)))
    cache: dict[tuple[int, int], float] = {}

    def pair(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in cache:
            cache[key] = score(mentions[key[0]], mentions[key[1]])
        return cache[key]

    for s, i, j in _candidate_pairs(mentions, threshold):
        cache[(i, j)] = s
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        cross = [pair(x, y) for x in members[gi] for y in members[gj]]
        if sum(cross) / len(cross) < threshold:
            continue
        for x in members[gj]:
            owner[x] = gi
        members[gi].extend(members.pop(gj))
    return sorted((sorted(g) for g in members.values()), key=lambda g: g[0])


_COLUMNS = """uid, article_id, type, actor_keys, actor_countries, actor_names, recipient_keys,
    recipient_countries, recipient_names, event_date, granularity, location_name, location_country, sentence,
    modality, source, published, confidence, actor_terms, recipient_terms"""

# The events a run can have changed: its own, those dated near them, and every member of a cluster they touch.
_AFFECTED = f"""
    WITH w AS (SELECT uid FROM events WHERE article_id IN (SELECT id FROM articles WHERE run_id = $run)
                  OR event_date BETWEEN $lo::DATE - INTERVAL {MONTH_WINDOW + 1} DAY
                                    AND $hi::DATE + INTERVAL {MONTH_WINDOW + 1} DAY),
         c AS (SELECT DISTINCT cluster_id FROM cluster_members WHERE event_uid IN (SELECT uid FROM w))
    SELECT {_COLUMNS}, (SELECT list(cluster_id) FROM c) FROM events
    WHERE uid IN (SELECT uid FROM w)
       OR uid IN (SELECT event_uid FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM c))
    ORDER BY uid"""


def _mention(row: tuple[Any, ...]) -> EventMention:
    gran = row[10] or "unknown"
    return EventMention(
        uid=row[0], article_id=row[1], type=row[2] or "",
        actors=identities(row[3] or [], row[4] or [], row[5] or []),
        actor_countries=frozenset(c for c in row[4] or [] if c),
        recipients=identities(row[6] or [], row[7] or [], row[8] or []),
        recipient_countries=frozenset(c for c in row[7] or [] if c),
        day=row[9], coarse=gran not in {"day", "time"}, location=row[11], location_country=row[12],
        sentence=row[13] or "", modality=frozenset(row[14] or []), source=row[15], published=row[16])


def _affected_rows(con: duckdb.DuckDBPyConnection, run_id: int | None) -> tuple[list[tuple[Any, ...]], list[str] | None]:
    """Rows to (re)cluster and the cluster ids they replace (None: every cluster)."""
    if run_id is None:
        return con.execute(f"SELECT {_COLUMNS} FROM events ORDER BY uid").fetchall(), None
    span = con.execute("SELECT min(event_date), max(event_date) FROM events WHERE article_id IN "
                       "(SELECT id FROM articles WHERE run_id = ?)", [run_id]).fetchone()
    lo, hi = span if span and span[0] is not None else ("9999-01-01", "0001-01-01")
    rows = con.execute(_AFFECTED, {"run": run_id, "lo": str(lo), "hi": str(hi)}).fetchall()
    drop = list(rows[0][-1] or []) if rows else []
    return [r[:-1] for r in rows], drop


def cluster_store_events(con: duckdb.DuckDBPyConnection, run_id: int | None = None
                         ) -> tuple[list[list[Any]], list[list[Any]], list[str] | None]:
    """Cluster stored events: all of them, or only those an ingest run can have affected.

    Returns rows for event_clusters and cluster_members, and the cluster ids they replace
    (None when every cluster is replaced).
    """
    rows, drop = _affected_rows(con, run_id)
    mentions = [_mention(r) for r in rows]
    clusters: list[list[Any]] = []
    members: list[list[Any]] = []
    for group in cluster(mentions):
        ms = [mentions[i] for i in group]
        cid = "E" + hashlib.sha1(ms[0].uid.encode()).hexdigest()[:12]
        rep = max(group, key=lambda i: (rows[i][17] or 0.0, -i))
        days = [m.day for m in ms if m.day]
        seen = [m.published for m in ms if m.published]
        clusters.append([
            cid, ms[0].type, min(days) if days else None, min(seen) if seen else None,
            max(seen) if seen else None, len(ms), len({m.article_id for m in ms}),
            len({m.source for m in ms if m.source}),
            sorted({t for i in group for t in rows[i][18] or []}),
            sorted({t for i in group for t in rows[i][19] or []}), rows[rep][0], MERGE_VERSION])
        members.extend([cid, m.uid, m.article_id, 1.0] for m in ms)
    return clusters, members, drop
