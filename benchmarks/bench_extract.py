"""Slide extraction speed: our zipfile+lxml extractor vs python-pptx's object model.

Generates decks with /work/shared/tools/make_corpus.py (or uses --decks-dir),
then extracts every slide (text, title, notes) both ways in one process and
prints slides/s. The import target is 1,500 slides/s on two cores, i.e. about
750 slides/s per process.

    python benchmarks/bench_extract.py --decks 40
    python benchmarks/bench_extract.py --decks-dir /tmp/decks --rounds 3 --processes 2
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from enablement.ingest.registry import extract_file

MAKE_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "tools" / "make_corpus.py"


def generate(out: Path, decks: int, seed: int) -> list[Path]:
    cmd = [sys.executable, str(MAKE_CORPUS), "--out", str(out), "--decks", str(decks), "--seed", str(seed)]
    cmd += ["--docx", "0", "--md", "0", "--xlsx", "0", "--csv", "0", "--pdf", "0"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return sorted(out.rglob("*.pptx"))


def with_lxml(paths: list[Path]) -> int:
    slides = 0
    for path in paths:
        slides += len(extract_file(path).units)
    return slides


def with_python_pptx(paths: list[Path]) -> int:
    """The obvious python-pptx walk: shapes (groups recursed), tables, notes."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def shape_texts(shapes: object) -> list[str]:
        out: list[str] = []
        for shape in shapes:  # type: ignore[attr-defined]
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                out.extend(shape_texts(shape.shapes))
            elif shape.has_text_frame:
                out.append(shape.text_frame.text)
            elif getattr(shape, "has_table", False) and shape.has_table:
                out.extend(cell.text for row in shape.table.rows for cell in row.cells)
        return out

    slides = 0
    for path in paths:
        prs = Presentation(str(path))
        for slide in prs.slides:
            title = slide.shapes.title.text if slide.shapes.title is not None else ""
            texts = shape_texts(slide.shapes)
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            del title, texts, notes
            slides += 1
    return slides


def _count_slides(path: Path) -> int:
    return len(extract_file(path).units)


def with_lxml_pool(paths: list[Path], processes: int) -> int:
    """The import pipeline's shape: one worker process per core, a file per task."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes) as pool:
        return sum(pool.map(_count_slides, paths, chunksize=1))


def measure(name: str, func, paths: list[Path], rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    slides = 0
    for _ in range(rounds):
        start = time.perf_counter()
        slides = func(paths)
        best = min(best, time.perf_counter() - start)
    rate = slides / best
    print(f"{name:<14} {slides:>6} slides in {best:6.3f} s  ->  {rate:8.0f} slides/s (best of {rounds})")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--decks", type=int, default=40)
    parser.add_argument("--decks-dir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", type=int, default=2, help="also measure a process pool (0 to skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.decks_dir:
            paths = sorted(args.decks_dir.rglob("*.pptx"))
        else:
            paths = generate(Path(tmp), args.decks, args.seed)
        size = sum(p.stat().st_size for p in paths) / 1048576
        print(f"{len(paths)} decks, {size:.1f} MB")
        ours = measure("zipfile+lxml", with_lxml, paths, args.rounds)
        theirs = measure("python-pptx", with_python_pptx, paths, args.rounds)
        print(f"speed-up: {ours / theirs:.1f}x")
        if args.processes > 1:
            label = f"lxml x{args.processes} proc"
            measure(label, lambda p: with_lxml_pool(p, args.processes), paths, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
