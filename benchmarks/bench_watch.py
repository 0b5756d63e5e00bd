"""Benchmark: a burst of small files dropped into a watched folder, until every one is findable.

    python benchmarks/bench_watch.py [--files 500] [--runs 3] [--quiet 1.0]

Builds the services as the app does (a fresh library in a temporary folder), watches an empty
folder with the shipped `FolderWatchService` (real watchdog events, the shipped quiet spell
unless --quiet says otherwise), then writes FILES small files as fast as it can (half Markdown
battle cards, half one-row CSV price lists, in five subfolders) and times:

- write: from the first file opened to the last one closed;
- land: from the last file closed until all FILES items are committed and the index synced
  (the watch idle, a search finds the last file's word);
- total: first write to landed. The quiet spell (default 1 s) is part of it by design;
- for reference, a plain import of the same folder into another fresh library.

Each run uses a new library and folder. Never run in CI.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from enablement.app import build_services
from enablement.config import Settings
from enablement.services.watch import FolderWatchService, WatchBatch, WatchReport
from enablement.store.schema import items

CARD = (
    "---\ntitle: Rival {i:04d}\ncompetitor: Rival {i:04d}\n---\n"
    "# Weaknesses\nSlow rollout, burstword{i:04d}.\n"
)
ROW = "SKU;Name;Price\nBX-{i:04d};Burst item burstword{i:04d};{i}0\n"


def one_run(files: int, quiet: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
        root = Path(tmp)
        folder = root / "Sales"
        folder.mkdir()
        settings = Settings(library_dir=root / "lib", db_url=None, user="bench", is_default_library=False)
        with build_services(settings, create_demo=False) as services:
            watch = FolderWatchService(
                services.library, library_service=services.library_service, quiet_s=quiet
            )
            watch.add(folder)
            reports: list[WatchReport] = []
            failures: list[BaseException] = []

            def apply(batch: WatchBatch) -> None:
                try:
                    reports.append(watch.apply(batch))
                except BaseException as exc:
                    failures.append(exc)
                    raise

            watch.start(apply, recheck=False)
            try:
                started = time.perf_counter()
                for i in range(files):
                    sub = folder / f"batch{i % 5}"
                    sub.mkdir(exist_ok=True)
                    if i % 2:
                        (sub / f"price{i:04d}.csv").write_text(ROW.format(i=i), encoding="utf-8")
                    else:
                        (sub / f"card{i:04d}.md").write_text(CARD.format(i=i), encoding="utf-8")
                written = time.perf_counter()
                last_word = f"burstword{files - 1:04d}"
                deadline = written + 600
                while True:
                    if failures:
                        raise failures[0]
                    with services.library.reading() as conn:
                        count = conn.execute(sa.select(sa.func.count()).select_from(items)).scalar_one()
                    if count == files and watch.idle():
                        hits = services.search.search(last_word, log=False, correct=False).hits
                        if hits:
                            break
                    if time.perf_counter() > deadline:
                        raise SystemExit(f"only {count} of {files} items after 600 s")
                    time.sleep(0.02)
                landed = time.perf_counter()
            finally:
                watch.stop()
            applied = sum(r.seconds for r in reports)
        # The same files imported as `enablement import FOLDER` would, into a fresh library.
        settings = Settings(library_dir=root / "lib2", db_url=None, user="bench", is_default_library=False)
        with build_services(settings, create_demo=False) as services:
            plain = services.library_service.import_paths([folder]).seconds
        return {
            "write": written - started,
            "land": landed - written,
            "total": landed - started,
            "batches": float(len(reports)),
            "apply": applied,
            "imported": float(sum(r.imported for r in reports)),
            "plain": plain,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quiet", type=float, default=1.0, help="quiet spell in seconds (shipped: 1.0)")
    args = parser.parse_args()
    print(f"{args.files} files per burst, quiet spell {args.quiet:.1f} s, {threading.active_count()} threads")
    for run in range(1, args.runs + 1):
        r = one_run(args.files, args.quiet)
        print(
            f"run {run}: write {r['write']:.2f} s, landed {r['land']:.2f} s after the last write "
            f"(total {r['total']:.2f} s); {r['imported']:.0f} imported in {r['batches']:.0f} batch(es), "
            f"applying took {r['apply']:.2f} s; a plain import of the same files {r['plain']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
