"""Relevance and latency, side by side: SQLite FTS5, PostgreSQL full-text search, and our search.

    /work/venv/bin/python benchmarks/bench_search.py [--pg postgresql://postgres@127.0.0.1:5432/test]

All three get the same judged queries (tests/relevance/judged.py: FACTS.md plus derived layout,
typo, phrase, filter and transliteration queries) over the same units (the demo library, drafts
left out as our search leaves them out):

  fts5   SQLite FTS5, unicode61 tokenizer (no stemming), bm25() with our field weights;
         words AND-ed, "phrases" kept, field filters applied as SQL; OR of the words when AND finds nothing.
  pg     PostgreSQL, one tsvector per unit: to_tsvector('russian', …) || to_tsvector('english', …) with
         weights A (title, heading) / C (body) / D (notes); query websearch_to_tsquery('russian', q) ||
         websearch_to_tsquery('english', q); ts_rank_cd; OR of the words when nothing matches.
         Runs in a private schema that is dropped afterwards.
  ours   SearchService.search(), exactly as the app calls it.

Prints MRR@10, recall@10 and latency p50/p95 per system, plus per-kind MRR.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.app import build_services
from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.ingest.demo import create_demo_library
from enablement.store import repository as repo
from tests.relevance import judged

FILTER = re.compile(r"\b(competitor|kind|lang|product|tag):(\"[^\"]+\"|\S+)", re.I)
WORD = re.compile(r"[^\W_]+")


def split_filters(query: str, options: dict[str, Any]) -> tuple[str, dict[str, str]]:
    filters = {k: str(v) for k, v in options.items()}
    for m in FILTER.finditer(query):
        filters[m.group(1).lower()] = m.group(2).strip('"')
    return FILTER.sub(" ", query).strip(), filters


def load_units(services: Any) -> list[dict[str, Any]]:
    rows = []
    with services.library.reading() as conn:
        for item, unit in repo.iter_index_records(conn):
            if item.status == ItemStatus.DRAFT:
                continue
            body = unit.text or "\n".join(f"{k}: {v}" for k, v in unit.fields.items())
            rows.append(
                {
                    "key": (item.source_name, str(unit.kind), unit.number),
                    "title": item.title,
                    "heading": unit.heading,
                    "body": body + "\n" + " ".join(unit.codes),
                    "notes": unit.notes,
                    "kind": str(item.kind),
                    "unit": str(unit.kind),
                    "lang": item.language,
                    "meta": " ".join([*item.competitors, *item.products, *item.tags]).lower(),
                }
            )
    return rows


def _where(filters: dict[str, str], param: str) -> tuple[str, list[str]]:
    sql, args = [], []
    for key, value in filters.items():
        if key == "kind":
            sql.append(f"(kind = {param} OR unit = {param})")
            args += [value.lower(), value.lower()]
        elif key == "lang":
            sql.append(f"lang = {param}")
            args.append(value.lower())
        else:
            sql.append(f"meta LIKE {param}")
            args.append(f"%{value.lower()}%")
    return (" AND " + " AND ".join(sql)) if sql else "", args


def _row(u: dict[str, Any]) -> list[Any]:
    return [u["title"], u["heading"], u["body"], u["notes"], u["kind"], u["unit"], u["lang"], u["meta"]]


class Fts5:
    name = "fts5"

    def __init__(self, units: list[dict[str, Any]]) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE u USING fts5(title, heading, body, notes, kind UNINDEXED, unit UNINDEXED,"
            " lang UNINDEXED, meta UNINDEXED, k1 UNINDEXED, k2 UNINDEXED, k3 UNINDEXED, tokenize='unicode61')"
        )
        self.db.executemany(
            "INSERT INTO u VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [_row(u) + list(u["key"]) for u in units],
        )

    def search(self, query: str, options: dict[str, Any]) -> list[tuple[str, str, int]]:
        text, filters = split_filters(query, options)
        phrases = re.findall(r'"([^"]+)"', text)
        words = WORD.findall(re.sub(r'"[^"]*"', " ", text))
        terms = [f'"{p}"' for p in phrases] + [f'"{w}"' for w in words if w != "OR"]
        if not terms:
            return []
        where, args = _where(filters, "?")
        for joiner in (" AND ", " OR "):
            sql = (
                "SELECT k1, k2, k3 FROM u WHERE u MATCH ?" + where
                + " ORDER BY bm25(u, 2.5, 3.0, 1.0, 0.5) LIMIT 10"
            )  # fmt: skip
            rows = self.db.execute(sql, [joiner.join(terms), *args]).fetchall()
            if rows:
                return [(a, b, int(c)) for a, b, c in rows]
        return []

    def close(self) -> None:
        self.db.close()


class Postgres:
    name = "pg"

    def __init__(self, url: str, units: list[dict[str, Any]]) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.schema = f"bench_search_{uuid.uuid4().hex[:8]}"
        cur = self.conn.cursor()
        cur.execute(f'CREATE SCHEMA "{self.schema}"')
        cur.execute(f'SET search_path TO "{self.schema}"')
        cur.execute(
            "CREATE TABLE u (source text, unit text, number int, title text, heading text, body text,"
            " notes text, kind text, lang text, meta text, tsv tsvector)"
        )
        with cur.copy(
            "COPY u (source, unit, number, title, heading, body, notes, kind, lang, meta) FROM STDIN"
        ) as cp:
            for u in units:
                cp.write_row([*u["key"], *[c for i, c in enumerate(_row(u)) if i != 5]])
        parts = []
        for cfg in ("russian", "english"):
            parts += [
                f"setweight(to_tsvector('{cfg}', coalesce(title,'') || ' ' || coalesce(heading,'')), 'A')",
                f"setweight(to_tsvector('{cfg}', coalesce(body,'')), 'C')",
                f"setweight(to_tsvector('{cfg}', coalesce(notes,'')), 'D')",
            ]
        cur.execute("UPDATE u SET tsv = " + " || ".join(parts))
        cur.execute("CREATE INDEX ON u USING gin (tsv)")
        cur.execute("ANALYZE u")

    def search(self, query: str, options: dict[str, Any]) -> list[tuple[str, str, int]]:
        text, filters = split_filters(query, options)
        where, args = _where(filters, "%s")
        words = WORD.findall(re.sub(r'"[^"]*"', " ", text))
        for q in (text, " or ".join(words)):
            if not q.strip():
                continue
            sql = (
                "SELECT source, unit, number FROM u, "
                "(SELECT websearch_to_tsquery('russian', %s) || websearch_to_tsquery('english', %s) AS q) qq "
                "WHERE tsv @@ q" + where + " ORDER BY ts_rank_cd(tsv, q) DESC LIMIT 10"
            )
            rows = self.conn.execute(sql, [q, q, *args]).fetchall()
            if rows:
                return [(a, b, int(c)) for a, b, c in rows]
        return []

    def close(self) -> None:
        self.conn.execute(f'DROP SCHEMA "{self.schema}" CASCADE')
        self.conn.close()


class Ours:
    name = "ours"

    def __init__(self, services: Any) -> None:
        self.search_service = services.search

    def search(self, query: str, options: dict[str, Any]) -> list[tuple[str, str, int]]:
        response = self.search_service.search(query, limit=10, log=False, **options)
        return [(h.source, h.unit, h.number) for h in response.hits]

    def close(self) -> None:
        pass


def run(system: Any, queries: list[judged.Judged]) -> dict[str, Any]:
    for j in queries[:10]:
        system.search(j.query, j.options)  # warm caches
    times, per_kind = [], defaultdict(list)
    rr_all, found_all = [], []
    for j in queries:
        t = time.perf_counter()
        top = system.search(j.query, j.options)[:10]
        times.append((time.perf_counter() - t) * 1000)
        relevant = {j.primary, *j.also}
        rank = next((i for i, u in enumerate(top, 1) if u in relevant), None)
        rr = 1.0 / rank if rank else 0.0
        rr_all.append(rr)
        found_all.append(j.primary in top)
        for kind in j.kinds:
            per_kind[kind].append(rr)
    times.sort()
    return {
        "mrr": sum(rr_all) / len(rr_all),
        "recall": sum(found_all) / len(found_all),
        "p50": statistics.median(times),
        "p95": times[int(len(times) * 0.95) - 1],
        "kinds": {k: sum(v) / len(v) for k, v in per_kind.items()},
        "counts": {k: len(v) for k, v in per_kind.items()},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test", help="'' to skip PostgreSQL")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-search-rel-"))
    services = build_services(Settings.resolve(str(root / "lib"), None, "bench"), create_demo=False)
    create_demo_library(services)
    services.search.sync()
    units = load_units(services)
    queries = judged.all_judged()
    systems: list[Any] = [Fts5(units)]
    if args.pg:
        try:
            systems.append(Postgres(args.pg, units))
        except Exception as exc:
            print(f"PostgreSQL skipped: {exc}", file=sys.stderr)
    systems.append(Ours(services))
    results = {}
    for system in systems:
        try:
            results[system.name] = run(system, queries)
        finally:
            system.close()
    services.close()
    print(f"{len(queries)} judged queries over {len(units)} units of the demo library\n")
    names = list(results)
    print(f"{'':<12}" + "".join(f"{n:>10}" for n in names))
    for key, label, fmt in (("mrr", "MRR@10", "{:>10.3f}"), ("recall", "recall@10", "{:>10.3f}"),
                            ("p50", "p50 ms", "{:>10.1f}"), ("p95", "p95 ms", "{:>10.1f}")):  # fmt: skip
        print(f"{label:<12}" + "".join(fmt.format(results[n][key]) for n in names))
    print("\nMRR@10 per kind")
    kinds = sorted(results[names[-1]]["kinds"])
    for kind in kinds:
        count = results[names[-1]]["counts"][kind]
        print(
            f"{kind + f' ({count})':<18}"
            + "".join(f"{results[n]['kinds'].get(kind, 0):>10.3f}" for n in names)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
