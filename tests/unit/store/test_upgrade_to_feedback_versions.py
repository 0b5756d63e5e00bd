"""A library of revision 0016 (feedback and usage without versions) opens in today's app with its
feedback and usage placed by version (migration 0017), nothing lost. On SQLite and PostgreSQL.

The library is built at 0016 with a deck re-imported once; feedback and usage events were written
before and after the re-import (and one report before the first import, as a desktop whose clock
is behind would). The upgrade backfills each row's version from `versions.imported_at`; a row it
cannot place stays NULL and is listed as given on an earlier version, never on a current slide.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from enablement.insights import Placement, ReportService
from enablement.insights.figures import InsightsService
from enablement.insights.gaps import GapService
from enablement.store import Library, repository
from enablement.store.library import make_engine, upgrade_schema
from enablement.voting import VotingService
from tests.helpers.drafts import slides_version

V1 = [("Agenda", "What we cover"), ("Why Router X1", "Three reasons"), ("Acme comparison", "Support")]
V2 = [("Agenda", "What we cover"), ("What is new", "Wi-Fi 7"), ("Why Router X1", "Three reasons")]
NOW = datetime.now(UTC).replace(microsecond=0)
T0, T1, T2, T3 = (NOW - timedelta(days=d) for d in (10, 8, 6, 2))


def _library_at_0016(root: Path, db_url: str | None) -> int:
    engine = make_engine(db_url or f"sqlite:///{root / 'library.db'}")
    upgrade_schema(engine, "0016")
    old = sa.MetaData()
    old.reflect(engine)  # the tables as 0016 made them
    reports, usage, versions = old.tables["reports"], old.tables["usage_events"], old.tables["versions"]
    assert "item_version" not in reports.c and "item_version" not in usage.c
    with engine.begin() as conn:
        deck = repository.store_version(conn, slides_version(V1), item_id=None, user="mia")
        repository.store_version(conn, slides_version(V2), item_id=deck, user="mia")
        for number, at in ((1, T0), (2, T2)):
            conn.execute(
                sa.update(versions)
                .where(versions.c.item_id == deck, versions.c.number == number)
                .values(imported_at=at)
            )

        def feedback(at: datetime, author: str, number: int, verdict: str, text: str) -> None:
            conn.execute(
                sa.insert(reports).values(
                    at=at, author=author, team="North", type="feedback", kind=verdict, text=text,
                    competitor="", product="",
                    state="new", updated_at=at, item_id=deck, item_title="Router X1 launch deck",
                    unit_kind="slide", unit_number=number,
                )
            )  # fmt: skip

        feedback(T1, "sam", 3, "outdated", "Acme has 24/7 support now")  # version 1's Acme slide
        feedback(T1, "sue", 2, "helped", "Won Nordbank")  # version 1's slide 2: slide 3 now
        feedback(T3, "sam", 3, "helped", "Great reasons")  # version 2's slide 3
        feedback(T0 - timedelta(hours=1), "sue", 1, "helped", "Clock behind")  # before any import
        conn.execute(
            sa.insert(reports).values(
                at=T1, author="sam", team="North", type="intel", kind="objection", text="Too dear",
                competitor="", product="",
                state="new", updated_at=T1,
            )
        )  # fmt: skip
        for who in ("a", "b", "c"):
            for at, number in ((T1, 1), (T3, 2)):
                conn.execute(
                    sa.insert(usage).values(
                        at=at, person=who, team="", action="preview", item_id=deck, unit_kind="slide",
                        unit_number=number,
                    )
                )  # fmt: skip
    engine.dispose()
    return deck


def test_old_feedback_and_usage_are_placed_by_version_after_the_upgrade(
    tmp_path: Path, db_url: str | None
) -> None:
    root = tmp_path / "library"
    root.mkdir()
    deck = _library_at_0016(root, db_url)
    with Library(root, db_url) as library:  # opening it upgrades to the newest schema
        VotingService(library).add_person("setup", "mia", "marketing", "HQ")
        with library.reading() as conn:
            placed = conn.execute(
                sa.text("SELECT type, unit_number, item_version FROM reports ORDER BY id")
            ).all()
            usage = conn.execute(
                sa.text("SELECT unit_number, item_version FROM usage_events ORDER BY id")
            ).all()
        assert [tuple(r) for r in placed] == [
            ("feedback", 3, 1),
            ("feedback", 2, 1),
            ("feedback", 3, 2),
            ("feedback", 1, None),  # older than the first import: not known
            ("intel", None, None),
        ]
        assert sorted({tuple(r) for r in usage}) == [(1, 1), (2, 2)]

        reports = ReportService(library)
        units = {u.unit_number: u for u in reports.item_feedback("mia", deck)}
        assert sorted(units) == [3]  # "Why Router X1": its version-1 feedback followed it to slide 3
        assert sorted(c.comment for c in units[3].latest) == ["Great reasons", "Won Nordbank"]
        earlier = [
            (e.version, e.unit_number, e.heading, e.placement) for e in reports.earlier_feedback("mia", deck)
        ]
        assert earlier == [
            (1, 3, "Acme comparison", Placement.REMOVED),
            (None, 1, "", Placement.UNKNOWN),
        ]
        # Old rows keep working: triage, the seller's own list, the summary.
        first = reports.inbox("mia", type="feedback")[-1]
        assert reports.set_state("mia", first.id, "accepted").state.value == "accepted"
        assert len(reports.my_reports("sam")) == 3
        assert reports.item_feedback_summary("mia", [deck])[deck].total == 4

        insights = InsightsService(library, gaps=GapService(library))
        counted = {u.unit_number: u.people for u in insights.unit_usage(deck, now=NOW) if u.used}
        assert counted == {2: 3}  # version 1's previews of slide 1 are not counted on version 2
