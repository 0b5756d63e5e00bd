"""Keep Python's runtime from freezing the UI: garbage collection and GIL hand-over.

On a large library the search caches and the index readers hold millions of
Python objects. A full (generation 2) collection walks all of them and holds
the GIL for 150–250 ms, which stalls every thread, the UI included: the
UI-latency benchmark saw those pauses as its worst stalls. So the app

* collects once and freezes everything alive when the services are ready (the
  frozen objects are never walked again);
* never runs a full collection on its own (the UI-thread collector below does
  the young generations only, which is cheap);
* runs a full collection, then freezes again, only when the user has been idle
  for a while, where a quarter of a second is not noticed.

And the collector runs only on the UI thread (`UiThreadCollector`). A collection
runs in whichever thread happens to allocate when a threshold is crossed; in a
worker thread it may free a cycle that holds a Qt object, whose destructor must
run on the UI thread: an intermittent segfault in "Garbage-collecting" on a
worker (seen in the UI tests and the latency benchmark). So automatic
collection is off and a UI-thread timer collects the young generations at the
same thresholds, the pattern pyqtgraph's GarbageCollector uses.

Searches run on worker threads in pure Python. The UI thread re-acquires the
GIL many times per frame (every paint and event callback into Python), and each
time it may wait a full switch interval (5 ms by default) behind a busy worker;
a 1 ms interval keeps that convoy short at little cost to the workers.
"""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

IDLE_SECONDS = 30.0
SWITCH_INTERVAL_S = 0.001
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.MouseMove,
}


class UiThreadCollector(QObject):
    """Runs the garbage collector on the UI thread only, on a timer, never in a worker."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_young)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_young(self) -> None:
        """What automatic collection would have done by now: generation 0, and 1 when it is due."""
        threshold0, threshold1, _ = gc.get_threshold()
        count0, count1, _ = gc.get_count()
        if count1 >= threshold1:
            gc.collect(1)
        elif count0 >= threshold0:
            gc.collect(0)


class GcPolicy(QObject):
    """Owns the collector's schedule for the app's lifetime."""

    def __init__(self, parent: QObject | None = None, *, idle_seconds: float = IDLE_SECONDS) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.last_input = time.monotonic()
        self.full_collections = 0
        self._saved_switch = sys.getswitchinterval()
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self._maybe_collect)
        self.collector = UiThreadCollector(self)

    def start(self) -> None:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.collector.start()
        self.settle()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.collector.stop()
        gc.unfreeze()
        sys.setswitchinterval(self._saved_switch)

    def settle(self) -> None:
        """Collect everything now and freeze the survivors (call at moments nobody waits on the UI)."""
        gc.collect()
        gc.freeze()
        self.full_collections += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def _maybe_collect(self) -> None:
        if time.monotonic() - self.last_input >= self.idle_seconds and gc.get_count()[2] > 0:
            self.settle()
