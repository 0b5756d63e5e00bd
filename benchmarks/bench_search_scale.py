"""Scale benchmark for search: index build, one-deck update and query latency on >= 100,000 units.

    python /work/shared/tools/make_corpus.py --units-jsonl /tmp/units.jsonl --units 80000 --rows 20000
    /work/venv/bin/python benchmarks/bench_search_scale.py --units-jsonl /tmp/units.jsonl [--keep DIR]

Loads the generated units into a real library database (items grouped by file, rows with their
SKU as an exact-match code), then measures through SearchService exactly as the app uses it:

  build      SearchService.rebuild() on all units (units/s)        target >= 1,500 units/s
  update     import of one new 30-slide deck + sync() (ms)         target <= 150 ms
  queries    1,000 mixed queries: terms, multi-word, phrase, prefix, fuzzy (typo), filtered, codes
             p50 / p95 / worst (ms)                                 target p95 <= 50 ms, worst <= 300 ms
  size       index folder size;  memory: peak RSS (ru_maxrss) of this process and of the
             build's worker processes, and the resident set after the queries (the corpus
             itself is let go before the build, but the lifetime peak still includes loading it)
  --pg URL   the same query mix through PostgreSQL full-text search over the same units
             (benchmarks/bench_search.py's Postgres: tsvector per unit, GIN, websearch_to_tsquery,
             ts_rank), in a private schema dropped afterwards: its p50 / p95 / worst and the ratio.
             Run it with --limit 100000 for the issue's 100,000-unit comparison.
  --search-only DIR   the query mix of an earlier `--keep DIR` run again, in a fresh process that
             only opens the index and searches: its peak RSS is the search's own memory.

Figures print as a table and, with --json, as one JSON object.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.domain import ExtractedDoc, ExtractedUnit, ItemKind, ItemStatus, UnitKind
from enablement.search.analysis import pieces
from enablement.search.service import SearchService
from enablement.store import Library
from enablement.store import repository as repo

COMPETITORS = ["Конкурент А", "Альфа-Софт", "Бета Системс", "Acme Corp", "Globex", "Initech", "Umbrella IT"]


def load_units(path: Path, limit: int | None) -> dict[str, list[dict[str, Any]]]:
    files: dict[str, list[dict[str, Any]]] = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            rec = json.loads(line)
            files.setdefault(rec["path"], []).append(rec)
    return files


def to_unit(rec: dict[str, Any], number: int) -> ExtractedUnit:
    if rec["kind"] == "row":
        sku = rec.get("sku", "")
        fields = {
            "Наименование": rec["title"],
            "Описание": rec["body"],
            "Артикул": sku,
            "Цена": str(rec["price"]),
        }
        text = "\n".join(f"{k}: {v}" for k, v in fields.items())
        return ExtractedUnit(
            UnitKind.ROW, number, heading=rec["title"], text=text, fields=fields, codes=[sku]
        )
    return ExtractedUnit(UnitKind.SLIDE, number, heading=rec["title"], text=rec["body"], notes=rec["notes"])


def store_file(
    library: Library,
    path: str,
    recs: list[dict[str, Any]],
    rnd: random.Random,
    meta: dict[str, str] | None = None,
) -> int:
    is_catalog = recs[0]["kind"] == "row"
    units = [to_unit(r, n) for n, r in enumerate(recs, 1)]
    kind = ItemKind.CATALOG if is_catalog else ItemKind.DECK
    name = Path(path).name
    status = ItemStatus.ARCHIVED if rnd.random() < 0.05 and not is_catalog else ItemStatus.PUBLISHED
    new = repo.NewVersion(
        path=path,
        name=name,
        size=1,
        mtime_ns=1,
        sha256=hashlib.sha256(path.encode()).hexdigest(),
        doc=ExtractedDoc(title=recs[0]["title"], kind=kind, units=units),
        language=recs[0]["lang"],
        kind=kind,
        status=status,
        competitors=[] if is_catalog else rnd.sample(COMPETITORS, rnd.randint(0, 2)),
        products=[],
        tags=[rnd.choice(["pricing", "security", "onboarding", "partners"])],
        owner="bench",
        review_by=None,
        title=recs[0]["title"] if not is_catalog else f"Catalog {name}",
    )
    if meta is not None:  # what the PostgreSQL peer filters on
        meta[path] = " ".join([*new.competitors, *new.tags]).lower()
    with library.transaction() as conn:
        return repo.store_version(conn, new, item_id=None, user="bench")


def pg_units(files: dict[str, list[dict[str, Any]]], meta: dict[str, str]) -> list[dict[str, Any]]:
    """The units as bench_search.Postgres loads them (title, heading, body, notes, kind, lang, meta)."""
    out = []
    for path, recs in files.items():
        is_catalog = recs[0]["kind"] == "row"
        title = recs[0]["title"] if not is_catalog else f"Catalog {Path(path).name}"
        for n, rec in enumerate(recs, 1):
            unit = to_unit(rec, n)
            out.append(
                {
                    "key": (Path(path).name, str(unit.kind), n),
                    "title": title,
                    "heading": unit.heading,
                    "body": unit.text + "\n" + " ".join(unit.codes),
                    "notes": unit.notes,
                    "kind": "catalog" if is_catalog else "deck",
                    "unit": str(unit.kind),
                    "lang": rec["lang"],
                    "meta": meta.get(path, ""),
                }
            )
    return out


def rss_mb() -> int:
    """This process's resident set now (Linux /proc), in MB; 0 where unavailable."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 1e6)


