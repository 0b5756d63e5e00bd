"""On a team server a seller reads the shared numbers, never another person's usage rows (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from psycopg import errors

from enablement.errors import PermissionDenied
from enablement.insights import ReportService
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.usage import UsageService
from enablement.store.library import Library
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()


def test_seller_reads_aggregates_not_rows(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        item_id = store_draft(owner)
    for who in ("mia", "sam", "sue"):
        with Library(tmp_path / who, team.url(who)) as lib:
            UsageService(lib).record(team.name(who), "open", item_id)
    with team.connect("sam") as conn:
        people = conn.execute("SELECT DISTINCT person FROM usage_events").fetchall()
        assert people == [(team.name("sam"),)]  # row security: his own only
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO usage_events (at, person, team, action, item_id) "
                "VALUES (now(), %s, '', 'open', 1)",
                (team.name("sue"),),
            )
    with team.connect("mia") as conn:  # marketing too reads only aggregates
        assert conn.execute("SELECT count(*) FROM usage_events").fetchone() == (1,)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        board = InsightsService(lib, gaps=GapService(lib)).dashboard(weeks=1)
        assert board.usage.events == 3 and board.usage.people == 3
        assert UsageService(lib).my_usage(team.name("sue")) == []
        with pytest.raises(PermissionDenied):
            GapService(lib).dismiss(team.name("sam"), "anything", "no")
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        GapService(lib).dismiss(team.name("mia"), "anything", "noise")
        assert [d.key for d in GapService(lib).decisions()] == ["anything"]


def test_seller_cannot_read_response_times_of_fewer_than_three_people(team: Team, tmp_path: Path) -> None:
    """The functions a seller may call hold the minimum group whatever window the seller picks."""
    window = "now() + interval '1 hour', now() - interval '1 day'"
    for who in ("sam", "sue"):
        with Library(tmp_path / who, team.url(who)) as lib:
            ReportService(lib).add_intel(team.name(who), "objection", text=f"heard by {who}")
    with team.connect("sam") as conn:
        authors = conn.execute(f"SELECT week, authors FROM enablement_insights_report_authors({window})")
        assert {week: count for week, count in authors} == {0: None, -1: None}
        assert conn.execute(f"SELECT * FROM enablement_insights_response_times({window})").fetchall() == []
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        ReportService(lib).add_intel(team.name("mia"), "objection", text="heard by mia")
    with team.connect("sam") as conn:
        authors = conn.execute(f"SELECT week, authors FROM enablement_insights_report_authors({window})")
        assert {week: count for week, count in authors} == {0: 3, -1: 3}
        times = conn.execute(f"SELECT week, hours FROM enablement_insights_response_times({window})")
        assert sorted(times.fetchall()) == [(0, None)] * 3


def test_sellers_searches_fill_never_found_which_they_read_only_through_the_function(
    team: Team, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from enablement.store import repository as repo

    with Library(tmp_path / "owner", team.owner_url) as owner:
        shown, unseen = store_draft(owner, title="Shown deck"), store_draft(owner, title="Unseen deck")
        with owner.transaction() as conn:
            conn.execute(
                sa.text("UPDATE items SET status = 'published' WHERE id IN (:a, :b)"),
                {"a": shown, "b": unseen},
            )
    for who in ("mia", "sam", "sue"):
        with Library(tmp_path / who, team.url(who)) as lib, lib.transaction() as conn:
            repo.log_search(
                conn, query="router", hits=1, took_ms=1.0, user=team.name(who), found_items=[shown]
            )
    with team.connect("sam") as conn:
        for table in ("item_found_days", "item_found_people"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {table}")
            conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO item_found_days (day, item_id, searches) VALUES (current_date, %s, 99)",
                (unseen,),
            )
        conn.rollback()
        window = "now() + interval '1 hour', now() - interval '1 day'"
        rows = conn.execute(
            f"SELECT item_id, searches FROM enablement_insights_found_items({window})"
        ).fetchall()
        assert rows == [(shown, 3), (-1, None)]  # -1: the list is shown
    with team.owner() as conn:  # the trigger wrote the sums for the sellers
        assert conn.execute("SELECT item_id, searches FROM item_found_days").fetchall() == [(shown, 3)]
        assert conn.execute("SELECT count(*) FROM item_found_people").fetchone() == (3,)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        board = InsightsService(lib, gaps=GapService(lib)).dashboard(
            weeks=1, now=datetime.now(UTC) + timedelta(minutes=1)
        )
        assert board.usage.never_found is not None and unseen in board.usage.never_found
        assert shown not in board.usage.never_found
        assert board.usage.titles[unseen] == "Unseen deck"
    with Library(tmp_path / "mia", team.url("mia")) as lib, lib.transaction() as conn:
        repo.remove_item(conn, shown)  # marketing has no right on the sums: the cascade runs as their owner
    with team.owner() as conn:
        assert conn.execute("SELECT count(*) FROM item_found_days").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM item_found_people").fetchone() == (0,)
