"""UI latency while typing: the longest time the UI thread is busy, on a 100,000-unit library.

    python /work/shared/tools/make_corpus.py --units-jsonl /tmp/units.jsonl --units 80000 --rows 20000
    /work/venv/bin/python benchmarks/bench_ui_latency.py \
        --units-jsonl /tmp/units.jsonl --keep /tmp/bench-ui-lib

The library is loaded the way benchmarks/bench_search_scale.py loads it (units
stored per file through enablement.store.repository, then SearchService.rebuild);
with --keep an existing library in that folder is reused. Then the real main
window opens on it and queries are typed character by character (one key event
per character, `--cps` characters per second), each followed by a pause in
which the answer lands, the first hit is previewed and thumbnails render.

A probe QTimer fires every 5 ms on the UI thread; whenever a tick is late, the
UI thread was busy (painting, laying out, or waiting for the GIL). Reported: the
longest busy stretch (target < 50 ms), the 99th percentile, ticks and answers.
One unmeasured warm-up query runs first (first-use costs: opening index readers,
font and glyph caches), as after a few seconds of use in the app.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

QUERIES = [
    "конкурент",
    "скидки для партнёров",
    "competitor pricing",
    "серверы для филиалов",
    "Globex",
    "rjyrehtyn",  # a layout typo: the correction path
    "support savings",
    "Pro700",
    "объекты КИИ сертификат",
    "delivery budget",
]


def build_library(root: Path, units_jsonl: Path, limit: int | None) -> None:
    from bench_search_scale import load_units, store_file

    from enablement.search.service import SearchService
    from enablement.store import Library

    rnd = random.Random(1)
    files = load_units(units_jsonl, limit)
    library = Library(root)
    t0 = time.perf_counter()
    for path, recs in files.items():
        store_file(library, path, recs, rnd)
    print(f"loaded {len(files)} files in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    service = SearchService(library, user="bench")
    t0 = time.perf_counter()
    units = service.rebuild(procs=max(1, (os.cpu_count() or 2)))
    print(f"indexed {units} units in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    service.close()
    library.close()


class Probe:
    """A 5 ms timer on the UI thread; lateness of each tick is time the UI thread was busy."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval = interval_ms
        self.busy: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0

    def start(self) -> None:
        self.busy.clear()
        self.clock.start()
        self.last = self.clock.nsecsElapsed() / 1e6
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.busy.append(max(0.0, now - self.last - self.interval))
        self.last = now


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units-jsonl", type=Path, help="units to load (make_corpus.py --units-jsonl)")
    ap.add_argument("--keep", type=Path, help="library folder; reused if it already holds a library")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cps", type=float, default=8.0, help="typing speed, characters per second")
    ap.add_argument("--pause-ms", type=int, default=1500, help="pause after each query")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured warm-up queries")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-ui-"))
    if not (root / "library.db").exists():
        if args.units_jsonl is None:
            ap.error("--units-jsonl is needed to build the library")
        build_library(root, args.units_jsonl, args.limit)

    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from enablement.app import build_services
    from enablement.config import Settings
    from enablement.ui.main import create_window

    scratch = Path(tempfile.mkdtemp(prefix="bench-ui-settings-"))
    QCoreApplication.setOrganizationName("EnablementHubBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    services = build_services(Settings(root, None, "bench", False), create_demo=False)
    window = create_window(app, theme="light", language="en", opener=lambda _p: None, manage_gc=True)
    window.resize(1440, 900)
    window.show()
    window.set_services(services, owned=True)
    window.welcome.hide()

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window.runner.wait_idle(30_000)
    pump(300)
    field = window.top.field
    answers = 0

    def count(_answer: Any) -> None:
        nonlocal answers
        answers += 1

    def type_query(query: str) -> None:
        field.setFocus()
        field.clear()
        for char in query:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
            pump(key_gap)

    key_gap = max(1, int(1000 / args.cps))
    for _ in range(args.warmup):
        type_query("warm-up скидка")
        pump(args.pause_ms)
    window.search.answered.connect(count)
    probe = Probe()
    per_query: list[tuple[str, float]] = []
    probe.start()
    for query in QUERIES:
        start = len(probe.busy)
        type_query(query)
        pump(args.pause_ms)
        # walk the first hits with the keyboard, as a salesperson scanning results does
        for _ in range(3):
            QApplication.sendEvent(
                field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
            )
            pump(350)
        per_query.append((query, max(probe.busy[start:], default=0.0)))
    probe.stop()
    window.close()

    busy = sorted(probe.busy)
    worst_query = max(per_query, key=lambda qm: qm[1])
    figures = {
        "units": _unit_count(root),
        "queries": len(QUERIES),
        "answers": answers,
        "ticks": len(busy),
        "max_busy_ms": round(busy[-1], 1) if busy else 0.0,
        "p99_busy_ms": round(busy[int(len(busy) * 0.99)], 1) if busy else 0.0,
        "median_busy_ms": round(statistics.median(busy), 2) if busy else 0.0,
        "worst_query": worst_query[0],
        "target_ms": 50,
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:>16}: {value}")
        for query, worst in per_query:
            print(f"    {worst:7.1f} ms  {query}")
    return 0 if figures["max_busy_ms"] < 50 else 1


def _unit_count(root: Path) -> int:
    import sqlite3

    with sqlite3.connect(root / "library.db") as conn:
        return int(conn.execute("SELECT count(*) FROM units").fetchone()[0])


if __name__ == "__main__":
    raise SystemExit(main())
