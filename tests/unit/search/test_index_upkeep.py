"""Index upkeep against the database, on SQLite and PostgreSQL: sync, versions, removal, rebuild,
doctor checks, a lost or corrupt index, the search log, and searching from several threads."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa

from enablement.domain import ItemStatus
from enablement.search.service import SearchService
from enablement.store import Library
from enablement.store import repository as repo
from enablement.store.schema import search_log
from tests.unit.search.conftest import slide, store_item


def sources(service: SearchService, query: str, **kw: object) -> set[str]:
    return {h.source for h in service.search(query, log=False, **kw).hits}  # type: ignore[arg-type]


def test_sync_indexes_new_versions_and_drops_removed_items(
    library: Library, search_env: tuple[SearchService, dict[str, int]]
) -> None:
    service, ids = search_env
    assert service.sync() == 0  # nothing stale
    store_item(library, "Продажи против Альфа-Софт", [slide(1, "Новое", "Уникальное слово зеленоглазка")],
               item_id=ids["deck"], source="alfa-pitch.pptx")  # fmt: skip
    assert service.sync() == 1
    assert sources(service, "зеленоглазка") == {"alfa-pitch.pptx"}
    assert service.search("бюджет", log=False).total == 0  # the old version's notes are gone
    with library.transaction() as conn:
        repo.remove_item(conn, ids["catalog"])
    assert service.sync() == 1  # removed items count
    assert "price.xlsx" not in sources(service, "маршрутизатор")
    assert service.check() == []


def test_publishing_a_draft_makes_it_findable(
    library: Library, search_env: tuple[SearchService, dict[str, int]]
) -> None:
    service, ids = search_env
    assert service.search("секретный", log=False).total == 0
    with library.transaction() as conn:
        repo.update_item(conn, ids["draft"], status=ItemStatus.PUBLISHED)
    service.sync()
    assert sources(service, "секретный") == {"draft.pptx"}


def test_remove_items(search_env: tuple[SearchService, dict[str, int]]) -> None:
    service, ids = search_env
    service.remove_items([ids["card"]])
    assert service.search("globex outages", log=False).total == 0


def test_rebuild_and_check(library: Library, search_env: tuple[SearchService, dict[str, int]]) -> None:
    service, ids = search_env
    units = service.rebuild(procs=1)
    assert units == 13  # every unit but the draft's
    assert service.check() == []
    assert sources(service, "PX-200") == {"price.xlsx"}
    service.remove_items([ids["catalog"]])  # the index now lacks what the database has
    problems = service.check()
    assert problems and "missing" in problems[0]
    assert service.check(repair=True)
    assert service.check() == []
    assert sources(service, "PX-200") == {"price.xlsx"}


def test_parallel_rebuild_matches_serial(
    library: Library, search_env: tuple[SearchService, dict[str, int]]
) -> None:
    service, _ = search_env
    for i in range(45):  # enough items for the parallel path
        store_item(library, f"Колода {i}", [slide(1, f"Слайд {i}", f"Текст номер {i} про серверы")])
    serial = service.rebuild(procs=1)
    hits = service.search("серверы", limit=100, log=False).total
    assert service.rebuild(procs=2) == serial
    assert service.search("серверы", limit=100, log=False).total == hits == 45
    assert service.check() == []


def test_lost_or_corrupt_index_is_rebuilt_from_the_database(library: Library) -> None:
    from tests.unit.search.conftest import build_fixture_library

    build_fixture_library(library)
    service = SearchService(library)
    service.sync()
    service.close()
    shutil.rmtree(library.index_dir)
    service = SearchService(library)
    assert service.sync() == 6
    assert sources(service, "PX-200") == {"price.xlsx"}
    service.close()
    for f in library.index_dir.glob("*.seg"):
        f.write_bytes(b"garbage")
    service = SearchService(library)
    service.sync()
    assert sources(service, "PX-200") == {"price.xlsx"}
    service.close()


def test_every_search_is_logged(library: Library, search_env: tuple[SearchService, dict[str, int]]) -> None:
    service, _ = search_env
    service.search("rjyrehtyn", kind="deck")
    service.search("несуществующееслово")
    service.search("скидка", log=False)
    with library.reading() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(search_log).order_by(search_log.c.id))]
    assert [(r["query"], r["hits"], r["user"]) for r in rows] == [
        ("rjyrehtyn", 1, "tester"),
        ("несуществующееслово", 0, "tester"),
    ]
    assert (rows[0]["correction"], rows[0]["correction_type"]) == ("конкурент", "layout")
    assert rows[0]["filters"] == {"kind": "deck"}


def test_concurrent_searches_while_indexing(
    library: Library, search_env: tuple[SearchService, dict[str, int]]
) -> None:
    service, _ = search_env
    queries = ["скидка", "PX-200", "globex", "конкурент", "марш*", "kind:catalog"] * 10

    def run(q: str) -> int:
        return service.search(q, log=False).total

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(run, q) for q in queries]
        store_item(library, "Ещё одна", [slide(1, "Скидка", "Скидка на всё")])
        service.sync()
        results = [f.result() for f in futures]
    assert all(r > 0 for r in results)
    assert service.search("скидка на всё", log=False).total >= 1


def test_empty_library(sqlite_library: Library) -> None:
    service = SearchService(sqlite_library)
    try:
        assert service.sync() == 0
        for query in ("Redfish", "kind:deck", "rjyrehtyn", "марш*", '"a b"', "typo~", ""):
            response = service.search(query, log=False)
            assert (response.total, response.hits) == (0, [])
        assert service.suggest("ма") == []
        assert service.check() == []
        assert service.rebuild() == 0
    finally:
        service.close()


def test_commits_by_another_process_are_seen(sqlite_library: Library) -> None:
    """A second service (as a CLI import would be) writes; the first sees it (checks are throttled
    to one a second; here, every search)."""
    first = SearchService(sqlite_library)
    first.store.outside_check_s = 0
    first.sync()
    assert first.search("зеленоглазка", log=False).total == 0
    second = SearchService(sqlite_library)
    try:
        store_item(sqlite_library, "Новое", [slide(1, "Новое", "зеленоглазка")])
        second.sync()
        assert first.search("зеленоглазка", log=False).total == 1
    finally:
        second.close()
        first.close()


def test_team_mode_each_machine_indexes_what_others_import(tmp_path: Path, db_url: str | None) -> None:
    """Two machines (own library folders, own indexes) over one database: what one imports and
    indexes, the other's sync() still indexes locally; a deletion reaches both."""
    url = db_url or f"sqlite:///{tmp_path / 'shared.db'}"
    with Library(tmp_path / "a", url) as lib_a, Library(tmp_path / "b", url) as lib_b:
        a, b = SearchService(lib_a), SearchService(lib_b)
        try:
            item = store_item(lib_a, "Общая", [slide(1, "Общая", "зеленоглазка")])
            assert a.sync() == 1
            assert b.sync() == 1
            assert b.search("зеленоглазка", log=False).total == 1
            assert a.sync() == b.sync() == 0
            with lib_a.transaction() as conn:
                repo.remove_item(conn, item)
            a.sync()
            b.sync()
            assert a.search("зеленоглазка", log=False).total == b.search("зеленоглазка", log=False).total == 0
            assert a.check() == b.check() == []
        finally:
            a.close()
            b.close()


def test_example_queries_are_the_library_s_own_competitors_and_products(
    search_env: tuple[SearchService, dict[str, int]],
) -> None:
    service, _ = search_env
    examples = service.example_queries(limit=5)
    assert {"Альфа-Софт", "Globex", "NordWind CRM"} <= set(examples)
    assert len(examples) == len(set(examples)) <= 5
    assert all(service.search(e, log=False).total for e in examples)  # each finds something
