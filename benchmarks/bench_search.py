"""Relevance and latency, side by side: SQLite FTS5, PostgreSQL full-text search, and our search.

    /work/venv/bin/python benchmarks/bench_search.py [--pg URL | --pg ''] [--misses]

Every system gets the same judged queries (tests/relevance/judged.py: FACTS.md plus derived layout,
typo, phrase, filter and transliteration queries) over the same units (the demo library, drafts
left out as our search leaves them out). The SQL peers use none of our code (no analyzer, no
corrections); each is configured the way a team choosing it would, and filters are SQL:

  fts5-plain  SQLite FTS5 as shipped: unicode61 tokenizer, words AND-ed, "phrases" kept, ORDER BY rank.
  fts5        the same tokenizer (no stemming) with bm25() column weights (ours) and, when AND finds
              nothing, the OR of the words.
  pg          PostgreSQL, one tsvector per unit: 'russian' (Snowball Russian for Cyrillic words,
              Snowball English for ASCII words) || 'english' || 'simple' (unstemmed forms), over text with
              ё→е and letter-digit hyphens split (PG's parser reads "PX-200" as 'px', '-200'), plus the
              joined codes ("px200"); setweight A heading + codes / B title / C body + item metadata
              / D notes; GIN index; websearch_to_tsquery per config OR-ed, all words first then any
              word; ts_rank with our field weights. See PG_* below and docs/search.md for the sweep.
  pg+trgm     pg plus a pg_trgm spelling fallback: unknown query words → most similar library word.
  ours        SearchService.search(), exactly as the app calls it.

PostgreSQL runs in a private schema (pg_trgm created inside it if the database lacks it), dropped
afterwards. Prints MRR@10, recall@10, latency p50/p95 per system, MRR@10 per kind, and with
--misses every query a system does not answer first.
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
from enablement.services.demo import create_demo_library
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


def _where(filters: dict[str, str], param: str) -> tuple[str, Any]:
    """Filters as SQL. `param` is "?" (sqlite, positional list) or "%(f{})s" (psycopg, named dict)."""
    sql, args = [], []
    for key, value in filters.items():
        if key == "kind":
            sql.append("(kind = {0} OR unit = {0})")
            args.append(value.lower())
        elif key == "lang":
            sql.append("lang = {0}")
            args.append(value.lower())
        else:
            sql.append("meta LIKE {0}")
            args.append(f"%{value.lower()}%")
    if param == "?":
        clauses = [c.format("?") for c in sql]
        flat = [a for c, a in zip(sql, args, strict=True) for _ in range(c.count("{0}"))]
        return (" AND " + " AND ".join(clauses)) if clauses else "", flat
    clauses = [c.format(param.format(i)) for i, c in enumerate(sql)]
    named = {f"f{i}": a for i, a in enumerate(args)}
    return (" AND " + " AND ".join(clauses)) if clauses else "", named


def _row(u: dict[str, Any]) -> list[Any]:
    return [u["title"], u["heading"], u["body"], u["notes"], u["kind"], u["unit"], u["lang"], u["meta"]]


# title, heading, body, notes: our field weights. Item metadata is not indexed (only filtered on):
# indexing it as a fifth column at body weight measured MRR@10 0.867 instead of 0.878.
FTS5_WEIGHTS = "2.5, 3.0, 1.0, 0.5"


class Fts5:
    """SQLite FTS5 with unicode61 (no stemming); `plain`: bm25 unweighted, AND only, as shipped."""

    def __init__(self, units: list[dict[str, Any]], *, plain: bool = False) -> None:
        self.name = "fts5-plain" if plain else "fts5"
        self.plain = plain
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
        rank = "rank" if self.plain else f"bm25(u, {FTS5_WEIGHTS})"
        for joiner in (" AND ",) if self.plain else (" AND ", " OR "):
            sql = f"SELECT k1, k2, k3 FROM u WHERE u MATCH ?{where} ORDER BY {rank} LIMIT 10"
            rows = self.db.execute(sql, [joiner.join(terms), *args]).fetchall()
            if rows:
                return [(a, b, int(c)) for a, b, c in rows]
        return []

    def close(self) -> None:
        self.db.close()


# Run once in the benchmark's private schema: what a team on PostgreSQL would put in a migration.
# norm(): ё→е (the 'simple' vectors need it; Snowball Russian does it itself) and a letter-digit hyphen
# split, because PG's parser reads "PX-200" as 'px' plus the signed integer '-200'. codes(): each
# hyphenated code with a digit, joined ("PX-200R" → "px200r"), so "px200" typed together matches too.
PG_SETUP = r"""
CREATE FUNCTION norm(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT regexp_replace(translate(coalesce(t, ''), 'ёЁ', 'еЕ'), '([[:alpha:]])-([[:digit:]])', '\1 \2', 'g')
$$;
CREATE FUNCTION codes(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
  SELECT coalesce(string_agg(DISTINCT lower(replace(m[1], '-', '')), ' '), '')
  FROM regexp_matches(coalesce(t, ''), '(\m[[:alpha:]]+(-[[:alnum:]]+)+)', 'g') AS m
  WHERE m[1] ~ '[[:digit:]]'
$$;
"""
# pg_trgm spelling fallback (the recipe of PostgreSQL's pg_trgm docs, "Text Search Integration"): a
# table of the library's words; a query word of 4+ letters whose lexemes the index lacks is replaced
# by the most similar word (similarity >= pg_trgm's default 0.3).
PG_TRGM = r"""
CREATE TABLE words AS SELECT word, ndoc FROM ts_stat(
  'SELECT to_tsvector(''simple'', norm(concat_ws('' '', title, heading, body, notes, meta))) FROM u');
CREATE INDEX ON words USING gin (word gin_trgm_ops);
CREATE TABLE lexemes AS SELECT word FROM ts_stat('SELECT tsv FROM u');
CREATE UNIQUE INDEX ON lexemes (word);
"""
PG_FIX = """
SELECT w, (SELECT v.word FROM words v WHERE v.word %% lower(w)
           ORDER BY similarity(v.word, lower(w)) DESC, v.ndoc DESC LIMIT 1)
FROM unnest(%s::text[]) AS w
WHERE char_length(w) >= 4 AND EXISTS (
  SELECT 1 FROM unnest(tsvector_to_array(to_tsvector('russian', norm(w)))) AS l
  WHERE NOT EXISTS (SELECT 1 FROM lexemes x WHERE x.word = l))
"""
# The best of a sweep on the judged set (docs/search.md lists it): 'russian' stems Cyrillic words with
# Snowball Russian and ASCII words with Snowball English; 'english' and 'simple' add unstemmed forms.
PG_CONFIGS = ("russian", "english", "simple")
PG_WEIGHTS = "{0.17,0.33,0.83,1.0}"  # D notes, C body + metadata, B title, A heading + codes: ours
PG_NORMALIZATION = 0  # no length normalisation (1, 4, 1|32 and ts_rank_cd all measured lower)
PG_RANK = "ts_rank"
PG_META = "C"  # item metadata at B lets every slide of a deck outrank the row describing its product


class Postgres:
    """PostgreSQL full-text search configured as a team on PostgreSQL would, with none of our code."""

    def __init__(self, url: str, units: list[dict[str, Any]], *, trigram: bool = False) -> None:
        import psycopg

        self.name = "pg+trgm" if trigram else "pg"
        self.trigram = trigram
        self.conn = psycopg.connect(url, autocommit=True)
        self.schema = f"bench_search_{uuid.uuid4().hex[:8]}"
        cur = self.conn.cursor()
        cur.execute(f'CREATE SCHEMA "{self.schema}"')
        path = [f'"{self.schema}"']
        if trigram:
            row = cur.execute(
                "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
            ).fetchone()
            if row:
                path.append(row[0])  # already installed in this database: use it where it is
            else:
                cur.execute(f'CREATE EXTENSION pg_trgm SCHEMA "{self.schema}"')  # dropped with the schema
        cur.execute(f"SET search_path TO {', '.join(path)}")
        cur.execute(PG_SETUP)
        cur.execute(
            "CREATE TABLE u (source text, unit text, number int, title text, heading text, body text,"
            " notes text, kind text, lang text, meta text, tsv tsvector)"
        )
        with cur.copy(
            "COPY u (source, unit, number, title, heading, body, notes, kind, lang, meta) FROM STDIN"
        ) as cp:
            for u in units:
                cp.write_row([*u["key"], *[c for i, c in enumerate(_row(u)) if i != 5]])
        parts = [
            f"setweight(to_tsvector('{cfg}', norm({col})), '{w}')"
            for cfg in PG_CONFIGS
            for col, w in (("heading", "A"), ("title", "B"), ("meta", PG_META), ("body", "C"), ("notes", "D"))
        ]
        parts.append("setweight(to_tsvector('simple', codes(concat_ws(' ', heading, body, notes))), 'A')")
        cur.execute("UPDATE u SET tsv = " + " || ".join(parts))
        cur.execute("CREATE INDEX ON u USING gin (tsv)")
        cur.execute("ANALYZE u")
        if trigram:
            cur.execute(PG_TRGM)
        self.tsquery = " || ".join(f"websearch_to_tsquery('{cfg}', norm(%(q)s))" for cfg in PG_CONFIGS)

    def _respell(self, text: str) -> str:
        words = WORD.findall(re.sub(r'"[^"]*"', " ", text))
        for word, fix in self.conn.execute(PG_FIX, [words]).fetchall():
            if fix:
                text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", fix, text)
        return text

    def search(self, query: str, options: dict[str, Any]) -> list[tuple[str, str, int]]:
        text, filters = split_filters(query, options)
        if self.trigram:
            text = self._respell(text)
        where, args = _where(filters, "%(f{})s")
        words = [w for w in WORD.findall(re.sub(r'"[^"]*"', " ", text)) if w.lower() != "or"]
        for q in (text, " or ".join(words)):  # all words (and phrases) first, then any word
            if not q.strip():
                continue
            sql = (
                f"SELECT source, unit, number FROM u, (SELECT {self.tsquery} AS q) qq WHERE tsv @@ q{where}"
                f" ORDER BY {PG_RANK}('{PG_WEIGHTS}', tsv, q, {PG_NORMALIZATION}) DESC, source, unit, number"
                " LIMIT 10"
            )
            rows = self.conn.execute(sql, {"q": q, **args}).fetchall()
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
    rr_all, found_all, misses = [], [], []
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
        if rank != 1:
            misses.append(
                f"  {j.id:<14} rank {rank or '-':<3} {j.query!r} ({', '.join(j.kinds)}) top {top[:1]}"
            )
    times.sort()
    return {
        "mrr": sum(rr_all) / len(rr_all),
        "recall": sum(found_all) / len(found_all),
        "p50": statistics.median(times),
        "p95": times[int(len(times) * 0.95) - 1],
        "kinds": {k: sum(v) / len(v) for k, v in per_kind.items()},
        "counts": {k: len(v) for k, v in per_kind.items()},
        "misses": misses,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test", help="'' to skip PostgreSQL")
    ap.add_argument("--misses", action="store_true", help="list each system's queries not answered first")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-search-rel-"))
    services = build_services(Settings.resolve(str(root / "lib"), None, None), create_demo=False)
    create_demo_library(services.library_service, services.voting)
    services.library_service.sync()
    units = load_units(services)
    queries = judged.all_judged()
    systems: list[Any] = [Fts5(units, plain=True), Fts5(units)]
    for trigram in (False, True) if args.pg else ():
        try:
            systems.append(Postgres(args.pg, units, trigram=trigram))
        except Exception as exc:
            print(f"PostgreSQL{' with pg_trgm' if trigram else ''} skipped: {exc}", file=sys.stderr)
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
    print(f"{'':<18}" + "".join(f"{n:>11}" for n in names))
    for key, label, fmt in (("mrr", "MRR@10", "{:>11.3f}"), ("recall", "recall@10", "{:>11.3f}"),
                            ("p50", "p50 ms", "{:>11.1f}"), ("p95", "p95 ms", "{:>11.1f}")):  # fmt: skip
        print(f"{label:<18}" + "".join(fmt.format(results[n][key]) for n in names))
    print("\nMRR@10 per kind")
    kinds = sorted(results[names[-1]]["kinds"])
    for kind in kinds:
        count = results[names[-1]]["counts"][kind]
        print(
            f"{kind + f' ({count})':<18}"
            + "".join(f"{results[n]['kinds'].get(kind, 0):>11.3f}" for n in names)
        )
    if args.misses:
        for name in names:
            print(f"\n{name}: not first ({len(results[name]['misses'])})", *results[name]["misses"], sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
