"""The Inbox page with real services: Sent by me, Triage and Gaps, on SQLite and on a team server.

On SQLite the single user takes the marketing role, triages their own intel and sees the answer
in Sent by me. On PostgreSQL a seller sends intel as their own login, a marketer's page lists,
answers and declines it (a decline without a reason is refused and changes nothing), and the
seller's page, on a second set of services signed in as the seller, shows the new state, the
answer and a badge, and no Triage.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QEvent

from enablement.config import Settings
from enablement.insights import ReportState
from enablement.ui.icons import IconSet
from enablement.ui.loop import InboxPage
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from tests.helpers.team import Team

WAIT = 15_000


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def make_page(qtbot: Any, runner: TaskRunner) -> Iterator[Callable[..., InboxPage]]:
    pages: list[InboxPage] = []
    appearance = Appearance("light")

    def make(services: Any, *, show: bool = True) -> InboxPage:
        page = InboxPage(services=services, runner=runner, appearance=appearance, icons=IconSet(appearance))
        # Not qtbot.addWidget: pytest-qt's teardown hook would close and deleteLater() it before this
        # fixture's teardown, whose wait_idle() spin then deletes it under page.stop().
        page.resize(1300, 800)
        if show:
            page.show()
        pages.append(page)  # first: torn down by the fixture even if the wait below fails
        qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
        return page

    yield make
    # Pages go on the UI thread, before the runner: nothing of them may die on a worker thread.
    runner.wait_idle(10_000)
    for page in pages:
        page.stop()
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pages.clear()
    gc.collect()


def settle(qtbot: Any, page: InboxPage) -> None:
    """Reload and wait until the page shows what the database holds now."""
    qtbot.waitUntil(lambda: page.runner.is_idle(), timeout=WAIT)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reload()
    qtbot.waitUntil(lambda: page.runner.is_idle(), timeout=WAIT)


def choose(qtbot: Any, page: InboxPage, report_id: int) -> None:
    page.tabs.setCurrentWidget(page.triage)
    assert page.triage.select(report_id)
    qtbot.waitUntil(
        lambda: page.triage.detail.report is not None and page.triage.detail.report.id == report_id
    )


def act(qtbot: Any, page: InboxPage, button: Any) -> None:
    """Click a triage button and wait for the service's answer (success or refusal)."""
    with qtbot.waitSignal(page.runner.idle, timeout=WAIT):
        button.click()


def triaged(page: InboxPage, report_id: int) -> Any:
    return next(r for r in page.triage.model.all_reports() if r.id == report_id)


# ---------------------------------------------------------------------- SQLite: the single user


