"""Usage per slide, page, row or section of one item, in distinct people, with every count of fewer
than three people blanked in SQL: on SQLite and PostgreSQL, through the service and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.errors import NotFound
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.unit_usage import UnitUsage
from enablement.store import Library, schema
from tests.unit.insights.conftest import store_item

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def use(
    conn: Any,
    who: str,
    item_id: int,
    action: str,
    number: int | None,
    days: float = 1,
    kind: str = "slide",
    version: int | None = 1,
) -> None:
    """One usage event, on the item's version `version` (1: the first import's)."""
    conn.execute(
        sa.insert(schema.usage_events).values(
            at=NOW - timedelta(days=days),
            person=who,
            team="North",
            action=action,
            item_id=item_id,
            unit_kind=kind if number is not None else None,
            unit_number=number,
            item_version=version,
        )
    )


def by_number(units: list[UnitUsage]) -> dict[int, UnitUsage]:
    return {u.unit_number: u for u in units}


def test_per_unit_people_with_small_groups_hidden(library: Library) -> None:
    deck = store_item(library, "Router deck", count=3)
    other = store_item(library, "Other deck", count=3)
    with library.transaction() as conn:
        for who in ("a", "b", "c", "d"):
            use(conn, who, deck, "preview", 1)
            use(conn, who, deck, "preview", 1)  # twice: still one person
        for who in ("a", "b", "c"):
            use(conn, who, deck, "copy", 1)
            use(conn, who, deck, "preview", 9)  # a slide since removed
            use(conn, who, deck, "open", None)  # the item as a whole: no unit's count
            use(conn, who, other, "preview", 3)  # another item
        use(conn, "a", deck, "open", 1)  # one person opened slide 1: hidden
        for who in ("a", "b"):
            use(conn, who, deck, "preview", 2)  # two people: the whole slide hidden
        for who in ("a", "b", "c"):
            use(conn, who, deck, "preview", 3, days=70)  # outside an 8-week window
    insights = InsightsService(library, gaps=GapService(library))
    units = insights.unit_usage(deck, weeks=8, now=NOW)
    assert [(u.unit_kind, u.unit_number, u.present) for u in units] == [
        ("slide", 1, True),
        ("slide", 2, True),
        ("slide", 3, True),
        ("slide", 9, False),
    ]
    one, two, three, gone = (by_number(units)[n] for n in (1, 2, 3, 9))
    # 4 people, copied by 3: the 4 would say one did not copy (test_usage_subtraction), so withheld.
    assert (one.people, one.previewed, one.opened, one.copied, one.linked) == (None, 4, None, 3, None)
    assert one.heading == "slide 1" and one.used and not one.hidden
    assert not two.used and two.hidden and two.people is None  # two people: as if nobody
    assert (two.people, two.previewed, two.opened, two.copied, two.linked) == (None,) * 5
    assert not three.used and three.hidden and (three.people, three.previewed) == (None, None)  # nobody
    assert (gone.people, gone.previewed) == (3, 3)
    # A longer window reaches slide 3's old previews.
    assert by_number(insights.unit_usage(deck, weeks=12, now=NOW))[3].previewed == 3
    assert by_number(insights.unit_usage(other, weeks=8, now=NOW))[3].previewed == 3
    # The dashboard's per-item figures are not touched by unit events being counted.
    [row] = [r for r in insights.dashboard(weeks=8, now=NOW).usage.items if r.item_id == deck]
    assert (row.people, row.events) == (4, 20)


def test_unknown_item_is_a_clear_error(library: Library) -> None:
    insights = InsightsService(library, gaps=GapService(library))
    with pytest.raises(NotFound, match="There is no item 999"):
        insights.unit_usage(999)


def test_cli_lists_units_and_hides_small_groups(
    tmp_path: Path, db_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    from enablement.cli import main

    path = tmp_path / "cli-lib"
    with Library(path, db_url) as lib:
        deck = store_item(lib, "Router deck", count=3)
        now = datetime.now(UTC)
        with lib.transaction() as conn:
            for who in ("a", "b", "c"):
                conn.execute(
                    sa.insert(schema.usage_events).values(
                        at=now - timedelta(days=1),
                        person=who,
                        team="",
                        action="copy",
                        item_id=deck,
                        unit_kind="slide",
                        unit_number=1,
                        item_version=1,
                    )
                )
            for who in ("a", "b"):
                conn.execute(
                    sa.insert(schema.usage_events).values(
                        at=now - timedelta(days=1),
                        person=who,
                        team="",
                        action="preview",
                        item_id=deck,
                        unit_kind="slide",
                        unit_number=2,
                        item_version=1,
                    )
                )
    base = ["--library", str(path)] + (["--db", db_url] if db_url else [])
    assert main([*base, "insights", "usage", "--item", str(deck)]) == 0
    out = capsys.readouterr().out
    assert (
        "slide 1 'slide 1': 3 people: previewed by <3 people, opened by <3 people, copied by 3 people" in out
    )
    assert "slide 2 'slide 2': nobody, or fewer than 3 people" in out
    assert "slide 3 'slide 3': nobody, or fewer than 3 people" in out
    assert main([*base, "insights", "usage", "--item", str(deck), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["unit_number"], r["copied"], r["hidden"]) for r in rows] == [
        (1, 3, False),
        (2, None, True),
        (3, None, True),
    ]
    assert main([*base, "insights", "usage", "--item", "999"]) != 0
    assert "There is no item 999" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "insights", "usage", "--item", str(deck), "--mine"])
