"""The Numbers page on real libraries: empty, single-user, with data from the services, its exports
(CSV, PNG, PDF), the minimum group of three people, and a seller and a marketer on a team server."""

from __future__ import annotations

import csv
import gc
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from enablement.app import Services, build_services
from enablement.config import Settings
from enablement.insights.figures import Dashboard
from enablement.search.keys import query_key
from enablement.store import Library, schema
from enablement.store.repository import log_search
from enablement.ui.i18n import Translator
from enablement.ui.icons import IconSet
from enablement.ui.loop import DashboardPage
from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.loop.dashboard_export import PNG_SIZE
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from enablement.voting import BallotSpec, Product
from tests.helpers.team import Team

SELLERS = [("olga", "North"), ("pavel", "North"), ("rita", "North"), ("sergei", "South"), ("tanya", "South")]


# ------------------------------------------------------------ seeding through the services


def _item(
    conn: Any, title: str, *, kind: str, competitors: list[str], review_by: date | None, age: int
) -> int:
    now = datetime.now(UTC)
    result = conn.execute(
        sa.insert(schema.items).values(
            title=title,
            kind=kind,
            status="published",
            language="ru",
            competitors=competitors,
            products=[],
            tags=[],
            owner="mia",
            created_at=now - timedelta(days=age + 30),
            updated_at=now - timedelta(days=age),
            review_by=review_by,
            source_name=f"{title}.md",
            sha256="0" * 64,
            current_version=1,
        )
    )
    return int(result.inserted_primary_key[0])


def seed(
    services: Services, sellers: list[tuple[str, str]] = SELLERS, marketer: str = "mia"
) -> dict[str, int]:
    """A library with people, items, searches, usage and answered reports (all within the last weeks)."""
    voting, lib = services.voting, services.library
    voting.add_person("setup", marketer, "marketing", "HQ")
    for name, team in sellers:
        voting.add_person("setup", name, "sales", team)
    today = date.today()
    with lib.transaction() as conn:
        ids = {
            "alfa": _item(
                conn,
                "Альфа-Софт: battle card",
                kind="battlecard",
                competitors=["Альфа-Софт"],
                review_by=today - timedelta(days=3),
                age=40,
            ),
            "globex": _item(
                conn,
                "Globex battle card",
                kind="battlecard",
                competitors=["Globex"],
                review_by=today + timedelta(days=60),
                age=120,
            ),
            "deck": _item(
                conn, "Router X1 deck", kind="deck", competitors=["Initech"], review_by=None, age=5
            ),
            "prices": _item(conn, "Прайс-лист 2026", kind="catalog", competitors=[], review_by=today, age=2),
        }
        now = datetime.now(UTC)
        shown = {"цены роутер": [ids["deck"], ids["prices"]], "Альфа-Софт слабые места": [ids["alfa"]]}
        for n, (name, _team) in enumerate(sellers):
            for day in (1, 9, 16):
                for query, hits in (("цены роутер", 3), ("Альфа-Софт слабые места", 2), ("wifi 7 mesh", 0)):
                    log_search(
                        conn,
                        query=query,
                        hits=hits,
                        took_ms=2.0,
                        user=name,
                        at=now - timedelta(days=day, minutes=n),
                        query_key=query_key(query),
                        found_items=shown.get(query),  # the Globex card: never found
                    )
    for name, _team in sellers:
        services.usage.record(name, "open", ids["deck"], "slide", 2)
        services.usage.record(name, "preview", ids["alfa"], "section", 1)
        services.usage.record(name, "copy", ids["prices"], "row", 4)
    report_ids = [
        services.reports.add_intel(
            name, "price", competitor="Альфа-Софт", text=f"Скидка 20% у клиента {n}"
        ).id
        for n, (name, _team) in enumerate(sellers)
    ]
    for report_id in report_ids[:3]:
        services.reports.answer(marketer, report_id, "Спасибо, обновим карточку.")
    with lib.transaction() as conn:  # the reports were made hours before their answers
        r = schema.reports
        for hours, report_id in zip((2, 6, 30, 5, 7), report_ids, strict=False):
            row = conn.execute(sa.select(r.c.at, r.c.answered_at).where(r.c.id == report_id)).one()
            conn.execute(
                sa.update(r)
                .where(r.c.id == report_id)
                .values(at=(row.answered_at or row.at) - timedelta(hours=hours))
            )
    return ids


