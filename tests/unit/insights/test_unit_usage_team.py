"""On a team server a seller reads an item's usage per slide through the SECURITY DEFINER function,
and gets no count of fewer than three people, whatever window or item he asks for (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.usage import UsageService
from enablement.store.library import Library
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
    assert (one.unit_number, one.used, one.hidden) == (1, True, True)
    assert (one.people, one.previewed, one.copied) == (None, None, None)
    assert [(u.unit_number, u.used) for u in units[1:]] == [(2, False), (3, False)]
    with team.connect("sam") as conn:  # straight SQL: the function, any window, still no count under 3
        rows = conn.execute(f"SELECT * FROM enablement_insights_usage_units({WIDE}, %s)", (deck,)).fetchall()
        assert rows == [("slide", 1, None, None, None, None, None)]
        with pytest.raises(errors.InsufficientPrivilege):  # nor the rows behind it
            conn.execute("SELECT * FROM usage_days").fetchall()
    with team.connect("sam") as conn:
        assert conn.execute("SELECT DISTINCT person FROM usage_events").fetchall() == [(team.name("sam"),)]
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        UsageService(lib).record(team.name("mia"), "preview", deck, "slide", 1)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        one = InsightsService(lib, gaps=GapService(lib)).unit_usage(deck, weeks=1)[0]
    assert (one.people, one.previewed, one.copied, one.opened) == (3, 3, None, None)  # copied by 2: hidden
