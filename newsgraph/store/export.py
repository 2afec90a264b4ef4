"""Exports: GDELT 2.0 Events TSV, POLECAT-style CSV, JSON Lines and year/month-partitioned Parquet."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import duckdb

from newsgraph.errors import StoreError

ExportFormat = Literal["gdelt", "polecat", "jsonl", "parquet"]

GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]
assert len(GDELT_COLUMNS) == 61

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Sector", "Actor Title", "Recipient Name", "Recipient Country",
    "Recipient Sector", "Recipient Title", "Placename", "Country", "Latitude", "Longitude", "Modality",
    "Attributed To", "Source", "Publication Date", "Story ID", "Num Articles", "Num Sources", "Cluster ID",
    "Sentence", "Version",
]

# One row per event cluster (a real-world event), its representative mention's fields.
_CLUSTER_ROWS = """
SELECT row_number() OVER (ORDER BY c.event_date, c.id) AS n, c.id AS cluster_id, c.num_mentions, c.num_sources,
       c.num_articles, e.*, a.ingested_at, a.source AS article_source,
       (e.event_id = (SELECT min(event_id) FROM events z WHERE z.article_id = e.article_id)) AS is_root
FROM event_clusters c JOIN events e ON e.uid = c.representative JOIN articles a ON a.id = e.article_id
ORDER BY n"""


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _first(values: list[Any] | None) -> Any:
    return values[0] if values else None


def _cluster_rows(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    cur = con.execute(_CLUSTER_ROWS)
    cols = [d[0] for d in cur.description or []]
    while batch := cur.fetchmany(10_000):
        for row in batch:
            yield dict(zip(cols, row, strict=True))


def _gdelt_actor(r: dict[str, Any], side: str) -> list[str]:
    codes, names = r[f"{side}_codes"], r[f"{side}_names"]
    country, sector = _first(r[f"{side}_countries"]), _first(r[f"{side}_sectors"])
    return [_s(_first(codes)), _s(_first(names) or "").upper(), _s(country), "", "", "", "", _s(sector), "", ""]


def gdelt_row(r: dict[str, Any]) -> list[str]:
    """One GDELT 2.0 Events row (61 fields) for one clustered event; blanks where unknown."""
    day = r["event_date"]
    cameo = _s(r["cameo"])
    geo = ["", _s(r["location_name"]), "", "", "", _s(r["lat"]), _s(r["lon"]), ""]
    action_geo = ["1" if r["location_name"] else "", *geo[1:]]
    added = r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else ""
    return [
        _s(r["n"]), day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        _s(day.year) if day else "", f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_gdelt_actor(r, "actor"), *_gdelt_actor(r, "recipient"),
        "1" if r["is_root"] else "0", cameo, cameo[:3], cameo[:2], _s(r["quad_class"]), _s(r["goldstein"]),
        _s(r["num_mentions"]), _s(r["num_sources"]), _s(r["num_articles"]), "",
        *[""] * 8, *[""] * 8, *action_geo, added, _s(r["url"]),
    ]


def polecat_row(r: dict[str, Any]) -> list[str]:
    """One POLECAT-style row for one clustered event."""
    def j(values: list[Any] | None) -> str:
        return ";".join(_s(v) for v in values or [] if v is not None)

    return [
        r["cluster_id"], _s(r["event_date"]), _s(r["type"]), _s(r["mode"]), _s(r["plover_score"]),
        _s(r["quad_class"]), "", j(r["actor_names"]), j(r["actor_countries"]), j(r["actor_sectors"]),
        j(r["actor_titles"]), j(r["recipient_names"]), j(r["recipient_countries"]), j(r["recipient_sectors"]),
        j(r["recipient_titles"]), _s(r["location_name"]), _s(r["location_country"]), _s(r["lat"]), _s(r["lon"]),
        j(r["modality"]), _s(r["attributed_name"] or r["attributed_text"]), _s(r["source"]), _s(r["published"]),
        _s(r["article_id"]), _s(r["num_articles"]), _s(r["num_sources"]), r["cluster_id"], _s(r["sentence"]),
        _s(r["pipeline_version"]),
    ]


def _write_delimited(con: duckdb.DuckDBPyConnection, out: Path, gdelt: bool) -> int:
    n = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        if gdelt:  # GDELT files have no header, tab-separated, no quoting
            for r in _cluster_rows(con):
                fh.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in gdelt_row(r)) + "\n")
                n += 1
            return n
        writer = csv.writer(fh)
        writer.writerow(POLECAT_COLUMNS)
        for r in _cluster_rows(con):
            writer.writerow(polecat_row(r))
            n += 1
    return n


def export(con: duckdb.DuckDBPyConnection, fmt: ExportFormat, out: Path) -> int:
    """Write the store in one format; returns the number of rows (events or event mentions) written."""
    try:
        if fmt in ("gdelt", "polecat"):
            return _write_delimited(con, out, gdelt=fmt == "gdelt")
        count = con.execute("SELECT count(*) FROM events").fetchone()
        joined = ("SELECT e.*, m.cluster_id FROM events e LEFT JOIN cluster_members m ON m.event_uid = e.uid")
        path = str(out).replace("'", "''")
        if fmt == "jsonl":
            con.execute(f"COPY ({joined} ORDER BY e.uid) TO '{path}' (FORMAT json)")
        else:
            con.execute(f"COPY (SELECT *, year(event_date) AS year, month(event_date) AS month FROM ({joined})) "
                        f"TO '{path}' (FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)")
        return int(count[0]) if count else 0
    except (duckdb.Error, OSError) as exc:
        raise StoreError(f"export to {out} failed: {str(exc).splitlines()[0]}") from exc
