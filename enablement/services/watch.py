"""Watched folders: the library follows a folder's files as they are added, changed, moved and deleted.

Why it is shaped like this:
- Events are only hints. A watchdog event marks a path "dirty"; what happens to it is decided
  later by looking at the disk and the library, with the import's own fast triage (size and
  mtime, then sha256: `Importer._triage` through `LibraryService.import_paths`). So a rename is
  the triage's "same content at a new path" (the item keeps its versions, no duplicate), a
  change is a new version, and a missed or coalesced event costs nothing but a stat.
- Debounced per path: a path is settled once no event touched it for `quiet_s` seconds, its
  size and mtime are what they were at its last event, and (on Linux, where inotify reports
  opens and closes) no writer still holds it open. A file still being written waits and is
  imported once, whole. A burst is released as one batch when every dirty path has settled (or,
  if some keep changing, the settled ones after `hold_s`), so 500 files dropped at once are one
  import, not 500. Should a file change while it is copied in anyway, the batch is tried again.
- A file gone from a watched folder archives its item (out of sellers' search, every version
  kept), unless the same content is still at another known path (a rename or move). When the
  file comes back (restored from the bin), the item the watch archived is published again. The
  import has no rule for a file gone from a re-imported folder: it never looks for one.
  Archiving loses nothing, where removing would drop the item's history.
- On start every watched folder is re-checked the same way: the fast triage over its files and
  the library's known paths under it, so changes made while nobody watched land too.
- Qt-free. The front end decides where a settled batch is applied: the CLI applies it on its
  own thread, the desktop app on its task runner's single-writer queue (never the UI thread).

The watched folders are kept in LIBRARY/watched.json, so they survive a restart.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    EventsLostEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from enablement.domain import ItemStatus
from enablement.errors import EnablementError, LibraryError, NotFound
from enablement.ingest.pipeline import ImportProgress, is_skipped_name, walk
from enablement.ingest.registry import LEGACY, ODF, SUPPORTED_SUFFIXES, UNSUPPORTED
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.services.watch_debounce import Debouncer
from enablement.store import repository as repo

if TYPE_CHECKING:
    from watchdog.observers.api import BaseObserver, ObservedWatch

    from enablement.services.library import LibraryService
    from enablement.store.library import Library

__all__ = ["Debouncer", "FolderWatchService", "WatchBatch", "WatchError", "WatchReport", "WatchedFolder"]

log = logging.getLogger(__name__)

STATE_FILE = "watched.json"
# Types the importer has something to say about: what it reads, and what it refuses with advice
# (legacy Office, OpenDocument, Keynote, ...). Anything else in a watched folder (a download's
# .part, an editor's .tmp, pictures) is left alone rather than remembered as a rejection.
WATCHED_SUFFIXES = frozenset(SUPPORTED_SUFFIXES | set(LEGACY) | set(UNSUPPORTED) | ODF)
ARCHIVE_NOTE = "its file was deleted from a watched folder: {path}"
RESTORE_NOTE = "its file is back in a watched folder: {path}"
# The blob store's refusal of a file whose content changed while it was copied in (store/library.py).
_CHANGED_WHILE_IMPORTED = "{source} changed while it was being imported; import it again"


class WatchError(EnablementError):
    """A folder cannot be watched (missing, not a folder, the library's own folder, ...)."""


@dataclass(frozen=True)
class WatchedFolder:
    """One folder on the watch list.

    Attributes:
        path: the folder, absolute.
        since: when it was added (UTC).
        available: False when the folder is missing now (it stays on the list; nothing is archived
            for a folder that is not there at all, which is more likely an unplugged drive).
    """

    path: Path
    since: datetime
    available: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "since": self.since.isoformat(), "available": self.available}


@dataclass(frozen=True)
class WatchBatch:
    """Settled paths to bring the library in line with (files or folders, present or gone).

    Attributes:
        paths: the dirty paths; a watched folder itself among them means "re-check all of it".
        recheck: True for the re-check on start (or after lost events), not a reaction to edits.
    """

    paths: tuple[Path, ...]
    recheck: bool = False
    handed_out: bool = field(default=False, repr=False)  # by the dispatcher: counted until applied


