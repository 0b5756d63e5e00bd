"""On a team server a seller who calls the SECURITY DEFINER functions directly cannot subtract the
shown item cells from a competitor's usage down to one colleague either (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.store.library import Library
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '2 weeks'"


def test_seller_cannot_subtract_the_items_from_a_competitors_usage(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner, title="Globex deck", slides=1)
        notes = store_draft(owner, title="Globex notes", slides=1)
        other = store_draft(owner, title="Initech deck", slides=1)
    with team.owner() as conn:
        conn.execute("UPDATE items SET competitors = '[\"Globex\"]' WHERE id IN (%s, %s)", (deck, notes))
        conn.execute("UPDATE items SET competitors = '[\"Initech\"]' WHERE id = %s", (other,))
        # 4 people opened the deck, z alone the notes (no row), 3 the Initech deck (withheld beside z)
        for who, item_id in [*((w, deck) for w in "abcd"), ("z", notes), *((w, other) for w in "pqr")]:
            conn.execute(
                "INSERT INTO usage_events (at, person, team, action, item_id) "
                "VALUES (now() - interval '1 day', %s, 'North', 'open', %s)",
                (who, item_id),
            )
    with team.connect("sue") as conn:
        items = conn.execute(
            "SELECT item_id, events, people, opens "
            f"FROM enablement_insights_usage_items({WIDE}) ORDER BY item_id"
        ).fetchall()
        competitors = conn.execute(
            "SELECT competitor, events, people, opens "
            f"FROM enablement_insights_usage_competitors({WIDE}) ORDER BY competitor"
        ).fetchall()
    assert items == [(deck, 4, 4, 4), (other, None, None, None)]
    # Globex's 5 opens by 5 people less the deck's 4 would say z's one.
    assert competitors == [("Globex", None, None, None), ("Initech", 3, 3, 3)]
