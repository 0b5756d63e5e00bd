"""What `enablement bench import` measures with: a generated corpus and extraction alone.

Kept apart from the verb (`enablement.cli.bench`) so the measuring code needs no
command line and the CLI package stays the only place argparse verbs live.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def find_tools(given: Path | None) -> Path:
    """The folder holding make_corpus.py: `given`, else ../shared/tools beside the cwd or the checkout."""
    candidates = [given] if given else []
    here = Path(__file__).resolve()
    candidates += [Path.cwd().parent / "shared" / "tools", here.parents[2].parent / "shared" / "tools"]
    for c in candidates:
        if c and (c / "make_corpus.py").exists():
            return c
    raise SystemExit("make_corpus.py not found; pass --tools DIR (../shared/tools)")


def generate_corpus(args: argparse.Namespace, out: Path) -> float:
    """Write a corpus sized by the `bench import` options into `out`; returns the seconds it took."""
    tools = find_tools(args.tools)
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
