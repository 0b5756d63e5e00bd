"""The one background task runner of the desktop app.

Why one runner: the UI thread must never wait on the disk, the index or the
database, and every piece of background work (searches, imports, previews,
thumbnails, voting calls) should obey the same three rules:

* work runs on a thread pool and gets plain data, never a widget;
* results come back to the UI thread only through a queued signal, so the
  `on_done` / `on_error` callbacks always run on the UI thread;
* writes (`kind="write"`) go through a single-writer queue (a pool of one
  thread, FIFO), reads run concurrently, and searches (`kind="search"`) carry a
  generation number so that an answer overtaken by a newer query is dropped
  (and a query still waiting in the queue when a newer one arrives is skipped).

`relay(callback)` turns a UI-thread callback into a plain callable that workers
may call from any thread (import progress, for instance).
"""

from __future__ import annotations

import itertools
import logging
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QDeadlineTimer,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

log = logging.getLogger(__name__)

KINDS = ("read", "write", "search")


@dataclass(slots=True)
class _Task:
    id: int
    kind: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    generation: int


class _Job(QRunnable):
    """Runs one task on a pool thread and reports through the runner's signal."""

    def __init__(self, runner: TaskRunner, task: _Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._task = task

    def run(self) -> None:
        task = self._task
        runner = self._runner
        if runner._closing or (task.kind == "search" and task.generation != runner._search_generation):
            runner._finished.emit(task.id, _SKIPPED, None)
            return
        try:
            result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # delivered to on_error on the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            runner._finished.emit(task.id, _FAILED, exc)
        else:
            runner._finished.emit(task.id, _OK, result)


_OK, _FAILED, _SKIPPED = 0, 1, 2


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
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers or max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._readers.setExpiryTimeout(2000)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # the single-writer queue: one thread, FIFO
        self._writer.setExpiryTimeout(2000)
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
        """Run `fn(*args, **kwargs)` in the background; returns the task id.

        `kind` is "read" (concurrent), "write" (serialised, FIFO) or "search" (a
        read whose answer is dropped once a newer search has been submitted).
        """
        if kind not in KINDS:
            raise ValueError(f"unknown task kind {kind!r}; use one of {KINDS}")
        if self._closing:
            return 0
        if kind == "search":
            self._search_generation += 1
        task = _Task(next(self._ids), kind, fn, args, kwargs, on_done, on_error, self._search_generation)
        was_idle = not self._pending
        self._pending[task.id] = task
        if was_idle:
            self.busy_changed.emit(True)
        job = _Job(self, task)
        if kind == "write":
            self._writer.start(job)
        else:
            self._readers.start(job, 10 if kind == "search" else 0)
        return task.id

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
        return self._readers.activeThreadCount() + self._writer.activeThreadCount()

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
        """Stop accepting work, skip what has not started, and wait for running tasks."""
        self._closing = True
        self._readers.clear()
        self._writer.clear()
        ok = self._readers.waitForDone(QDeadlineTimer(timeout_ms))
        ok = self._writer.waitForDone(QDeadlineTimer(timeout_ms)) and ok
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
                runner._readers.waitForDone(QDeadlineTimer(5000))
                runner._writer.waitForDone(QDeadlineTimer(5000))
                if runner.active_threads():
                    problems.append(f"{runner!r}: {runner.active_threads()} threads still running")
                elif runner._pending and not runner._closing:
                    problems.append(f"{runner!r}: {len(runner._pending)} tasks never delivered")
            except RuntimeError:  # the C++ object is already gone: nothing can leak
                continue
        return problems

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
        from enablement.errors import EnablementError

        if task.on_error is not None:
            task.on_error(exc)
            return
        if isinstance(exc, EnablementError):
            self.task_failed.emit(str(exc))
        else:
            log.error("background task failed:\n%s", getattr(exc, "__traceback_text__", repr(exc)))
            self.task_failed.emit(self.tr("Something went wrong: {0}").format(exc))

    def _on_relayed(self, callback: Callable[..., None], args: tuple[Any, ...]) -> None:
        if self._closing:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("a relayed callback failed")
