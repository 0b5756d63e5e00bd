"""The one background task runner of the desktop app.

Why one runner: the UI thread must never wait on the disk, the index or the
database, and every piece of background work (searches, imports, previews,
thumbnails, voting calls) should obey the same three rules:

* work runs on worker threads and gets plain data, never a widget;
* results come back to the UI thread only through a queued signal, so the
  `on_done` / `on_error` callbacks always run on the UI thread;
* writes (`kind="write"`) go through a single-writer queue (one thread, FIFO),
  reads run concurrently, and searches (`kind="search"`) carry a generation
  number so that an answer overtaken by a newer query is dropped (and a query
  still waiting in the queue when a newer one arrives is skipped).

Searches have their own lane (threads of their own): they read only the local
index, so they must never wait behind reads that talk to the database, such as
a voting-board poll stuck on a connect timeout while the team server is away.

Why Python threads rather than a QThreadPool: a QThreadPool thread is foreign
to Python, and PySide gives it a fresh Python thread state for every task, so
`threading.local` data does not survive from one task to the next. The search
service keeps one index searcher per thread in thread-local storage; on pool
threads it reopened the index for nearly every search, and opening one holds
the GIL for tens of milliseconds, a visible stall of the UI. Long-lived Python
threads keep their searchers. Delivery is unchanged: a queued Qt signal.

`relay(callback)` turns a UI-thread callback into a plain callable that workers
may call from any thread (import progress, for instance).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QThread, QTimer, Signal

from enablement.errors import EnablementError
from enablement.ui.messages import error_text

log = logging.getLogger(__name__)

KINDS = ("read", "write", "search")
_OK, _FAILED, _SKIPPED = 0, 1, 2
_PRIORITY = {"search": 0, "write": 1, "read": 1}


@dataclass(slots=True, order=True)
class _Task:
    priority: int
    id: int
    kind: str = field(compare=False)
    fn: Callable[..., Any] = field(compare=False)
    args: tuple[Any, ...] = field(compare=False)
    kwargs: dict[str, Any] = field(compare=False)
    on_done: Callable[[Any], None] | None = field(compare=False)
    on_error: Callable[[BaseException], None] | None = field(compare=False)
    generation: int = field(compare=False)


class _Workers:
    """A fixed set of long-lived Python threads serving one queue."""

    def __init__(self, runner: TaskRunner, name: str, count: int, fifo: bool) -> None:
        self.runner = runner
        self.name = name
        self.count = count
        self.queue: queue.Queue[Any] = queue.Queue() if fifo else queue.PriorityQueue()
        self.threads: list[threading.Thread] = []
        self.busy = 0
        self._lock = threading.Lock()

    def put(self, task: _Task, *, every_thread: bool = False) -> None:
        """Queue `task`, starting a thread when all are (or may be) busy. `every_thread`: start
        them all first, for tasks that wait for one another (prime's barrier): the busy count
        lags the queue (a thread that took a task but has not yet counted it), so a second
        thread could fail to start and the barrier wait its whole timeout."""
        while len(self.threads) < self.count and (
            every_thread or self.busy + self.queue.qsize() + 1 > len(self.threads)
        ):
            thread = threading.Thread(
                target=self._loop, name=f"{self.name}-{len(self.threads) + 1}", daemon=True
            )
            self.threads.append(thread)
            thread.start()
            if not every_thread:
                break
        self.queue.put(task)

    def _loop(self) -> None:
        while True:
            task = self.queue.get()
            if isinstance(task, _StopMarker):
                return
            with self._lock:
                self.busy += 1
            try:
                self.runner._run(task)
            finally:
                # Drop the task now, not when the next one arrives: its callbacks may hold widgets,
                # and a widget's last reference must not go away on this thread (a crash at exit).
                del task
                with self._lock:
                    self.busy -= 1

    def clear(self) -> list[_Task]:
        dropped = []
        while True:
            try:
                dropped.append(self.queue.get_nowait())
            except queue.Empty:
                return [t for t in dropped if not isinstance(t, _StopMarker)]

    def stop(self, timeout_s: float) -> bool:
        for _ in self.threads:
            self.queue.put(_StopMarker())
        ok = True
        for thread in self.threads:
            thread.join(timeout_s)
            ok = ok and not thread.is_alive()
        self.threads = [t for t in self.threads if t.is_alive()]
        return ok

    def alive(self) -> int:
        return sum(1 for t in self.threads if t.is_alive())


class _StopMarker:
    """Sorts after every task in a priority queue and stops the thread that takes it."""

    def __lt__(self, other: object) -> bool:
        return False

    def __gt__(self, other: object) -> bool:
        return True


class TaskRunner(QObject):
    """Runs callables off the UI thread and hands their results back on it.

    Signals:
        busy_changed(bool): True when the first task starts, False when the last one is delivered.
        task_failed(str): a task without its own `on_error` failed; the message is user-facing.
        idle(): emitted whenever the last pending task has been delivered.
    """

    busy_changed = Signal(bool)
    task_failed = Signal(str)
    idle = Signal()

    _finished = Signal(int, int, object)
    _relayed = Signal(object, object)

    _live: weakref.WeakSet[TaskRunner] = weakref.WeakSet()

    def __init__(self, *, max_readers: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Task] = {}
        self._search_generation = 0
        self._closing = False
        readers = max_readers or max(2, min(4, QThread.idealThreadCount()))
        self._readers = _Workers(self, "reader", readers, fifo=False)
        # Searches read the local index only: a lane of their own, never behind a database read.
        self._searchers = _Workers(self, "searcher", 2, fifo=False)
        self._writer = _Workers(self, "writer", 1, fifo=True)  # the single-writer queue
        self._finished.connect(self._on_finished)
        self._relayed.connect(self._on_relayed)
        TaskRunner._live.add(self)

    # ------------------------------------------------------------------ API

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        kind: str = "read",
        **kwargs: Any,
    ) -> int:
        """Run `fn(*args, **kwargs)` in the background; returns the task id (0 after shutdown).

        `kind` is "read" (concurrent), "write" (serialised, FIFO) or "search" (a
        read that jumps the queue and whose answer is dropped once a newer search
        has been submitted).
        """
        if kind not in KINDS:
            raise ValueError(f"unknown task kind {kind!r}; use one of {KINDS}")
        if self._closing:
            return 0
        if kind == "search":
            self._search_generation += 1
        lane = {"write": self._writer, "search": self._searchers}.get(kind, self._readers)
        return self._put(lane, fn, args, kwargs, kind=kind, on_done=on_done, on_error=on_error)

    def _put(
        self,
        lane: _Workers,
        fn: Callable[..., Any],
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        *,
        kind: str = "read",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        every_thread: bool = False,
    ) -> int:
        task = _Task(
            _PRIORITY[kind],
            next(self._ids),
            kind,
            fn,
            args,
            kwargs or {},
            on_done,
            on_error,
            self._search_generation,
        )
        was_idle = not self._pending
        self._pending[task.id] = task
        if was_idle:
            self.busy_changed.emit(True)
        lane.put(task, every_thread=every_thread)
        return task.id

    def prime(self, fn: Callable[[], Any]) -> None:
        """Run `fn` once on every reader and search thread (e.g. to open each thread's index
        searcher ahead of use).

        Each priming task waits at a barrier until all threads of its lane hold one, so no
        thread takes two and every thread runs it exactly once.
        """
        for lane in (self._readers, self._searchers):
            barrier = threading.Barrier(lane.count)

            def on_thread(barrier: threading.Barrier = barrier) -> None:
                try:
                    barrier.wait(timeout=30)
                except threading.BrokenBarrierError:
                    return
                fn()

            for _ in range(lane.count):
                if self._closing:
                    return
                self._put(lane, on_thread, every_thread=True)

    def drop_searches(self) -> None:
        """Forget every search in flight (their answers will not be delivered)."""
        self._search_generation += 1

    @property
    def search_generation(self) -> int:
        return self._search_generation

    def relay(self, callback: Callable[..., None]) -> Callable[..., None]:
        """A thread-safe stand-in for `callback`: calls made on any thread run it on the UI thread."""

        def call(*args: Any) -> None:
            if not self._closing:
                self._relayed.emit(callback, args)

        return call

    def is_idle(self) -> bool:
        return not self._pending

    def pending_count(self) -> int:
        return len(self._pending)

    def active_threads(self) -> int:
        """Worker threads running a task right now."""
        return self._readers.busy + self._searchers.busy + self._writer.busy

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Spin the event loop until every task has been delivered (tests, shutdown)."""
        if not self._pending:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        clock = QElapsedTimer()
        clock.start()
        try:
            while self._pending and clock.elapsed() < timeout_ms:
                loop.exec()
        finally:
            self.idle.disconnect(loop.quit)
            timer.stop()
        return not self._pending

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop accepting work, skip what has not started, wait for running tasks, end the threads."""
        self._closing = True
        self._readers.clear()
        self._searchers.clear()
        self._writer.clear()
        ok = self._readers.stop(timeout_ms / 1000)
        ok = self._searchers.stop(timeout_ms / 1000) and ok
        ok = self._writer.stop(timeout_ms / 1000) and ok
        cleared = bool(self._pending)
        self._pending.clear()
        if cleared:
            self.busy_changed.emit(False)
        return ok

    @classmethod
    def leaked(cls) -> list[str]:
        """Descriptions of runners still holding work or threads (the tests' leak guard)."""
        problems = []
        for runner in list(cls._live):
            try:
                if runner._closing:
                    alive = runner._readers.alive() + runner._searchers.alive() + runner._writer.alive()
                    if alive:
                        problems.append(f"{runner!r}: {alive} worker threads still alive after shutdown")
                elif runner.active_threads() or runner._pending:
                    problems.append(f"{runner!r}: {len(runner._pending)} tasks never delivered")
            except RuntimeError:  # the C++ object is already gone: nothing can leak
                continue
        return problems

    # ------------------------------------------------------------------ worker side

    def _run(self, task: _Task) -> None:
        if self._closing or (task.kind == "search" and task.generation != self._search_generation):
            self._finished.emit(task.id, _SKIPPED, None)
            return
        try:
            result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # delivered to on_error on the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._finished.emit(task.id, _FAILED, exc)
        else:
            self._finished.emit(task.id, _OK, result)

    # ------------------------------------------------------------------ delivery

    def _on_finished(self, task_id: int, status: int, payload: object) -> None:
        task = self._pending.pop(task_id, None)
        if task is None:
            return
        try:
            if self._closing or status == _SKIPPED:
                return
            if task.kind == "search" and task.generation != self._search_generation:
                return  # a newer query has been typed: this answer is stale
            if status == _OK:
                if task.on_done is not None:
                    task.on_done(payload)
            else:
                assert isinstance(payload, BaseException)
                self._report_error(task, payload)
        except Exception:
            log.exception("a task callback failed")
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _report_error(self, task: _Task, exc: BaseException) -> None:
        if task.on_error is not None:
            task.on_error(exc)
            return
        if not isinstance(exc, EnablementError):
            log.error("background task failed:\n%s", getattr(exc, "__traceback_text__", repr(exc)))
        self.task_failed.emit(error_text(exc))

    def _on_relayed(self, callback: Callable[..., None], args: tuple[Any, ...]) -> None:
        if self._closing:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("a relayed callback failed")
