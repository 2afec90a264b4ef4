"""Benchmark: query speed on a synthetic store of 1 million event mentions.

Builds the store with the real schema (events generated in SQL: 60 country actors, 16 PLOVER types,
dates over 10 years), then times the `dyad` monthly series and a filtered `events` query.
Run: `.venv/bin/python benchmarks/bench_query.py [--events 1000000]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph.store import queries
from newsgraph.store.writer import StoreWriter

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "FRA", "DEU", "GBR", "JPN", "IND", "PAK", "AFG", "IRN", "IRQ", "ISR", "SYR", "TUR", "SAU", "EGY", "NGA", "KEN", "ETH", "SOM", "SDN", "ZAF", "BRA", "ARG", "MEX", "CAN", "COL", "VEN", "KOR", "PRK", "TWN", "VNM", "PHL", "IDN", "MYS", "THA", "MMR", "BGD", "LKA", "NPL", "KAZ", "UZB", "POL", "HUN", "ROU", "SRB", "GRC", "ITA", "ESP", "PRT", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "AUS", "NZL"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def build(db: Path, n: int) -> None:
    """Fill the events table with n synthetic mentions (skewed towards a few big dyads)."""
    with StoreWriter(db) as w:
        w.con.execute("SELECT setseed(0.42)")
        w.con.execute("CREATE TEMP TABLE c AS SELECT unnest(?::VARCHAR[]) AS iso, generate_subscripts(?::VARCHAR[], 1) AS i",
                      [COUNTRIES, COUNTRIES])
        w.con.execute(f"""
            INSERT INTO events (uid, article_id, event_id, type, actor_names, actor_countries, actor_terms,
                                recipient_names, recipient_countries, recipient_terms, event_date, granularity,
                                modality, quad_class, goldstein, plover_score, sentence, source, published)
            SELECT 'u' || r, 'a' || (r // 5), 'E' || (r % 5), t.type, [a.iso || ' government'], [a.iso],
                   [lower(a.iso), lower(a.iso) || ' government'], [b.iso || ' government'], [b.iso],
                   [lower(b.iso), lower(b.iso) || ' government'], d, 'day',
                   CASE WHEN r % 11 = 0 THEN ['future'] ELSE [] END, t.q, t.q * 2.5 - 6, t.q * 2.5 - 6,
                   'synthetic sentence ' || r, 'outlet' || (r % 40) || '.com', d
            FROM (SELECT range AS r, DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER) AS d,
                         CAST(1 + floor(least(random(), random()) * 60) AS INTEGER) AS ai,
                         CAST(1 + floor(least(random(), random()) * 60) AS INTEGER) AS bi,
                         CAST(1 + floor(random() * 16) AS INTEGER) AS ti FROM range({n})) g
            JOIN c a ON a.i = 1 + (g.ai - 1) % {len(COUNTRIES)} JOIN c b ON b.i = 1 + (g.bi - 1) % {len(COUNTRIES)}
            JOIN (SELECT unnest(?::VARCHAR[]) AS type, generate_subscripts(?::VARCHAR[], 1) AS i,
                         1 + (generate_subscripts(?::VARCHAR[], 1) - 1) // 4 AS q) t ON t.i = g.ti""",
                      [TYPES, TYPES, TYPES])


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time of fn over `repeat` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built synthetic store: {args.events} events in {time.perf_counter() - t0:.1f} s")
        con = queries.open_reader(db)
        flt = queries.EventFilter(actor="Russia", type="ASSAULT", since="2020-01-01", until="2022-12-31",
                                  modality="asserted", limit=100)
        took, (_, rows) = timed(lambda: queries.dyad(con, "United States", "China", "month"), args.repeat)
        print(f"dyad USA-CHN monthly series: {took * 1000:.0f} ms median of {args.repeat} ({len(rows)} months)")
        took, (_, rows) = timed(lambda: queries.events(con, flt), args.repeat)
        print(f"events --actor Russia --type ASSAULT --since 2020-01-01 --until 2022-12-31 --modality asserted: "
              f"{took * 1000:.0f} ms median of {args.repeat} ({len(rows)} rows, limit 100)")


if __name__ == "__main__":
    main()
