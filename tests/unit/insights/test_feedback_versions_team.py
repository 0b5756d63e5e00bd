"""On a team server: feedback and usage carry the item's version as the seller writes them, the
seller reads only their own rows, marketing cannot rewrite a report's version, and the per-unit
usage function counts the current version only (real logins, straight SQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from enablement.insights import Placement, ReportService
from enablement.insights.usage import UsageService
from enablement.store.library import Library
from tests.helpers.drafts import store_slides
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

WIDE = "now() + interval '1 day', now() - interval '1000 weeks'"
V1 = [("Agenda", "What we cover"), ("Acme comparison", "Support"), ("Pricing", "900 EUR")]
V2 = [("Agenda", "What we cover"), ("Pricing", "900 EUR"), ("Roadmap", "Wi-Fi 7")]


def test_versions_on_feedback_and_usage_under_the_team_rules(team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner:
        deck = store_slides(owner, V1, title="Team deck")
    for who in ("mia", "sam", "sue"):
        with Library(tmp_path / who, team.url(who)) as lib:
            UsageService(lib).record(team.name(who), "preview", deck, "slide", 2)
    with Library(tmp_path / "sam", team.url("sam")) as lib:
        sent = ReportService(lib).add_feedback(team.name("sam"), deck, "slide", 2, "outdated", "Acme changed")
        pricing = ReportService(lib).add_feedback(team.name("sam"), deck, "slide", 3, "helped", "Clear")
    assert sent.item_version == 1
    with team.connect("sam") as conn:
        rows = conn.execute(f"SELECT * FROM enablement_insights_usage_units({WIDE}, %s)", (deck,)).fetchall()
        assert [(r[0], r[1], r[2]) for r in rows] == [("slide", 2, 3)]  # three people on version 1
        assert conn.execute("SELECT DISTINCT person, item_version FROM usage_events").fetchall() == [
            (team.name("sam"), 1)
        ]
    with Library(tmp_path / "owner", team.owner_url) as owner:
        store_slides(owner, V2, item_id=deck, title="Team deck")

    with team.connect("sam") as conn:  # version 2 is current: version 1's previews count on no slide
        assert (
            conn.execute(f"SELECT * FROM enablement_insights_usage_units({WIDE}, %s)", (deck,)).fetchall()
            == []
        )
        # A seller records a version with their own rows, and still no one else's.
        conn.execute(
            "INSERT INTO usage_events (at, person, team, action, item_id, unit_kind, unit_number, "
            "item_version) VALUES (now(), %s, '', 'preview', %s, 'slide', 3, 2)",
            (team.name("sam"), deck),
        )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO usage_events (at, person, team, action, item_id, item_version) "
                "VALUES (now(), %s, '', 'open', %s, 2)",
                (team.name("sue"), deck),
            )
    # Marketing triages; a report's version is not a triage column.
    with team.connect("mia") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE reports SET item_version = 2 WHERE id = %s", (sent.id,))
    with Library(tmp_path / "mia", team.url("mia")) as lib:
        reports = ReportService(lib)
        units = {u.unit_number: u for u in reports.item_feedback(team.name("mia"), deck)}
        assert sorted(units) == [2] and units[2].latest[0].report_id == pricing.id  # Pricing moved up
        earlier = reports.earlier_feedback(team.name("mia"), deck)
        assert [(e.version, e.unit_number, e.heading, e.placement) for e in earlier] == [
            (1, 2, "Acme comparison", Placement.REMOVED)
        ]
    with Library(tmp_path / "sam", team.url("sam")) as lib:  # the seller's own, placed the same way
        mine = ReportService(lib).my_unit_feedback(team.name("sam"), deck, "slide", 2)
        assert [r.id for r in mine] == [pricing.id]
