"""No usage count of fewer than three people may be told by subtracting one shown count from another.

"5 people: previewed by 3, opened by fewer than 3" says 2 people did something else; "20 events, 14
previews, 6 opens" with links hidden says the links. The aggregates withhold such a total in SQL
(so a team server's SECURITY DEFINER functions do too): a unit's people when a shown action's people
fall 1 or 2 short of them or 1 or 2 people took hidden actions only; usage events when the events of
hidden actions come from 1 or 2 people. On SQLite and PostgreSQL, through the service and the CLI.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.store import Library, schema
from tests.unit.insights.conftest import store_item

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def use(
    conn: Any,
    who: str,
    item_id: int,
    action: str,
    number: int | None,
    *,
    at: datetime = NOW,
    team: str = "North",
) -> None:
    conn.execute(
        sa.insert(schema.usage_events).values(
            at=at - timedelta(days=1),
            person=who,
            team=team,
            action=action,
            item_id=item_id,
            unit_kind="slide" if number is not None else None,
            unit_number=number,
            item_version=1,
        )
    )


def test_a_units_people_are_withheld_when_they_would_give_a_hidden_count_away(library: Library) -> None:
    deck = store_item(library, "Router deck", count=5)
    with library.transaction() as conn:
        for who in "abc":  # slide 1: 5 people, previewed by 3, opened by 2 (d, e): "5" would say 2
            use(conn, who, deck, "preview", 1)
        for who in "de":
            use(conn, who, deck, "open", 1)
        for who in "abc":  # slide 2: previewed by a, b, c; copied by d, e, f: 6, both shown
            use(conn, who, deck, "preview", 2)
        for who in "def":
            use(conn, who, deck, "copy", 2)
        use(conn, "g", deck, "link", 3)  # slide 3: as slide 2, and g linked it, nothing else: 7 - 1
        for who in "abc":
            use(conn, who, deck, "preview", 3)
        for who in "def":
            use(conn, who, deck, "copy", 3)
        for who in "abcd":  # slide 4: 4 previewed, 3 of them opened: 1 did not
            use(conn, who, deck, "preview", 4)
        for who in "abc":
            use(conn, who, deck, "open", 4)
        for who in "abc":  # slide 5: 3 previewed, 2 of the same 3 opened: nobody apart, so shown
            use(conn, who, deck, "preview", 5)
        for who in "ab":
            use(conn, who, deck, "open", 5)
    units = {
        u.unit_number: u for u in InsightsService(library, gaps=GapService(library)).unit_usage(deck, now=NOW)
    }
    counts = {
        n: (u.used, u.hidden, u.people, u.previewed, u.opened, u.copied, u.linked) for n, u in units.items()
    }
    assert counts == {
        1: (True, False, None, 3, None, None, None),
        2: (True, False, 6, 3, None, 3, None),
        3: (True, False, None, 3, None, 3, None),
        4: (True, False, None, 4, 3, None, None),
        5: (True, False, 3, 3, None, None, None),
    }


def test_usage_events_are_withheld_when_hidden_actions_come_from_one_or_two_people(library: Library) -> None:
    one = store_item(library, "One")
    two = store_item(library, "Two")
    three = store_item(library, "Three")
    with library.transaction() as conn:
        for who in "abc":  # one: 3 previewed twice each, d linked once: 7 events would say d's 1
            use(conn, who, one, "preview", None)
            use(conn, who, one, "preview", None)
        use(conn, "d", one, "link", None)
        for who in "abc":  # two: a and b also opened (hidden): the total less the previews would tell
            use(conn, who, two, "preview", None)
        for who in "ab":
            use(conn, who, two, "open", None)
        for who in "abc":  # three: previews and opens by three each: shown alone, but the window's
            # opens less three's would be two's (a's and b's): three's opens go (tests of
            # test_cross_row_suppression), and its events with them
            use(conn, who, three, "preview", None)
            use(conn, who, three, "open", None)
    usage = InsightsService(library, gaps=GapService(library)).dashboard(weeks=2, now=NOW).usage
    rows = {r.item_id: (r.events, r.people, r.previews, r.opens, r.links) for r in usage.items}
    assert rows == {
        one: (None, None, 6, None, None),  # d alone did a hidden action: neither total is shown
        two: (None, 3, 3, None, None),  # nobody did hidden actions only: the people are shown
        three: (None, 3, 3, None, None),
    }
    # The window as a whole (and its week): previews by a, b, c (shown), opens by a, b, c (shown),
    # d's link hidden: the events would give it away; d took a hidden action only: so do the people.
    assert (usage.events, usage.people) == (None, None)
    assert [w.value for w in usage.weekly_events if w.value is not None] == []
    teams = {r.name: (r.events, r.people) for r in usage.teams}
    assert teams == {"North": (None, None)}
    # Withheld, not small: each of these None totals stands for 3 or more people, and says so.
    # (three's events went with its opens, for two's sake: withheld too, its 3 people shown)
    assert {r.item_id: r.withheld for r in usage.items} == {one: True, two: True, three: True}
    assert usage.withheld and all(t.withheld for t in usage.teams)


def test_a_small_group_is_not_called_withheld(library: Library, tmp_path: Path) -> None:
    """Two people in a team: its totals are None because the group is small, not withheld; the
    JSON and the CSV tell the two apart ("withheld": true only where 3 or more people are known to
    be behind a None total: some of its counts are shown)."""
    from enablement.insights.export import HIDDEN, WITHHELD, export_csv

    one = store_item(library, "One")
    with library.transaction() as conn:
        for who in "abc":  # North: a, b, c previewed, d linked once: totals withheld (3+ people)
            use(conn, who, one, "preview", None)
        use(conn, "d", one, "link", None)
    board = InsightsService(library, gaps=GapService(library)).dashboard(weeks=2, now=NOW)
    (north,) = board.to_json()["usage"]["teams"]
    assert (north["events"], north["previews"], north["withheld"]) == (None, 3, True)
    export_csv(board, tmp_path / "north")
    with library.transaction() as conn:
        for who in "xy":  # South: two people only; North, beside it, is hidden whole (else the
            use(conn, who, one, "preview", None, team="South")  # total less North gives South away)
    board = InsightsService(library, gaps=GapService(library)).dashboard(weeks=2, now=NOW)
    teams = {t["name"]: t for t in board.to_json()["usage"]["teams"]}
    for name in ("North", "South"):
        assert (teams[name]["events"], teams[name]["people"], teams[name]["withheld"]) == (None, None, False)
    export_csv(board, tmp_path / "both")
    import csv

    def cells(folder: str) -> dict[str, tuple[str, str]]:
        with (tmp_path / folder / "usage_teams.csv").open(encoding="utf-8") as f:
            return {row["name"]: (row["events"], row["people"]) for row in csv.DictReader(f)}

    assert cells("north")["North"][0] == WITHHELD
    assert cells("both") == {"North": (HIDDEN, HIDDEN), "South": (HIDDEN, HIDDEN)}


def test_cli_says_three_or_more_people_for_a_withheld_total(
    tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    from enablement.cli import main

    path = tmp_path / "cli-lib"
    with Library(path, db_url) as lib:
        deck = store_item(lib, "Router deck", count=1)
        now = datetime.now(UTC)
        with lib.transaction() as conn:
            for who in "abc":
                use(conn, who, deck, "preview", 1, at=now)
            for who in "de":
                use(conn, who, deck, "open", 1, at=now)
    base = ["--library", str(path)] + (["--db", db_url] if db_url else [])
    assert main([*base, "insights", "usage", "--item", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "slide 1 'slide 1': 3 or more people (number withheld): previewed by 3 people, opened by <3" in out
    assert "5 people" not in out
    assert main([*base, "insights", "usage", "--item", str(deck), "--json"]) == 0
    assert '"withheld": true' in capsys.readouterr().out


def test_cli_dashboard_says_withheld_not_fewer_than_three(
    tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    from enablement.cli import main

    path = tmp_path / "cli-lib"
    with Library(path, db_url) as lib:
        item = store_item(lib, "One")
        now = datetime.now(UTC)
        with lib.transaction() as conn:
            for who in "abc":  # previews by 3 shown; d's link hidden: the events would give it away
                use(conn, who, item, "preview", None, at=now)
            use(conn, "d", item, "link", None, at=now)
    base = ["--library", str(path)] + (["--db", db_url] if db_url else [])
    assert main([*base, "insights", "dashboard"]) == 0
    out = capsys.readouterr().out
    usage = next(line for line in out.splitlines() if line.startswith("Usage:"))
    assert "withheld" in usage and "3 or more people" in usage and "fewer than" not in usage
    assert main([*base, "insights", "usage"]) == 0
    out = capsys.readouterr().out
    assert "item One: withheld" in out and "<3" not in out.split("item One")[1].splitlines()[0]
