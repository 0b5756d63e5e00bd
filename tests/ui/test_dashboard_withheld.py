"""Withheld is not small: the usage card and its bars tell the two kinds of missing total apart.

A total is None either because fewer than three people are behind it, or a row would give such a
group away ("hidden for privacy"), or because three or more are, and showing it would let a hidden
smaller count be worked out by subtraction ("withheld"). Saying "fewer than 3" for the second
would be false; in Russian and English, on the card's figure and caption, on an item's or team's
bar and in the coverage table.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.insights.figures import Dashboard, InsightsService
from enablement.insights.gaps import GapService
from enablement.store import Library, schema
from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.loop.dashboard_cards import CoverageCard, UsageCard
from enablement.ui.loop.dashboard_charts import Bar, CoverageRow, CoverageTable
from enablement.ui.theme import Appearance
from tests.unit.insights.conftest import store_item

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def _use(conn: Any, who: str, item_id: int, action: str, team: str) -> None:
    conn.execute(
        sa.insert(schema.usage_events).values(
            at=NOW - timedelta(days=1), person=who, team=team, action=action, item_id=item_id, item_version=1
        )
    )


@pytest.fixture
def board(library: Library) -> Dashboard:
    """North: a, b, c previewed, d linked once (its totals withheld: they would tell d's link);
    South: two people (its totals small). The window's totals are withheld too."""
    item = store_item(library, "Router deck")
    with library.transaction() as conn:
        for who in "abc":
            _use(conn, who, item, "preview", "North")
        _use(conn, "d", item, "link", "North")
        for who in "xy":
            _use(conn, who, item, "preview", "South")
    return InsightsService(library, gaps=GapService(library)).dashboard(weeks=2, now=NOW)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_withheld_total_is_not_called_fewer_than_three(
    qtbot: Any, board: Dashboard, language: str, translator: Any
) -> None:
    translator.apply(language)
    card = UsageCard(theme=Appearance("light").theme)
    qtbot.addWidget(card)
    card.show_dashboard(board)
    assert board.usage.events is None and board.usage.withheld
    assert card.figure.text() == "—" and card.figure.toolTip() == fmt.withheld_why()
    caption = card.caption.text()
    assert ("can't be worked out" if language == "en" else "вычислить") in caption
    assert fmt.at_least_group() in caption
    assert fmt.hidden() not in caption
    bars = {b.label: b for b in card.teams.bars()}
    # North's four people are hidden whole beside South's two (else the total less North gives South
    # away: secondary suppression), so its bar cannot claim "fewer than 3": "hidden for privacy".
    assert bars["North"].value is None and bars["North"].missing_text() == fmt.hidden()
    assert bars["South"].value is None and bars["South"].missing_text() == fmt.hidden()
    assert "3" not in fmt.hidden()
    assert card.teams.toolTip() == fmt.hidden_sentence()  # the short words explained
    if language == "ru":
        assert "приватност" in fmt.hidden() and "приватност" not in fmt.withheld(), "translated, and apart"
        assert fmt.withheld() != "withheld so a smaller group can't be worked out"
    translator.apply("en")


def test_a_bar_reads_withheld_only_when_flagged(qtbot: Any) -> None:
    assert Bar("North", None, withheld=True).missing_text() == fmt.withheld()
    assert Bar("South", None).missing_text() == fmt.hidden()
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    # a narrow card: the short words, still "3+ people", never "fewer than 3"
    assert Bar("North", None, withheld=True).missing_text(40, metrics) == fmt.withheld_narrow()
    assert Bar("North", None, withheld=True).missing_text(4000, metrics) == fmt.withheld()
    assert Bar("South", None).missing_text(40, metrics) == fmt.hidden()


def test_the_coverage_table_explains_withheld_apart_from_hidden(qtbot: Any, board: Dashboard) -> None:
    card = CoverageCard(theme=Appearance("light").theme)
    qtbot.addWidget(card)
    card.show_dashboard(board)  # no competitor named: the table stays empty
    table = CoverageTable(theme=Appearance("light").theme)
    qtbot.addWidget(table)
    rows = [
        CoverageRow("Globex", True, 10, 5, None, usage_withheld=True),
        CoverageRow("Acme", False, None, 4, None),
    ]
    table.set_rows(rows, headers=("a", "b", "c", "d"), note="", legend="L", footnote="H", withheld_note="W")
    assert table.cell_texts(rows[0])[3] == fmt.withheld_short()
    assert table.cell_texts(rows[1])[3] == fmt.hidden_short()
    assert table._notes() == ["L", "H", "W"]
    table.set_rows(
        rows[:1], headers=("a", "b", "c", "d"), note="", legend="L", footnote="H", withheld_note="W"
    )
    assert table._notes() == ["L", "W"], "no 'fewer than 3' footnote where nothing is under 3"
