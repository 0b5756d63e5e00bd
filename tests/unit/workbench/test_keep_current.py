"""Keep one deck of a near-copy group as the current one and archive the rest: a real library
(SQLite and PostgreSQL), the real LibraryService, and the search index following."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.domain import ItemStatus
from enablement.store import repository as repo
from enablement.workbench.near_duplicates import KeepError, keep_current
from tests.helpers.sprawl import TITLES, import_sprawl


@pytest.fixture
def services(tmp_path: Path, db_url: str | None) -> Iterator[Any]:
    from enablement.app import build_services
    from enablement.config import Settings

    settings = Settings(library_dir=tmp_path / "lib", db_url=db_url, user="anna", is_default_library=False)
    with build_services(settings, create_demo=False) as built:
        yield built


def found_titles(services: Any, query: str) -> set[str]:
    response = services.search.search(query, log=False)
    with services.library.reading() as conn:
        return {repo.get_item(conn, hit.item).title for hit in response.hits}


def test_keeping_one_archives_its_near_copy_and_search_forgets_it(services: Any, tmp_path: Path) -> None:
    ids = import_sprawl(services, tmp_path / "decks")
    original, copy, other = (ids[t] for t in TITLES)
    assert {TITLES[0], TITLES[1]} <= found_titles(services, "резервированием питания")

    result = keep_current(services.library, original, archiver=services.library_service)

    assert result.kept.item_id == original
    assert [d.item_id for d in result.archived] == [copy]
    assert 0.8 <= result.similarity < 1.0
    assert result.to_json()["archived"][0]["title"] == TITLES[1]
    assert result.to_json()["kept"]["version"] == 1
    with services.library.reading() as conn:
        assert repo.get_item(conn, copy).status is ItemStatus.ARCHIVED
        assert repo.get_item(conn, original).status is ItemStatus.PUBLISHED
        assert repo.get_item(conn, other).status is ItemStatus.PUBLISHED
    assert found_titles(services, "резервированием питания") == {TITLES[0]}


def test_a_deck_without_near_copies_or_no_deck_at_all_is_refused_and_nothing_changes(
    services: Any, tmp_path: Path
) -> None:
    ids = import_sprawl(services, tmp_path / "decks")
    with pytest.raises(KeepError, match="has no near copies at similarity 80%"):
        keep_current(services.library, ids[TITLES[2]], archiver=services.library_service)
    with pytest.raises(KeepError, match="#999 is not a deck of this library"):
        keep_current(services.library, 999, archiver=services.library_service)
    with services.library.reading() as conn:
        assert {i.status for i in repo.list_items(conn, include_archived=True)} == {ItemStatus.PUBLISHED}


def test_only_the_confirmed_decks_are_archived(services: Any, tmp_path: Path) -> None:
    ids = import_sprawl(services, tmp_path / "decks")
    result = keep_current(
        services.library, ids[TITLES[0]], archiver=services.library_service, only=[ids[TITLES[2]]]
    )
    assert result.archived == ()
    with services.library.reading() as conn:
        assert repo.get_item(conn, ids[TITLES[1]]).status is ItemStatus.PUBLISHED
    # Once archived, the kept deck's group is gone: keeping it again archives nothing more.
    keep_current(services.library, ids[TITLES[0]], archiver=services.library_service)
    with pytest.raises(KeepError, match="no near copies"):
        keep_current(services.library, ids[TITLES[0]], archiver=services.library_service)
