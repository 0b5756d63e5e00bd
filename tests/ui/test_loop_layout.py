"""The feedback loop's pages at a laptop's size, in Russian and after live switches.

A new user's review found pages that only looked right in English and in the theme they were
built in: the inbox's detail pane forced the window to ~1,550 px in Russian (its button row could
not wrap) and could not scroll a long entry. These tests hold the fixes.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QEvent

from enablement.ui.icons import IconSet
from enablement.ui.loop import InboxPage
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

WAIT = 15_000
LAPTOP_WIDTH = 1366


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def appearance() -> Iterator[Appearance]:
    appearance = Appearance("light")
    yield appearance
    appearance.set_mode("light")  # the palette is the application's: leave it as found


@pytest.fixture
def make_page(qtbot: Any, runner: TaskRunner, appearance: Appearance) -> Iterator[Callable[..., InboxPage]]:
    pages: list[InboxPage] = []

    def make(services: Any) -> InboxPage:
        page = InboxPage(services=services, runner=runner, appearance=appearance, icons=IconSet(appearance))
        # Not qtbot.addWidget: pytest-qt's teardown hook would close and deleteLater() it before this
        # fixture's teardown, whose wait_idle() spin then deletes it under page.stop().
        page.resize(LAPTOP_WIDTH - 40, 640)
        page.show()
        pages.append(page)  # first: torn down by the fixture even if the wait below fails
        qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
        return page

    yield make
    runner.wait_idle(10_000)
    for page in pages:
        page.stop()
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pages.clear()
    gc.collect()


def triage_page(qtbot: Any, page: InboxPage) -> None:
    """The single user of a personal library takes the marketing role and opens Triage."""
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.role_button.click()
    qtbot.waitUntil(lambda: page.tabs.indexOf(page.triage) >= 0, timeout=WAIT)
    page.tabs.setCurrentWidget(page.triage)


def reload(qtbot: Any, page: InboxPage) -> None:
    qtbot.waitUntil(lambda: page.runner.is_idle(), timeout=WAIT)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reload()
    qtbot.waitUntil(lambda: page.runner.is_idle(), timeout=WAIT)


def test_the_russian_inbox_fits_a_laptop_and_a_long_entry_scrolls(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage], translator: Any
) -> None:
    line = "заказчик сравнивает наш X1 с предложением конкурента."
    long_text = "\n".join(f"Строка {n}: {line}" for n in range(120))
    report = empty_services.reports.add_intel("anna", "objection", competitor="Acme", text=long_text)
    empty_services.reports.add_intel(
        "anna",
        "price",
        competitor="Северо-Западная телекоммуникационная компания",
        product="Маршрутизатор агрегации уровня ядра",
        text="Снизили цену на 30 %",
    )
    page = make_page(empty_services)
    triage_page(qtbot, page)
    translator.apply("ru")
    qtbot.waitUntil(lambda: page.triage.detail.answer_button.text() == "Ответить")
    reload(qtbot, page)
    assert page.triage.select(report.id)
    detail = page.triage.detail
    qtbot.waitUntil(lambda: detail.report is not None and detail.report.id == report.id)

    # the text of an entry keeps room beside long names and subjects (elided, in full in the detail)
    columns = page.triage.model.columns()
    widths = {name: page.triage.table.columnWidth(n) for n, name in enumerate(columns)}
    assert widths["text"] >= 100, widths
    # the whole page, filters and both panes, fits the laptop's width with room for the window frame
    assert page.minimumSizeHint().width() <= LAPTOP_WIDTH - 40
    # the detail pane alone can be narrow: its buttons wrap instead of widening it
    assert detail.minimumSizeHint().width() <= 460  # one row of the five buttons needed ~700
    detail.resize(detail.minimumSizeHint().width(), 600)
    QCoreApplication.processEvents()
    row = detail.button_row
    assert row.height() > detail.answer_button.height() * 1.5, "the buttons went onto a second line"
    for button in (detail.answer_button, *detail.state_buttons.values()):
        assert row.rect().contains(button.geometry()), f"{button.text()!r} is cut off"
    # the combos show their Russian choices in full
    kind = detail.link_kind
    widest = max(kind.fontMetrics().horizontalAdvance(kind.itemText(i)) for i in range(kind.count()))
    assert kind.width() >= widest + 20
    # a long entry scrolls, with the actions still in reach below it
    bar = detail.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    assert detail.action_frame.isVisible()
    assert detail.action_frame.geometry().bottom() <= detail.height()


def test_an_entry_s_text_is_shown_as_typed_not_as_markup(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    typed = "Они пишут <b>бесплатно</b> & без <договора>"
    report = empty_services.reports.add_intel("anna", "claim", competitor="Acme", text=typed)
    page = make_page(empty_services)
    triage_page(qtbot, page)
    reload(qtbot, page)
    assert page.triage.select(report.id)
    assert page.triage.detail.body.text() == typed
    assert page.triage.detail.body.textFormat().name == "PlainText"


def test_the_feedback_strip_wraps_its_russian_verdicts_instead_of_widening_the_preview(
    qtbot: Any, runner: TaskRunner, appearance: Appearance, translator: Any
) -> None:
    from enablement.ui.loop.feedback_box import FeedbackBox

    box = FeedbackBox(runner=runner, appearance=appearance, icons=IconSet(appearance))
    qtbot.addWidget(box)
    translator.apply("ru")
    QCoreApplication.processEvents()
    buttons = list(box.verdict_buttons.values())
    assert buttons[0].text() == "Помогло выиграть"
    one_line = sum(b.sizeHint().width() for b in buttons)
    assert box.minimumSizeHint().width() < one_line  # it may be narrower than one row of buttons
    box.show()
    box.resize(box.minimumSizeHint().width(), box.heightForWidth(box.minimumSizeHint().width()))
    qtbot.waitUntil(lambda: box.button_row.height() > buttons[0].height() * 1.5)
    for button in buttons:
        assert box.button_row.rect().contains(button.geometry()), f"{button.text()!r} is cut off"
    box.prompt.setText(box._question("slide"))  # what the strip asks about a slide
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: box.prompt.width() >= box.prompt.sizeHint().width())  # whole, not elided
    question = box.prompt.parentWidget()
    assert box.button_row.rect().contains(question.geometry())
    # not all on one line: the question has its own, the four answers go below it together
    assert all(b.geometry().top() > question.geometry().bottom() for b in buttons)


def test_the_voting_badge_counts_ballots_to_vote_on_not_notifications(
    qtbot: Any, window: Any, demo_services: Any
) -> None:
    """The demo's single user has unread answers to their intel (the Inbox's business) and open
    ballots; the Voting badge counts the ballots still waiting for their vote."""
    from enablement.voting import Status

    voting = demo_services.voting
    me = voting.get_person("anna")
    mine = voting.my_votes("anna")
    waiting = [
        b
        for b in voting.list_ballots("anna")
        if b.status is Status.OPEN and b.id not in mine and b.admits(me.team or "")
    ]
    assert waiting, "the demo has open ballots for its user"
    badge = window.top.badges["voting"]
    qtbot.waitUntil(lambda: badge.isVisibleTo(window) and badge.text() == str(len(waiting)), timeout=WAIT)
    assert "wait for your vote" in badge.toolTip()


def test_the_inbox_follows_a_switch_to_the_dark_theme(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage], appearance: Appearance
) -> None:
    from PySide6.QtCore import Qt

    from enablement.ui.theme import DARK, LIGHT

    report = empty_services.reports.add_intel("anna", "price", competitor="Acme", text="-20% on X1")
    page = make_page(empty_services)
    triage_page(qtbot, page)
    reload(qtbot, page)
    assert page.triage.select(report.id)
    page.error_banner.setText("The server is unreachable.")
    page.error_banner.show()
    detail = page.triage.detail
    detail.show_error("A decline needs a reason.")
    state_cell = page.triage.model.index(0, page.triage.model.columns().index("state"))
    assert LIGHT.danger in page.error_banner.styleSheet()

    appearance.set_mode("dark")
    banner = page.error_banner.styleSheet()
    assert DARK.danger in banner and LIGHT.danger not in banner
    assert DARK.danger in detail.error.styleSheet()
    assert DARK.danger in page.gaps.error.styleSheet()
    assert DARK.danger in page.review.error_label.styleSheet()
    background = page.triage.model.data(state_cell, Qt.ItemDataRole.BackgroundRole)
    assert background.name() == DARK.accent_soft.lower()  # the "new" chip in the dark palette
    assert DARK.accent_soft in detail.chip.styleSheet()


def test_the_intel_dialog_grows_with_a_refusal_and_drops_it_once_fixed(
    qtbot: Any, window: Any, translator: Any
) -> None:
    from enablement.insights import IntelKind

    translator.apply("ru")  # the longer texts
    window.actions_.field_intel.trigger()  # Ctrl+Shift+I, as a seller opens it
    dialog = window.capture.intel_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and window.runner.is_idle(), timeout=WAIT)

    def fits(widget: Any) -> bool:
        """Shown whole: its height is at least what its text needs at its width."""
        needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
        inside = dialog.rect().contains(widget.geometry())
        return inside and widget.height() >= max(needed, widget.minimumSizeHint().height())

    dialog.set_kind(IntelKind.DEAL_LOST)  # the deal row appears
    qtbot.waitUntil(lambda: fits(dialog.deal_row))
    dialog.competitor_combo.setEditText("Globx")  # a "did you mean" appears under the names
    dialog.competitor_combo.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.hint_label.isVisibleTo(dialog), timeout=WAIT)
    qtbot.waitUntil(lambda: fits(dialog.hint_label))
    dialog.send_button.click()  # no text: refused (the demo library is not written to)
    qtbot.waitUntil(lambda: bool(dialog.error_message()), timeout=WAIT)
    qtbot.waitUntil(lambda: fits(dialog.error_label))
    assert dialog.text_edit.height() >= dialog.text_edit.minimumHeight()
    assert dialog.text_edit.geometry().top() >= dialog.hint_label.geometry().bottom()
    assert dialog.buttons.geometry().top() >= dialog.error_label.geometry().bottom()

    dialog.text_edit.setPlainText("Globex отдаёт PX-300 на 20 % дешевле.")  # the fix
    assert dialog.error_message() == ""
    dialog.reset()
    dialog.reject()


def test_the_report_fits_one_page_for_the_period_chosen_on_the_page(
    qtbot: Any, window: Any, translator: Any
) -> None:
    """26 weeks of the demo in Russian needed more height than A4: the demand card was cut off."""
    from PySide6.QtCore import QRect

    from enablement.errors import EnablementError
    from enablement.ui.loop.dashboard_export import PAGE

    translator.apply("ru")
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.set_page("dashboard")
    page.set_weeks(26)
    assert not page.pdf_button.isEnabled() and not page.png_button.isEnabled()
    with pytest.raises(EnablementError, match="still being counted"):
        page.report_sheet()  # the 8 weeks on show are not what was chosen
    qtbot.waitUntil(lambda: page.board is not None and page.board.weeks == 26, timeout=WAIT)
    assert page.pdf_button.isEnabled()

    sheet = page.report_sheet()
    try:
        assert "26" in sheet.subtitle.text()
        sheet.to_image()  # painting lays the never-shown page out
        size = sheet.page_size
        assert abs(size.width() / size.height() - PAGE.width() / PAGE.height()) < 0.01, "A4's proportions"
        whole = QRect(0, 0, size.width(), size.height())
        for card in sheet.cards:
            box = QRect(card.mapTo(sheet, card.rect().topLeft()), card.size())
            assert whole.contains(box), f"{type(card).__name__} runs off the page"
            assert card.height() >= card.minimumSizeHint().height(), f"{type(card).__name__} is squeezed"
    finally:
        sheet.deleteLater()


def test_the_top_bar_measures_itself_again_after_a_language_switch(
    qtbot: Any, window: Any, translator: Any
) -> None:
    """Its buttons' names and the identity chip change width with the language; a stale measure
    kept the names on a bar too narrow for them, or dropped them when they would fit."""
    top = window.top
    english = top._full_width
    translator.apply("ru")
    qtbot.waitUntil(lambda: top.page_buttons["inbox"].text() == "Входящие")
    QCoreApplication.processEvents()  # the deferred measure (a zero timer) runs
    measured = top._full_width
    top._measure()  # what a fresh measure says now that every text is Russian
    assert measured == top._full_width != english
    window.resize(top._labels_width - 20, window.height())
    qtbot.waitUntil(lambda: top.page_buttons["inbox"].toolButtonStyle().name == "ToolButtonIconOnly")
    assert not top.name.isVisibleTo(top)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_on_a_laptop_the_top_bar_never_overlaps_its_buttons(
    qtbot: Any, ui: Any, demo_services: Any, language: str
) -> None:
    """At 1366 px the labelled bar did not fit, yet kept its labels: the search field ran under
    the Search button. Now the names go (icons, names in tooltips) only when they do not fit:
    the app name first, then the chip's and the basket's, the page buttons' last."""
    window = ui.new_window(language, size=False)
    window.resize(LAPTOP_WIDTH, 768)
    window.set_services(demo_services, owned=False)
    top = window.top
    qtbot.waitUntil(lambda: top.page_buttons["inbox"].isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: top.width() == window.width())
    widgets = [top.field, *(b for b in top.page_buttons.values() if b.isVisible()), top.import_button]
    boxes = sorted((w.geometry() for w in widgets), key=lambda r: r.left())
    for left, right in itertools.pairwise(boxes):
        assert left.right() < right.left(), (left, right)
    assert top._compact == (top.width() < top._labels_width)
    assert top.name.isVisibleTo(top) == (top.width() >= top._full_width), "the app name goes first"
    chip = window.identity_chip
    named = chip.toolButtonStyle().name == "ToolButtonTextBesideIcon"
    assert named == (top.width() >= top._status_width), "then the chip's and the basket's names"
    assert not top._compact, "the page buttons' names fit a 1366-px window, in Russian too"
    window.translator.apply("en")  # the language is the application's: leave it as found
    window.close()


