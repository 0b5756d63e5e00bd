"""`enablement bench import`: import a generated library and report throughput and memory.

The corpus comes from `../shared/tools/make_corpus.py` (or any folder you pass),
so the figures in the README can be rerun by anyone with the same command.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from enablement.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bench", help="benchmarks (not for CI)")
    bench = p.add_subparsers(dest="bench", metavar="BENCH", required=True)
    b = bench.add_parser("import", help="import a generated corpus; report files/s, units/s, peak memory")
    b.add_argument("--corpus", type=Path, help="folder to import (default: generate one)")
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


def _find_tools(given: Path | None) -> Path:
    candidates = [given] if given else []
    here = Path(__file__).resolve()
    candidates += [Path.cwd().parent / "shared" / "tools", here.parents[2].parent / "shared" / "tools"]
    for c in candidates:
        if c and (c / "make_corpus.py").exists():
            return c
    raise SystemExit("make_corpus.py not found; pass --tools DIR (../shared/tools)")


def generate_corpus(args: argparse.Namespace, out: Path) -> float:
    tools = _find_tools(args.tools)
    cmd = [
        sys.executable,
        str(tools / "make_corpus.py"),
        "--out", str(out),
        "--decks", str(args.decks),
        "--docx", str(args.docx),
        "--md", str(args.md),
        "--xlsx", str(args.xlsx),
        "--xlsx-rows", str(args.xlsx_rows),
        "--csv", "1",
        "--pdf", str(args.pdf),
        "--pdf-pages", str(args.pdf_pages),
    ]  # fmt: skip
    started = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


def measure_extraction(files: list[Path], workers: int | None) -> dict[str, Any]:
    """Extraction alone, on all cores: the ceiling the import pipeline can reach."""
    from enablement.ingest.workers import ExtractionPool

    with ExtractionPool(workers) as pool:
        list(pool.run(files[: pool.size]))  # start the workers outside the timing
        started = time.monotonic()
        outcomes = list(pool.run(files))
        seconds = time.monotonic() - started
    docs = [o.doc for o in outcomes if o.doc is not None]
    slides = sum(1 for d in docs for u in d.units if u.kind.value == "slide")
    units = sum(len(d.units) for d in docs)
    return {
        "seconds": round(seconds, 2),
        "units_per_s": round(units / seconds, 1),
        "slides_per_s": round(slides / seconds, 1),
    }


def cmd_bench_import(args: argparse.Namespace, ctx: Context) -> int:
    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.store import repository as repo

    work = Path(tempfile.mkdtemp(prefix="enablement-bench-"))
    try:
        corpus = args.corpus
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
            first = services.importer.import_paths([corpus], workers=args.workers)
            first_s = time.monotonic() - started
            started = time.monotonic()
            second = services.importer.import_paths([corpus], workers=args.workers)
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
