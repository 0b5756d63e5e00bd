"""Review of issue 11: a seller must not learn another person's activity from the team server's
SECURITY DEFINER functions by narrowing the window around it. Today `enablement_insights_used_items`
lists an item one person used, and `enablement_insights_usage_units` keeps a (blanked) row for a slide
one person used, for any window the caller passes: a window of minutes around a colleague's preview
tells whom and when. Both now answer only for groups of three people or more."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.insights.usage import UsageService
from enablement.store.library import Library
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

NARROW = "now() + interval '1 minute', now() - interval '10 minutes'"


def test_a_narrow_window_does_not_reveal_that_one_colleague_used_an_item(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner, slides=3)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        UsageService(lib).record(team.name("sam"), "open", deck, "slide", 2)
    with team.connect("sue") as conn:  # sue never touched the deck; only sam did, minutes ago
        used = conn.execute(f"SELECT item_id FROM enablement_insights_used_items({NARROW})").fetchall()
        sql = f"SELECT * FROM enablement_insights_usage_units({NARROW}, %s)"
        units = conn.execute(sql, (deck,)).fetchall()
    assert used == [] and units == []
