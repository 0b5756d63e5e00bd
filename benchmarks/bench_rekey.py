"""Migration 0018 on a big search log: how long re-keying and rebuilding the summaries take.

Builds a library at revision 0017 with N search-log lines (5,000 distinct queries, many with
hyphenated names and codes, 300 people over ~8 weeks), every line carrying a key 0018 must change
(the worst case), then times `upgrade_schema(engine, "0018")`. The lines are made in SQL from the
query list (the log's insert triggers are off while filling: the summaries start empty, as the
migration rebuilds them anyway).

    python benchmarks/bench_rekey.py --lines 1000000
    python benchmarks/bench_rekey.py --lines 1000000 --db postgresql://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from enablement.store.library import make_engine, normalise_db_url, upgrade_schema

WORDS = [
    "роутер",
    "цена",
    "Wi-Fi",
    "wifi",
    "альфа",
    "софт",
    "Альфа-Софт",
    "mesh",
    "vpn",
    "SLA",
    "K-300R",
    "тендер",
]
QUERIES = 5000
_SQLITE_TRIGGERS = (
    "search_days_logged",
    "search_weeks_logged",
    "search_query_days_logged",
    "item_found_days_logged",
)


def fill(engine: sa.Engine, lines: int) -> None:
    rnd = random.Random(1)
    queries = [
        " ".join(rnd.sample(WORDS, rnd.randint(1, 3))) + (f" {i}" if i % 3 == 0 else "")
        for i in range(QUERIES)
    ]
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        if postgres:
            conn.exec_driver_sql("ALTER TABLE search_log DISABLE TRIGGER USER")
        else:
            for name in _SQLITE_TRIGGERS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_queries (i INTEGER PRIMARY KEY, query TEXT)")
        conn.execute(
            sa.text("INSERT INTO bench_queries VALUES (:i, :q)"),
            [{"i": i, "q": q} for i, q in enumerate(queries)],
        )
        if postgres:
            series = f"generate_series(0, {lines - 1}) AS g(n)"
            at = "now() - g.n * interval '4 seconds'"
        else:
            series = (
                f"(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < {lines - 1}) "
                "SELECT n FROM s) g"
            )
            at = "datetime('now', '-' || (g.n * 4) || ' seconds')"
        conn.execute(
            sa.text(
                f"""INSERT INTO search_log (at, "user", query, filters, hits, took_ms, query_key)
                SELECT {at}, 'u' || (g.n % 300), q.query, '{{}}', g.n % 4, 1.0, 'old ' || lower(q.query)
                FROM {series} JOIN bench_queries q ON q.i = ((g.n % {QUERIES}) * 7919) % {QUERIES}"""
            )
        )
        if postgres:
            conn.exec_driver_sql("ALTER TABLE search_log ENABLE TRIGGER USER")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument(
        "--db", help="a PostgreSQL URL (a private schema is made and dropped); default SQLite"
    )
    args = parser.parse_args()
    schema = None
    if args.db:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(normalise_db_url(args.db))
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = f"{args.db}{'&' if '?' in args.db else '?'}options=-csearch_path%3D{schema}"
    else:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    try:
        engine = make_engine(url)
        upgrade_schema(engine, "0017")
        started = time.perf_counter()
        fill(engine, args.lines)
        print(f"filled {args.lines:,} lines in {time.perf_counter() - started:.1f} s", flush=True)
        started = time.perf_counter()
        upgrade_schema(engine, "0018")
        took = time.perf_counter() - started
        print(f"{engine.dialect.name}: migration 0018 on {args.lines:,} lines: {took:.1f} s")
        engine.dispose()
    finally:
        if schema is not None:
            with admin.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


if __name__ == "__main__":
    main()
