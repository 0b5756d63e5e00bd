"""LibraryService through the composition root, on SQLite and PostgreSQL: the index follows the database.

Built with `build_services`, so the callbacks app.py wires (importer and voting to
`LibraryService.sync`) are the ones under test, not a hand-made copy of them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.errors import NotFound
from enablement.ingest import pipeline
from enablement.ingest.pipeline import ImportProgress
from enablement.search import bulk
from enablement.store import repository as repo
from enablement.voting.models import BallotSpec

CARD = """---
title: {name} battle card
competitor: {name}
---
# Weaknesses
{name} ships a slow {word} rollout.
"""


def _cards(folder: Path, *names: str, word: str = "quokka") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name.lower()}.md").write_text(CARD.format(name=name, word=word), encoding="utf-8")
    return folder


def _found(services: Services, query: str) -> set[str]:
    return {hit.source for hit in services.search.search(query, log=False, correct=False).hits}


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Services]:
    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        yield built


def test_import_makes_items_findable(services: Services, tmp_path: Path) -> None:
    report = services.library_service.import_paths([_cards(tmp_path / "src", "Globex", "Initech")])
    assert (report.imported, report.rejected) == (2, [])
    assert _found(services, "quokka") == {"globex.md", "initech.md"}
    assert services.library_service.sync() == 0, "nothing left for a later sync"


def test_import_without_sync_leaves_the_index_to_the_caller(services: Services, tmp_path: Path) -> None:
    services.library_service.import_paths([_cards(tmp_path / "src", "Globex")], sync=False)
    assert _found(services, "quokka") == set()
    assert services.library_service.sync() == 1
    assert _found(services, "quokka") == {"globex.md"}


def test_items_become_findable_while_a_long_import_runs(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer's on_committed, wired to sync in app.py, indexes committed batches mid-import."""
    monkeypatch.setattr(pipeline, "_COMMIT_EVERY_FILES", 1)
    monkeypatch.setattr(pipeline, "_NOTIFY_EVERY_S", 0.0)
    src = _cards(tmp_path / "src", "Alpha", "Bravo", "Charlie")
    seen_during: list[set[str]] = []

    def progress(p: ImportProgress) -> None:
        if p.done == p.total:  # the last file: the earlier ones were committed and notified
            seen_during.append(_found(services, "quokka"))

    services.library_service.import_paths([src], progress=progress, workers=1)
    assert seen_during and seen_during[0] >= {"alpha.md", "bravo.md"}
    assert _found(services, "quokka") == {"alpha.md", "bravo.md", "charlie.md"}


