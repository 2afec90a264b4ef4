"""Read-only queries over the corpus store: events, actor profiles, dyad series, quotes, raw SQL.

Each returns ``(columns, rows)`` so the CLI, the API and tests format them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import duckdb

from newsgraph.errors import StoreError
from newsgraph.store.db import connect

Table = tuple[list[str], list[tuple[Any, ...]]]
Period = Literal["week", "month", "year"]
SCORE = "coalesce(plover_score, goldstein)"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of `newsgraph events`; None means no filter."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    quad_class: int | None = None
    modality: str | None = None  # a modality name, or "asserted" for none
    since: str | None = None
    until: str | None = None
    source: str | None = None
    text: str | None = None
    limit: int | None = 100


def open_reader(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection (many may be open while nothing writes)."""
    return connect(path, read_only=True)


def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name or code ('Russia', 'RU', 'RUS'), else None."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(name)
        except LookupError:
            return None
        return str(found[0].alpha_3) if len(found) == 1 else None


def terms(name: str) -> list[str]:
    """The lowercased terms an actor query matches: the name itself, plus its country code."""
    out = [name.lower()]
    code = country_code(name) if len(name) > 1 else None
    if code and code.lower() not in out:
        out.append(code.lower())
    return out


def match(column: str, name: str) -> tuple[str, list[Any]]:
    """SQL testing whether a term list column holds any of the name's terms (list_contains is fastest)."""
    t = terms(name)
    return "(" + " OR ".join(f"list_contains({column}, ?)" for _ in t) + ")", list(t)


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    for column, name in (("actor_terms", f.actor), ("recipient_terms", f.recipient)):
        if name:
            cond, values = match(column, name)
            conds.append(cond)
            params += values
    if f.country:
        code = country_code(f.country) or f.country.upper()
        conds.append("(list_contains(actor_countries, ?) OR list_contains(recipient_countries, ?) "
                     "OR location_country = ?)")
        params += [code, code, code]
    for col, value in (("type", f.type and f.type.upper()), ("quad_class", f.quad_class), ("source", f.source)):
        if value is not None:
            conds.append(f"{col} = ?")
            params.append(value)
    if f.modality == "asserted":
        conds.append("len(modality) = 0")
    elif f.modality:
        conds.append("list_contains(modality, ?)")
        params.append(f.modality)
    if f.since:
        conds.append("event_date >= ?::DATE")
        params.append(f.since)
    if f.until:
        conds.append("event_date <= ?::DATE")
        params.append(f.until)
    if f.text:
        conds.append("sentence ILIKE ?")
        params.append(f"%{f.text}%")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Table:
    try:
        cur = con.execute(sql, params or [])
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from exc
    cols = [d[0] for d in cur.description or []]
    return cols, cur.fetchall()


def events(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Table:
    """Event mentions matching the filter, newest first."""
    where, params = _where(f)
    limit = f" LIMIT {int(f.limit)}" if f.limit else ""
    sql = (f"SELECT uid, event_date, type, mode, array_to_string(actor_names, '; ') AS actors, "
           f"array_to_string(recipient_names, '; ') AS recipients, array_to_string(modality, ',') AS modality, "
           f"quad_class, {SCORE} AS score, location_name AS location, source, sentence FROM events{where} "
           f"ORDER BY event_date DESC NULLS LAST, uid{limit}")
    return _run(con, sql, params)


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: Period = "month", directed: bool = False) -> Table:
    """Per period: events between A and B, counts by quad class and PLOVER type, mean score (one scan)."""
    aa, pa = match("actor_terms", a)
    rb, pb = match("recipient_terms", b)
    ab, qb = match("actor_terms", b)
    ra, qa = match("recipient_terms", a)
    cond, params = f"({aa} AND {rb})", pa + pb
    if not directed:
        cond, params = f"({cond} OR ({ab} AND {ra}))", params + qb + qa
    sql = f"""
        WITH g AS (SELECT date_trunc('{by}', event_date)::DATE AS period, type, quad_class, count(*) AS n,
                          sum({SCORE}) AS total, count({SCORE}) AS scored
                   FROM events WHERE event_date IS NOT NULL AND {cond} GROUP BY ALL),
        t AS (SELECT period, type, sum(n) AS n FROM g GROUP BY ALL)
        SELECT period, sum(n)::BIGINT AS events,
               coalesce(sum(n) FILTER (WHERE quad_class = 1), 0)::BIGINT AS verbal_coop,
               coalesce(sum(n) FILTER (WHERE quad_class = 2), 0)::BIGINT AS material_coop,
               coalesce(sum(n) FILTER (WHERE quad_class = 3), 0)::BIGINT AS verbal_conflict,
               coalesce(sum(n) FILTER (WHERE quad_class = 4), 0)::BIGINT AS material_conflict,
               round(sum(total) / nullif(sum(scored), 0), 2) AS mean_score,
               (SELECT string_agg(t.type || ':' || t.n, ', ' ORDER BY t.n DESC, t.type) FROM t
                WHERE t.period = g.period) AS types
        FROM g GROUP BY period ORDER BY period"""
    return _run(con, sql, params)


