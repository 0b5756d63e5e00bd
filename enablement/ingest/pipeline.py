"""Import files into a library: walk, skip unchanged, extract in parallel, store, index.

Why it is shaped like this:
- A file whose size and mtime match what we recorded is unchanged without being
  read; otherwise its sha256 decides. So re-importing an unchanged library costs
  a stat per file.
- Extraction runs in worker processes (`workers.ExtractionPool`) with a time and
  memory limit, so one hostile file cannot hang or crash the import.
- Each file's original goes into the blob store first (atomic rename), then its
  item, version and units are written in one database transaction. A kill at
  any moment leaves either the whole item or nothing; running again completes it.
- The search index follows the database (the library service's `sync()` indexes
  whatever the database has that the index lacks), so a crash between the two
  heals on the next import or start. The importer does not know the index: it
  calls `on_committed` now and then during a long import so that items become
  findable while it runs, and its caller syncs once at the end
  (`enablement.services.LibraryService.import_paths`). A large import is indexed
  elsewhere as it goes: the caller's `on_stored` receives each committed batch's
  item ids (the library service hands them to index worker processes,
  `enablement.search.bulk`), and once it takes charge the periodic sync stops.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from enablement.domain import ExtractedDoc, ItemKind, ItemMeta, ItemStatus
from enablement.ingest.workers import DEFAULT_TIMEOUT_S, ExtractionPool, Outcome
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store import repository as repo
from enablement.store.library import Library
from enablement.store.schema import items

NO_SUCH_PATH = Message(QT_TRANSLATE_NOOP("Messages", "no such file or folder"))
_NO_TEXT = Message(QT_TRANSLATE_NOOP("Messages", "no text could be found in it"))
_SKIP_NAMES = {".git", ".svn", "__pycache__", ".DS_Store", "Thumbs.db", "desktop.ini"}
_COMMIT_EVERY_S = 1.0  # a batch is committed after this long or this many files,
_COMMIT_EVERY_FILES = 200  # so a crash loses little and progress shows up in search soon
_NOTIFY_EVERY_S = 5.0  # how often a long import tells `on_committed` (an index sync is not free)


@dataclass(slots=True)
class ImportProgress:
    """Reported to the progress callback after each file."""

    done: int
    total: int
    path: str
    outcome: str  # imported | updated | unchanged | rejected | scanning


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    units: int = 0
    rejected: list[tuple[str, Message]] = field(default_factory=list)
    # Unchanged files that an earlier import refused (counted in `unchanged`).
    still_rejected: list[tuple[str, Message]] = field(default_factory=list)
    # Imported with a caveat (truncated, a damaged slide skipped, …).
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    item_ids: list[int] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "units": self.units,
            "rejected": [{"path": p, "reason": str(r)} for p, r in self.rejected],
            "seconds": round(self.seconds, 3),
            "previously_rejected": [{"path": p, "reason": str(r)} for p, r in self.still_rejected],
            "warnings": [{"path": p, "warning": w} for p, w in self.warnings],
        }


def is_skipped_name(name: str) -> bool:
    """A file or folder name a folder walk passes over: hidden, version control, Office lock files."""
    return name in _SKIP_NAMES or name.startswith((".", "~$"))


def walk(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, Message]]]:
    """Files under `paths` (recursively, sorted), and paths that could not be read."""
    found: list[Path] = []
    missing: list[tuple[str, Message]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_file():
            found.append(path.resolve())
        elif path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_NAMES and not d.startswith("."))
                for name in sorted(files):
                    if is_skipped_name(name):
                        continue
                    candidate = Path(root, name)
                    if candidate.is_file():
                        found.append(candidate.resolve())
        else:
            missing.append((str(path), NO_SUCH_PATH))
    seen: set[Path] = set()
    unique = [p for p in found if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    return unique, missing


def _in_order(outcomes: Iterable[Outcome], paths: list[Path]) -> Iterator[Outcome]:
    """`outcomes` (in completion order) in the order of `paths`: each is held until every one
    before it has come. Stopped early (cancelled), those that came are still all given, in order."""
    waiting: dict[Path, Outcome] = {}
    position = 0
    for outcome in outcomes:
        waiting[outcome.path] = outcome
        while position < len(paths) and paths[position] in waiting:
            yield waiting.pop(paths[position])
            position += 1
    for path in paths[position:]:
        if path in waiting:
            yield waiting.pop(path)


def _unreadable(exc: OSError) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("Messages", "cannot be read: {error}"), {"error": str(exc.strerror or exc)}
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(slots=True)
class _Candidate:
    path: Path
    size: int
    mtime_ns: int
    sha256: str
    item_id: int | None  # existing item to add a version to


class Importer:
    """Imports files into one library.

    Attributes:
        library: the library imported into.
        user: recorded as the importer of each version (and owner of new items).
        timeout_s: how long one file's extraction may take before it is rejected.
        on_committed: called (without arguments, on the importing thread) after a batch of
            items was committed during an import, at most every few seconds, so that whoever
            keeps the search index wires it to an index sync (`enablement.app` does) and items
            become findable while a long import runs. It is no end-of-import signal: the
            caller syncs once the import returns. None: nobody is told.
    """

    def __init__(
        self,
        library: Library,
        *,
        user: str = "",
        timeout_s: float = DEFAULT_TIMEOUT_S,
        on_committed: Callable[[], object] | None = None,
    ) -> None:
        self.library = library
        self.user = user
        self.timeout_s = timeout_s
        self.on_committed = on_committed

    def is_empty(self) -> bool:
        with self.library.reading() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(items)).scalar_one() == 0

    def import_paths(
        self,
        paths: Sequence[Path | str],
        meta: ItemMeta | None = None,
        *,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
        workers: int | None = None,
        notify: bool = True,
        on_stored: Callable[[list[int]], bool] | None = None,
        ordered: bool = False,
    ) -> ImportReport:
        """Import files and folders (recursively); see the module docstring for the steps.

        Args:
            paths: files and folders.
            meta: metadata for every imported item, added to what the files carry.
            progress: called after each file.
            cancel: set it to stop after the file in hand; what was committed stays.
            workers: extraction processes (default: all cores).
            notify: False to not call `on_committed` during this import (the caller changes the
                new items before they may become findable).
            on_stored: called after each committed batch with the ids of the items it stored
                (new, or given a new version), for a caller that indexes them as the import goes
                (a bulk index: `enablement.search.bulk`). Once it returns True (it took charge of
                indexing them) `on_committed` is no longer called during this import.
            ordered: True to store the files in the order of `paths` (folders: sorted) whichever
                worker finishes first, so new items are numbered the same on every run (the demo
                library, whose ids a newcomer types from the README); a file is held until those
                before it are done.
        """
        started = time.monotonic()
        meta = meta or ItemMeta()
        report = ImportReport()
        files, missing = walk(Path(p) for p in paths)
        report.rejected.extend(missing)
        total = len(files)
        done = 0

        def tick(path: Path | str, outcome: str) -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(ImportProgress(done, total, str(path), outcome))

        candidates = self._triage(files, report, tick)
        if candidates and not (cancel and cancel.is_set()):
            on_committed = self.on_committed if notify else None
            self._extract_and_store(
                candidates, meta, report, tick, cancel, workers, on_committed, on_stored, ordered
            )
        report.cancelled = bool(cancel and cancel.is_set())
        report.seconds = time.monotonic() - started
        return report

    def import_version(
        self, path: Path, item_id: int, *, source_path: str, restored_from: int | None = None
    ) -> int:
        """Store the file at `path` as the newest version of item `item_id`; returns its number.

        For a restore (enablement.workbench.diff): an older original, copied out of the file
        store under its old name, goes through the same steps as any import (extracted in a
        worker with its limits, kept in the file store, item, version and units in one
        transaction), but `source_files` is left alone, so the next scan of the item's folder
        sees its file unchanged and does not undo the restore. `source_path` is recorded as the
        version's source (where the restored content came from). Raises `Rejected` when the
        file cannot be extracted. Nobody is told: the caller syncs the index.
        """
        from enablement.errors import Rejected

        path = Path(path)
        st = path.stat()
        sha = file_sha256(path)
        with ExtractionPool(1, timeout_s=self.timeout_s) as pool:
            outcome = next(iter(pool.run([path])))
        if outcome.doc is None or not outcome.doc.units:
            raise Rejected(outcome.reason or _NO_TEXT)
        candidate = _Candidate(path, st.st_size, st.st_mtime_ns, sha, item_id)
        self.library.blobs.put_file(path, sha)
        with self.library.transaction() as conn:
            existing = repo.get_item(conn, item_id)
            new = self._new_version(candidate, outcome.doc, ItemMeta(), existing)
            new.path = source_path
            new.restored_from = restored_from
            repo.store_version(conn, new, item_id=item_id, user=self.user)
            return repo.get_item(conn, item_id).version

    # ---------------------------------------------------------------- triage

    def _triage(
        self, files: list[Path], report: ImportReport, tick: Callable[[Path, str], None]
    ) -> list[_Candidate]:
        """Split files into unchanged ones (counted now) and candidates to extract."""
        with self.library.reading() as conn:
            known = repo.all_sources(conn)
            refused = repo.all_rejections(conn)
            shas = repo.item_shas(conn)
        known_items = {item_id for item_id, _sha in shas}
        item_by_sha = {sha: item_id for item_id, sha in shas}
        candidates: list[_Candidate] = []
        touched: list[tuple[str, int, int, str, int]] = []
        for path in files:
            key = str(path)
            try:
                st = path.stat()
            except OSError as exc:
                report.rejected.append((key, _unreadable(exc)))
                tick(path, "rejected")
                continue
            record = known.get(key)
            live = record is not None and record.item_id in known_items
            if live and record and record.size == st.st_size and record.mtime_ns == st.st_mtime_ns:
                report.unchanged += 1
                tick(path, "unchanged")
                continue
            earlier = refused.get(key)
            if earlier and earlier.size == st.st_size and earlier.mtime_ns == st.st_mtime_ns:
                report.unchanged += 1
                report.still_rejected.append((key, earlier.reason))
                tick(path, "unchanged")
                continue
            try:
                sha = file_sha256(path)
            except OSError as exc:
                report.rejected.append((key, _unreadable(exc)))
                tick(path, "rejected")
                continue
            if earlier and earlier.sha256 == sha:
                report.unchanged += 1
                report.still_rejected.append((key, earlier.reason))
                tick(path, "unchanged")
                continue
            same_item = item_by_sha.get(sha)
            if same_item is not None and (not live or (record and record.item_id == same_item)):
                # Same content as an item we hold (a touched file, or a copy elsewhere).
                report.unchanged += 1
                touched.append((key, st.st_size, st.st_mtime_ns, sha, same_item))
                tick(path, "unchanged")
                continue
            existing = record.item_id if live and record else None
            candidates.append(_Candidate(path, st.st_size, st.st_mtime_ns, sha, existing))
        if touched:
            with self.library.transaction() as conn:
                for args in touched:
                    repo.touch_source(conn, *args)
        return candidates

    # ---------------------------------------------------------------- extract + store

    def _extract_and_store(
        self,
        candidates: list[_Candidate],
        meta: ItemMeta,
        report: ImportReport,
        tick: Callable[[Path, str], None],
        cancel: threading.Event | None,
        workers: int | None,
        on_committed: Callable[[], object] | None,
        on_stored: Callable[[list[int]], bool] | None = None,
        ordered: bool = False,
    ) -> None:
        by_path = {c.path: c for c in candidates}
        indexed_elsewhere = False

        def commit(batch: list[tuple[_Candidate, ExtractedDoc]]) -> None:
            nonlocal indexed_elsewhere
            before = len(report.item_ids)
            self._commit(batch, meta, report, tick)
            if on_stored is not None and len(report.item_ids) > before:
                indexed_elsewhere = bool(on_stored(report.item_ids[before:])) or indexed_elsewhere

        batch: list[tuple[_Candidate, ExtractedDoc]] = []
        refused: list[tuple[_Candidate, Message]] = []
        last_commit = last_notified = time.monotonic()
        with ExtractionPool(workers, timeout_s=self.timeout_s) as pool:
            outcomes: Iterable[Outcome] = pool.run(
                list(by_path), should_stop=lambda: bool(cancel and cancel.is_set())
            )
            if ordered:
                outcomes = _in_order(outcomes, list(by_path))
            for outcome in outcomes:
                candidate = by_path[outcome.path]
                if not self._accept(outcome, report, tick):
                    refused.append((candidate, report.rejected[-1][1]))
                    continue
                assert outcome.doc is not None
                report.warnings.extend((str(candidate.path), w) for w in outcome.doc.warnings)
                batch.append((candidate, outcome.doc))
                now = time.monotonic()
                if now - last_commit >= _COMMIT_EVERY_S or len(batch) >= _COMMIT_EVERY_FILES:
                    commit(batch)
                    batch = []
                    last_commit = now
                    if (
                        on_committed is not None
                        and not indexed_elsewhere
                        and now - last_notified >= _NOTIFY_EVERY_S
                    ):
                        on_committed()
                        last_notified = time.monotonic()
            if batch:
                commit(batch)
        if refused:
            with self.library.transaction() as conn:
                for candidate, reason in refused:
                    repo.record_rejection(
                        conn,
                        str(candidate.path),
                        candidate.size,
                        candidate.mtime_ns,
                        candidate.sha256,
                        reason,
                    )

    @staticmethod
    def _accept(outcome: Outcome, report: ImportReport, tick: Callable[[Path, str], None]) -> bool:
        if outcome.doc is None or not outcome.doc.units:
            reason = outcome.reason or _NO_TEXT
            report.rejected.append((str(outcome.path), reason))
            tick(outcome.path, "rejected")
            return False
        return True

    def _commit(
        self,
        batch: list[tuple[_Candidate, ExtractedDoc]],
        meta: ItemMeta,
        report: ImportReport,
        tick: Callable[[Path, str], None],
    ) -> None:
        # File creation dominates on some file systems; it releases the GIL, so overlap it.
        with ThreadPoolExecutor(4) as copier:
            list(copier.map(lambda c: self.library.blobs.put_file(c[0].path, c[0].sha256), batch))
        outcomes: list[tuple[_Candidate, str, int, int]] = []
        with self.library.transaction() as conn:
            for candidate, doc in batch:
                twin = repo.item_id_by_sha(conn, candidate.sha256) if candidate.item_id is None else None
                if twin is not None:  # a copy of a file stored earlier in this same import
                    repo.touch_source(
                        conn, str(candidate.path), candidate.size, candidate.mtime_ns, candidate.sha256, twin
                    )
                    outcomes.append((candidate, "unchanged", twin, 0))
                    continue
                existing = repo.get_item(conn, candidate.item_id) if candidate.item_id else None
                new = self._new_version(candidate, doc, meta, existing)
                item_id = repo.store_version(conn, new, item_id=candidate.item_id, user=self.user)
                repo.touch_source(
                    conn, str(candidate.path), candidate.size, candidate.mtime_ns, candidate.sha256, item_id
                )
                repo.forget_rejection(conn, str(candidate.path))
                outcomes.append((candidate, "updated" if existing else "imported", item_id, len(doc.units)))
        for candidate, outcome, item_id, unit_count in outcomes:
            if outcome == "unchanged":
                report.unchanged += 1
                tick(candidate.path, outcome)
                continue
            if outcome == "updated":
                report.updated += 1
            else:
                report.imported += 1
            report.units += unit_count
            report.item_ids.append(item_id)
            tick(candidate.path, outcome)

    def _new_version(
        self, candidate: _Candidate, doc: ExtractedDoc, meta: ItemMeta, existing: Any
    ) -> repo.NewVersion:
        from enablement.ingest.language import detect_language

        fm = doc.meta

        def pick_list(cli: list[str], key: str, old: list[str] | None) -> list[str]:
            # Metadata given at import adds to what a re-imported item already had.
            values: list[str] = []
            for value in [*cli, *_as_list(fm.get(key)), *(old or [])]:
                if value not in values:
                    values.append(value)
            return values

        kind = meta.kind or _enum(ItemKind, fm.get("kind")) or (existing.kind if existing else doc.kind)
        status = (
            meta.status
            or _enum(ItemStatus, fm.get("status"))
            or (existing.status if existing else ItemStatus.PUBLISHED)
        )
        language = str(fm.get("language") or "") or detect_language(
            part for unit in doc.units for part in (unit.heading, unit.text, unit.notes)
        )
        review_by = fm.get("review_by")
        if not isinstance(review_by, date):
            review_by = existing.review_by if existing else None
        return repo.NewVersion(
            path=str(candidate.path),
            name=candidate.path.name,
            size=candidate.size,
            mtime_ns=candidate.mtime_ns,
            sha256=candidate.sha256,
            doc=doc,
            language=language,
            kind=kind,
            status=status,
            competitors=pick_list(
                meta.competitors, "competitors", existing.competitors if existing else None
            ),
            products=pick_list(meta.products, "products", existing.products if existing else None),
            tags=pick_list(meta.tags, "tags", existing.tags if existing else None),
            owner=meta.owner or str(fm.get("owner") or "") or (existing.owner if existing else self.user),
            review_by=review_by,
            title=str(fm.get("title") or "") or doc.title or candidate.path.stem,
        )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, Iterable):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def _enum(cls: Any, value: Any) -> Any:
    if not value:
        return None
    try:
        return cls(str(value).strip().lower())
    except ValueError:
        return None