def test_cancelled_import_still_indexes_what_was_committed(services: Services, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    report = services.library_service.import_paths([_cards(tmp_path / "src", "Globex")], cancel=cancel)
    assert report.cancelled
    with services.library.reading() as conn:
        assert repo.stale_item_ids(conn) == []


def test_remove_item_is_gone_from_database_and_search(services: Services, tmp_path: Path) -> None:
    report = services.library_service.import_paths([_cards(tmp_path / "src", "Globex", "Initech")])
    with services.library.reading() as conn:
        by_source = {i.source_name: i.id for i in repo.list_items(conn)}
    gone = by_source["globex.md"]

    removed = services.library_service.remove_item(gone)

    assert (removed.id, removed.title) == (gone, "Globex battle card")
    with services.library.reading() as conn:
        with pytest.raises(NotFound):
            repo.get_item(conn, gone)
        assert [i.id for i in repo.list_items(conn)] == [by_source["initech.md"]]
    assert _found(services, "quokka") == {"initech.md"}
    assert services.search.check() == [], "the index's own record forgets the item too"
    doctor = services.library_service.doctor()
    assert (doctor.ok, doctor.problems, doctor.orphaned_originals) == (True, [], 1)
    assert len(report.item_ids) == 2
    with pytest.raises(NotFound):
        services.library_service.remove_item(gone)


def test_doctor_reports_and_repairs_a_deleted_index_document(services: Services, tmp_path: Path) -> None:
    services.library_service.import_paths([_cards(tmp_path / "src", "Globex", "Initech")])
    with services.library.reading() as conn:
        globex = next(i.id for i in repo.list_items(conn) if i.source_name == "globex.md")
    services.search.remove_items([globex])  # the index loses a document behind the database's back
    assert _found(services, "quokka") == {"initech.md"}

    report = services.library_service.doctor()

    assert report.ok
    assert report.problems and report.problems == report.repaired
    assert all(p.startswith("index: ") for p in report.problems)
    assert _found(services, "quokka") == {"globex.md", "initech.md"}
    again = services.library_service.doctor()
    assert (again.ok, again.problems, again.repaired) == (True, [], [])


def test_doctor_reports_a_missing_original_without_repairing_it(services: Services, tmp_path: Path) -> None:
    services.library_service.import_paths([_cards(tmp_path / "src", "Globex")])
    with services.library.reading() as conn:
        (sha,) = repo.referenced_hashes(conn)
    services.library.blobs.path_for(sha).unlink()

    report = services.library_service.doctor()

    assert not report.ok
    assert report.repaired == []
    assert report.problems == [f"original {sha[:12]}… is missing from the file store"]


def test_reindex_rebuilds_from_the_database(services: Services, tmp_path: Path) -> None:
    services.library_service.import_paths([_cards(tmp_path / "src", "Globex", "Initech")])
    units = services.library_service.reindex()
    assert units >= 2
    assert _found(services, "quokka") == {"globex.md", "initech.md"}


def test_a_published_draft_becomes_findable_through_the_voting_callback(
    services: Services, tmp_path: Path
) -> None:
    """VotingService.on_items_changed is wired to LibraryService.sync: a "go" publishes and indexes."""
    from enablement.domain import ItemMeta, ItemStatus

    services.library_service.import_paths(
        [_cards(tmp_path / "src", "Globex")], ItemMeta(status=ItemStatus.DRAFT)
    )
    item = services.voting.draft_items()[0]
    services.voting.add_person("setup", "mia", "marketing", "HQ")
    ballot = services.voting.create_ballot("mia", BallotSpec(title="Globex?", item_id=item.id)).id
    services.voting.close_ballot("mia", ballot)
    hidden = services.search.search("quokka", status="published", log=False, correct=False)
    assert hidden.total == 0

    services.voting.decide("mia", ballot, "go", "ship it")

    found = services.search.search("quokka", status="published", log=False, correct=False)
    assert {hit.item for hit in found.hits} == {item.id}


def test_a_large_import_is_indexed_by_workers_and_added_in_one_commit(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past bulk.MIN_ITEMS the import's batches go to index worker processes; their segments are
    added at the end, and a re-import of changed files replaces the older documents."""
    monkeypatch.setattr(bulk, "MIN_ITEMS", 2)
    monkeypatch.setattr(pipeline, "_COMMIT_EVERY_FILES", 2)  # several batches, dealt to the workers
    names = [f"Corp{i}" for i in range(7)]
    src = _cards(tmp_path / "src", *names)
    sources = {f"corp{i}.md" for i in range(7)}

    report = services.library_service.import_paths([src], workers=1)
    assert (report.imported, report.rejected) == (7, [])
    assert services.search.bulk_commits == 1
    assert _found(services, "quokka") == sources
    assert services.search.check() == []
    assert services.library_service.sync() == 0, "the index's record of what it holds is complete"
    index_dir = services.library.index_dir
    assert not list(index_dir.parent.glob(f".{index_dir.name}.bulk-*")), "worker folders removed"

    _cards(src, *names, word="wombat")
    again = services.library_service.import_paths([src], workers=1)
    assert again.updated == 7
    assert services.search.bulk_commits == 2
    assert _found(services, "wombat") == sources
    assert _found(services, "quokka") == set(), "the older versions' documents went in the same commit"
    assert services.search.check() == []

    unchanged = services.library_service.import_paths([src], workers=1)
    assert unchanged.unchanged == 7 and services.search.bulk_commits == 2


def test_a_failing_index_worker_falls_back_to_the_in_process_sync(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(bulk, "MIN_ITEMS", 2)
    # The workers open the database themselves; give them one that is not there.
    real = services.search.bulk_indexer

    def broken() -> bulk.BulkIndexer:
        indexer = real()
        indexer.db_url = f"sqlite:///{tmp_path / 'no-such-dir' / 'x.db'}"
        return indexer

    monkeypatch.setattr(services.search, "bulk_indexer", broken)
    src = _cards(tmp_path / "src", "Alpha", "Bravo", "Charlie")
    report = services.library_service.import_paths([src], workers=1)
    assert report.imported == 3
    assert "bulk indexing failed" in caplog.text
    assert services.search.bulk_commits == 0
    assert _found(services, "quokka") == {"alpha.md", "bravo.md", "charlie.md"}
    assert services.search.check() == []
    index_dir = services.library.index_dir
    assert not list(index_dir.parent.glob(f".{index_dir.name}.bulk-*"))
