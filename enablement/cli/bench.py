"""`enablement bench import|team`: import throughput and memory (alone or against Recoll); team server.

`bench import --vs-recoll FOLDER` is described in `enablement.bench.recoll`. `bench team` is
described in `enablement.bench.team` (propagation of a change to every desktop, votes/s under
row-level security, no vote lost).

The corpus comes from `../shared/tools/make_corpus.py` (or any folder you pass),
so the figures in the README can be rerun by anyone with the same command. The
measuring helpers are `enablement.bench.corpus`; the library is opened through
the composition root like every other verb's, in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enablement.bench.corpus import generate_corpus, measure_extraction

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help="benchmarks (not for CI)")
    bench = p.add_subparsers(dest="bench", metavar="BENCH", required=True)
    b = bench.add_parser("import", help="import a generated corpus; report files/s, units/s, peak memory")
    b.add_argument("folder", type=Path, nargs="?", help="folder to import (same as --corpus)")
    b.add_argument("--corpus", type=Path, help="folder to import (default: generate one)")
    b.add_argument(
        "--vs-recoll",
        action="store_true",
        help="run our first import and Recoll's recollindex -z on the same folder, alternately, "
        "and print both times (medians), the ratio, units/s, re-import time and peak memory",
    )
    b.add_argument("--rounds", type=int, default=3, help="rounds of --vs-recoll (median reported)")
    b.add_argument("--tools", type=Path, default=None, help="folder holding make_corpus.py (../shared/tools)")
    b.add_argument("--decks", type=int, default=60)
    b.add_argument("--docx", type=int, default=20)
    b.add_argument("--md", type=int, default=20)
    b.add_argument("--xlsx", type=int, default=2)
    b.add_argument("--xlsx-rows", type=int, default=3000)
    b.add_argument("--pdf", type=int, default=5)
    b.add_argument("--pdf-pages", type=int, default=20)
    b.add_argument("--workers", type=int, default=None)
    b.add_argument("--keep", action="store_true", help="keep the temporary library")
    b.add_argument("--json", action="store_true")
    b.set_defaults(handler=cmd_bench_import)

    t = bench.add_parser(
        "team",
        help="N desktop processes on a team server: change propagation p50/p95/max and votes/s",
    )
    t.add_argument(
        "--db",
        dest="server",
        metavar="URL",
        default=None,
        help="a superuser URL of the PostgreSQL server; the bench creates (and drops) its own "
        "database there (default postgresql://postgres@127.0.0.1:5432/postgres)",
    )
    t.add_argument("--desktops", type=int, default=50, help="simulated desktops, one process each")
    t.add_argument("--files", type=int, default=20, help="files the marketer imports, one at a time")
    t.add_argument("--ballots", type=int, default=5, help="ballots every seller votes on")
    t.add_argument("--timeout", type=float, default=30.0, help="seconds a file may take to reach all")
    t.add_argument("--keep", type=Path, default=None, metavar="DIR", help="put the desktops' folders here")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=cmd_bench_team)


def cmd_bench_import(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.store import repository as repo

    if args.vs_recoll:
        return _bench_vs_recoll(args)
    work = Path(tempfile.mkdtemp(prefix="enablement-bench-"))
    try:
        corpus = args.corpus or args.folder
        if corpus is None:
            corpus = work / "corpus"
            print(f"generating corpus in {corpus} …", file=sys.stderr)
            generate_corpus(args, corpus)
        files = [p for p in corpus.rglob("*") if p.is_file()]
        decks = measure_extraction([f for f in files if f.suffix == ".pptx"], args.workers)
        everything = measure_extraction(files, args.workers)
        extract = {
            "extract_decks_seconds": decks["seconds"],
            "extract_slides_per_s": decks["slides_per_s"],
            "extract_all_seconds": everything["seconds"],
            "extract_units_per_s": everything["units_per_s"],
        }
        settings = Settings(library_dir=work / "lib", db_url=None, user="bench", is_default_library=False)
        with build_services(settings, create_demo=False) as services:
            started = time.monotonic()
            first = services.library_service.import_paths([corpus], workers=args.workers)
            first_s = time.monotonic() - started
            started = time.monotonic()
            second = services.library_service.import_paths([corpus], workers=args.workers)
            second_s = time.monotonic() - started
            with services.library.reading() as conn:
                slides = sum(1 for _item, unit in repo.iter_index_records(conn) if unit.kind.value == "slide")
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        result: dict[str, Any] = {
            **extract,
            "files": len(files),
            "imported": first.imported,
            "rejected": len(first.rejected),
            "units": first.units,
            "slides": slides,
            "import_seconds": round(first_s, 2),
            "files_per_s": round(len(files) / first_s, 1),
            "units_per_s": round(first.units / first_s, 1),
            "slides_per_s": round(slides / first_s, 1),
            "reimport_seconds": round(second_s, 3),
            "reimport_unchanged": second.unchanged,
            "reimport_share": round(second_s / first_s, 3),
            "peak_rss_main_mb": round(me, 1),
            "peak_rss_worker_mb": round(kids, 1),
        }
        if args.json:
            print(json.dumps(result))
        else:
            for key, value in result.items():
                print(f"{key:>20}: {value}")
        return 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _bench_vs_recoll(args: argparse.Namespace) -> int:
    from enablement.bench.recoll import RecollMissing, compare, format_comparison

    folder = args.corpus or args.folder
    if folder is None or not folder.is_dir():
        print("bench import --vs-recoll: give the folder to import (FOLDER or --corpus)", file=sys.stderr)
        return 2
    try:
        result = compare(folder, rounds=max(1, args.rounds), workers=args.workers)
    except (RecollMissing, RuntimeError) as exc:
        print(f"bench import --vs-recoll: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result) if args.json else format_comparison(result))
    return 0


def cmd_bench_team(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.bench.team import (
        DEFAULT_SERVER,
        BenchError,
        TeamBenchConfig,
        format_report,
        run_team_bench,
    )

    config = TeamBenchConfig(
        server_url=args.server or DEFAULT_SERVER,
        desktops=args.desktops,
        files=args.files,
        ballots=args.ballots,
        timeout_s=args.timeout,
        work_dir=args.keep,
    )
    try:
        result = run_team_bench(config)
    except BenchError as exc:
        print(f"bench team: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result) if args.json else format_report(result))
    return 0 if result["votes_lost"] == 0 and result["missed"] == 0 else 1
