"""Watched folders with real file events: a watchdog observer on a temporary folder, no mocks.

Every test waits by polling the library with a timeout (`_until`); nothing asserts on time.
The service is built as the composition root builds it, with a shorter quiet spell so the tests
do not wait a second per step.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.domain import ItemStatus
from enablement.services.watch import (
    Debouncer,
    FolderWatchService,
    WatchBatch,
    WatchError,
    WatchReport,
    watchable,
)
from enablement.store import repository as repo
from enablement.store.schema import items, versions

CARD = """---
title: {name}
competitor: {name}
---
# Weaknesses
{name} ships a slow {word} rollout.
"""
TIMEOUT_S = 60.0


def _card(path: Path, name: str, word: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CARD.format(name=name, word=word), encoding="utf-8")
    return path


def _until(check: Callable[[], object], what: str, timeout: float = TIMEOUT_S) -> object:
    """Poll `check` until it returns something true; fail naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


class Watcher:
    """A FolderWatchService applying its batches on its own thread, keeping every report."""

    def __init__(self, services: Services, *, quiet_s: float = 0.3) -> None:
        self.services = services
        self.service = FolderWatchService(
            services.library, library_service=services.library_service, quiet_s=quiet_s
        )
        self.reports: list[WatchReport] = []
        self.batches: list[WatchBatch] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self.applying = False

    def start(self, *, recheck: bool = True) -> None:
        self.service.start(self._apply, recheck=recheck)

    def _apply(self, batch: WatchBatch) -> None:
        self.applying = True
        try:
            report = self.service.apply(batch)
        except BaseException as exc:  # the test thread reports it
            self.errors.append(exc)
            raise
        finally:
            self.applying = False
        with self._lock:
            self.batches.append(batch)
            self.reports.append(report)

    def settled(self) -> bool:
        assert not self.errors, self.errors
        return not self.applying and self.service.idle()

    def changes(self) -> list[tuple[str, str]]:
        with self._lock:
            return [c for r in self.reports for c in r.changes]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    settings = Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        yield built


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Sales"
    path.mkdir()
    return path.resolve()


@pytest.fixture
def watcher(services: Services, folder: Path) -> Iterator[Watcher]:
    w = Watcher(services)
    w.service.add(folder)
    w.start()
    try:
        yield w
    finally:
        w.service.stop()


def _source(services: Services, path: Path) -> repo.SourceRecord | None:
    with services.library.reading() as conn:
        return repo.get_source(conn, str(path))


def _item(services: Services, item_id: int) -> object:
    with services.library.reading() as conn:
        return repo.get_item(conn, item_id)


def _count(services: Services, table: sa.Table) -> int:
    with services.library.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _found(services: Services, word: str) -> set[str]:
    return {hit.source for hit in services.search.search(word, log=False, correct=False).hits}


# ---------------------------------------------------------------------------- real events


def test_a_new_file_is_imported_and_findable(services: Services, folder: Path, watcher: Watcher) -> None:
    path = _card(folder / "globex.md", "Globex", "quokka")
    _until(lambda: _source(services, path), "the new file to be imported")
    _until(watcher.settled, "the import to settle")
    assert _found(services, "quokka") == {"globex.md"}
    assert ("imported", str(path)) in watcher.changes()


def test_a_changed_file_becomes_a_new_version(services: Services, folder: Path, watcher: Watcher) -> None:
    path = _card(folder / "globex.md", "Globex", "quokka")
    record = _until(lambda: _source(services, path), "the first import")
    assert isinstance(record, repo.SourceRecord) and record.item_id is not None
    _until(watcher.settled, "the first import to settle")
    _card(path, "Globex", "wombat")
    _until(lambda: _item(services, record.item_id).version == 2, "the second version")  # type: ignore[attr-defined]
    _until(watcher.settled, "the update to settle")
    assert _found(services, "wombat") == {"globex.md"}
    assert _found(services, "quokka") == set()
    assert _count(services, items) == 1
    assert ("updated", str(path)) in watcher.changes()


