"""On a team server a seller reads an item's usage per slide through the SECURITY DEFINER function,
and gets no count of fewer than three people, whatever window or item he asks for (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from enablement.errors import EnablementError
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.usage import UsageService
from enablement.store.library import Library
from enablement.team.accounts import TeamAdmin
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '1000 weeks'"


def test_seller_reads_unit_usage_only_in_groups_of_three(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner, slides=3)
    for who in ("sam", "sue"):
        with Library(tmp_path / who, team.url(who)) as lib:
            UsageService(lib).record(team.name(who), "preview", deck, "slide", 1)
            UsageService(lib).record(team.name(who), "copy", deck, "slide", 1)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        assert lib.is_team
        units = InsightsService(lib, gaps=GapService(lib)).unit_usage(deck, weeks=1)
    one = units[0]
    # Two people on slide 1, nobody on 2 and 3: the three read alike (nobody, or fewer than three).
    assert [(u.unit_number, u.used, u.hidden, u.people) for u in units] == [
        (1, False, True, None),
        (2, False, True, None),
        (3, False, True, None),
    ]
    with team.connect("sam") as conn:  # straight SQL: the function, any window, still no count under 3
        rows = conn.execute(f"SELECT * FROM enablement_insights_usage_units({WIDE}, %s)", (deck,)).fetchall()
        assert rows == []  # not even that slide 1 was used: a narrow window would say by whom
        with pytest.raises(errors.InsufficientPrivilege):  # nor the rows behind it
            conn.execute("SELECT * FROM usage_days").fetchall()
    with team.connect("sam") as conn:
        assert conn.execute("SELECT DISTINCT person FROM usage_events").fetchall() == [(team.name("sam"),)]
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        UsageService(lib).record(team.name("mia"), "preview", deck, "slide", 1)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        one = InsightsService(lib, gaps=GapService(lib)).unit_usage(deck, weeks=1)[0]
    assert (one.people, one.previewed, one.copied, one.opened) == (3, 3, None, None)  # copied by 2: hidden


def test_a_server_whose_rules_predate_the_function_says_what_to_do(team: Team, tmp_path: Path) -> None:
    """Migrated but not re-secured: a clear message, and `team secure` brings the function back."""
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner)
    with team.owner() as conn:
        conn.execute("DROP FUNCTION enablement_insights_usage_units(timestamptz, timestamptz, integer)")
    missing = r"no enablement_insights_usage_units yet.*team secure"
    with Library(tmp_path / "sam", team.url("sam")) as lib, pytest.raises(EnablementError, match=missing):
        InsightsService(lib, gaps=GapService(lib)).unit_usage(deck)
    with TeamAdmin(team.owner_url) as admin:
        admin.secure()
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        units = InsightsService(lib, gaps=GapService(lib)).unit_usage(deck)
    assert [(u.unit_number, u.used) for u in units] == [(1, False), (2, False), (3, False)]
