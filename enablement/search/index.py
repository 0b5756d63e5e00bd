"""The on-disk Whoosh index: open or create it, write to it, hand out searchers, swap in a rebuild.

The index is a cache of the database (see service.py), so anything odd about it (missing,
corrupt, written by an older schema) is answered by recreating it empty; the service then
re-indexes from the database. A marker file records SCHEMA_VERSION.

Threads: writes are serialised by one lock (Whoosh also holds a file lock, so another process
writing waits up to WRITE_TIMEOUT seconds). Reads are concurrent: each thread keeps its own
searcher (Whoosh readers share file handles and are not safe across threads) and refreshes it
when the write generation moves on.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec import whoosh3
from whoosh.filedb import compound as whoosh_compound
from whoosh.filedb.structfile import BufferFile
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from enablement.search.schema import SCHEMA_VERSION, build_schema

__all__ = ["IndexStore", "ItemState", "write_state"]

log = logging.getLogger(__name__)


def _cached_length_reader(self: Any, fieldname: str, column: Any) -> Any:
    """W3PerDocReader._cached_reader that also remembers "no such column".

    Whoosh 2.7's writer asks for every posting's field length; for fields without lengths (ID,
    KEYWORD) the stock method stats the missing column file each time, which was half of our
    index build time. Same results, cached.
    """
    if fieldname in self._readers:
        return self._readers[fieldname]
    reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
    self._readers[fieldname] = reader
    return reader


whoosh3.W3PerDocReader._cached_reader = _cached_length_reader


class _PreloadedLengths:
    """The new segment's field lengths, read once per field, for SegmentWriter._flush_segment.

    Whoosh's FieldWriter.add_postings asks the per-document reader for the field length of every
    posting it writes (for the blocks' min/max length statistics), one column lookup each: a
    tenth of an index build's time. Here each field's length column is read into a list the
    first time, and the answers are the same (None where the stored length byte is 0).
    """

    def __init__(self, pdr: Any) -> None:
        self._pdr = pdr
        self._fields: dict[str, list[int | None]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> Any:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            reader = self._pdr._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
            if reader is None:
                lengths = []
            else:
                to_length = whoosh3.byte_to_length
                lengths = [to_length(b) if b else None for b in (reader[d] for d in range(len(reader)))]
            self._fields[fieldname] = lengths
        if not lengths:
            return default
        return lengths[docnum]

    def close(self) -> None:
        self._pdr.close()


def _flush_segment(self: Any) -> None:
    """SegmentWriter._flush_segment with the field lengths preloaded (_PreloadedLengths)."""
    self.perdocwriter.close()
    pdr = _PreloadedLengths(self.per_document_reader()) if self.codec.length_stats else None
    self.fieldwriter.add_postings(self.schema, pdr, self.pool.iter_postings())
    self.fieldwriter.close()
    if pdr:
        pdr.close()


SegmentWriter._flush_segment = _flush_segment

COPY_SLICE = 1 << 20  # bytes copied per C call when a segment part is copied into memory


class _SlicedBufferFile(BufferFile):
    """Whoosh's BufferFile (a part of a memory-mapped compound segment file), without the stall.

    The stock BufferFile copies its whole part into a BytesIO when it is opened, in one C call
    that holds the GIL: 20-25 ms for the 30 MB stored-fields column of a 50,000-unit segment,
    3-4 times that on a busy machine, while the UI thread waits for the GIL (the UI-latency
    benchmark's worst stalls, caught by its --trace-stalls dumps). Here the copy is made only
    when the part is first read as a stream (postings, term tables); column readers (stored
    fields, facets, lengths) read by position from the mapped buffer, so they never copy.
    When made, the copy goes a slice at a time, so other threads get the GIL between slices.
    Same bytes, same reads.
    """

    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False
        self._stream: BytesIO | None = None

    @property
    def file(self) -> BytesIO:
        if self._stream is None:
            view = memoryview(self._buf)
            stream = BytesIO()
            for start in range(0, view.nbytes, COPY_SLICE):
                stream.write(view[start : start + COPY_SLICE])
            stream.seek(0)
            self._stream = stream
        return self._stream

    def close(self) -> None:
        if self.is_closed:
            raise ValueError("This file is already closed")
        if self.onclose:
            self.onclose(self)
        if self._stream is not None:
            self._stream.close()
        self.is_closed = True


whoosh_compound.BufferFile = _SlicedBufferFile  # what CompoundStorage.open_file hands out

MARKER = "enablement-index.json"
BULK_PREFIX = "bulk-"  # .index.bulk-PID-XXXX.partN: an import's index workers' folders (bulk.py)
STATE = "enablement-items.json"  # item id -> [version, updated_at as the database prints it]

ItemState = dict[int, tuple[int, str]]
WRITE_TIMEOUT = 30.0
OUTSIDE_CHECK_S = 1.0  # how often a searcher checks for commits made by another process


def create_empty(path: Path) -> whoosh_index.Index:
    """A new, empty index at `path` (wiping whatever is there)."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    ix = whoosh_index.create_in(str(path), build_schema())
    (path / MARKER).write_text(json.dumps({"schema": SCHEMA_VERSION}), encoding="utf-8")
    write_state(path, {})
    return ix


def read_state(path: Path) -> ItemState:
    data = json.loads((path / STATE).read_text(encoding="utf-8"))
    return {int(k): (int(v[0]), str(v[1])) for k, v in data["items"].items()}


def write_state(path: Path, state: ItemState) -> None:
    """Atomically record which item versions the index at `path` holds."""
    tmp = path / f".{STATE}.tmp"
    tmp.write_text(json.dumps({"items": {str(k): list(v) for k, v in state.items()}}), encoding="utf-8")
    os.replace(tmp, path / STATE)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _open_existing(path: Path) -> whoosh_index.Index | None:
    """The index at `path`, or None when it is missing, corrupt or of another schema version."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        if marker.get("schema") != SCHEMA_VERSION:
            log.info("search index at %s has schema %s; rebuilding", path, marker.get("schema"))
            return None
        read_state(path)
        ix = whoosh_index.open_dir(str(path))
        with ix.searcher() as searcher:  # touch every segment once so corruption shows now
            searcher.doc_count()
        return ix
    except Exception as exc:  # any failure means "recreate": the database has the content
        log.warning("search index at %s cannot be used (%s); recreating it", path, exc)
        return None


class IndexStore:
    """One index folder with its write lock and per-thread searchers.

    Attributes:
        path: the index folder (Library.index_dir).
        created: True when open() had to create the index (everything must be re-indexed).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.created = False
        self.outside_check_s = OUTSIDE_CHECK_S
        self._write_lock = threading.RLock()
        self._state_lock = threading.Lock()
        self._local = threading.local()
        self._all_searchers: list[Searcher] = []
        self._generation = 0
        self._ix: whoosh_index.Index | None = None
        self._closed = False

    # ------------------------------------------------------------- lifecycle

    def open(self) -> whoosh_index.Index:
        with self._state_lock:
            if self._ix is None:
                ix = _open_existing(self.path) if self.path.exists() else None
                if ix is None:
                    ix = create_empty(self.path)
                    self.created = True
                self._ix = ix
                self.sweep_leftovers()
            return self._ix

    @property
    def ix(self) -> whoosh_index.Index:
        return self._ix if self._ix is not None else self.open()

    def state(self) -> ItemState:
        """Which item versions the index holds, as last written by any process (read from disk:
        another process, a CLI import, may have indexed meanwhile). Unreadable: nothing."""
        try:
            return read_state(self.path)
        except (OSError, ValueError, KeyError):
            return {}

    def save_state(self, state: ItemState) -> None:
        write_state(self.path, state)

    def reset(self) -> None:
        """Recreate an empty index in place (after corruption found at write time)."""
        with self._write_lock:
            self._close_searchers()
            self._ix = create_empty(self.path)
            self.created = True
            self._bump()

    def close(self) -> None:
        with self._write_lock:
            self._closed = True
            self._close_searchers()
            self._ix = None

    def _close_searchers(self) -> None:
        with self._state_lock:
            for searcher in self._all_searchers:
                try:
                    searcher.close()
                except Exception:  # already closed by a refresh
                    pass
            self._all_searchers.clear()
            self._local = threading.local()

    def _bump(self) -> None:
        with self._state_lock:
            self._generation += 1

    # ------------------------------------------------------------- writing

    @contextmanager
    def writer(self, **kwargs: Any) -> Iterator[SegmentWriter]:
        """A Whoosh writer; committed on success, cancelled on error; searchers refresh afterwards."""
        with self._write_lock:
            # Incremental writes (imports) keep the app under 500 MB whatever the batch;
            # the parallel rebuild (build.py) gives its workers a bigger buffer.
            kwargs.setdefault("limitmb", 128)
            kwargs.setdefault("timeout", WRITE_TIMEOUT)
            kwargs.setdefault("delay", 0.05)
            w = self.ix.writer(**kwargs)
            try:
                yield w
            except BaseException:
                w.cancel()
                raise
            w.commit()
            self._bump()

    def add_segments(self, parts: list[Path], *, before_commit: Any = None) -> int:
        """Add the segments of the indexes at `parts` (built aside) to ours, in one commit.

        `before_commit(writer)` may delete documents in the same commit (the older documents of
        re-imported items). The segment files are moved in, then one new table of contents lists
        the old segments and the new ones: nothing is copied or renumbered. A crash before the
        table of contents is written leaves the index as it was (the moved files are unlisted,
        and the next commit deletes them). Returns the number of segments added.
        """
        with self._write_lock:
            w = self.ix.writer(limitmb=8, timeout=WRITE_TIMEOUT, delay=0.05)
            added: list[Any] = []
            try:
                if before_commit is not None:
                    before_commit(w)
                for folder in parts:
                    part = whoosh_index.open_dir(str(folder))
                    try:
                        for segment in part._segments():
                            for name in segment.list_files(part.storage):
                                os.replace(folder / name, self.path / name)
                            added.append(segment)
                    finally:
                        part.close()
            except BaseException:
                w.cancel()
                raise
            w.commit(mergetype=lambda _writer, segments: [*segments, *added])
            self._bump()
            return len(added)

    def sweep_leftovers(self) -> None:
        """Remove the folders of bulk index workers whose import process is gone (killed)."""
        for folder in self.path.parent.glob(f".{self.path.name}.{BULK_PREFIX}*"):
            pid = folder.name[len(f".{self.path.name}.{BULK_PREFIX}") :].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)

    def build_aside(self) -> Path:
        """A fresh empty index in a temporary folder beside ours, for an atomic rebuild."""
        tmp = self.path.with_name(f".{self.path.name}.build-{uuid.uuid4().hex[:8]}")
        create_empty(tmp)
        return tmp

    def swap_in(self, built: Path) -> None:
        """Replace our index folder with `built` (two renames; a crash between leaves no index,
        which the next open recreates from the database)."""
        with self._write_lock:
            self._close_searchers()
            self._ix = None
            old = self.path.with_name(f".{self.path.name}.old-{uuid.uuid4().hex[:8]}")
            if self.path.exists():
                self.path.rename(old)
            built.rename(self.path)
            shutil.rmtree(old, ignore_errors=True)
            self.created = False
            self._ix = whoosh_index.open_dir(str(self.path))
            self._bump()

    # ------------------------------------------------------------- reading

    @property
    def generation(self) -> int:
        return self._generation

    def searcher(self) -> Searcher:
        """This thread's searcher, refreshed to the latest committed generation."""
        local = self._local
        gen = self._generation
        current: Searcher | None = getattr(local, "searcher", None)
        if current is not None and local.generation == gen:
            now = time.monotonic()
            if now - local.checked < self.outside_check_s:
                return current
            local.checked = now  # another process (a CLI import) may have committed meanwhile
            try:
                if self.ix.latest_generation() == current.reader().generation():
                    return current
            except Exception:  # the folder was swapped under us: open afresh below
                pass
        # Always a new searcher, never Searcher.refresh(): refresh reuses a segment's old reader when
        # only its deletions changed, so removed items would stay findable.
        if current is not None:
            self._forget(current)
        fresh = self.ix.searcher()
        local.ix = self._ix
        local.searcher = fresh
        local.generation = gen
        local.checked = time.monotonic()
        with self._state_lock:
            if fresh not in self._all_searchers:
                self._all_searchers.append(fresh)
        return fresh

    def _forget(self, searcher: Searcher, *, close: bool = True) -> None:
        with self._state_lock:
            if searcher in self._all_searchers:
                self._all_searchers.remove(searcher)
        if not close:
            return
        try:
            searcher.close()
        except Exception:
            pass
