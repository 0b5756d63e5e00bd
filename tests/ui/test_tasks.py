"""The task runner: results on the UI thread, one writer at a time, stale searches dropped."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QThread

from enablement.errors import NotFound
from enablement.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_is_delivered_on_the_ui_thread(qtbot, runner: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []
    worker_threads: list[str] = []

    def work(a: int, b: int) -> int:
        worker_threads.append(threading.current_thread().name)
        return a + b

    runner.submit(work, 2, 3, on_done=lambda r: seen.append((r, QThread.currentThread().isMainThread())))
    assert runner.wait_idle(5000)
    assert seen == [(5, True)]
    assert worker_threads and worker_threads[0] != threading.main_thread().name


def test_errors_go_to_on_error_or_task_failed(qtbot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def boom() -> None:
        raise NotFound("no such item")

    runner.submit(boom, on_error=errors.append)
    with qtbot.waitSignal(runner.task_failed) as blocker:
        runner.submit(boom)
    assert runner.wait_idle(5000)
    assert isinstance(errors[0], NotFound)
    assert blocker.args == ["no such item"]


def test_writes_run_one_at_a_time_in_order(qtbot, runner: TaskRunner) -> None:
    lock = threading.Lock()
    inside = 0
    overlaps = 0
    order: list[int] = []
    gate = threading.Event()

    def write(n: int) -> int:
        nonlocal inside, overlaps
        gate.wait(5)
        with lock:
            inside += 1
            overlaps += inside > 1
        order.append(n)
        with lock:
            inside -= 1
        return n

    for n in range(8):
        runner.submit(write, n, kind="write")
    gate.set()
    assert runner.wait_idle(5000)
    assert order == list(range(8))
    assert overlaps == 0


def test_stale_search_answers_are_dropped(qtbot, runner: TaskRunner) -> None:
    release = threading.Event()
    delivered: list[str] = []

    def slow(q: str) -> str:
        release.wait(5)
        return q

    runner.submit(slow, "k", kind="search", on_done=delivered.append)
    runner.submit(slow, "ko", kind="search", on_done=delivered.append)
    runner.submit(slow, "kon", kind="search", on_done=delivered.append)
    release.set()
    assert runner.wait_idle(5000)
    assert delivered == ["kon"]


def test_relay_runs_the_callback_on_the_ui_thread(qtbot, runner: TaskRunner) -> None:
    calls: list[tuple[int, bool]] = []
    report = runner.relay(lambda n: calls.append((n, QThread.currentThread().isMainThread())))

    def work() -> None:
        for n in range(3):
            report(n)

    runner.submit(work)
    assert runner.wait_idle(5000)
    qtbot.waitUntil(lambda: len(calls) == 3)
    assert calls == [(0, True), (1, True), (2, True)]


def test_shutdown_refuses_new_work(qtbot, runner: TaskRunner) -> None:
    runner.shutdown()
    assert runner.submit(lambda: 1) == 0
    assert runner.is_idle()


def test_many_signal_emits_do_not_exhaust_true(qtbot, runner: TaskRunner) -> None:
    """PySide6 6.12 steals a reference to True per emit; enablement.ui pins it (see _pyside_fix)."""
    import sys

    delivered = []
    for n in range(3000):  # more emits than True has references in a fresh interpreter
        runner.submit(int, n, on_done=delivered.append)
    assert runner.wait_idle(20_000)
    assert len(delivered) == 3000
    assert sys.getrefcount(True) > 1000


def test_garbage_is_collected_on_the_ui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    import gc
    import weakref

    from enablement.ui.gc_policy import UiThreadCollector

    class Node:
        pass

    collector = UiThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled(), "no collection can start in a worker thread"
        collected: list[int] = []
        gc.callbacks.append(
            lambda phase, _info: collected.append(threading.get_ident()) if phase == "start" else None
        )
        gc.collect()  # start from empty young generations
        cycle = Node()
        cycle.me = cycle  # type: ignore[attr-defined]
        ref = weakref.ref(cycle)
        del cycle
        alive = [Node() for _ in range(gc.get_threshold()[0] * 2)]  # past generation 0's threshold
        qtbot.waitUntil(lambda: ref() is None, timeout=2000)
        assert collected and set(collected) == {threading.get_ident()}
        del alive
    finally:
        gc.callbacks.pop()
        collector.stop()


def test_a_failed_task_reports_its_message_in_the_ui_language(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    from enablement.errors import VotingError
    from enablement.ui.i18n import Translator

    def refuse() -> None:
        raise VotingError("A person needs a name.")

    translator = Translator()
    translator.apply("ru")
    try:
        with qtbot.waitSignal(runner.task_failed) as failed:
            runner.submit(refuse)
        assert failed.args == ["У человека должно быть имя."]
    finally:
        translator.apply("en")


def test_searches_do_not_wait_behind_reads_stuck_on_the_database(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """A voting poll hanging on a connect timeout (every reader busy) must not hold up a search."""
    release = threading.Event()
    started: list[int] = []
    delivered: list[str] = []

    def stuck() -> None:
        started.append(1)
        release.wait(10)

    for _ in range(8):  # more stuck reads than reader threads
        runner.submit(stuck)
    try:
        qtbot.waitUntil(lambda: len(started) == runner._readers.count)  # every reader is stuck
        runner.submit(lambda: "found", kind="search", on_done=delivered.append)
        qtbot.waitUntil(lambda: delivered == ["found"], timeout=2000)
    finally:
        release.set()
    assert runner.wait_idle(5000)


class _SlowLock:
    """A lock taken late, as by a thread descheduled between taking a task and counting it busy."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        time.sleep(0.05)
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class _SlowQueue(queue.PriorityQueue):  # type: ignore[type-arg]
    """Gives a started thread the time to take the task just queued."""

    def put(self, item: object, block: bool = True, timeout: float | None = None) -> None:
        super().put(item, block, timeout)
        time.sleep(0.02)


def test_prime_runs_once_on_every_thread_without_waiting_out_its_barrier(qtbot, runner: TaskRunner) -> None:
    """Priming tasks wait for one another at a barrier: every thread of a lane must exist before
    they are queued. A thread that had taken the first task but not yet counted itself busy kept
    the second from starting, and each window's close then waited the barrier's 30 s."""
    ran: list[str] = []
    guard = threading.Lock()

    def note() -> None:
        with guard:
            ran.append(threading.current_thread().name)

    fresh = TaskRunner()
    try:
        for lane in (fresh._readers, fresh._searchers):
            lane._lock = _SlowLock()  # type: ignore[assignment]
            lane.queue = _SlowQueue()
        fresh.prime(note)
        assert fresh._readers.alive() == fresh._readers.count
        assert fresh._searchers.alive() == fresh._searchers.count
        assert fresh.wait_idle(5000), "a priming task waited at its barrier"
        assert len(ran) == len(set(ran)) == fresh._readers.count + 2, "once on every thread"
    finally:
        fresh.shutdown()