def test_a_file_written_slowly_is_imported_once_whole(services: Services, folder: Path) -> None:
    watcher = Watcher(services, quiet_s=1.0)
    watcher.service.add(folder)
    watcher.start()
    try:
        path = folder / "slow.md"
        words = [f"chunkword{i:02d}" for i in range(25)]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("---\ntitle: Slow card\n---\n# Strengths\n")
            for word in words:  # a copy over a slow network: a chunk, a pause, a chunk
                fh.write(f"The card says {word}.\n")
                fh.flush()
                os.fsync(fh.fileno())
                time.sleep(0.05)
        _until(lambda: _found(services, words[-1]), "the whole file to be findable")
        _until(watcher.settled, "the watch to settle")
        record = _source(services, path)
        assert record is not None and record.item_id is not None
        assert _item(services, record.item_id).version == 1  # type: ignore[attr-defined]
        assert _count(services, versions) == 1, "one import, not one per chunk"
        assert [c for c in watcher.changes() if c[1] == str(path)] == [("imported", str(path))]
    finally:
        watcher.service.stop()


def test_a_renamed_file_keeps_its_item(services: Services, folder: Path, watcher: Watcher) -> None:
    old = _card(folder / "globex.md", "Globex", "quokka")
    record = _until(lambda: _source(services, old), "the first import")
    assert isinstance(record, repo.SourceRecord)
    _until(watcher.settled, "the first import to settle")
    new = folder / "archive" / "globex-2026.md"
    new.parent.mkdir()
    old.rename(new)
    moved = _until(lambda: _source(services, new), "the new path to be known")
    assert isinstance(moved, repo.SourceRecord) and moved.item_id == record.item_id
    _until(lambda: _source(services, old) is None, "the old path to be forgotten")
    _until(watcher.settled, "the rename to settle")
    item = _item(services, record.item_id)  # type: ignore[arg-type]
    assert item.status is ItemStatus.PUBLISHED  # type: ignore[attr-defined]
    assert item.version == 1  # type: ignore[attr-defined]
    assert _count(services, items) == 1, "no duplicate item"
    assert ("moved", str(old)) in watcher.changes()
    assert _found(services, "quokka") == {"globex.md"}


def test_a_deleted_file_archives_its_item(services: Services, folder: Path, watcher: Watcher) -> None:
    path = _card(folder / "globex.md", "Globex", "quokka")
    record = _until(lambda: _source(services, path), "the first import")
    assert isinstance(record, repo.SourceRecord) and record.item_id is not None
    _until(watcher.settled, "the first import to settle")
    path.unlink()
    _until(
        lambda: _item(services, record.item_id).status is ItemStatus.ARCHIVED,  # type: ignore[attr-defined]
        "the item to be archived",
    )
    _until(watcher.settled, "the deletion to settle")
    assert _found(services, "quokka") == set(), "out of search"
    assert _count(services, versions) == 1, "its history is kept"
    assert ("archived", str(path)) in watcher.changes()


def test_a_file_back_from_the_bin_publishes_its_item_again(
    services: Services, folder: Path, watcher: Watcher, tmp_path: Path
) -> None:
    path = _card(folder / "globex.md", "Globex", "quokka")
    record = _until(lambda: _source(services, path), "the first import")
    assert isinstance(record, repo.SourceRecord) and record.item_id is not None
    _until(watcher.settled, "the first import to settle")
    bin_path = tmp_path / "bin" / "globex.md"
    bin_path.parent.mkdir()
    path.rename(bin_path)  # to the bin: outside every watched folder
    _until(
        lambda: _item(services, record.item_id).status is ItemStatus.ARCHIVED,  # type: ignore[attr-defined]
        "the item to be archived",
    )
    _until(watcher.settled, "the deletion to settle")
    bin_path.rename(path)  # and back
    _until(
        lambda: _item(services, record.item_id).status is ItemStatus.PUBLISHED,  # type: ignore[attr-defined]
        "the item to be published again",
    )
    _until(watcher.settled, "the return to settle")
    assert _found(services, "quokka") == {"globex.md"}
    assert _count(services, items) == 1 and _count(services, versions) == 1
    assert watcher.changes()[-1] == ("restored", str(path))