def test_gaps_lead_with_what_people_typed_not_the_grouping_key(qtbot: Any, appearance: Appearance) -> None:
    """The first, narrow column showed normalised keys like "7 fi wi wifi …" and hid the example."""
    from PySide6.QtCore import Qt

    from enablement.insights.gaps import Gap
    from enablement.ui.labels import short_date
    from enablement.ui.loop.gaps_view import GapsView

    view = GapsView(theme=appearance.theme)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    view.set_gaps([Gap("7 fi wi wifi", "Wi-Fi 7 точки доступа", 15, 20, 56, 40, date(2026, 12, 4))])
    model = view.model
    assert model.data(model.index(0, 3)) == short_date(date(2026, 12, 4)), "last seen: a day, no time"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Searched for"
    assert model.data(model.index(0, 1)) == "15 of 20 people", "unserved of everyone who searched it"
    assert view.period.text().startswith("Last 8 weeks."), "the period the list covers is said"
    assert model.data(model.index(0, 0)) == "Wi-Fi 7 точки доступа"
    assert model.data(model.index(0, 4)) == "7 fi wi wifi"
    assert "7 fi wi wifi" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert view.table.columnWidth(0) > view.table.columnWidth(4), "the example gets the room"


def test_an_empty_list_does_not_ask_to_choose_an_entry(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage]
) -> None:
    page = make_page(empty_services)
    assert page.sent.empty.isVisible() and "Ctrl+Shift+I" in page.sent.empty.text()
    assert not page.sent.detail.isVisible()
    report = empty_services.reports.add_intel("anna", "claim", competitor="Acme", text="99.999% uptime")
    reload(qtbot, page)
    assert page.sent.detail.isVisible() and page.sent.detail.report is not None
    assert page.sent.detail.report.id == report.id


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_gaps_tab_says_its_period_and_rule_at_a_laptops_size(
    qtbot: Any, empty_services: Any, make_page: Callable[..., InboxPage], translator: Any, language: str
) -> None:
    """The Gaps tab looked at 12 weeks while the dashboard looked at 8, and neither said which."""
    from enablement.search.keys import query_key
    from enablement.store.repository import log_search

    empty_services.voting.ensure_person("anna")
    empty_services.voting.update_person("anna", "anna", role="marketing")
    with empty_services.library.transaction() as conn:
        for who in ("ann", "bob", "cid", "dan"):
            key = query_key("Globex SLA")
            log_search(conn, query="Globex SLA", hits=0, took_ms=1.0, user=who, query_key=key)
    page = make_page(empty_services)
    translator.apply(language)
    with qtbot.waitSignal(page.gaps_loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(page.gaps)
    view = page.gaps
    period = {"en": "Last 8 weeks. ", "ru": "За последние 8 недель. "}[language]
    assert view.period.text().startswith(period) and "50%" in view.period.text()
    assert view.model.data(view.model.index(0, 1)) == {"en": "4 of 4 people", "ru": "4 из 4 чел."}[language]
    assert view.period.isVisible() and view.period.width() <= view.width()
    assert view.period.heightForWidth(view.period.width()) <= view.period.height() + 1, "not clipped"
    translator.apply("en")  # the language is the application's: leave it as found
