"""A small process pool that can kill one hung extraction without losing the others.

`concurrent.futures` cannot cancel a running task, and a hostile file can hang a
parser forever or eat all memory. Each worker here is a process with its own
pipe; a task past its deadline gets its worker killed and replaced, and the file
is rejected. Workers also run under an address-space limit so a decompression
bomb fails with MemoryError instead of taking the machine down.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, cast

from enablement.domain import ExtractedDoc
from enablement.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MEMORY_LIMIT = 3 * 1024**3
EXTRACT_FILE = "enablement.ingest.registry:extract_file"


@dataclass(slots=True)
class Outcome:
    """The result of extracting one file: a document, or the reason it was rejected."""

    path: Path
    doc: ExtractedDoc | None
    reason: Message | None
    seconds: float


def _limit_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform: rely on the timeout
        pass


def _resolve(target: str) -> Callable[[Path], ExtractedDoc]:
    module, _, name = target.partition(":")
    function: Callable[[Path], ExtractedDoc] = getattr(importlib.import_module(module), name)
    return function


def _worker_main(conn: Connection, memory_limit: int, target: str) -> None:
    _limit_memory(memory_limit)
    from enablement.errors import Rejected

    extract_file = _resolve(target)

    while True:
        try:
            path = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if path is None:
            return
        result: tuple[str, Any]
        try:
            result = ("ok", extract_file(Path(path)))
        except Rejected as exc:
            result = ("rejected", exc.reason)
        except MemoryError:
            result = (
                "rejected",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "too large to extract within the memory limit (possible decompression bomb)",
                    )
                ),
            )
        except RecursionError:
            result = (
                "rejected",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "structure nested too deeply to read (corrupt or hostile file)"
                    )
                ),
            )
        except Exception as exc:  # a parser bug must not stop the import; report it plainly
            error = f"{type(exc).__name__}: {str(exc)[:200]}"
            result = (
                "rejected",
                Message(QT_TRANSLATE_NOOP("Messages", "could not be read: {error}"), {"error": error}),
            )
        try:
            conn.send(result)
        except Exception as exc:
            reason = Message(
                QT_TRANSLATE_NOOP("Messages", "extracted content could not be passed on: {error}"),
                {"error": type(exc).__name__},
            )
            conn.send(("rejected", reason))


class _Worker:
    def __init__(self, ctx: Any, memory_limit: int, target: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, memory_limit, target), daemon=True)
        self.proc.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0

    def assign(self, path: Path) -> None:
        self.path = path
        self.started = time.monotonic()
        self.conn.send(str(path))

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(2)
        self.conn.close()


class ExtractionPool:
    """Extract files in parallel worker processes with a per-file time limit.

    `target` names the extraction function as "module:function" (importable in a
    fresh process); tests point it at deliberately slow or crashing functions.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
        target: str = EXTRACT_FILE,
    ) -> None:
        self.target = target
        self.size = max(1, workers or os.cpu_count() or 1)
        self.timeout_s = timeout_s
        self.memory_limit = memory_limit
        # spawn, not fork: the desktop app calls this from a thread pool, and
        # forking a process that has threads is unsafe.
        self._ctx = mp.get_context("spawn")
        self._workers: list[_Worker] = []

    def run(self, paths: list[Path], should_stop: Callable[[], bool] = lambda: False) -> Iterator[Outcome]:
        """Yield one Outcome per path, in completion order; stops early when asked."""
        pending = deque(paths)
        busy: dict[Connection, _Worker] = {}
        idle: list[_Worker] = list(self._workers)
        try:
            while pending or busy:
                if should_stop():
                    return
                while pending and (idle or len(self._workers) < min(self.size, len(pending) + len(busy))):
                    worker = idle.pop() if idle else self._spawn()
                    worker.assign(pending.popleft())
                    busy[worker.conn] = worker
                if not busy:
                    continue
                now = time.monotonic()
                next_deadline = min(w.started + self.timeout_s for w in busy.values())
                ready = wait(list(busy), timeout=max(0.0, min(0.5, next_deadline - now)))
                for ready_conn in ready:
                    worker = busy.pop(cast(Connection, ready_conn))
                    assert worker.path is not None
                    elapsed = time.monotonic() - worker.started
                    try:
                        status, payload = worker.conn.recv()
                    except (EOFError, OSError):
                        self._replace(worker)
                        yield Outcome(worker.path, None, _crash_reason(worker), elapsed)
                        continue
                    idle.append(worker)
                    if status == "ok":
                        yield Outcome(worker.path, payload, None, elapsed)
                    else:
                        yield Outcome(worker.path, None, payload, elapsed)
                now = time.monotonic()
                for conn, worker in list(busy.items()):
                    # A result already in the pipe is no hang: the consumer was busy (committing a
                    # batch on a loaded machine) while the file finished; the next wait() takes it.
                    if now - worker.started > self.timeout_s and not _has_result(conn):
                        del busy[conn]
                        assert worker.path is not None
                        self._replace(worker)
                        yield Outcome(
                            worker.path,
                            None,
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "Messages",
                                    "took longer than {seconds} s to read and was stopped "
                                    "(the file may be damaged or built to hang readers)",
                                ),
                                {"seconds": round(self.timeout_s)},
                            ),
                            now - worker.started,
                        )
        finally:
            for worker in busy.values():
                self._replace(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.memory_limit, self.target)
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _has_result(conn: Connection) -> bool:
    """True when the worker has sent its answer (or died, which the next wait() reports)."""
    try:
        return conn.poll()
    except (EOFError, OSError):
        return True


def _crash_reason(worker: _Worker) -> Message:
    worker.proc.join(1)
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages", "the reader crashed on this file (exit code {code}); it is probably corrupt"
        ),
        {"code": str(worker.proc.exitcode)},
    )