@dataclass
class WatchReport:
    """What applying one batch did.

    Attributes:
        imported, updated: new items, new versions.
        moved: files gone from one path whose content the library still holds at another
            (renamed or moved); the item keeps its history.
        archived: items archived because their file was deleted (and no copy is known).
        restored: items the watch had archived, published again because their file came back.
        unchanged: files looked at and found unchanged (touched, or a rename's new path).
        rejected: (path, reason) of files the importer refused.
        changes: (what, path) for every file that changed something, in order: imported,
            updated, restored, moved, archived, rejected. What the CLI prints and the UI counts.
        moves: for each moved path, where its content is now.
        seconds: how long applying took.
    """

    imported: int = 0
    updated: int = 0
    moved: int = 0
    archived: int = 0
    restored: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)
    moves: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """True when the library's items changed (views should refresh)."""
        return bool(self.imported or self.updated or self.archived or self.moved or self.restored)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "moved": self.moved,
            "archived": self.archived,
            "restored": self.restored,
            "unchanged": self.unchanged,
            "rejected": [{"path": p, "reason": r} for p, r in self.rejected],
            "changes": [
                {"what": w, "path": p, **({"to": self.moves[p]} if p in self.moves else {})}
                for w, p in self.changes
            ],
            "seconds": round(self.seconds, 3),
        }


def watchable(path: Path, root: Path) -> bool:
    """Whether a file under the watched `root` is one the watch imports.

    The folder walk's own rule (hidden names, `~$` lock files, .git, ...) for every part below
    the root, and a type the importer knows.
    """
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    if not parts or any(is_skipped_name(part) for part in parts):
        return False
    return path.suffix.lower() in WATCHED_SUFFIXES


class _Handler(FileSystemEventHandler):
    """Turns watchdog events into dirty paths (on the observer's thread)."""

    def __init__(self, service: FolderWatchService, root: Path) -> None:
        self.service = service
        self.root = root

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not isinstance(event, _WANTED):
            return  # an emitter that does not filter: reads, attributes, a folder's listing
        debouncer = self.service._debouncer
        if isinstance(event, EventsLostEvent):
            debouncer.forget_writers()
            self.service._mark([self.root])  # the queue overflowed: re-check the whole folder
            return
        path = Path(os.fsdecode(event.src_path))
        if isinstance(event, FileClosedEvent):  # closed after writing: the end of a write
            if watchable(path, self.root):
                debouncer.closed(path, time.monotonic())
                self.service._wake_dispatcher()
            return
        paths = [path]
        if event.dest_path:
            paths.append(Path(os.fsdecode(event.dest_path)))
        kept = [p for p in paths if event.is_directory or watchable(p, self.root)]
        self.service._mark(kept, written=isinstance(event, FileModifiedEvent))


# Only these reach the handler; on Linux the kernel is asked for no others (reads of the files,
# the import's own included, and attribute changes cost nothing).
_EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileDeletedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirMovedEvent,
    DirDeletedEvent,
    EventsLostEvent,
]
_WANTED = tuple(_EVENTS)


# ---------------------------------------------------------------------------- the service


