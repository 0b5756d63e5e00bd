"""Full index builds, in parallel: each process indexes a share of the items into its own segment.

Why: Whoosh indexes in pure Python, so one process tops out well below our build target, and
its own multi-process writer pickles every document through the parent, which was slower than
one process on two cores. Here each worker reads its share straight from the database and writes
a complete segment in a private folder; the parent moves the segment files into the new index
and writes one table of contents listing them all. Docnums stay per segment, so nothing is
renumbered, and the result is an ordinary multi-segment Whoosh index.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import TOC

from enablement.domain import INDEXED_STATUSES
from enablement.search.index import create_empty
from enablement.search.schema import build_schema, document_for
from enablement.store import repository as repo
from enablement.store.library import make_engine

__all__ = ["build_index", "default_procs"]

PARALLEL_MIN_ITEMS = 40  # below this one process is faster than starting workers
WRITER_MB = 1024  # posting buffer per worker: big enough that Whoosh never spills runs to disk


def default_procs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _index_share(db_url: str, folder: str, item_ids: list[int]) -> int:
    """Worker: index the units of `item_ids` into a new index at `folder`; returns the documents."""
    engine = make_engine(db_url)
    count = 0
    try:
        ix = create_empty(Path(folder))
        writer = ix.writer(limitmb=WRITER_MB)
        try:
            with engine.connect().execution_options(enablement_readonly=True) as conn:
                for item, unit in repo.iter_index_records(conn, item_ids):
                    if item.status in INDEXED_STATUSES:
                        writer.add_document(**document_for(item, unit))
                        count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        ix.close()
    finally:
        engine.dispose()
    return count


def build_index(db_url: str, target: Path, item_ids: list[int], procs: int) -> int:
    """Index `item_ids` into the empty index at `target`; returns the number of documents."""
    ids = sorted(item_ids)
    if procs <= 1 or len(ids) < PARALLEL_MIN_ITEMS:
        shutil.rmtree(target)
        return _index_share(db_url, str(target), ids)
    shares = [ids[i::procs] for i in range(procs)]
    folders = [target.with_name(f"{target.name}.part{i}") for i in range(procs)]
    count = 0
    try:
        ctx = multiprocessing.get_context("spawn")  # never fork a process that may run Qt or threads
        with ProcessPoolExecutor(max_workers=procs, mp_context=ctx) as pool:
            futures = [
                pool.submit(_index_share, db_url, str(f), share)
                for f, share in zip(folders, shares, strict=True)
            ]
            for future in futures:
                count += future.result()
        _combine(target, folders)
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    return count


def _combine(target: Path, folders: list[Path]) -> None:
    """Move the segments of the part indexes into `target` and list them in one new TOC."""
    ix = whoosh_index.open_dir(str(target))
    storage = ix.storage
    segments = []
    for folder in folders:
        part = whoosh_index.open_dir(str(folder))
        for segment in part._segments():
            for name in segment.list_files(part.storage):
                os.replace(folder / name, target / name)
            segments.append(segment)
        part.close()
    generation = ix.latest_generation() + 1
    TOC(build_schema(), segments, generation).write(storage, ix.indexname)
    ix.close()
