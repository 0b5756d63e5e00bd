"""Index a large import while it runs, in worker processes, and add the result in one commit.

Why: Whoosh indexes in pure Python, and one index writer in the importing process bounded a first
import at ~1,100 units/s while extraction ran 6-20x faster; the importer also stalled between
batches while that writer caught up. Here the importer only stores: after each committed batch it
hands the new item ids to `BulkIndexer.add`, which passes them to index workers (processes, one
private index folder each, beside the live index). Each worker reads its items back from the
database, as `rebuild()`'s workers do, and writes segments of its own. At the end `finish()` moves
every worker's segments into the live index and lists them in one new table of contents, in the
same commit that deletes the older documents of re-imported items; the index's record of what it
holds is updated after that commit. Nothing is renumbered: a Whoosh index is a list of segments.

Small imports never start a worker (`min_items`): the caller's ordinary sync indexes them in
process, which is quicker than starting processes.

Crash safety follows from the index being a cache of the database. A kill before the commit
leaves the live index as it was and the database holding the items; the next sync (the next
import, or start-up) indexes them, and the worker folders left behind are removed when the index
is next opened by `IndexStore.sweep_leftovers`. A kill between the commit and the record of what
the index holds makes the next sync index those items once more, deleting the documents just
added first, so nothing is found twice.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import shutil
import uuid
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from enablement.domain import INDEXED_STATUSES
from enablement.search.index import BULK_PREFIX, ItemState, create_empty
from enablement.search.schema import document_for
from enablement.store import repository as repo
from enablement.store.library import make_engine

__all__ = ["BulkIndexError", "BulkIndexer"]

log = logging.getLogger(__name__)

MIN_ITEMS = 40  # below this many items the in-process sync is quicker than starting workers
WORKER_MB = 256  # a worker's posting buffer: large enough that Whoosh rarely spills runs to disk
SEGMENT_UNITS = 25_000  # a worker starts a new segment after this many documents (bounds memory)
FINISH_TIMEOUT_S = 600.0


class BulkIndexError(RuntimeError):
    """An index worker failed; the caller falls back to its ordinary sync."""


def _worker_main(conn: Connection, db_url: str, folder: str) -> None:
    """Index the item ids received on `conn` into the index at `folder`; None ends the work.

    Answers ("done", units, state) with the state of the items indexed as read in the same
    transaction as their units, or ("error", text). The parent's end closing ends the worker
    (EOFError), so a killed import leaves no worker behind.
    """
    engine = make_engine(db_url)
    units = 0
    state: ItemState = {}
    try:
        ix = create_empty(Path(folder))
        writer = ix.writer(limitmb=WORKER_MB)
        in_segment = 0
        while True:
            try:
                ids = conn.recv()
            except (EOFError, KeyboardInterrupt):
                writer.cancel()
                return
            if ids is None:
                break
            with engine.connect().execution_options(enablement_readonly=True) as db:
                state.update(repo.item_version_keys(db, ids))
                for item, unit in repo.iter_index_records(db, ids):
                    if item.status in INDEXED_STATUSES:
                        writer.add_document(**document_for(item, unit))
                        units += 1
                        in_segment += 1
            if in_segment >= SEGMENT_UNITS:
                writer.commit(merge=False)
                writer = ix.writer(limitmb=WORKER_MB)
                in_segment = 0
        writer.commit(merge=False)
        ix.close()
        conn.send(("done", units, state))
    except Exception as exc:  # reported to the parent, which falls back to a sync
        try:
            conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
        except OSError:
            pass
    finally:
        engine.dispose()


class _Worker:
    def __init__(self, ctx: Any, db_url: str, folder: Path) -> None:
        self.folder = folder
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, db_url, str(folder)), daemon=True)
        self.proc.start()
        child.close()
        self.sent = 0


class BulkIndexer:
    """Index the items of one large import in worker processes; see the module docstring.

    Args:
        db_url: the library's database, which the workers open themselves.
        index_dir: the live index folder; the workers' folders are made beside it.
        procs: index worker processes.
        min_items: items that must be added before any worker starts.

    Use: `add()` after each committed batch, then `finish()` once (or `abort()`); `finish()`
    returns what to give `IndexStore.add_segments`.
    """

    def __init__(self, db_url: str, index_dir: Path, *, procs: int, min_items: int | None = None) -> None:
        self.db_url = db_url
        self.index_dir = Path(index_dir)
        self.procs = max(1, procs)
        self.min_items = MIN_ITEMS if min_items is None else min_items
        self._waiting: list[int] = []
        self._workers: list[_Worker] = []
        self._tag = f"{BULK_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._failed = ""  # why a worker could not be sent work; finish() then raises

    @property
    def started(self) -> bool:
        return bool(self._workers)

    def add(self, item_ids: list[int]) -> bool:
        """Items just committed to the database: index them (once enough have come to start).

        Returns True once the workers have started: these items, and all the import stores from
        now on, are theirs (the caller stops syncing them in process; items it synced before are
        indexed again by the workers, and their older documents dropped in the final commit).
        """
        self._waiting.extend(item_ids)
        if not self._workers:
            if len(self._waiting) < self.min_items:
                return False
            ctx = mp.get_context("spawn")  # never fork a process that may run Qt or threads
            for i in range(self.procs):
                folder = self.index_dir.with_name(f".{self.index_dir.name}.{self._tag}.part{i}")
                self._workers.append(_Worker(ctx, self.db_url, folder))
        ids, self._waiting = self._waiting, []
        if self._failed:  # the import goes on; finish() reports it and the caller syncs
            return True
        # Deal the ids out a few at a time to whoever has been sent the fewest, so that a share
        # of big items (catalogs of thousands of rows) does not all land on one worker.
        for start in range(0, len(ids), 8):
            worker = min(self._workers, key=lambda w: w.sent)
            chunk = ids[start : start + 8]
            try:
                worker.conn.send(chunk)
            except OSError as exc:  # the worker is gone (it failed, or was killed)
                self._failed = f"index worker stopped ({type(exc).__name__})"
                return True
            worker.sent += len(chunk)
        return True

    def finish(self) -> tuple[list[Path], ItemState, int]:
        """Stop the workers once they are done; returns (their folders, state indexed, units).

        Empty when no worker was started (a small import: the caller's sync does it). Raises
        `BulkIndexError` when a worker failed or died; the folders are then removed.
        """
        if not self._workers:
            return [], {}, 0
        state: ItemState = {}
        units = 0
        try:
            for worker in self._workers:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass  # it failed; its answer (or its death) is read below
            for worker in self._workers:
                if not worker.conn.poll(FINISH_TIMEOUT_S):
                    raise BulkIndexError(f"index worker gave no answer in {FINISH_TIMEOUT_S:.0f} s")
                try:
                    answer = worker.conn.recv()
                except (EOFError, OSError) as exc:
                    worker.proc.join(5)
                    raise BulkIndexError(f"index worker died (exit code {worker.proc.exitcode})") from exc
                if answer[0] != "done":
                    raise BulkIndexError(f"index worker failed: {answer[1]}")
                units += answer[1]
                state.update(answer[2])
            if self._failed:
                raise BulkIndexError(self._failed)
        except BaseException:
            self.abort()
            raise
        for worker in self._workers:
            worker.proc.join(10)
            worker.conn.close()
        return [w.folder for w in self._workers], state, units

    def abort(self) -> None:
        """Stop the workers and remove their folders (nothing reaches the live index)."""
        for worker in self._workers:
            if worker.proc.is_alive():
                worker.proc.kill()
            worker.proc.join(5)
            worker.conn.close()
        self.cleanup()
        self._workers.clear()

    def cleanup(self) -> None:
        """Remove the workers' folders (after their segments were moved out, or on abort)."""
        for worker in self._workers:
            shutil.rmtree(worker.folder, ignore_errors=True)