def seed_ballots(services: Services, sellers: list[tuple[str, str]] = SELLERS, marketer: str = "mia") -> None:
    """Two decided ballots: one with the majority of votes, one against it (with a rationale)."""
    voting = services.voting
    for title, yes in (("Router X2 for small offices", 4), ("Mesh kit for hotels", 2)):
        ballot = voting.create_ballot(marketer, BallotSpec(title=title, product=Product(name=title)))
        for n, (name, _team) in enumerate(sellers):
            if n < yes:
                voting.vote(name, ballot.id, "Will sell it")
            else:
                voting.vote(name, ballot.id, "Won't sell it", "Нет спроса у наших клиентов")
        voting.close_ballot(marketer, ballot.id)
        voting.decide(marketer, ballot.id, "Go", "Партнёр уже подписал объём на 2027 год")


# ------------------------------------------------------------ fixtures


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def open_services(folder: Path, user: str = "anna", db_url: str | None = None) -> Services:
    return build_services(
        Settings(library_dir=folder, db_url=db_url, user=user, is_default_library=False), create_demo=False
    )


@pytest.fixture
def make_page(qtbot: Any, runner: TaskRunner) -> Iterator[Callable[..., DashboardPage]]:
    pages: list[DashboardPage] = []

    def make(services: Services, *, theme: str = "light", width: int = 1400) -> DashboardPage:
        appearance = Appearance(theme)
        page = DashboardPage(
            services=services, runner=runner, appearance=appearance, icons=IconSet(appearance)
        )
        qtbot.addWidget(page)
        page.resize(width, 1000)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            page.reload()
        pages.append(page)
        return page

    yield make
    runner.wait_idle(5000)
    for page in pages:
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pages.clear()
    gc.collect()


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "lib", user="mia")
    seed(services)
    yield services
    services.close()


def ids_of(board: Dashboard, title: str) -> int:
    return next(i for i, t in board.usage.titles.items() if t == title)


def card(page: DashboardPage, name: str) -> Any:
    return next(c for c in page.cards if type(c).__name__ == name)


# ------------------------------------------------------------ tests


def test_an_empty_library_explains_every_card_instead_of_drawing(make_page: Any, empty_services: Any) -> None:
    page = make_page(empty_services)
    board = page.board
    assert board is not None and "empty_library" in board.flags
    assert page.notes_label.isVisible() and "empty" in page.notes_label.text()
    freshness = card(page, "FreshnessCard")
    assert freshness.figure.text() == "—" and "Nothing is published" in freshness.caption.text()
    assert freshness.trend.showing_note() and freshness.trend.isHidden()  # the caption explains, no chart
    voice = card(page, "VoiceCard")
    assert voice.figure.text() == "—" and "No ballot closed" in voice.caption.text()
    assert voice.turnout.isHidden()
    assert "No competitor" in card(page, "CoverageCard").caption.text()
    assert (
        card(page, "CoverageCard").share_trend.isHidden()
        and card(page, "CoverageCard").share_trend.showing_note()
    )
    assert voice.turnout_trend.isHidden() and voice.majority_trend.isHidden()
    for name in ("ResponseCard", "DemandCard", "UsageCard"):
        c = card(page, name)
        assert c.figure.text() == "—" and "the library is empty" in c.caption.text(), name
    usage = card(page, "UsageCard")
    assert usage.items.bars() == [] and usage.items.note() and usage.items.isHidden()
    assert page.notes_label.text().count("\n") == 0  # "empty" only: the rest follows from it