def test_the_single_user_triages_and_sees_the_answer_in_sent_by_me(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    page = make_page(empty_services)
    assert page.sent.empty.isVisible() and "Ctrl+Shift+I" in page.sent.empty.text()
    # a seller's profile: Triage explains the role and offers it (a personal library)
    assert page.tabs.indexOf(page.triage) == -1 and page.tabs.indexOf(page.role_card) >= 0
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.role_button.click()
    qtbot.waitUntil(lambda: page.tabs.indexOf(page.triage) >= 0, timeout=WAIT)
    assert not page.triage.empty.isHidden() and "Nothing to triage" in page.triage.empty.text()

    report = empty_services.reports.add_intel(
        "anna", "price", competitor="Acme", text="Acme offered -20% on the router bundle."
    )
    with qtbot.waitSignal(page.notifications_changed, timeout=WAIT) as badge:
        settle(qtbot, page)
    assert badge.args == [1]  # one entry in state "new"
    choose(qtbot, page, report.id)
    detail = page.triage.detail
    detail.text_box.setPlainText("A counter-offer card is coming.")
    act(qtbot, page, detail.answer_button)
    assert detail.text_box.toPlainText() == ""  # taken by the service
    act(qtbot, page, detail.state_buttons["planned"])
    settle(qtbot, page)
    assert triaged(page, report.id).state is ReportState.PLANNED

    page.tabs.setCurrentWidget(page.sent)
    sent = page.sent.model.rows
    assert [(r.id, r.state, r.answer) for r in sent] == [
        (report.id, ReportState.PLANNED, "A counter-offer card is coming.")
    ]
    page.sent.select(report.id)
    qtbot.waitUntil(lambda: "counter-offer" in page.sent.detail.answer.text())
    qtbot.waitUntil(lambda: "History" in page.sent.detail.history.text(), timeout=WAIT)
    # the answer was on show: read, and off the badge (nothing new is left either)
    qtbot.waitUntil(lambda: page.badge == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: empty_services.voting.unread_count("anna") == 0, timeout=WAIT)  # written after


def test_filters_narrow_the_triage_list_and_explain_an_empty_result(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    empty_services.voting.ensure_person("anna")
    empty_services.voting.update_person("anna", "anna", role="marketing")
    reports = empty_services.reports
    acme = reports.add_intel("anna", "claim", competitor="Acme", text="Acme claims 99.99% uptime.")
    globex = reports.add_intel("anna", "objection", competitor="Globex", text="Too expensive.")
    page = make_page(empty_services)
    page.tabs.setCurrentWidget(page.triage)
    assert {r.id for r in page.triage.model.rows} == {acme.id, globex.id}
    view = page.triage
    view.competitor_filter.setCurrentIndex(view.competitor_filter.findData("Globex"))
    assert [r.id for r in view.model.rows] == [globex.id]
    view.text_filter.setText("uptime")
    assert view.model.rows == [] and "No entry matches" in view.empty.text()
    view.competitor_filter.setCurrentIndex(0)
    assert [r.id for r in view.model.rows] == [acme.id]


def test_a_dismissed_gap_needs_a_reason(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    empty_services.voting.ensure_person("anna")
    empty_services.voting.update_person("anna", "anna", role="marketing")
    page = make_page(empty_services)
    with qtbot.waitSignal(page.gaps_loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.gaps)
    assert "No open gaps" in page.gaps.empty.text()


def test_plan_a_card_makes_the_gaps_draft_and_says_which(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    """Issue 11 review: "Plan a card" only recorded a decision. The page runs the workbench's
    plan_gap_card, which makes a draft battle card titled after the query, and says which."""
    from enablement.search.keys import query_key
    from enablement.store.repository import get_item, log_search

    empty_services.voting.ensure_person("anna")
    empty_services.voting.update_person("anna", "anna", role="marketing")
    empty_services.voting.add_person("anna", "sam", "sales", "North")
    with empty_services.library.transaction() as conn:
        for who in ("ann", "bob", "cid"):
            log_search(
                conn, query="Globex SLA", hits=0, took_ms=1.0, user=who, query_key=query_key("Globex SLA")
            )
    page = make_page(empty_services)
    assert page.data is not None and page.data.people == ["anna"]  # owners are marketers: no sam
    with qtbot.waitSignal(page.gaps_loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.gaps)
    assert page.gaps.select_key(query_key("Globex SLA"))
    page.gaps.note.setText("Asked in three deals")
    with qtbot.waitSignal(page.gaps_loaded, timeout=WAIT):
        page.gaps.plan_button.click()
    assert page.gaps.planned.isVisibleTo(page.gaps), page.gaps.error.text()
    assert "Draft battle card made: «Globex SLA» (#" in page.gaps.planned.text()
    decision = empty_services.insights.gaps.decision(query_key("Globex SLA"))
    assert decision is not None and decision.state.value == "card_planned" and decision.item_id
    with empty_services.library.reading() as conn:
        item = get_item(conn, decision.item_id)
    assert (item.title, str(item.status), str(item.kind)) == ("Globex SLA", "draft", "battlecard")
    assert page.gaps.model.rows == []  # decided: off the open list


# ---------------------------------------------------------------------- PostgreSQL: a team


@pytest.fixture
def desktop(tmp_path: Path, team: Team) -> Iterator[Callable[[str], Any]]:
    """`desktop(who)`: a Services signed in to the team server as `who` (their own cache folder)."""
    from enablement.app import build_services

    opened: list[Any] = []

    def sign_in(who: str) -> Any:
        settings = Settings(tmp_path / who, team.url(who), team.name(who), is_default_library=False)
        services = build_services(settings, create_demo=False)
        opened.append(services)
        return services

    yield sign_in
    for services in opened:
        services.close()


@pytest.mark.pg
def test_a_seller_sees_the_fate_of_their_intel_triaged_by_marketing(
    qtbot: Any, team: Team, desktop: Callable[[str], Any], make_page: Callable[..., InboxPage]
) -> None:
    sam, mia = team.name("sam"), team.name("mia")
    seller, marketer = desktop("sam"), desktop("mia")
    report = seller.reports.add_intel(sam, "claim", competitor="Acme", text="Acme says it ships in a day.")
    other = seller.reports.add_intel(sam, "request", text="A one-pager on the PX-200 for hospitals.")

    page = make_page(marketer)
    assert page.tabs.indexOf(page.triage) >= 0 and page.tabs.indexOf(page.gaps) >= 0
    assert {report.id, other.id} <= {r.id for r in page.triage.model.all_reports()}
    assert page.badge >= 2  # at least the two new entries
    row = triaged(page, report.id)
    assert row.author == sam  # marketing sees who sent it

    choose(qtbot, page, report.id)
    detail = page.triage.detail
    detail.text_box.setPlainText("Thanks, we are checking their delivery terms.")
    act(qtbot, page, detail.answer_button)
    assert not detail.error_text()

    # a decline without a reason: refused with a message, the state stays, the box keeps its text
    act(qtbot, page, detail.state_buttons["declined"])
    assert "reason" in detail.error_text()
    settle(qtbot, page)
    assert triaged(page, report.id).state is ReportState.NEW
    detail.text_box.setPlainText("Their delivery terms are the same as ours; nothing to change.")
    act(qtbot, page, detail.state_buttons["declined"])
    assert not detail.error_text()
    detail.owner_box.setEditText(mia)
    act(qtbot, page, detail.take_button)

    choose(qtbot, page, other.id)
    act(qtbot, page, detail.state_buttons["planned"])
    settle(qtbot, page)
    assert triaged(page, report.id).state is ReportState.DECLINED
    assert triaged(page, report.id).owner == mia
    assert triaged(page, other.id).state is ReportState.PLANNED

    # the seller's page, hidden at first: the badge counts the unread answers
    mine = make_page(seller, show=False)
    assert mine.tabs.indexOf(mine.triage) == -1 and mine.tabs.indexOf(mine.gaps) == -1
    assert mine.tabs.count() == 1  # no Triage on a team for a seller, and no offer of the role
    states = {r.id: (r.state, r.answer) for r in mine.sent.model.rows}
    assert states[report.id] == (
        ReportState.DECLINED,
        "Their delivery terms are the same as ours; nothing to change.",
    )
    assert states[other.id] == (ReportState.PLANNED, None)
    assert mine.badge == 2  # the answer and the decline's reason
    mine.show()
    qtbot.waitUntil(lambda: mine.badge == 0, timeout=WAIT)  # seen: marked read
    qtbot.waitUntil(lambda: seller.voting.unread_count(sam) == 0, timeout=WAIT)


def test_feedback_links_to_what_it_led_to_and_opens_the_unit(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    from tests.helpers.drafts import store_draft

    item_id = store_draft(empty_services.library, "Acme battle deck")
    empty_services.voting.ensure_person("anna")
    empty_services.voting.update_person("anna", "anna", role="marketing")
    report = empty_services.reports.add_feedback("anna", item_id, "slide", 2, "outdated", "Old price table.")
    page = make_page(empty_services)
    choose(qtbot, page, report.id)
    detail = page.triage.detail
    assert "Acme battle deck" in detail.meta.text() and "slide 2" in detail.meta.text()
    with qtbot.waitSignal(page.open_unit) as opened:
        detail.meta.linkActivated.emit(f"unit:{item_id}:slide:2")
    assert opened.args == [item_id, "slide", 2]

    detail.link_kind.setCurrentIndex(detail.link_kind.findData("item"))
    detail.link_target.setCurrentIndex(detail.link_target.findData(item_id))
    act(qtbot, page, detail.link_button)
    settle(qtbot, page)
    assert triaged(page, report.id).led_to is not None
    assert "Acme battle deck" in detail.led_to.text()
    page.tabs.setCurrentWidget(page.sent)
    page.sent.select(report.id)
    qtbot.waitUntil(lambda: "Acme battle deck" in page.sent.detail.led_to.text())
    # the history names what it was linked to, not "item:N"
    history = page.sent.detail.history
    qtbot.waitUntil(lambda: "linked it to «Acme battle deck»" in history.text(), timeout=WAIT)
    assert f"item:{item_id}" not in history.text()


def test_a_page_still_loading_when_the_test_ends_is_torn_down_cleanly(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage], request: pytest.FixtureRequest
) -> None:
    """The flake of a loaded run, made certain: a task still in flight when the test ends.

    The fixture's teardown then spins the event loop (wait_idle) before it stops the page. A page
    also handed to qtbot.addWidget had already been closed and deleteLater()-ed by pytest-qt's own
    teardown hook, which runs before any fixture's; the spin deleted it, and `page.stop()` met a
    dead QTimer ("Internal C++ object already deleted").
    """
    page = make_page(empty_services)
    release = threading.Event()
    request.addfinalizer(release.set)  # runs before make_page's teardown, after pytest-qt's hook
    page.runner.submit(release.wait, 10)
    assert not page.runner.is_idle()


def test_an_entry_leads_to_a_new_version_or_a_battle_card_named_so(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    """Triage links feedback to the deck's re-import ("version 2 of «…»") and intel to a battle card
    ("the battle card «…»"); the author's Sent by me and the history say the same."""
    from enablement.domain import ItemKind, UnitKind
    from tests.helpers.drafts import store_slides
    from tests.unit.insights.conftest import store_item

    services = empty_services
    deck = store_slides(services.library, [("Agenda", "a"), ("Pricing", "900 EUR")], title="Router deck")
    card = store_item(services.library, "Acme card", kind=ItemKind.BATTLECARD, unit_kind=UnitKind.SECTION)
    services.voting.ensure_person("anna")
    services.voting.update_person("anna", "anna", role="marketing")
    feedback = services.reports.add_feedback("anna", deck, "slide", 2, "outdated", "Price went up.")
    intel = services.reports.add_intel("anna", "claim", competitor="Acme", text="Acme claims 24/7 support.")
    store_slides(
        services.library, [("Agenda", "a"), ("Pricing", "990 EUR")], item_id=deck, title="Router deck"
    )
    page = make_page(services)
    choose(qtbot, page, feedback.id)
    detail = page.triage.detail
    assert "given on version 1" in detail.meta.text()
    detail.link_kind.setCurrentIndex(detail.link_kind.findData("version"))
    # The report's own deck's versions come first, newest first.
    assert detail.link_target.itemText(0) == "version 2 of «Router deck»"
    detail.link_target.setCurrentIndex(0)
    act(qtbot, page, detail.link_button)
    settle(qtbot, page)
    version2 = services.reports.version_id(deck, 2)
    assert triaged(page, feedback.id).led_to == ("version", version2)
    assert "Led to: " in detail.led_to.text() and "version 2 of «Router deck»" in detail.led_to.text()

    choose(qtbot, page, intel.id)
    detail.link_kind.setCurrentIndex(detail.link_kind.findData("battlecard"))
    detail.link_target.setCurrentIndex(detail.link_target.findData(card))
    act(qtbot, page, detail.link_button)
    settle(qtbot, page)
    assert "battle card «Acme card»" in detail.led_to.text()
    history = page.triage.detail.history
    qtbot.waitUntil(lambda: "linked it to the battle card «Acme card»" in history.text(), timeout=WAIT)

    page.tabs.setCurrentWidget(page.sent)
    page.sent.select(feedback.id)
    qtbot.waitUntil(lambda: "version 2 of «Router deck»" in page.sent.detail.led_to.text(), timeout=WAIT)
    history = page.sent.detail.history
    qtbot.waitUntil(lambda: "linked it to the version 2 of «Router deck»" in history.text(), timeout=WAIT)
    page.sent.select(intel.id)
    qtbot.waitUntil(lambda: "battle card «Acme card»" in page.sent.detail.led_to.text(), timeout=WAIT)