def percentiles(ms: list[float]) -> tuple[float, float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[max(0, int(len(ms) * 0.95) - 1)], ms[-1]


def make_queries(
    files: dict[str, list[dict[str, Any]]], n: int, seed: int = 7
) -> list[tuple[str, dict[str, Any]]]:
    """Mixed queries drawn from the corpus' own words, so that most of them find something."""
    rnd = random.Random(seed)
    recs = [r for group in files.values() for r in group]
    rows = [r for r in recs if r["kind"] == "row"]
    out: list[tuple[str, dict[str, Any]]] = []

    def words(rec: dict[str, Any]) -> list[str]:
        text = f"{rec['title']} {rec['body']}"
        return [p.text for p in pieces(text) if not p.joined and p.text.isalpha() and len(p.text) > 3]

    kinds = ["term", "multi", "phrase", "prefix", "fuzzy", "filtered", "code", "layout"]
    while len(out) < n:
        rec = rnd.choice(recs)
        ws = words(rec)
        if len(ws) < 3:
            continue
        kind = kinds[len(out) % len(kinds)]
        opts: dict[str, Any] = {}
        if kind == "term" or kind == "code":
            q = rnd.choice(ws)
        elif kind == "multi":
            q = " ".join(rnd.sample(ws, min(len(ws), rnd.randint(2, 4))))
        elif kind == "phrase":
            body = [p.text for p in pieces(rec["body"]) if not p.joined]
            i = rnd.randrange(max(1, len(body) - 2))
            q = '"' + " ".join(body[i : i + 2]) + '"'
        elif kind == "prefix":
            q = rnd.choice(ws)[:4] + "*"
        elif kind == "fuzzy":
            w = rnd.choice([w for w in ws if len(w) > 5] or ws)
            i = rnd.randrange(1, len(w))
            q = w[:i] + w[i + 1 :]  # a deleted letter: corrected as a typo
        elif kind == "filtered":
            q = rnd.choice(ws)
            opts = rnd.choice(
                [{"kind": "deck"}, {"lang": rec["lang"]}, {"competitor": rnd.choice(COMPETITORS)}]
            )
        elif kind == "code" and rows:
            q = rnd.choice(rows)["sku"].replace("SKU-", "sku ")
        else:
            from enablement.search.corrections import from_layout

            q = from_layout(rnd.choice(ws))
        out.append((q, opts))
    return out


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_pg(
    url: str, units: list[dict[str, Any]], queries: list[tuple[str, dict[str, Any]]], ours: dict[str, Any]
) -> dict[str, Any]:
    """The same query mix through PostgreSQL full-text search over the same units (ids only)."""
    from benchmarks.bench_search import Postgres

    t0 = time.perf_counter()
    pg = Postgres(url, units)
    build_s = time.perf_counter() - t0
    try:
        for q, opts in queries[:50]:
            pg.search(q, opts)
        ms = []
        for q, opts in queries:
            t = time.perf_counter()
            pg.search(q, opts)
            ms.append((time.perf_counter() - t) * 1000)
    finally:
        pg.close()
    p50, p95, worst = percentiles(ms)
    return {
        "pg_units": len(units),
        "pg_build_s": round(build_s, 1),
        "pg_query_p50_ms": round(p50, 1),
        "pg_query_p95_ms": round(p95, 1),
        "pg_query_worst_ms": round(worst, 1),
        "ours_to_pg_p50": round(ours["query_p50_ms"] / max(p50, 0.01), 2),
        "ours_to_pg_p95": round(ours["query_p95_ms"] / max(p95, 0.01), 2),
    }


def search_only(root: Path, as_json: bool) -> int:
    """The query mix of a kept library, in a process that only opens the index and searches."""
    queries = [(q, o) for q, o in json.loads((root / "bench-queries.json").read_text(encoding="utf-8"))]
    rss_start = rss_mb()
    library = Library(root)
    service = SearchService(library, user="bench")
    for q, opts in queries[:50]:
        service.search(q, log=False, **opts)
    timings: list[tuple[float, str, int]] = []
    for q, opts in queries:
        t = time.perf_counter()
        r = service.search(q, log=False, **opts)
        timings.append(((time.perf_counter() - t) * 1000, q + (f" {opts}" if opts else ""), r.total))
    p50, p95, _ = percentiles([t for t, _, _ in timings])
    worst = max(timings)
    units = service.store.searcher().reader().doc_count()
    service.close()
    library.close()
    figures = {
        "units": units,
        "queries": len(timings),
        "query_p50_ms": round(p50, 1),
        "query_p95_ms": round(p95, 1),
        "query_worst_ms": round(worst[0], 1),
        "worst_query": worst[1],
        "index_mb": round(dir_size(root / "index") / 1e6, 1),
        "rss_at_start_mb": rss_start,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_after_queries_mb": rss_mb(),
        "load_avg_1m": round(os.getloadavg()[0], 1),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:>20}: {value}")
        print("slowest:")
        for t, q, total in sorted(timings, reverse=True)[:8]:
            print(f"  {t:7.1f} ms  {total:6d} hits  {q}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units-jsonl", type=Path)
    ap.add_argument(
        "--search-only",
        type=Path,
        metavar="DIR",
        help="only run the query mix of an earlier --keep DIR run, in this fresh process (its memory "
        "is then the search's own, without the corpus the build run holds)",
    )
    ap.add_argument("--limit", type=int, default=None, help="use only the first N units")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument(
        "--procs", type=int, default=None, help="indexing processes for the build (default: CPUs)"
    )
    ap.add_argument("--keep", type=Path, help="keep the library in this folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pg", metavar="URL", help="also run the query mix through PostgreSQL full-text search")
    args = ap.parse_args()
    if args.search_only:
        return search_only(args.search_only, args.json)
    if args.units_jsonl is None:
        ap.error("--units-jsonl is required (or --search-only DIR)")

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    if root.exists():
        shutil.rmtree(root)
    rnd = random.Random(1)
    files = load_units(args.units_jsonl, args.limit)
    library = Library(root)
    meta: dict[str, str] = {}
    t0 = time.perf_counter()
    for path, recs in files.items():
        store_file(library, path, recs, rnd, meta)
    load_s = time.perf_counter() - t0
    print(f"loaded {len(files)} files into the database in {load_s:.1f}s", file=sys.stderr)
    queries = make_queries(files, args.queries)
    if args.keep:  # for a later --search-only run
        (root / "bench-queries.json").write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    peer_units = pg_units(files, meta) if args.pg else []
    n_files = len(files)
    del files  # the corpus is not the search's memory
    gc.collect()
    service = SearchService(library, user="bench")

    t0 = time.perf_counter()
    units = service.rebuild(procs=args.procs)
    build_s = time.perf_counter() - t0
    print(f"built {units} units in {build_s:.1f}s", file=sys.stderr)

    update_ms: list[float] = []
    store_ms: list[float] = []
    for n in range(6):  # the first one pays this process's cold start (stemmer, writer code)
        deck = [
            {"kind": "slide", "title": f"Новый слайд {i} про скидки", "notes": "", "lang": "ru",
             "body": "Скидка для партнёров и конкурентов"}
            for i in range(30)
        ]  # fmt: skip
        t0 = time.perf_counter()
        store_file(library, f"decks/new_deck_{n}.pptx", deck, rnd)
        store_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        service.sync()
        update_ms.append((time.perf_counter() - t0) * 1000)

    for q, opts in queries[:50]:  # warm the OS cache and the stemmer cache the way a session does
        service.search(q, log=False, **opts)
    timings: list[tuple[float, str, int]] = []
    for q, opts in queries:
        t = time.perf_counter()
        r = service.search(q, log=False, **opts)
        timings.append(((time.perf_counter() - t) * 1000, q + (f" {opts}" if opts else ""), r.total))
    p50, p95, _ = percentiles([t for t, _, _ in timings])
    worst = max(timings)
    found = sum(1 for _, _, total in timings if total)
    figures = {
        "units": units,
        "items": n_files,
        "db_load_s": round(load_s, 1),
        "build_s": round(build_s, 1),
        "build_units_per_s": round(units / build_s),
        "deck_update_ms_first": round(update_ms[0], 1),
        "deck_update_ms_next_median": round(statistics.median(update_ms[1:]), 1),
        "deck_update_ms_next_max": round(max(update_ms[1:]), 1),
        "deck_db_store_ms": round(max(store_ms), 1),
        "queries": len(timings),
        "queries_with_hits": found,
        "query_p50_ms": round(p50, 1),
        "query_p95_ms": round(p95, 1),
        "query_worst_ms": round(worst[0], 1),
        "worst_query": worst[1],
        "index_mb": round(dir_size(library.index_dir) / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "build_workers_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "rss_after_queries_mb": rss_mb(),
        "load_avg_1m": round(os.getloadavg()[0], 1),
        "cpus": os.cpu_count(),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    slow = sorted(timings, reverse=True)[:8]
    service.close()
    if args.pg:
        figures.update(run_pg(args.pg, peer_units, queries, figures))
    library.close()
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:>20}: {value}")
        print("slowest:")
        for t, q, total in slow:
            print(f"  {t:7.1f} ms  {total:6d} hits  {q}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