def test_the_cards_show_the_dashboards_figures(make_page: Any, seeded: Services) -> None:
    page = make_page(seeded)
    board: Dashboard = page.board
    assert board.flags == []
    f = board.freshness
    freshness = card(page, "FreshnessCard")
    assert freshness.figure.text() == fmt.percent(f.share_past_review) == "25%"  # 1 of 4 past review-by
    assert f"{f.past_review} of {f.published}" in freshness.caption.text()
    assert freshness.trend.values() == [w.value for w in f.weekly]

    coverage = card(page, "CoverageCard")
    rows = {r.competitor: r for r in coverage.table.rows()}
    assert set(rows) == {c.competitor for c in board.coverage} == {"Альфа-Софт", "Globex", "Initech"}
    assert not rows["Initech"].battlecard and rows["Globex"].age_days == 120
    assert coverage.figure.text() == "2 / 3"

    r = board.response
    response = card(page, "ResponseCard")
    assert (r.reports, r.answered) == (5, 3)
    assert response.figure.text() == fmt.hours(r.median_hours) == "6.0 h"
    assert (
        "3 of 5 reports" in response.caption.text()
        and fmt.percent(r.share_answered) in response.caption.text()
    )

    demand = card(page, "DemandCard")
    top = board.demand.top_searches
    assert [b.label for b in demand.searches.bars()] == [s.example for s in top[:8]]
    assert [b.value for b in demand.searches.bars()] == [s.searches for s in top[:8]]
    assert demand.figure.text() == fmt.number(sum(w.value or 0 for w in board.demand.weekly_searches))
    assert [b.value for b in demand.gaps.bars()] == [g.people for g in board.demand.top_gaps[:8]]
    assert board.demand.top_gaps and board.demand.top_gaps[0].people == 5  # "wifi 7 mesh" found nothing

    u = board.usage
    usage = card(page, "UsageCard")
    assert usage.figure.text() == fmt.number(u.events) == "15"
    assert "5 people" in usage.caption.text()
    assert sorted(b.value for b in usage.items.bars()) == sorted(i.events for i in u.items)
    assert {b.label: b.value for b in usage.teams.bars()} == {t.name: t.events for t in u.teams}
    # South: two people; North too, or the window's 15 less North's 9 would say South's 6
    assert {t.name: t.events for t in u.teams} == {"North": None, "South": None}
    assert u.never_found == [ids_of(board, "Globex battle card")]
    assert "1 published item(s) no search showed" in usage.caption.text()  # (no translator loaded)
    assert usage.never_found_heading.text() == "Never found by a search"
    assert usage.never_found.isVisible() and usage.never_found.text() == "• Globex battle card"
    assert {i.name: i.found for i in u.items} == {
        "Router X1 deck": 15, "Прайс-лист 2026": 15, "Альфа-Софт: battle card": 15,
    }  # fmt: skip


def test_coverage_and_voice_draw_their_weekly_trends(make_page: Any, seeded: Services) -> None:
    seed_ballots(seeded)  # two ballots decided now: everyone voted on both, one against the majority
    page = make_page(seeded)
    board: Dashboard = page.board
    coverage = card(page, "CoverageCard")
    # The Initech deck appeared five weeks ago: two of three competitors covered from then on.
    assert coverage.share_trend.values() == [1.0, 1.0] + [0.6667] * 6
    assert coverage.share_trend.values() == [
        w.value for w in board.coverage_trend.weekly_share_with_battlecard
    ]
    assert coverage.searches_trend.values() == [None] * 5 + [5, 5, 5]  # "Альфа-Софт слабые места"
    assert coverage.share_trend.isVisible() and coverage.searches_trend.isVisible()
    voice = card(page, "VoiceCard")
    assert voice.turnout_trend.values() == [None] * 7 + [1.0]
    assert voice.majority_trend.values() == [None] * 7 + [0.5]
    assert voice.turnout_trend.isVisible() and voice.majority_trend.isVisible()
    sheet = page.report_sheet()  # the report's compact cards: one chart each
    try:
        compact = {type(c).__name__: c for c in sheet.cards}
        assert compact["CoverageCard"].share_trend.values() == coverage.share_trend.values()
        assert compact["CoverageCard"].searches_trend is None and compact["VoiceCard"].majority_trend is None
        assert compact["VoiceCard"].turnout_trend.values() == voice.turnout_trend.values()
    finally:
        sheet.deleteLater()


