"""Which published items no search ever showed (migration 0016), on SQLite and PostgreSQL.

A real search through the search service logs the items of its first page; the trigger-kept
item_found_days / item_found_people give exactly what a raw query over search_log gives, over
windows that start and end at any time of day; "never found" and the per-item counts are hidden
under three people; a removed item's rows go with it and a search still logs after it.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.insights._aggregates import aggregate
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.search.results import FOUND_ITEMS
from enablement.search.service import SearchService
from enablement.store import Library, schema
from enablement.store import repository as repo
from enablement.store.aggregates import Aggregate, render
from tests.unit.insights.conftest import store_item
from tests.unit.search.conftest import build_fixture_library

START = datetime(2026, 9, 1, tzinfo=UTC)
USERS = [f"user{n}" for n in range(8)]

# The raw-log reference: every search of the window unnested, distinct items per search, the
# count shown when the searches that showed the item come from three or more people.
_REFERENCE = Aggregate(
    "reference",
    """
    SELECT FOUND_ID AS item_id,
           CASE WHEN count(DISTINCT e.who) >= 3 THEN count(DISTINCT e.search) END AS searches
    FROM (SELECT s.id AS search, s."user" AS who, s.found_items AS found FROM search_log s
          WHERE s.at >= :since AND s.at <= :now AND s.found_items IS NOT NULL) e
    EACH_FOUND
    JOIN items i ON i.id = FOUND_ID
    GROUP BY FOUND_ID""",
    "",
)


def _reference(library: Library, now: datetime, since: datetime) -> dict[int, int | None]:
    sql = render(_REFERENCE, "sqlite" if library.is_sqlite else "postgresql")
    with library.reading() as conn:
        rows = conn.execute(sa.text(sql), {"now": now, "since": since}).all()
    return {int(r.item_id): r.searches for r in rows}


def _found(library: Library, now: datetime, since: datetime) -> dict[int, int | None]:
    with library.reading() as conn:
        rows = aggregate(library, conn, "found_items", now=now, since=since)
    found = {r["item_id"]: r["searches"] for r in rows}
    if found:  # any row at all: the list is shown, and item -1 says so (it is in no reference)
        assert found.pop(-1, "missing") is None
    return found


def _board(library: Library, now: datetime, weeks: int = 1) -> Any:
    return InsightsService(library, gaps=GapService(library)).dashboard(weeks=weeks, now=now)


def test_a_search_logs_the_distinct_items_of_its_first_page(library: Library) -> None:
    ids = build_fixture_library(library)
    service = SearchService(library, user="tester")
    service.sync()
    try:
        response = service.search("цены", group=False)
        assert response.hits and response.search_id is not None
        shown = list(dict.fromkeys(h.item for h in response.hits))[:FOUND_ITEMS]
        nothing = service.search("zzqxj no such words", correct=False)
        assert nothing.total == 0
    finally:
        service.close()
    with library.reading() as conn:
        logged = dict(conn.execute(sa.select(schema.search_log.c.id, schema.search_log.c.found_items)).all())
        days = dict(
            conn.execute(sa.select(schema.item_found_days.c.item_id, schema.item_found_days.c.searches)).all()
        )
    assert logged[response.search_id] == shown
    assert logged[nothing.search_id] is None  # nothing shown: NULL, not []
    assert days == {item_id: 1 for item_id in shown}
    assert set(shown) <= set(ids.values())


def _history(library: Library) -> list[int]:
    """Items, and three weeks of searches logged one by one and in bulk, naming them (and a gone id)."""
    ids = [store_item(library, f"Item {n}") for n in range(12)]
    rng = random.Random(16)
    lines = []
    for n in range(700):
        at = START + timedelta(minutes=rng.randrange(0, 21 * 24 * 60))
        who = rng.choice(USERS[:3] if n % 5 else USERS)
        popular = ids[: 6 if who in USERS[:3] else 9]  # items 9-11: never shown; 6-8 by the rarer people
        found = rng.sample(popular, rng.randint(0, 4))
        if n % 37 == 0:
            found.append(999_999)  # an item that does not exist (removed as the search ran)
        lines.append(
            {"query": "q", "hits": len(found), "took_ms": 1.0, "user": who, "at": at, "found_items": found}
        )
    with library.transaction() as conn:
        for line in lines[:200]:
            repo.log_search(conn, **line)
        conn.execute(
            sa.insert(schema.search_log),
            [{**line, "filters": {}, "found_items": line["found_items"] or None} for line in lines[200:]],
        )
    return ids


def test_the_sums_give_what_the_raw_log_gives_over_any_window(library: Library) -> None:
    _history(library)
    rng = random.Random(5)
    windows = [(START + timedelta(days=21), START), (START + timedelta(days=10), START + timedelta(days=3))]
    for _ in range(6):
        since = START + timedelta(minutes=rng.randrange(0, 20 * 24 * 60))
        windows.append((since + timedelta(minutes=rng.randrange(1, 9 * 24 * 60)), since))
    windows.append((START + timedelta(days=4, hours=5), START + timedelta(days=4, hours=1)))  # within a day
    for now, since in windows:
        assert _found(library, now, since) == _reference(library, now, since), (now, since)


def test_never_found_lists_the_published_items_no_search_showed(library: Library) -> None:
    ids = _history(library)
    now = START + timedelta(days=21)
    board = _board(library, now, weeks=3)
    reference = _reference(library, now, now - timedelta(weeks=3))
    assert board.usage.never_found == [i for i in ids if i not in reference]
    assert set(board.usage.never_found) >= set(ids[9:])
    assert {i: board.usage.titles[i] for i in ids[9:]} == {i: f"Item {n + 9}" for n, i in enumerate(ids[9:])}
    assert json.loads(json.dumps(board.to_json()))["usage"]["never_found"] == board.usage.never_found


def test_hidden_under_three_people(library: Library) -> None:
    ids = [store_item(library, f"Item {n}") for n in range(3)]
    now = START + timedelta(days=7)
    with library.transaction() as conn:
        for who in ("ann", "bob"):
            repo.log_search(
                conn,
                query="q",
                hits=1,
                took_ms=1,
                user=who,
                at=START + timedelta(days=1),
                found_items=[ids[0]],
            )
    board = _board(library, now)
    assert board.usage.never_found is None  # two people searched: not even which items were shown
    assert _found(library, now, now - timedelta(weeks=1)) == {}  # nor which item: no row at all
    with library.transaction() as conn:
        repo.log_search(
            conn, query="q", hits=1, took_ms=1, user="cid", at=START + timedelta(days=2), found_items=[ids[1]]
        )
        for who in ("ann", "bob"):  # used by three, so the item has a usage row
            conn.execute(
                sa.insert(schema.usage_events).values(
                    at=START + timedelta(days=2), person=who, team="", action="open", item_id=ids[0]
                )
            )
        conn.execute(
            sa.insert(schema.usage_events).values(
                at=START + timedelta(days=2), person="cid", team="", action="open", item_id=ids[0]
            )
        )
    board = _board(library, now)
    assert board.usage.never_found == [ids[2]]
    # Item 0 was shown to two people only: its count stays hidden though three searched in all.
    assert _found(library, now, now - timedelta(weeks=1)) == {ids[0]: None, ids[1]: None}
    assert [(u.item_id, u.found) for u in board.usage.items] == [(ids[0], None)]
    with library.transaction() as conn:
        repo.log_search(
            conn, query="q", hits=1, took_ms=1, user="cid", at=START + timedelta(days=3), found_items=[ids[0]]
        )
    board = _board(library, now)
    assert [(u.item_id, u.found) for u in board.usage.items] == [(ids[0], 3)]


def test_a_removed_item_leaves_no_sum_and_searches_still_log(library: Library) -> None:
    ids = [store_item(library, f"Item {n}") for n in range(3)]
    with library.transaction() as conn:
        for who in ("ann", "bob", "cid"):
            repo.log_search(conn, query="q", hits=2, took_ms=1, user=who, at=START, found_items=ids[:2])
    with library.transaction() as conn:
        repo.remove_item(conn, ids[0])
    with library.transaction() as conn:  # a search that still showed it (its index was behind)
        repo.log_search(conn, query="q", hits=2, took_ms=1, user="ann", at=START, found_items=ids[:2])
    with library.reading() as conn:
        summed = {r.item_id for r in conn.execute(sa.select(schema.item_found_days.c.item_id))}
        people = {r.item_id for r in conn.execute(sa.select(schema.item_found_people.c.item_id))}
    assert summed == people == {ids[1]}
    now = START + timedelta(days=1)
    assert _found(library, now, START - timedelta(days=1)) == {ids[1]: 4}
    assert _board(library, now).usage.never_found == [ids[2]]


def test_people_per_day_and_item_are_capped_at_three(library: Library) -> None:
    """Enough to tell three people from two; not a row per person and search."""
    item_id = store_item(library, "Item")
    with library.transaction() as conn:
        conn.execute(
            sa.insert(schema.search_log),
            [
                {
                    "query": "q",
                    "hits": 1,
                    "took_ms": 1.0,
                    "user": who,
                    "at": START,
                    "filters": {},
                    "found_items": [item_id],
                }
                for who in USERS
            ],
        )
        repo.log_search(conn, query="q", hits=1, took_ms=1, user="late", at=START, found_items=[item_id])
    with library.reading() as conn:
        people = conn.execute(sa.select(sa.func.count()).select_from(schema.item_found_people)).scalar_one()
        searches = conn.execute(sa.select(schema.item_found_days.c.searches)).scalar_one()
    assert people == 3 and searches == len(USERS) + 1


@pytest.mark.parametrize("found", [[], None])
def test_nothing_shown_is_no_row(library: Library, found: list[int] | None) -> None:
    store_item(library, "Item")
    with library.transaction() as conn:
        repo.log_search(conn, query="q", hits=0, took_ms=1, user="ann", at=START, found_items=found)
    with library.reading() as conn:
        assert conn.execute(sa.select(schema.item_found_days)).all() == []
