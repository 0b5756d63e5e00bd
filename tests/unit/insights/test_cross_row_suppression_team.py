"""On a team server the cross-row rule holds inside the SECURITY DEFINER functions: a seller who calls
them directly cannot subtract the shown teams, weeks or items from the window's total down to one
colleague, nor read a zero-hit count of fewer than three people (real logins)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from enablement.search.keys import query_key
from enablement.store.library import Library
from enablement.store.repository import log_search
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '2 weeks'"


def test_seller_cannot_subtract_a_team_or_a_week_from_the_total(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner, slides=1)
        now = datetime.now(UTC)
        with owner.transaction() as conn:
            for who in ("a", "b", "c"):  # North: 3 people, this week
                log_search(conn, query="router", hits=2, took_ms=1.0, user=who, query_key=query_key("router"))
                log_search(conn, query="router", hits=0, took_ms=1.0, user=who, query_key=query_key("router"))
            # d, alone in South, last week: a search that found nothing
            log_search(
                conn,
                query="router",
                hits=0,
                took_ms=1.0,
                user="d",
                at=now - timedelta(days=9),
                query_key=query_key("router"),
            )
    with team.owner() as conn:
        for who, team_name, days in (
            ("a", "North", 1),
            ("b", "North", 1),
            ("c", "North", 1),
            ("d", "South", 9),
        ):
            conn.execute(
                "INSERT INTO usage_events (at, person, team, action, item_id) "
                "VALUES (now() - %s * interval '1 day', %s, %s, 'open', %s)",
                (days, who, team_name, deck),
            )
    with team.connect("sue") as conn:
        teams = conn.execute(
            f"SELECT team, events, people, opens FROM enablement_insights_usage_teams({WIDE}) ORDER BY team"
        ).fetchall()
        weeks = dict(
            conn.execute(f"SELECT week, events FROM enablement_insights_usage_weekly({WIDE})").fetchall()
        )
        searches = {
            r[0]: r[1:]
            for r in conn.execute(
                f"SELECT week, searches, zero_hits FROM enablement_insights_searches_weekly({WIDE})"
            ).fetchall()
        }
        top = conn.execute(
            f"SELECT people, searches, zero_hits FROM enablement_insights_top_searches({WIDE})"
        ).fetchall()
    # 4 opens by 4 people; North's 3 would leave d's one: withheld with South.
    assert teams == [("North", None, None, None), ("South", None, None, None)]
    assert weeks == {-1: 4, 0: None, 1: None}
    assert searches == {-1: (7, 4), 0: (None, None), 1: (None, None)}
    assert top == [(4, 7, 4)]  # zero hits by 4 people, and the 3 that found something: shown


def test_seller_cannot_subtract_the_top_searches_or_a_competitors_weeks(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner2", team.owner_url) as owner:
        store_draft(owner, slides=1)
    with Library(tmp_path / "owner2", team.owner_url) as owner, owner.transaction() as conn:
        now = datetime.now(UTC)
        for who in ("a", "b", "c"):  # "globex": 3 people this week; d alone last week
            log_search(conn, query="globex", hits=2, took_ms=1.0, user=who, query_key=query_key("globex"))
        log_search(
            conn, query="globex", hits=2, took_ms=1.0, user="d", at=now - timedelta(days=9),
            query_key=query_key("globex"),
        )  # fmt: skip
    with team.owner() as conn:
        # published: drafts count in no shared figure
        conn.execute("UPDATE items SET competitors = '[\"Globex\"]', status = 'published'")
    with team.connect("sue") as conn:
        weeks = conn.execute(
            "SELECT competitor, week, searches FROM "
            f"enablement_insights_search_competitors_weekly({WIDE}) ORDER BY competitor, week"
        ).fetchall()
        top = conn.execute(f"SELECT key, searches FROM enablement_insights_top_searches({WIDE})").fetchall()
    # Globex: 4 in the window; this week's 3 would leave d's one: withheld, for any competitor too.
    assert weeks == [
        ("Globex", -1, 4),
        ("Globex", 0, None),
        ("Globex", 1, None),
        (None, 0, None),
        (None, 1, None),
    ]
    assert (query_key("globex"), 4) in top  # everyone's searches are on the list: nothing left out