def test_with_one_or_two_people_the_counts_are_hidden_not_zero(
    make_page: Any, tmp_path: Path, qtbot: Any
) -> None:
    services = open_services(tmp_path / "lib", user="mia")
    try:
        seed(services, sellers=[("olga", "North"), ("pavel", "North")])
        page = make_page(services)
        board = page.board
        assert board.usage.events is None and board.response.reports is None
        assert "usage_hidden_fewer_than_3_people" in board.flags
        assert "fewer than 3 people" in page.notes_label.text()
        for name in ("ResponseCard", "DemandCard", "UsageCard"):
            c = card(page, name)
            assert c.figure.text() == "—", name
            assert fmt.hidden_sentence() in c.caption.text(), name
        usage = card(page, "UsageCard")
        assert usage.items.bars() == [] and fmt.hidden_sentence() in usage.items.note()
        assert [(b.label, b.value) for b in usage.teams.bars()] == [("North", None)]  # painted as hidden
        demand = card(page, "DemandCard")
        assert demand.searches.bars() == [] and fmt.hidden_sentence() in demand.searches.note()
        assert demand.trend.showing_note() and demand.trend.isHidden()
        assert card(page, "ResponseCard").share_trend.isHidden()
        assert board.usage.never_found is None  # two people searched: not even which items were shown
        assert "fewer than 3 people searched" in usage.never_found.text()
        assert card(page, "CoverageCard").searches_trend.showing_note()  # two people searched: hidden
        coverage = card(page, "CoverageCard").table
        assert all(r.searches is None and r.usage is None for r in coverage.rows())
        texts = coverage.cell_texts(coverage.rows()[0])
        assert texts[2] == texts[3] == fmt.hidden_short()  # not "0"
        # the freshness figures are not about people: shown
        assert card(page, "FreshnessCard").figure.text() == "25%"
    finally:
        services.close()


def test_changing_the_period_fetches_that_many_weeks(make_page: Any, seeded: Services, qtbot: Any) -> None:
    page = make_page(seeded)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.set_weeks(26)
    assert page.board.weeks == 26 and len(card(page, "FreshnessCard").trend.values()) == 26
    assert "26" in page.weeks_box.currentText()


