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

Where a stall went (Linux): each tick also reads the UI thread's own scheduler
counters (/proc/thread-self/schedstat), so every stall splits into time the UI
thread ran (`cpu`: its own Qt and Python work), time it was runnable but had no
core (`runq`: other processes, or our own threads, had both cores) and time it
slept beyond the probe's 5 ms (`blocked`: waiting for the GIL or a lock). The
worst stall is printed with that split, `max_busy_no_runq_ms` is the longest
stall less its run-queue wait, and `others_cpu_pct` is how busy the machine's
cores were with other processes during the run (a loaded machine shows up as
`runq` in the stalls, not as our code).

To see what the UI thread waits on, `--trace-stalls MS --trace-file FILE` arms
faulthandler's watchdog at every tick: when the UI thread has not served the
probe for MS milliseconds, the watchdog (a C thread, it needs no GIL) writes the
Python stack of every thread to FILE, followed by a `--- stall` line with the
stall's length once the UI thread is back. The thread running Python code or a
long C call in those stacks is the one holding the GIL. Arming costs a little
on every tick (and faulthandler reads running threads' frames unlocked, which
can crash the run), so figures for the README come from runs without it.
"""

from __future__ import annotations

import argparse
import faulthandler
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


class _SchedStat:
    """The calling thread's scheduler counters: (ns on a CPU, ns runnable waiting for one)."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:  # not Linux, or no scheduler statistics
            self._fd = None

    def read(self) -> tuple[float, float] | None:
        if self._fd is None:
            return None
        fields = os.pread(self._fd, 128, 0).split()
        return int(fields[0]) / 1e6, int(fields[1]) / 1e6

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _machine_busy_ms() -> tuple[float, float] | None:
    """(all cores' busy time, our process's CPU time), in ms, from /proc/stat and getrusage."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            cpu = [int(v) for v in f.readline().split()[1:]]
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    idle = cpu[3] + cpu[4]  # idle + iowait
    busy_all = (sum(cpu[:8]) - idle) * 1000 / ticks
    t = os.times()
    return busy_all, (t.user + t.system) * 1000


class Probe:
    """A 5 ms timer on the UI thread; lateness of each tick is time the UI thread was busy.

    Attributes:
        busy: per tick, ms late.
        split: per tick late by 10 ms or more, (late, cpu, runq, blocked) in ms (see module doc).
    """

    def __init__(self, interval_ms: int = 5, *, trace_ms: int = 0, trace_file: Any = None) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval = interval_ms
        self.trace_ms = trace_ms
        self.trace_file = trace_file
        self.busy: list[float] = []
        self.split: list[tuple[float, float, float, float]] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.sched = _SchedStat()  # created on the UI thread: it reads the UI thread's counters
        self.last_sched = self.sched.read()

    def start(self) -> None:
        self.busy.clear()
        self.split.clear()
        self.clock.start()
        self.last = self.clock.nsecsElapsed() / 1e6
        self.last_sched = self.sched.read()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.sched.close()
        if self.trace_ms:
            faulthandler.cancel_dump_traceback_later()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        sched = self.sched.read()
        elapsed = now - self.last
        busy = max(0.0, elapsed - self.interval)
        self.busy.append(busy)
        self.last = now
        how = ""
        if sched is not None and self.last_sched is not None:
            cpu, runq = sched[0] - self.last_sched[0], sched[1] - self.last_sched[1]
            if busy >= 10:
                blocked = max(0.0, elapsed - cpu - runq - self.interval)
                self.split.append((busy, cpu, runq, blocked))
                how = f" (cpu {cpu:.1f}, runq {runq:.1f}, blocked {blocked:.1f})"
        self.last_sched = sched
        if self.trace_ms:
            if busy + self.interval >= self.trace_ms:
                self.trace_file.write(f"--- stall {busy:.1f} ms{how} ending at {now:.0f} ms\n")
                self.trace_file.flush()
            faulthandler.dump_traceback_later(self.trace_ms / 1000, repeat=True, file=self.trace_file)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units-jsonl", type=Path, help="units to load (make_corpus.py --units-jsonl)")
    ap.add_argument("--keep", type=Path, help="library folder; reused if it already holds a library")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cps", type=float, default=8.0, help="typing speed, characters per second")
    ap.add_argument("--pause-ms", type=int, default=1500, help="pause after each query")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured warm-up queries")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--trace-stalls", type=int, default=0, metavar="MS", help="dump thread stacks on stalls")
    ap.add_argument("--trace-file", type=Path, default=Path("ui-stalls.txt"), help="--trace-stalls output")
    args = ap.parse_args()
    faulthandler.enable()  # a crash in Qt or an extension prints every thread's Python stack
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
    trace = args.trace_file.open("w", encoding="utf-8") if args.trace_stalls else None
    probe = Probe(trace_ms=args.trace_stalls, trace_file=trace)
    per_query: list[tuple[str, float]] = []
    machine_before = _machine_busy_ms()
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
    machine_after = _machine_busy_ms()
    if trace is not None:
        trace.close()
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
    if probe.split:
        _late, cpu, runq, blocked = max(probe.split)
        figures["worst_split"] = f"cpu {cpu:.1f} + runq {runq:.1f} + blocked {blocked:.1f} ms"
        figures["max_busy_no_runq_ms"] = round(max(max(0.0, b - r) for b, _, r, _ in probe.split), 1)
        figures["stalls_over_30ms"] = [
            f"{b:.0f}={c:.0f}c+{r:.0f}q+{k:.0f}b" for b, c, r, k in probe.split if b >= 30
        ]
    if machine_before and machine_after and probe.clock.elapsed():
        wall = probe.clock.elapsed()
        others = (machine_after[0] - machine_before[0]) - (machine_after[1] - machine_before[1])
        figures["others_cpu_pct"] = round(100 * max(0.0, others) / (wall * (os.cpu_count() or 1)))
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
