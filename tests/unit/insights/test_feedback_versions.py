"""Feedback and per-unit usage after a re-import: feedback follows the content, not the number;
what no current unit carries is listed as given on an earlier version; usage per unit counts the
current version only; a report may lead to a version. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from enablement.domain import ItemKind, UnitKind
from enablement.errors import NotFound
from enablement.insights import LinkKind, Placement, ReportService
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.insights.usage import UsageService
from enablement.store import Library, schema
from enablement.voting import BallotSpec, VotingService
from tests.helpers.drafts import store_slides
from tests.unit.insights.conftest import store_item

V1 = [
    ("Agenda", "What we cover"),
    ("Why Router X1", "Three reasons"),
    ("Pricing", "From 900 EUR"),
    ("Roadmap", "Q3: Wi-Fi 7"),
    ("Acme comparison", "We win on support"),
]
# Version 2: a slide inserted at 2, pricing rewritten, the Acme slide dropped.
V2 = [
    ("Agenda", "What we cover"),
    ("What is new", "Wi-Fi 7 is here"),
    ("Why Router X1", "Three reasons"),
    ("Pricing", "From 990 EUR"),
    ("Roadmap", "Q3: Wi-Fi 7"),
]


def _reimported(library: Library, reports: ReportService) -> tuple[int, dict[str, int]]:
    """The deck with feedback on version 1, then re-imported as version 2."""
    deck = store_slides(library, V1)
    ids = {
        "why": reports.add_feedback("sam", deck, "slide", 2, "helped", "Won the Nordbank deal").id,
        "pricing": reports.add_feedback("sue", deck, "slide", 3, "wrong", "Price went up").id,
        "acme": reports.add_feedback("sam", deck, "slide", 5, "outdated", "Acme has 24/7 support now").id,
        "agenda": reports.add_feedback("sue", deck, "slide", 1, "helped").id,
    }
    store_slides(library, V2, item_id=deck)
    return deck, ids


def test_feedback_follows_unchanged_content_and_earlier_feedback_is_listed(
    library: Library, reports: ReportService
) -> None:
    deck, ids = _reimported(library, reports)
    assert reports.get_report("mia", ids["acme"]).item_version == 1
    later = reports.add_feedback("sam", deck, "slide", 5, "helped", "Roadmap sells")
    assert later.item_version == 2

    units = {(u.unit_kind, u.unit_number): u for u in reports.item_feedback("mia", deck)}
    # Agenda (slide 1 both times) and "Why Router X1" (slide 2 then, slide 3 now) keep their feedback;
    # slide 5 now (Roadmap) carries only what was said about it, not the dropped Acme slide's.
    assert sorted(units) == [("slide", 1), ("slide", 3), ("slide", 5)]
    assert [c.report_id for c in units["slide", 3].latest] == [ids["why"]]
    assert units["slide", 5].counts["outdated"] == 0 and units["slide", 5].counts["helped"] == 1
    assert [c.comment for c in units["slide", 5].latest] == ["Roadmap sells"]
    assert ("slide", 2) not in units  # the inserted slide has nothing said about it

    earlier = reports.earlier_feedback("mia", deck)
    assert [(e.version, e.unit_kind, e.unit_number, e.heading, e.placement) for e in earlier] == [
        (1, "slide", 3, "Pricing", Placement.CHANGED),
        (1, "slide", 5, "Acme comparison", Placement.REMOVED),
    ]
    assert earlier[1].counts["outdated"] == 1 and earlier[1].latest[0].comment == "Acme has 24/7 support now"
    # The item's summary still counts everything sent about it.
    assert reports.item_feedback_summary("mia", [deck])[deck].total == 5

    # A seller sees their own feedback where it belongs too.
    assert [r.id for r in reports.my_unit_feedback("sam", deck, "slide", 3)] == [ids["why"]]
    assert [r.id for r in reports.my_unit_feedback("sam", deck, "slide", 5)] == [later.id]
    assert reports.my_unit_feedback("sam", deck, "slide", 2) == []


def test_feedback_of_an_unknown_version_is_listed_not_placed(
    library: Library, reports: ReportService
) -> None:
    """Rows from before versions were recorded, or an earlier version whose units are not stored."""
    deck, ids = _reimported(library, reports)
    with library.transaction() as conn:
        conn.execute(
            sa.update(schema.reports).where(schema.reports.c.id == ids["agenda"]).values(item_version=None)
        )
        conn.execute(
            sa.delete(schema.version_units).where(
                schema.version_units.c.item_id == deck, schema.version_units.c.number == 2
            )
        )
    units = {(u.unit_kind, u.unit_number) for u in reports.item_feedback("mia", deck)}
    assert units == set()  # neither the NULL-version agenda feedback nor the unstored slide 2 placed
    earlier = {(e.version, e.unit_number): e.placement for e in reports.earlier_feedback("mia", deck)}
    assert earlier == {
        (1, 2): Placement.UNKNOWN,
        (1, 3): Placement.CHANGED,
        (1, 5): Placement.REMOVED,
        (None, 1): Placement.UNKNOWN,
    }
    assert reports.my_unit_feedback("sue", deck, "slide", 1) == []


def test_a_report_leads_to_a_version_a_battle_card_or_a_ballot(
    library: Library, reports: ReportService, voting: VotingService
) -> None:
    deck, ids = _reimported(library, reports)
    card = store_item(library, "Acme battle card", kind=ItemKind.BATTLECARD, unit_kind=UnitKind.SECTION)
    version2 = reports.version_id(deck, 2)
    linked = reports.link("mia", ids["acme"], "version", version2)
    assert linked.led_to == (LinkKind.VERSION, version2)
    intel = reports.add_intel("sam", "claim", competitor="Acme", text="Acme claims 24/7 support")
    reports.link("mia", intel.id, LinkKind.ITEM, card)
    other = reports.add_intel("sue", "objection", text="Too expensive")
    reports.link("mia", other.id, LinkKind.ITEM, deck)

    targets = reports.link_targets(reports.inbox("mia"))
    assert targets[LinkKind.VERSION, version2].describe() == "version 2 of «Router X1 launch deck»"
    assert targets[LinkKind.ITEM, card].describe() == "battle card «Acme battle card»"
    assert targets[LinkKind.ITEM, deck].describe() == "item «Router X1 launch deck»"
    # The seller's "Sent by me" names it the same way.
    mine = reports.my_reports("sam")
    named = {r.id: reports.link_targets([r])[r.led_to].describe() for r in mine if r.led_to}
    assert named == {
        ids["acme"]: "version 2 of «Router X1 launch deck»",
        intel.id: "battle card «Acme battle card»",
    }
    assert [t.number for t in reports.versions_to_link([deck])] == [2, 1]
    assert [e.new_value for e in reports.history("mia", ids["acme"]) if e.action == "link"] == [
        f"version:{version2}"
    ]

    with pytest.raises(NotFound, match="has no version 7"):
        reports.version_id(deck, 7)
    with pytest.raises(NotFound, match="There is no version 999999"):
        reports.link("mia", ids["acme"], "version", 999_999)
    assert reports.get_report("mia", ids["acme"]).led_to == (LinkKind.VERSION, version2)  # kept
    ballot = voting.create_ballot("mia", BallotSpec(title="Acme card next?"))
    reports.link("mia", ids["pricing"], "ballot", ballot.id)
    target = reports.link_targets([reports.get_report("mia", ids["pricing"])])
    assert target[LinkKind.BALLOT, ballot.id].describe() == "ballot «Acme card next?»"


def test_unit_usage_counts_the_current_version_only(library: Library) -> None:
    VotingService(library).add_person("setup", "mia", "marketing", "HQ")
    deck = store_slides(library, V1)
    usage = UsageService(library)
    for who in ("a", "b", "c"):
        usage.record(who, "preview", deck, "slide", 5)  # the Acme slide, version 1
    with library.reading() as conn:
        versions = conn.execute(sa.select(schema.usage_events.c.item_version).distinct()).scalars().all()
    assert versions == [1]
    insights = InsightsService(library, gaps=GapService(library))
    now = datetime.now(UTC)
    assert [(u.unit_number, u.people) for u in insights.unit_usage(deck, now=now) if u.used] == [(5, 3)]

    store_slides(library, V2, item_id=deck)
    units = insights.unit_usage(deck, now=datetime.now(UTC))
    assert [u.unit_number for u in units] == [1, 2, 3, 4, 5] and {u.version for u in units} == {2}
    assert not any(u.used for u in units)  # version 1's previews of the Acme slide are not the Roadmap's
    for who in ("a", "b", "d"):
        usage.record(who, "preview", deck, "slide", 5)
    usage.record("a", "copy", deck, "slide", 5, version=1)  # written late, for the version then on show
    five = insights.unit_usage(deck, now=datetime.now(UTC))[4]
    assert (five.people, five.previewed, five.copied) == (3, 3, None)