def test_an_item_archived_by_a_person_stays_archived_when_its_file_returns(
    services: Services, folder: Path, watcher: Watcher
) -> None:
    path = _card(folder / "globex.md", "Globex", "quokka")
    record = _until(lambda: _source(services, path), "the first import")
    assert isinstance(record, repo.SourceRecord) and record.item_id is not None
    _until(watcher.settled, "the first import to settle")
    services.library_service.archive_items([record.item_id], note="superseded")
    _card(folder / "globex.md", "Globex", "quokka")  # rewritten: same content, a new mtime
    _card(folder / "marker.md", "Marker", "wombat")
    _until(lambda: _source(services, folder / "marker.md"), "the marker file")
    _until(watcher.settled, "the watch to settle")
    assert _item(services, record.item_id).status is ItemStatus.ARCHIVED  # type: ignore[attr-defined]


def test_a_deleted_folder_archives_its_items_and_a_moved_one_keeps_them(
    services: Services, folder: Path, watcher: Watcher
) -> None:
    _card(folder / "q3" / "globex.md", "Globex", "quokka")
    _card(folder / "q3" / "initech.md", "Initech", "quokka")
    _card(folder / "old" / "acme.md", "Acme", "wombat")
    _until(lambda: _count(services, items) == 3, "three items")
    _until(watcher.settled, "the imports to settle")
    (folder / "q3").rename(folder / "q4")
    for name in ("old/acme.md",):
        (folder / name).unlink()
    (folder / "old").rmdir()
    _until(lambda: _source(services, folder / "q4" / "initech.md"), "the moved folder's files")
    _until(lambda: _found(services, "wombat") == set(), "the deleted folder's item out of search")
    _until(watcher.settled, "the moves to settle")
    assert _found(services, "quokka") == {"globex.md", "initech.md"}
    assert _count(services, items) == 3


@pytest.mark.slow
def test_a_burst_of_500_files_all_land(services: Services, folder: Path, watcher: Watcher) -> None:
    for i in range(500):
        sub = folder / f"batch{i % 5}"
        sub.mkdir(exist_ok=True)
        if i % 2:
            (sub / f"price{i:03d}.csv").write_text(f"SKU;Name;Price\nBX-{i:03d};Burst item {i};{i}0\n")
        else:
            _card(sub / f"card{i:03d}.md", f"Rival{i:03d}", f"burstword{i:03d}")
    _until(lambda: _count(services, items) == 500, "500 items", timeout=300)
    _until(watcher.settled, "the watch to settle", timeout=120)
    assert _count(services, items) == 500
    assert not [r for report in watcher.reports for r in report.rejected]
    assert _found(services, "burstword499") == set() and _found(services, "burstword498") == {"card498.md"}