def quotes(con: duckdb.DuckDBPyConnection, speaker: str | None, limit: int = 100) -> Table:
    """Quotes, optionally by one speaker (name, key or the words naming them)."""
    where, params = "", []
    if speaker:
        where = " WHERE lower(speaker_name) = ? OR lower(speaker_key) = ? OR speaker_text ILIKE ?"
        params = [speaker.lower(), speaker.lower(), f"%{speaker}%"]
    sql = (f"SELECT published, source, coalesce(speaker_name, speaker_text) AS speaker, cue, direct, content "
           f"FROM quotes{where} ORDER BY published DESC NULLS LAST, article_id, idx LIMIT {int(limit)}")
    return _run(con, sql, params)


def canonical_name(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The canonical actor name for an alias ("Trump" → "Donald Trump"); the name itself when it is one."""
    low = name.lower()
    known = con.execute("SELECT 1 FROM actors WHERE lower(name) = ? OR lower(key) = ? LIMIT 1", [low, low]).fetchone()
    if known:
        return name
    row = con.execute("SELECT a.name FROM mentions m JOIN actors a USING (article_id, actor_id) "
                      "WHERE lower(m.text) = ? GROUP BY a.name ORDER BY count(*) DESC LIMIT 1", [low]).fetchone()
    return str(row[0]) if row else name


def actor_profile(con: duckdb.DuckDBPyConnection, name: str, by: Period = "month") -> dict[str, Table]:
    """An actor's aliases, roles, event counts by type over time and top partners.

    ``name`` may be a canonical name, key, code or country, or an alias seen in the text ("Trump").
    """
    t = terms(canonical_name(con, name))
    match = ("(lower(name) = ANY($t) OR lower(key) = ANY($t) OR lower(code) = ANY($t) "
             "OR (kind IN ('country', 'government') AND lower(country) = ANY($t)))")
    sections = {
        "identity": f"SELECT name, key, kind, country, sector, code, count(DISTINCT article_id) AS articles "
                    f"FROM actors WHERE {match} GROUP BY ALL ORDER BY articles DESC LIMIT 10",
        "aliases": f"SELECT m.text AS alias, count(*) AS n FROM mentions m JOIN actors a USING (article_id, actor_id) "
                   f"WHERE {match} GROUP BY ALL ORDER BY n DESC LIMIT 20",
        "roles": f"SELECT title AS role, count(*) AS n FROM actors WHERE {match} AND title IS NOT NULL "
                 f"GROUP BY ALL ORDER BY n DESC LIMIT 10",
        "activity": f"SELECT date_trunc('{by}', event_date)::DATE AS period, type, count(*) AS n, "
                    f"round(avg({SCORE}), 2) AS mean_score FROM events WHERE list_has_any(actor_terms, $t) "
                    f"AND event_date IS NOT NULL GROUP BY ALL ORDER BY period, n DESC",
        "partners": "SELECT partner, count(*) AS n FROM ("
                    "SELECT unnest(recipient_names) AS partner FROM events WHERE list_has_any(actor_terms, $t) "
                    "UNION ALL SELECT unnest(actor_names) FROM events WHERE list_has_any(recipient_terms, $t)) "
                    "WHERE partner IS NOT NULL GROUP BY ALL ORDER BY n DESC LIMIT 10",
    }
    out: dict[str, Table] = {}
    for title, sql in sections.items():
        try:
            cur = con.execute(sql, {"t": t})
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from exc
        out[title] = ([d[0] for d in cur.description or []], cur.fetchall())
    return out


def actors(con: duckdb.DuckDBPyConnection, limit: int = 50) -> Table:
    """The most frequent canonical actors across the corpus."""
    return _run(con, f"SELECT name, any_value(kind) AS kind, any_value(country) AS country, "
                     f"count(DISTINCT article_id) AS articles, sum(num_mentions) AS mentions FROM actors "
                     f"GROUP BY name ORDER BY articles DESC, name LIMIT {int(limit)}")


def sql(con: duckdb.DuckDBPyConnection, query: str) -> Table:
    """Raw SQL on the read-only connection."""
    return _run(con, query)
