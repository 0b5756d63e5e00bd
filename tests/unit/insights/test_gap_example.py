"""How a gap's key was typed is handed out only when at least three people searched it (SQLite and
PostgreSQL without team rules: the same SQL the team server installs as enablement_gap_example)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from enablement.insights.gaps import GapService
from enablement.search.keys import query_key
from enablement.store import Library, repository
from enablement.store.aggregates import MIN_GROUP

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _log(library: Library, people: list[str], typed: str) -> str:
    key = query_key(typed)
    with library.transaction() as conn:
        for n, who in enumerate(people):
            at = START + timedelta(minutes=n)
            query = typed if n == len(people) - 1 else typed.lower()  # the latest one capitalised
            repository.log_search(conn, query=query, hits=0, took_ms=1.0, user=who, query_key=key, at=at)
    return key


def test_one_or_two_people_typing_a_key_leave_the_key_itself(library: Library) -> None:
    key = _log(library, ["ann", "bob", "ann", "bob"], "Роутер  Цены")  # four searches, two people
    assert MIN_GROUP == 3
    assert GapService(library).example(key) == key
    assert GapService(library).example("nobody searched this") == "nobody searched this"


def test_three_people_give_the_latest_phrasing(library: Library) -> None:
    key = _log(library, ["ann", "bob", "cid"], "Роутер  Цены")
    assert key != "Роутер Цены"
    assert GapService(library).example(f"  {key} ") == "Роутер Цены"  # whitespace folded
