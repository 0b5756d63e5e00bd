"""The index follows a PostgreSQL library through its change log: two desktops (two index
folders) over one database, each brought up to date by reading only the rows above its cursor."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from enablement.domain import ItemStatus
from enablement.search.feed import HOLE_TIMEOUT_S, FeedCursor, read_cursor
from enablement.search.service import SearchService
from enablement.services.follow import FollowState, IndexFollower
from enablement.store import Library
from enablement.store import repository as repo
from enablement.store.notify import ChangeListener
from enablement.store.schema import change_log
from tests.unit.search.conftest import slide, store_item


def test_cursor_stops_below_a_hole_until_it_fills_or_expires() -> None:
    clock = [100.0]
    cursor = FeedCursor(10)
    cursor.advance([11, 13, 14], now=lambda: clock[0])
    assert cursor.applied == 11 and set(cursor.holes) == {12}
    cursor.advance([13, 14], now=lambda: clock[0])  # read again: still waiting for 12
    assert cursor.applied == 11
    cursor.advance([12, 13, 14], now=lambda: clock[0])  # the slow transaction committed
    assert cursor.applied == 14 and not cursor.holes
    cursor.advance([16], now=lambda: clock[0])
    assert cursor.applied == 14
    clock[0] += HOLE_TIMEOUT_S
    cursor.advance([16, 17], now=lambda: clock[0])  # 15 was rolled back
    assert cursor.applied == 17 and not cursor.holes


@pytest.fixture
def pg_library(tmp_path: Path, pg_schema_url: str) -> Library:
    lib = Library(tmp_path / "server-side", pg_schema_url)
    yield lib  # type: ignore[misc]
    lib.close()


def desktop(tmp_path: Path, url: str, name: str) -> tuple[Library, SearchService]:
    lib = Library(tmp_path / name, url)
    return lib, SearchService(lib)


@pytest.mark.pg
def test_two_desktops_follow_one_server_without_rebuilding(
    tmp_path: Path, pg_library: Library, pg_schema_url: str
) -> None:
    lib_a, a = desktop(tmp_path, pg_schema_url, "a")
    lib_b, b = desktop(tmp_path, pg_schema_url, "b")
    try:
        deck = store_item(pg_library, "Против Globex", [slide(1, "Цены", "скидка зеленоглазка")])
        assert a.sync() == 1 and b.sync() == 1
        position = b.feed_position
        assert position is not None and position > 0
        with pg_library.reading() as conn:
            assert repo.last_change_seq(conn) == position

        store_item(pg_library, "Против Globex", [slide(1, "Цены", "новая цена синеглазка")], item_id=deck)
        other = store_item(pg_library, "Прайс", [slide(1, "Строка", "маршрутизатор")], source="p.pptx")
        assert b.sync() == 2  # just the two items the log names, no full comparison
        assert b.search("синеглазка", log=False).total == 1
        assert b.search("зеленоглазка", log=False).total == 0
        with pg_library.transaction() as conn:
            repo.update_item(conn, other, status=ItemStatus.ARCHIVED)
        b.sync()
        assert b.search("маршрутизатор", log=False).total == 0
        with pg_library.transaction() as conn:
            repo.remove_item(conn, deck)
        assert b.sync() == 1  # a removal is a change too: the app refreshes on it
        assert b.search("синеглазка", log=False).total == 0
        assert b.check() == []
        # A desktop that slept through all of it catches up in one sync.
        a.sync()
        assert a.search("синеглазка", log=False).total == 0 and a.check() == []
        # Nothing new: one query, nothing indexed.
        assert b.sync() == 0
    finally:
        a.close(), b.close(), lib_a.close(), lib_b.close()


@pytest.mark.pg
def test_a_rebuilt_or_lost_index_restarts_from_the_newest_change(
    tmp_path: Path, pg_library: Library, pg_schema_url: str
) -> None:
    lib, service = desktop(tmp_path, pg_schema_url, "a")
    try:
        store_item(pg_library, "Карточка", [slide(1, "Слабые места", "гарантия")])
        service.rebuild(procs=1)
        with pg_library.reading() as conn:
            assert read_cursor(service.store.path) == FeedCursor(repo.last_change_seq(conn))
        service.store.reset()  # corruption found: recreated empty, cursor gone
        assert read_cursor(service.store.path) is None
        assert service.sync() == 1
        assert service.search("гарантия", log=False).total == 1
    finally:
        service.close(), lib.close()


@pytest.mark.pg
def test_indexed_version_bookkeeping_is_not_a_change(pg_library: Library) -> None:
    deck = store_item(pg_library, "Колода", [slide(1, "Один", "текст")])
    with pg_library.reading() as conn:
        before = repo.last_change_seq(conn)
    with pg_library.transaction() as conn:
        repo.mark_indexed(conn, [deck])
    with pg_library.reading() as conn:
        assert repo.last_change_seq(conn) == before
        kinds = conn.execute(sa.select(change_log.c.kind, change_log.c.op)).all()
    assert ("item", "upsert") in kinds


@pytest.mark.pg
def test_follower_makes_an_import_on_another_desktop_findable_within_seconds(
    tmp_path: Path, pg_library: Library, pg_schema_url: str
) -> None:
    lib, service = desktop(tmp_path, pg_schema_url, "follower")
    states: list[FollowState] = []
    found = threading.Event()

    def on_state(state: FollowState) -> None:
        states.append(state)
        if service.search("фиолетовый", log=False).total:
            found.set()

    follower = IndexFollower(
        sync=service.sync, listener=ChangeListener(pg_schema_url), on_state=on_state, poll_s=30.0
    )
    follower.start()
    try:
        time.sleep(0.3)  # let it LISTEN (the poll fallback is 30 s: only NOTIFY can be this fast)
        started = time.monotonic()
        store_item(pg_library, "Новинка", [slide(1, "Цвет", "фиолетовый корпус")])
        assert found.wait(10), states
        assert time.monotonic() - started < 10
        assert all(s.online for s in states)
    finally:
        follower.stop()
        service.close(), lib.close()


@pytest.mark.pg
def test_stopping_a_follower_does_not_wait_for_its_poll_interval(tmp_path: Path, pg_schema_url: str) -> None:
    """Quitting the app stops the follower while it LISTENs (30 s poll) within a second."""
    lib, service = desktop(tmp_path, pg_schema_url, "quitter")
    follower = IndexFollower(sync=service.sync, listener=ChangeListener(pg_schema_url), poll_s=30.0)
    follower.start()
    try:
        deadline = time.monotonic() + 10
        while follower.state.synced_at is None and time.monotonic() < deadline:  # the first catch-up
            time.sleep(0.05)
        assert follower.state.synced_at is not None
        time.sleep(0.2)  # now it waits on LISTEN
        started = time.monotonic()
        follower.stop()
        assert time.monotonic() - started < 2.0
        assert not follower.running
    finally:
        service.close(), lib.close()
