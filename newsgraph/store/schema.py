"""The versioned schema: an ordered list of migrations. Append new ones; never edit an applied one."""

from __future__ import annotations

_V1 = [
    """CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)""",
    """CREATE TABLE sources (name VARCHAR PRIMARY KEY, first_seen TIMESTAMP, num_articles INTEGER DEFAULT 0)""",
    """CREATE SEQUENCE ingest_run_seq START 1""",
    """CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY, kind VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, inputs VARCHAR,
        pipeline_version VARCHAR, ingested INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0,
        near_duplicates INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0, events INTEGER DEFAULT 0,
        status VARCHAR)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, published DATE, language VARCHAR,
        text VARCHAR, removed JSON, author VARCHAR, origin VARCHAR, run_id INTEGER, pipeline_version VARCHAR,
        ingested_at TIMESTAMP, minhash UBIGINT[])""",
    """CREATE INDEX articles_origin ON articles(origin)""",
    """CREATE TABLE article_bands (band INTEGER, hash UBIGINT, article_id VARCHAR)""",
    """CREATE TABLE duplicates (
        origin VARCHAR, url VARCHAR, source VARCHAR, article_id VARCHAR, duplicate_of VARCHAR,
        similarity DOUBLE, kind VARCHAR, run_id INTEGER, seen_at TIMESTAMP)""",
    """CREATE TABLE actors (
        article_id VARCHAR, actor_id VARCHAR, key VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR,
        sector VARCHAR, title VARCHAR, code VARCHAR, num_mentions INTEGER, pipeline_version VARCHAR,
        PRIMARY KEY (article_id, actor_id))""",
    """CREATE TABLE mentions (article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
        pipeline_version VARCHAR)""",
    """CREATE TABLE quotes (
        article_id VARCHAR, idx INTEGER, speaker VARCHAR, speaker_key VARCHAR, speaker_name VARCHAR,
        speaker_text VARCHAR, cue VARCHAR, content VARCHAR, direct BOOLEAN, start INTEGER, "end" INTEGER,
        published DATE, source VARCHAR, pipeline_version VARCHAR)""",
    """CREATE TABLE times (
        article_id VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER, value VARCHAR,
        end_value VARCHAR, granularity VARCHAR, type VARCHAR, pipeline_version VARCHAR)""",
    """CREATE TABLE events (
        uid VARCHAR PRIMARY KEY, article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR,
        actor_ids VARCHAR[], actor_names VARCHAR[], actor_keys VARCHAR[], actor_countries VARCHAR[],
        actor_codes VARCHAR[], actor_sectors VARCHAR[], actor_titles VARCHAR[], actor_terms VARCHAR[],
        recipient_ids VARCHAR[], recipient_names VARCHAR[], recipient_keys VARCHAR[], recipient_countries VARCHAR[],
        recipient_codes VARCHAR[], recipient_sectors VARCHAR[], recipient_titles VARCHAR[],
        recipient_terms VARCHAR[],
        date_start DATE, date_end DATE, granularity VARCHAR, date_source VARCHAR, event_date DATE,
        location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
        modality VARCHAR[], attributed_to VARCHAR, attributed_name VARCHAR, attributed_text VARCHAR,
        sentence VARCHAR, start INTEGER, "end" INTEGER, trigger VARCHAR,
        cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_score DOUBLE, confidence DOUBLE,
        published DATE, source VARCHAR, url VARCHAR, pipeline_version VARCHAR)""",
    """CREATE TABLE event_clusters (
        id VARCHAR PRIMARY KEY, type VARCHAR, event_date DATE, first_seen DATE, last_seen DATE,
        num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, actor_terms VARCHAR[],
        recipient_terms VARCHAR[], representative VARCHAR, merge_version VARCHAR)""",
    """CREATE TABLE cluster_members (cluster_id VARCHAR, event_uid VARCHAR PRIMARY KEY, article_id VARCHAR,
        score DOUBLE)""",
    """CREATE TABLE rejects (origin VARCHAR, reason VARCHAR, message VARCHAR, run_id INTEGER, rejected_at TIMESTAMP,
        pipeline_version VARCHAR)""",
    """CREATE INDEX rejects_origin ON rejects(origin)""",
]

# (description, statements) in order; the version of a migration is its 1-based position.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("initial corpus schema", _V1),
]