class FolderWatchService:
    """Keeps the library in step with watched folders.

    Methods that touch the library (`apply`, `recheck`) block and may run on any one thread at
    a time (the CLI's, or the desktop app's single-writer queue). `start` runs an observer
    thread (watchdog) and a dispatcher thread that hands each settled batch to `on_batch`.

    Attributes:
        library: the library imported into.
        state_file: where the watch list is kept (LIBRARY/watched.json).
        quiet_s: how long a path must be left alone before it is imported.
    """

    def __init__(
        self,
        library: Library,
        *,
        library_service: LibraryService,
        quiet_s: float = 1.0,
        hold_s: float | None = None,
        state_file: Path | None = None,
    ) -> None:
        self.library = library
        self._library_service = library_service
        self.state_file = state_file or Path(library.root) / STATE_FILE
        self.quiet_s = quiet_s
        self._debouncer = Debouncer(quiet_s=quiet_s, hold_s=hold_s if hold_s is not None else 3 * quiet_s)
        self._lock = threading.Lock()
        self._wake = threading.Condition()
        self._observer: BaseObserver | None = None
        self._watches: dict[Path, ObservedWatch] = {}
        self._dispatcher: threading.Thread | None = None
        self._stopping = threading.Event()
        self._on_batch: Callable[[WatchBatch], None] | None = None
        self._rechecks: list[Path] = []
        self._outstanding = 0  # batches handed to on_batch and not applied yet
        self._lifecycle = threading.Lock()  # start and stop may come from different threads

    # ------------------------------------------------------------------ the watch list

    def watched(self) -> list[WatchedFolder]:
        """The watched folders, in the order added."""
        return [
            WatchedFolder(entry.path, entry.since, available=entry.path.is_dir()) for entry in self._load()
        ]

    def add(self, folder: Path | str) -> WatchedFolder:
        """Put `folder` on the watch list (kept across restarts); observed at once if running.

        Adding a folder already watched is no error. Raises `WatchError` for a path that is not
        an existing folder, the library's own folder or one inside it, or a folder that holds
        the library (the watch would import the library's own files, and again on each write).
        """
        path = Path(folder).expanduser()
        if not path.exists():
            raise WatchError(QT_TRANSLATE_NOOP("Messages", "no such folder: {path}"), path=str(path))
        if not path.is_dir():
            raise WatchError(
                QT_TRANSLATE_NOOP("Messages", "{path} is a file; watch the folder it is in"), path=str(path)
            )
        path = path.resolve()
        library_root = Path(self.library.root).resolve()
        if path == library_root or path.is_relative_to(library_root) or library_root.is_relative_to(path):
            raise WatchError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} holds the library's own files ({library}); watch a folder outside it",
                ),
                path=str(path),
                library=str(library_root),
            )
        with self._lock:
            entries = self._load()
            for entry in entries:
                if entry.path == path:
                    return entry
            entry = WatchedFolder(path, datetime.now(UTC))
            self._save([*entries, entry])
        if self._observer is not None:
            self._schedule(path)
        return entry

    def remove(self, folder: Path | str) -> bool:
        """Stop watching `folder` (its items stay as they are). False when it was not watched."""
        path = Path(folder).expanduser()
        path = path.resolve() if path.exists() else Path(os.path.abspath(path))
        with self._lock:
            entries = self._load()
            kept = [e for e in entries if e.path != path]
            if len(kept) == len(entries):
                return False
            self._save(kept)
            watch = self._watches.pop(path, None)
        if watch is not None and self._observer is not None:
            try:
                self._observer.unschedule(watch)
            except (KeyError, OSError):
                pass
        return True

    def _load(self) -> list[WatchedFolder]:
        """The list as stored; an unreadable file is set aside (watched.json.bad), never lost."""
        try:
            raw = json.loads(self.state_file.read_text(encoding="utf-8"))
            entries = [
                WatchedFolder(Path(e["path"]), datetime.fromisoformat(e["since"])) for e in raw["folders"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            aside = self.state_file.with_name(self.state_file.name + ".bad")
            log.warning("the watch list %s cannot be read (%s); kept as %s", self.state_file, exc, aside)
            try:
                os.replace(self.state_file, aside)
            except OSError:
                pass
            return []
        return entries

    def _save(self, entries: Sequence[WatchedFolder]) -> None:
        data = {
            "version": 1,
            "folders": [{"path": str(e.path), "since": e.since.isoformat()} for e in entries],
        }
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.state_file)

    # ------------------------------------------------------------------ observing

    def start(self, on_batch: Callable[[WatchBatch], None], *, recheck: bool = True) -> None:
        """Observe every watched folder; each settled batch goes to `on_batch` (on a worker thread).

        With `recheck`, the first batch is a re-check of every watched folder that is there (the
        changes made while nobody watched). `on_batch` must hand the batch to `apply` (directly,
        or on a queue); it should not block for long.
        """
        with self._lifecycle:
            self._start(on_batch, recheck)

    def _start(self, on_batch: Callable[[WatchBatch], None], recheck: bool) -> None:
        self._on_batch = on_batch  # a running watch hands its next batches to the new taker
        if self._observer is not None:
            return
        self._stopping.clear()
        self._observer = Observer()
        self._observer.daemon = True
        # Only inotify (Linux) reports a writer closing a file; elsewhere size and mtime decide.
        self._debouncer.track_writers = type(self._observer).__name__ == "InotifyObserver"
        folders = [f.path for f in self.watched() if f.available]
        for folder in folders:
            self._schedule(folder)
        self._observer.start()
        if recheck and folders:
            with self._wake:
                self._rechecks.extend(folders)
        self._dispatcher = threading.Thread(target=self._dispatch, name="watch-dispatcher", daemon=True)
        self._dispatcher.start()

    def stop(self) -> None:
        """Stop observing (the list stays); dirty paths not yet settled are dropped."""
        with self._lifecycle:
            self._stop()

    def _stop(self) -> None:
        observer, self._observer = self._observer, None
        self._stopping.set()
        with self._wake:
            self._wake.notify_all()
        if observer is not None:
            observer.stop()
            observer.join(10)
        if self._dispatcher is not None and self._dispatcher is not threading.current_thread():
            self._dispatcher.join(10)
        self._dispatcher = None
        self._watches.clear()
        self._debouncer.clear()
        with self._wake:
            self._rechecks.clear()
            self._outstanding = 0

    @property
    def running(self) -> bool:
        return self._observer is not None

    def pending(self) -> int:
        """Dirty paths waiting to settle."""
        return self._debouncer.pending()

    def idle(self) -> bool:
        """Nothing dirty, no re-check queued and every batch handed out applied (tests, a status line)."""
        with self._wake:
            return not self._rechecks and self._outstanding == 0 and self._debouncer.pending() == 0

    def _schedule(self, folder: Path) -> None:
        assert self._observer is not None
        if folder in self._watches:
            return
        try:
            self._watches[folder] = self._observer.schedule(
                _Handler(self, folder), str(folder), recursive=True, event_filter=_EVENTS
            )
        except OSError as exc:  # gone since, or out of inotify watches: say so, watch the rest
            log.warning("cannot watch %s: %s", folder, exc)

    def _mark(self, paths: Iterable[Path], *, written: bool = False) -> None:
        now = time.monotonic()
        marked = False
        for path in paths:
            self._debouncer.touch(path, now, written=written)
            marked = True
        if marked:
            self._wake_dispatcher()

    def _wake_dispatcher(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def _dispatch(self) -> None:
        while not self._stopping.is_set():
            with self._wake:
                rechecks, self._rechecks = self._rechecks, []
                if rechecks:
                    self._outstanding += 1
            if rechecks:
                self._hand_out(WatchBatch(tuple(rechecks), recheck=True, handed_out=True))
            with self._wake:
                ready = self._debouncer.take(time.monotonic())
                if ready:
                    self._outstanding += 1
            if ready:
                self._hand_out(WatchBatch(tuple(ready), handed_out=True))
                continue
            due = self._debouncer.next_due()
            with self._wake:
                if self._stopping.is_set() or self._rechecks:
                    continue
                timeout = 0.5 if due is None else max(0.01, min(0.5, due - time.monotonic()))
                self._wake.wait(timeout)

    def _hand_out(self, batch: WatchBatch) -> None:
        try:
            if self._on_batch is None:
                raise RuntimeError("not started")
            self._on_batch(batch)
        except Exception:
            log.exception("a watched folder's changes could not be handed over")
            self._applied()

    def _applied(self) -> None:
        with self._wake:
            self._outstanding = max(0, self._outstanding - 1)

    # ------------------------------------------------------------------ applying

    def recheck(self, folders: Sequence[Path | str] | None = None) -> WatchReport:
        """Bring the library in line with whole watched folders now (all of them by default)."""
        paths = [Path(f).expanduser().resolve() for f in folders] if folders else None
        targets = [f.path for f in self.watched() if f.available and (paths is None or f.path in paths)]
        return self.apply(WatchBatch(tuple(targets), recheck=True))

    def apply(self, batch: WatchBatch) -> WatchReport:
        """Import what is new or changed under the batch's paths, then settle what is gone.

        Files present are imported through the library service (its fast triage: unchanged
        files cost a stat; a renamed file is its item at a new path). Then every path the
        library knows under the batch's paths that is no longer on disk is forgotten; an item
        left with no file on disk is archived. The index is synced by the library service.
        """
        try:
            return self._apply(batch)
        finally:
            if batch.handed_out:
                self._applied()

    def _apply(self, batch: WatchBatch) -> WatchReport:
        started = time.monotonic()
        report = WatchReport()
        roots = [f.path for f in self.watched()]
        files, gone_roots = self._present_files(batch.paths, roots)
        if self.running:  # a file written to in the last moments waits for its quiet spell
            files = self._defer_fresh(files)
        if files:
            outcomes: list[tuple[str, str]] = []

            def progress(p: ImportProgress) -> None:
                if p.outcome in ("imported", "updated", "rejected"):
                    outcomes.append((p.outcome, p.path))

            try:
                result = self._library_service.import_paths(files, progress=progress)
            except LibraryError as exc:
                if exc.message.template != _CHANGED_WHILE_IMPORTED or not self.running:
                    raise  # only a running watch comes back to a batch later
                # A file was written to again while it was copied in (its writer paused for
                # longer than the quiet spell): what committed stays, and the batch is tried
                # again once the file has settled. Nothing is lost, nothing half-imported.
                log.info("%s; trying the batch again once it settles", exc)
                report.changes.extend(outcomes)
                report.changes.append(("retrying", str(exc.message.args.get("source", ""))))
                self._mark(batch.paths)
                report.seconds = time.monotonic() - started
                return report
            report.imported, report.updated, report.unchanged = (
                result.imported,
                result.updated,
                result.unchanged,
            )
            report.rejected = [(p, str(r)) for p, r in result.rejected]
            report.changes.extend(outcomes)
            self._restore_returned(files, report)
        self._settle_gone(gone_roots, report)
        report.seconds = time.monotonic() - started
        return report

    def _defer_fresh(self, files: list[Path]) -> list[Path]:
        """Files modified less than `quiet_s` ago go back to the debouncer instead of in now.

        A re-check (on start, after lost events) walks whole folders and may meet a file whose
        writer is still at work; the debouncer decides when it is whole. A modification time in
        the future (a skewed network share) does not count as fresh, or it would never settle.
        """
        now = time.time()
        ready: list[Path] = []
        fresh: list[Path] = []
        for path in files:
            try:
                age = now - path.stat().st_mtime
            except OSError:
                age = self.quiet_s  # gone meanwhile: the import reports it
            (fresh if 0 <= age < self.quiet_s else ready).append(path)
        if fresh:
            self._mark(fresh)
        return ready

    def _restore_returned(self, files: Sequence[Path], report: WatchReport) -> None:
        """Publish again the items the watch archived whose file is back (restored from the bin).

        Only an item whose latest move was the watch's own archive of a published item: one
        archived by a person, or a draft, stays as it is.
        """
        prefix = ARCHIVE_NOTE.split("{", 1)[0]
        with self.library.reading() as conn:
            sources = repo.all_sources(conn)
            by_item = {
                record.item_id: path
                for path in map(str, files)
                if (record := sources.get(path)) is not None and record.item_id is not None
            }
            moves = repo.last_moves(conn, by_item)
        back = [
            item_id
            for item_id, (old, new, note) in moves.items()
            if new == ItemStatus.ARCHIVED.value
            and old == ItemStatus.PUBLISHED.value
            and note.startswith(prefix)
        ]
        for item_id in back:
            path = by_item[item_id]
            try:
                self._library_service.unarchive_items([item_id], note=RESTORE_NOTE.format(path=path))
            except NotFound:
                continue
            report.restored += 1
            report.changes.append(("restored", path))

    @staticmethod
    def _present_files(paths: Iterable[Path], roots: Sequence[Path]) -> tuple[list[Path], list[Path]]:
        """Watchable files at or under `paths`, and the paths to look for gone files under."""
        files: list[Path] = []
        look: list[Path] = []
        for path in paths:
            root = next((r for r in roots if path == r or path.is_relative_to(r)), None)
            if root is None:
                continue  # no longer watched
            if path.is_dir():
                found, _missing = walk([path])
                files.extend(f for f in found if watchable(f, root))
                look.append(path)
            elif path.is_file():
                if watchable(path, root):
                    files.append(path.resolve())
            elif path != root:  # gone (a watched folder that is gone is not a deletion of its files)
                look.append(path)
        return sorted(set(files)), look

    def _settle_gone(self, under: Sequence[Path], report: WatchReport) -> None:
        if not under:
            return
        with self.library.reading() as conn:
            sources = repo.all_sources(conn)
        by_item: dict[int, list[str]] = {}
        for record in sources.values():
            if record.item_id is not None:
                by_item.setdefault(record.item_id, []).append(record.path)
        gone = [
            record
            for path, record in sources.items()
            if any(Path(path) == u or Path(path).is_relative_to(u) for u in under)
            and not os.path.exists(path)
        ]
        if not gone:
            return
        gone_paths = {r.path for r in gone}
        to_archive: dict[int, str] = {}
        with self.library.transaction() as conn:
            for record in gone:
                repo.forget_source(conn, record.path)
        for record in gone:
            if record.item_id is None:
                continue
            elsewhere = [
                p for p in by_item.get(record.item_id, []) if p not in gone_paths and os.path.exists(p)
            ]
            if elsewhere:
                report.moved += 1
                report.changes.append(("moved", record.path))
                report.moves[record.path] = elsewhere[0]
            elif record.item_id not in to_archive:
                to_archive[record.item_id] = record.path
        for item_id, path in to_archive.items():
            try:
                (item,) = self._library_service.archive_items([item_id], note=ARCHIVE_NOTE.format(path=path))
            except NotFound:  # removed meanwhile: nothing left to archive
                continue
            if item.status is not ItemStatus.ARCHIVED:
                report.archived += 1
                report.changes.append(("archived", path))