def test_export_csv_png_and_pdf(make_page: Any, seeded: Services, qtbot: Any, tmp_path: Path) -> None:
    page = make_page(seeded)
    folder = tmp_path / "csv"
    with qtbot.waitSignal(page.exported, timeout=15_000) as blocker:
        page.export_csv_to(folder)
    assert blocker.args == [str(folder)]
    with (folder / "usage_teams.csv").open(encoding="utf-8") as f:
        teams = {row["name"]: row["events"] for row in csv.DictReader(f)}
    # two people in South: withheld, and says so; North with it (15 less North's would tell South's)
    assert teams == {"North": "hidden (privacy)", "South": "hidden (privacy)"}
    with (folder / "usage_never.csv").open(encoding="utf-8") as f:
        never = {row["title"]: (row["never_used"], row["never_found"]) for row in csv.DictReader(f)}
    assert never == {"Globex battle card": ("True", "True")}  # nobody used it, no search showed it

    png = tmp_path / "report.png"
    with qtbot.waitSignal(page.exported, timeout=15_000):
        page.save_png_to(png)
    image = QImage(str(png))
    assert not image.isNull() and image.size() == PNG_SIZE

    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.exported, timeout=15_000):
        page.save_pdf_to(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1


def test_a_failed_export_says_why_and_keeps_the_figures(
    make_page: Any, seeded: Services, qtbot: Any, tmp_path: Path
) -> None:
    page = make_page(seeded)
    with qtbot.waitSignal(page.export_failed, timeout=15_000) as blocker:
        page.save_pdf_to(tmp_path / "missing-folder" / "report.pdf")
    assert "does not exist" in blocker.args[0]
    assert page.error_banner.isVisible() and "missing-folder" in page.error_banner.text()
    assert page.board is not None and card(page, "UsageCard").figure.text() == "15"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with qtbot.waitSignal(page.export_failed, timeout=15_000):
        page.export_csv_to(blocked)
    assert not (tmp_path / "report.pdf").exists()


def test_the_page_follows_a_language_switch(
    make_page: Any, seeded: Services, translator: Translator, qtbot: Any
) -> None:
    page = make_page(seeded, theme="dark")
    assert card(page, "FreshnessCard").figure.text() == "25%"
    with qtbot.assertNotEmitted(page.loaded):
        translator.apply("ru")  # LanguageChange is posted: the page re-renders what it has, no reload
        qtbot.waitUntil(lambda: page.title_label.text() == "Цифры")
    assert card(page, "FreshnessCard").figure.text() == "25\u00a0%"
    assert card(page, "ResponseCard").figure.text() == "6,0\u00a0ч"
    assert "4 недели" in page.weeks_box.itemText(0)
    usage = card(page, "UsageCard")
    assert usage.never_found_heading.text() == "Ни разу не найдены поиском"
    assert "1 опубликованный материал не показал ни один поиск." in usage.caption.text()


# ------------------------------------------------------------ team server


@pytest.mark.pg
def test_a_seller_sees_the_same_figures_as_the_marketer(make_page: Any, team: Team, tmp_path: Path) -> None:
    with Library(tmp_path / "owner", team.owner_url) as owner, owner.transaction() as conn:
        _item(conn, "Globex battle card", kind="battlecard", competitors=["Globex"], review_by=None, age=10)
        _item(
            conn,
            "Old deck",
            kind="deck",
            competitors=["Initech"],
            review_by=date.today() - timedelta(1),
            age=90,
        )
        item_id = _item(conn, "Router deck", kind="deck", competitors=[], review_by=None, age=3)
    for who in ("mia", "sam", "sue"):
        s = open_services(tmp_path / who, db_url=team.url(who))
        try:
            s.usage.record(team.name(who), "open", item_id)
        finally:
            s.close()
    shown: dict[str, tuple[Any, ...]] = {}
    for who in ("mia", "sam"):
        s = open_services(tmp_path / f"{who}-ui", db_url=team.url(who))
        try:
            page = make_page(s)
            board = page.board
            shown[who] = (
                board.freshness.published,
                board.usage.events,
                [(c.competitor, c.battlecard) for c in board.coverage],
                card(page, "FreshnessCard").figure.text(),
                card(page, "UsageCard").figure.text(),
                [(r.competitor, r.battlecard, r.usage) for r in card(page, "CoverageCard").table.rows()],
                card(page, "CoverageCard").share_trend.values(),
            )
        finally:
            s.close()
    assert shown["sam"] == shown["mia"]
    assert shown["sam"][1] == 3 and shown["sam"][4] == "3"
    assert shown["sam"][6] == [0.0, 0.0] + [0.5] * 6  # the Globex card came 40 days ago; Initech has none


def test_the_numbers_button_of_the_main_window_opens_the_page_on_the_demo_library(
    qtbot: Any, window: Any, demo_services: Services
) -> None:
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        window.set_page("dashboard")
    assert window.current_page() == "dashboard"
    board = page.board
    assert board.freshness.published > 0 and "empty_library" not in board.flags
    assert card(page, "FreshnessCard").figure.text() == fmt.percent(board.freshness.share_past_review)
    assert {r.competitor for r in card(page, "CoverageCard").table.rows()} == {
        c.competitor for c in board.coverage
    }


def test_a_duration_axis_speaks_one_unit(translator: Any) -> None:
    """The median-response chart once read "0 ч · 2,1 дн. · 4,2 дн.": hours and days on one axis."""
    from enablement.ui.loop.dashboard_charts import HOURS, axis

    top, labels = axis(50.4, HOURS)  # just over two days: the axis is in days
    assert labels == ["0 d", "1.5 d", "3 d"] and top == 72
    top, labels = axis(33.0, HOURS)  # a day and a bit: hours
    assert labels == ["0 h", "20 h", "40 h"] and top == 40
    translator.apply("ru")
    _, labels = axis(100.0, HOURS)
    assert labels == ["0\u00a0дн.", "2,5\u00a0дн.", "5\u00a0дн."]
