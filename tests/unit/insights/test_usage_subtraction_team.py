"""On a team server the subtraction rule holds inside the SECURITY DEFINER functions: a seller who
calls them directly gets no total that gives a hidden count away, and re-applying the team rules
(`enablement team secure`, as after an upgrade) keeps it so (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.insights.usage import UsageService
from enablement.store.library import Library
from enablement.team.accounts import TeamAdmin
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '10 weeks'"


def test_seller_calling_the_functions_cannot_subtract_a_hidden_count(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner, slides=2)
    for who in ("admin", "mia", "sam", "sue"):  # slide 1 previewed by all four
        with Library(tmp_path / who, team.url(who)) as lib:
            UsageService(lib).record(team.name(who), "preview", deck, "slide", 1)
            if who != "admin":  # copied by three: "4 people" would say one did not copy
                UsageService(lib).record(team.name(who), "copy", deck, "slide", 1)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        UsageService(lib).record(team.name("sam"), "open", deck)  # the item opened by sam alone
    items = f"SELECT events, people, previews, copies, opens FROM enablement_insights_usage_items({WIDE})"
    units = f"SELECT people, previewed, copied FROM enablement_insights_usage_units({WIDE}, %s)"

    def read() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with team.connect("sue") as conn:
            return conn.execute(units, (deck,)).fetchall(), conn.execute(items).fetchall()

    unit_rows, item_rows = read()
    assert unit_rows == [(None, 4, 3)]
    # Events less previews and copies would be sam's one open: withheld; nobody only opened: 4 people.
    assert item_rows == [(None, 4, 4, 3, None)]
    with TeamAdmin(team.owner_url) as admin:  # re-applied rules (an upgraded server): still so
        admin.secure()
    assert read() == ([(None, 4, 3)], [(None, 4, 4, 3, None)])