def test_unknown_types_are_left_alone_and_old_formats_refused(
    services: Services, folder: Path, watcher: Watcher
) -> None:
    (folder / "deck.pptx.part").write_bytes(b"half a download")
    (folder / "notes.tmp").write_text("scratch")
    (folder / "old.ppt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    marker = _card(folder / "marker.md", "Marker", "quokka")
    _until(lambda: _source(services, marker), "the marker file")
    _until(lambda: any("old.ppt" in p for r in watcher.reports for p, _ in r.rejected), "the .ppt refusal")
    _until(watcher.settled, "the watch to settle")
    rejected = {Path(p).name: reason for r in watcher.reports for p, reason in r.rejected}
    assert set(rejected) == {"old.ppt"}
    assert ".pptx" in rejected["old.ppt"]  # the refusal says what to do


def test_restart_recheck_picks_up_what_changed_while_not_watching(services: Services, folder: Path) -> None:
    keep = _card(folder / "keep.md", "Keep", "quokka")
    edit = _card(folder / "edit.md", "Edit", "quokka")
    gone = _card(folder / "gone.md", "Gone", "quokka")
    old = _card(folder / "old-name.md", "Moved", "quokka")
    first = Watcher(services)
    first.service.add(folder)
    first.start()
    _until(lambda: _count(services, items) == 4, "the first re-check to import four files")
    _until(first.settled, "the first watch to settle")
    first.service.stop()

    # While nobody watches:
    _card(edit, "Edit", "wombat")
    gone.unlink()
    new = folder / "new-name.md"
    old.rename(new)
    added = _card(folder / "added.md", "Added", "platypus")

    again = Watcher(services)  # a new start, reading the list from watched.json
    assert [f.path for f in again.service.watched()] == [folder]
    again.start()
    try:
        _until(lambda: _source(services, added), "the file added meanwhile")
        _until(again.settled, "the re-check to settle")
        assert _found(services, "wombat") == {"edit.md"}
        assert _found(services, "platypus") == {"added.md"}
        assert _item(services, _item_titled(services, "Gone")).status is ItemStatus.ARCHIVED  # type: ignore[attr-defined]
        moved = _source(services, new)
        assert moved is not None and _source(services, old) is None
        assert _item(services, moved.item_id).status is ItemStatus.PUBLISHED  # type: ignore[arg-type,attr-defined]
        assert _count(services, items) == 5
        assert _source(services, keep) is not None
        assert again.batches[0].recheck
    finally:
        again.service.stop()


def _item_titled(services: Services, title: str) -> int:
    with services.library.reading() as conn:
        return int(conn.execute(sa.select(items.c.id).where(items.c.title == title)).scalar_one())


# ---------------------------------------------------------------------------- the list and the rules


def test_the_watch_list_survives_a_restart_and_bad_input_is_refused(
    services: Services, folder: Path, tmp_path: Path
) -> None:
    service = services.watch
    service.add(folder)
    service.add(folder)  # twice is no error
    other = FolderWatchService(services.library, library_service=services.library_service)
    assert [f.path for f in other.watched()] == [folder]
    stored = json.loads((services.library.root / "watched.json").read_text(encoding="utf-8"))
    assert stored["folders"][0]["path"] == str(folder)

    with pytest.raises(WatchError, match="no such folder"):
        service.add(tmp_path / "nowhere")
    with pytest.raises(WatchError, match="is a file"):
        service.add(_card(tmp_path / "a.md", "A", "b"))
    with pytest.raises(WatchError, match="library's own files"):
        service.add(services.library.root)
    with pytest.raises(WatchError, match="library's own files"):
        service.add(tmp_path)  # holds the library folder

    assert service.remove(folder)
    assert not service.remove(folder)
    assert other.watched() == []


def test_an_unreadable_watch_list_is_set_aside_not_lost(services: Services, folder: Path) -> None:
    state = services.library.root / "watched.json"
    state.write_text("{not json", encoding="utf-8")
    assert services.watch.watched() == []
    assert (services.library.root / "watched.json.bad").read_text(encoding="utf-8") == "{not json"
    services.watch.add(folder)
    assert [f.path for f in services.watch.watched()] == [folder]


def test_recheck_imports_a_folder_without_observing(services: Services, folder: Path) -> None:
    _card(folder / "globex.md", "Globex", "quokka")
    services.watch.add(folder)
    report = services.watch.recheck()
    assert (report.imported, report.changes) == (1, [("imported", str(folder / "globex.md"))])
    again = services.watch.recheck()
    assert (again.imported, again.unchanged, again.changed) == (0, 1, False)


def test_watchable_follows_the_folder_walk(folder: Path) -> None:
    assert watchable(folder / "deck.pptx", folder)
    assert watchable(folder / "sub" / "OLD.PPT", folder)
    assert not watchable(folder / "~$deck.pptx", folder)
    assert not watchable(folder / ".git" / "x.md", folder)
    assert not watchable(folder / "download.pdf.part", folder)
    assert not watchable(folder.parent / "elsewhere.md", folder)


def test_debouncer_waits_for_a_quiet_spell_and_a_steady_size(tmp_path: Path) -> None:
    path = tmp_path / "growing.md"
    path.write_text("one")
    other = tmp_path / "other.md"
    other.write_text("x")
    bouncer = Debouncer(quiet_s=1.0, hold_s=3.0)
    bouncer.touch(path, now=100.0)
    assert bouncer.take(100.5) == []
    path.write_text("one two three")  # still being written, and no event seen yet
    assert bouncer.take(101.0) == [], "size moved: another quiet spell"
    assert bouncer.take(101.5) == []
    assert bouncer.take(102.0) == [path]
    assert bouncer.pending() == 0
    # A burst is released together once every path has settled ...
    bouncer.touch(path, now=200.0)
    bouncer.touch(other, now=200.6)
    assert bouncer.take(201.0) == [], "other.md has not settled yet"
    assert bouncer.take(201.6) == [path, other]
    # ... but one busy path does not hold back the others for longer than hold_s.
    bouncer.touch(other, now=300.0)
    for moment in (300.5, 301.2, 302.0, 303.0, 303.5):
        bouncer.touch(path, now=moment)  # path keeps changing
        assert bouncer.take(moment + 0.1) == [], "other.md waits less than hold_s for path"
    assert bouncer.take(304.4) == [other], "settled at 301.3, held 3 s"
    assert bouncer.pending() == 1


def test_debouncer_waits_while_a_writer_holds_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / "copy.pptx"
    path.write_bytes(b"first half")
    bouncer = Debouncer(quiet_s=1.0, hold_s=3.0, open_cap_s=10.0, track_writers=True)
    bouncer.touch(path, now=100.0)  # created
    bouncer.touch(path, now=100.1, written=True)
    assert bouncer.take(102.0) == [], "a pause in writing is not the end of the file"
    assert bouncer.take(105.0) == []
    bouncer.closed(path, now=105.5)
    assert bouncer.take(106.0) == [], "closing is an event: a quiet spell from there"
    assert bouncer.take(106.5) == [path]
    # A write never closed (a memory-mapped file, a lost event) settles after the cap.
    bouncer.touch(path, now=200.0, written=True)
    assert bouncer.take(209.0) == []
    assert bouncer.take(210.5) == [path]
    # A file moved in is whole at once; where closes are not reported, writes do not wait.
    bouncer.touch(path, now=300.0)
    assert bouncer.take(301.0) == [path]
    blind = Debouncer(quiet_s=1.0, hold_s=3.0, open_cap_s=10.0, track_writers=False)
    blind.touch(path, now=400.0, written=True)
    assert blind.take(401.0) == [path]


def test_create_rename_delete_on_either_database(tmp_path: Path, db_url: str | None) -> None:
    """The watch's reads and writes (sources, archive, history) on SQLite and on PostgreSQL."""
    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    folder = tmp_path / "Sales"
    folder.mkdir()
    with build_services(settings, create_demo=False) as services:
        watcher = Watcher(services)
        watcher.service.add(folder)
        watcher.start()
        try:
            path = _card(folder.resolve() / "globex.md", "Globex", "quokka")
            record = _until(lambda: _source(services, path), "the import")
            assert isinstance(record, repo.SourceRecord) and record.item_id is not None
            _until(watcher.settled, "the import to settle")
            renamed = path.with_name("globex-2026.md")
            path.rename(renamed)
            _until(lambda: _source(services, path) is None and _source(services, renamed), "the rename")
            _until(watcher.settled, "the rename to settle")
            renamed.unlink()
            _until(
                lambda: _item(services, record.item_id).status is ItemStatus.ARCHIVED,  # type: ignore[attr-defined]
                "the archive",
            )
            _until(watcher.settled, "the deletion to settle")
            assert _count(services, items) == 1 and _found(services, "quokka") == set()
        finally:
            watcher.service.stop()


def test_lost_events_recheck_the_whole_folder(services: Services, folder: Path) -> None:
    """An inotify overflow cannot be provoked politely; its watchdog event goes to the real handler."""
    from watchdog.events import EventsLostEvent

    from enablement.services.watch import _Handler

    _card(folder / "globex.md", "Globex", "quokka")  # arrived with the events that were lost
    service = FolderWatchService(services.library, library_service=services.library_service, quiet_s=0.3)
    service.add(folder)
    _Handler(service, folder).dispatch(EventsLostEvent(str(folder)))
    assert service.pending() == 1
    ready = _until(lambda: service._debouncer.take(time.monotonic()), "the folder to settle")
    assert ready == [folder]
    report = service.apply(WatchBatch(tuple(ready)))  # type: ignore[arg-type]
    assert report.changes == [("imported", str(folder / "globex.md"))]
