"""On a team server a seller calling the gaps function directly gets no searchers count that, less
the unserved people, tells one or two served colleagues apart (real logins)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.insights.usage import UsageService
from enablement.search.keys import query_key
from enablement.store.library import Library
from enablement.store.repository import log_search
from tests.helpers.team import Team, skip_without_pg, store_draft

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '2 weeks'"


def test_seller_reads_no_searchers_that_give_served_colleagues_away(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_draft(owner)
    for who in ("admin", "mia", "sam", "sue"):  # three find nothing; sue finds and opens
        with Library(tmp_path / who, team.url(who)) as lib:
            with lib.transaction() as conn:
                hits = 3 if who == "sue" else 0
                found = log_search(
                    conn,
                    query="wifi 7",
                    hits=hits,
                    took_ms=1.0,
                    user=team.name(who),
                    query_key=query_key("wifi 7"),
                )
            if who == "sue":
                UsageService(lib).record(team.name(who), "open", deck, search_id=found)
    with team.connect("sam") as conn:
        for name in ("gaps", "top_gaps"):
            rows = conn.execute(
                f"SELECT key, people, searchers FROM enablement_insights_{name}({WIDE})"
            ).fetchall()
            assert rows == [(query_key("wifi 7"), 3, None)], name  # 3 of 4 would say sue opened it
