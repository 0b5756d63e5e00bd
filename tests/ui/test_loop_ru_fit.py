"""The feedback loop's widgets on a 1366x768 laptop, in Russian (and English where it differs).

A review at that size found: the Triage list's text column left ~40 px («екс»), the answer card's
text on its border, the "Led to" box cutting long titles mid-letter; the intel dialog forced to
500 px with the deal's size squeezed beside its outcome; "⏱" drawn as a box (DejaVu lacks it); a
search header saying "1 result · in 11 items" over a list of 28; speaker notes squeezed to one
line under the feedback strip; the window taller than the screen with the welcome strip shown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QPoint, QRect

from enablement.ui.loop.inbox_data import Choice
from tests.ui.test_loop_layout import (  # noqa: F401  (fixtures: appearance, make_page, runner)
    LAPTOP_WIDTH,
    WAIT,
    appearance,
    make_page,
    reload,
    runner,
    triage_page,
)

LAPTOP_HEIGHT = 768
LONG_TITLE = "Северо-Западная телекоммуникационная компания: боевая карточка по маршрутизаторам ядра"


def _laptop_window(ui: Any, services: Any, language: str) -> Any:
    window = ui.new_window(language, size=False)
    window.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    window.set_services(services, owned=False)
    return window


def _box(widget: Any, ancestor: Any) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_the_russian_triage_keeps_room_for_the_text_pads_the_answer_and_elides_led_to(
    qtbot: Any,
    empty_services: Any,
    make_page: Any,  # noqa: F811
    translator: Any,
) -> None:
    for n in range(3):
        empty_services.reports.add_intel(
            "anna",
            "price",
            competitor="Северо-Западная телекоммуникационная компания",
            product="Маршрутизатор агрегации уровня ядра",
            text=f"Снизили цену на {n + 20} % на весь портфель маршрутизаторов",
        )
    page = make_page(empty_services)
    triage_page(qtbot, page)
    translator.apply("ru")
    reload(qtbot, page)
    triage = page.triage
    assert triage.select(triage.model.rows[0].id)
    QCoreApplication.processEvents()
    columns = triage.model.columns()
    widths = {name: triage.table.columnWidth(n) for n, name in enumerate(columns)}
    assert widths["text"] >= 160, widths
    header = triage.table.horizontalHeader()
    owner = columns.index("owner")
    assert widths["owner"] >= header.sectionSizeHint(owner), "«Ответственный» is not cut"
    # everything still fits the table: names and subjects gave way, not the text
    assert sum(widths.values()) <= triage.table.viewport().width() + 1, widths

    detail = triage.detail
    assert detail.answer.text() == "Ответа пока нет."
    inside = detail.answer.contentsRect()
    assert inside.left() >= 8 and detail.answer.width() - inside.right() >= 8, "8 px inside the card"

    detail.set_choices(people=["anna"], items=[Choice(7, LONG_TITLE, "battlecard")], ballots={})
    target = detail.link_target
    target.setCurrentIndex(0)
    QCoreApplication.processEvents()
    frame = detail.action_frame
    assert target.width() >= frame.width() - 40, "the box has the pane's full width"
    assert _box(target, frame).right() <= frame.width()
    shown = target.elided_text()
    assert shown.endswith("…") and shown != LONG_TITLE, "elided with an ellipsis, not cut mid-letter"
    assert target.toolTip() == LONG_TITLE


def test_the_intel_dialog_puts_the_size_on_its_own_row_and_elides_a_long_attachment(
    qtbot: Any, window: Any, translator: Any, tmp_path: Path
) -> None:
    from enablement.insights import IntelKind

    translator.apply("ru")
    window.actions_.field_intel.trigger()
    dialog = window.capture.intel_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and window.runner.is_idle(), timeout=WAIT)
    assert dialog.minimumWidth() < 500, "no fixed 500-px minimum"
    dialog.set_kind(IntelKind.DEAL_LOST)
    QCoreApplication.processEvents()
    outcome, band = _box(dialog.outcome_combo, dialog), _box(dialog.band_combo, dialog)
    assert band.top() > outcome.bottom(), "the deal's size is on a row of its own"
    assert dialog.band_label.isVisibleTo(dialog) and dialog.band_label.text() == "Размер"

    name = "Прайс-лист Globex Q3 2026 для дистрибьюторов, последняя редакция от отдела продаж.pdf"
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n")
    dialog.set_attachment(path)
    QCoreApplication.processEvents()
    label = dialog.attachment_label
    assert label.text() == name and label.toolTip() == str(path)
    shown = label.elided_text()
    assert "…" in shown and shown.startswith("Прайс") and shown.endswith(".pdf"), shown
    assert _box(label, dialog).right() <= dialog.width()
    dialog.reset()
    dialog.reject()


def test_on_a_russian_laptop_the_top_bar_keeps_the_page_names_and_drops_the_others_first(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    window = _laptop_window(ui, demo_services, "ru")
    top = window.top
    qtbot.waitUntil(lambda: top.page_buttons["inbox"].isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: top.width() == window.width())
    assert top._full_width >= top._status_width >= top._labels_width
    assert not top._compact, "at 1366 px the page names show in Russian"
    assert top.page_buttons["inbox"].toolButtonStyle().name == "ToolButtonTextBesideIcon"
    chip = window.identity_chip
    # a little narrower than the chip and basket need with their names: they go, the pages stay
    window.resize(top._status_width - 10, LAPTOP_HEIGHT)
    qtbot.waitUntil(lambda: chip.toolButtonStyle().name == "ToolButtonIconOnly")
    assert not top.name.isVisibleTo(top)
    assert top.page_buttons["inbox"].toolButtonStyle().name == "ToolButtonTextBesideIcon"
    window.resize(top._labels_width - 10, LAPTOP_HEIGHT)
    qtbot.waitUntil(lambda: top.page_buttons["inbox"].toolButtonStyle().name == "ToolButtonIconOnly")
    window.resize(top._full_width + 10, LAPTOP_HEIGHT)
    qtbot.waitUntil(lambda: top.name.isVisibleTo(top))
    assert chip.toolButtonStyle().name == "ToolButtonTextBesideIcon"
    window.translator.apply("en")
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_header_says_full_matches_apart_from_the_partial_ones_listed(
    qtbot: Any, ui: Any, demo_services: Any, language: str
) -> None:
    window = _laptop_window(ui, demo_services, language)
    hits = ui.search(window, "шаблон технического задания Redfish")
    answer = window.search.last_answer
    assert any(h.partial for h in answer.hits) and not answer.response.partial
    summary = window.results.summary.text()
    full, listed = answer.response.total, len(answer.hits)
    assert hits and full < listed
    expected = {"en": f"{full} full match{'es' if full != 1 else ''} · {listed} listed"}
    expected["ru"] = f"{full} со всеми словами · всего {listed}"
    assert summary == expected[language]
    assert "ms" not in summary and "мс" not in summary
    ui.search(window, "PX-200")  # all full matches: the usual header, with the time
    answer = window.search.last_answer
    if not any(h.partial for h in answer.hits):
        assert re.search(r"(ms|мс)$", window.results.summary.text())
    window.translator.apply("en")
    window.close()


def test_the_russian_preview_keeps_four_lines_of_notes_under_the_feedback_strip(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    window = _laptop_window(ui, demo_services, "ru")
    window.welcome.hide()
    hits = ui.search(window, "шаблон технического задания Redfish")
    row = next(n for n, h in enumerate(hits) if h.unit == "slide" and h.snippet_field == "notes")
    window.results.select_row(row)
    preview = window.preview
    slides, strip = preview.slides, preview.feedback
    qtbot.waitUntil(lambda: slides.isVisible() and slides.notes_text().strip() != "", timeout=WAIT)
    qtbot.waitUntil(lambda: strip.isVisible() and strip.summary_area.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=WAIT)
    QCoreApplication.processEvents()
    assert window.height() <= LAPTOP_HEIGHT
    line = slides.notes.fontMetrics().lineSpacing()
    assert slides.notes.height() >= 4 * line, (slides.notes.height(), line)
    position, title = _box(slides.position, slides), _box(slides.notes_title, slides)
    assert position.bottom() < title.top(), "the notes do not run over «Слайд 9 из 16»"
    assert _box(slides, preview).bottom() <= _box(strip, preview).top(), "nor under the strip"
    assert _box(strip, preview).bottom() <= preview.height()
    assert strip.summary_area.height() <= strip.summary_area.maximumHeight()
    # the roll-up is not cut off: what does not fit scrolls
    bar = strip.summary_area.verticalScrollBar()
    assert strip.summary_area.height() >= strip.summary.height() or bar.maximum() > 0
    meta = preview.meta.text()
    assert "⚠" in meta and "⏱" not in meta, "the overdue review is marked as on Browse's tiles"
    # Shorter still (the welcome strip back): the notes give up lines, nothing is drawn over
    window.welcome.show()

    def apart() -> bool:
        canvas, position = _box(slides.canvas, slides), _box(slides.position, slides)
        title = _box(slides.notes_title, slides)
        return canvas.bottom() < position.top() and position.bottom() < title.top()

    # (the notes may give up lines here; with the slide's least height at 96 px they need not)
    qtbot.waitUntil(apart, timeout=WAIT)  # the layout settles within a few events
    for _ in range(5):  # and stays settled: no back-and-forth between the notes and the slide
        QCoreApplication.processEvents()
        assert apart()
    assert slides.notes.height() >= slides.notes.minimumHeight() >= 36
    window.welcome.hide()
    qtbot.waitUntil(lambda: slides.notes.height() >= 4 * line, timeout=WAIT)  # and take them back
    window.translator.apply("en")
    window.close()


def test_with_the_welcome_strip_every_russian_page_fits_768_px(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    window = _laptop_window(ui, demo_services, "ru")
    window.welcome.show()
    qtbot.waitUntil(lambda: window.inbox_page is not None, timeout=WAIT)
    pages = ["search", "browse", "inbox", "dashboard"]
    for name in pages:
        window.set_page(name)
        qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=WAIT)
        if name == "inbox":
            inbox = window.inbox_page
            for n in range(inbox.tabs.count()):
                inbox.tabs.setCurrentIndex(n)
                QCoreApplication.processEvents()
                hint = window.minimumSizeHint()
                assert hint.height() <= LAPTOP_HEIGHT, (inbox.tabs.tabText(n), hint)
                assert hint.width() <= LAPTOP_WIDTH, (inbox.tabs.tabText(n), hint)
        QCoreApplication.processEvents()
        assert window.welcome.isVisible()
        assert window.minimumSizeHint().height() <= LAPTOP_HEIGHT, (name, window.minimumSizeHint())
        assert window.height() <= LAPTOP_HEIGHT, name
    window.translator.apply("en")
    window.close()


def test_the_russian_browse_page_with_a_deck_open_keeps_the_window_on_a_laptop(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    """Its filter row needed ~970 px in Russian: with the preview beside it the window grew to 1,472."""
    window = _laptop_window(ui, demo_services, "ru")
    window.set_page("browse")
    browse = window.browse
    browse.reload()
    qtbot.waitUntil(lambda: bool(browse.groups.decks), timeout=WAIT)
    browse.open_item(browse.groups.decks[0])
    qtbot.waitUntil(lambda: browse.preview_pane.bundle is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=WAIT)
    QCoreApplication.processEvents()
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, window.minimumSizeHint()
    assert window.width() <= LAPTOP_WIDTH
    for combo in (browse.product, browse.tag, browse.sort):
        assert _box(combo, browse).right() <= browse.width(), "the filters wrap, whole"
    window.translator.apply("en")
    window.close()


def test_the_russian_browse_preview_keeps_four_whole_lines_of_notes_and_whole_rollup_lines(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    """The Browse preview is narrower than Search's (its feedback buttons take three rows): the
    notes showed under three lines (their 140% line height counted as 100%) and the roll-up, squeezed
    between one and two lines, showed its second line cut in half."""
    window = _laptop_window(ui, demo_services, "ru")
    window.welcome.hide()
    window.set_page("browse")
    browse = window.browse
    browse.reload()
    qtbot.waitUntil(lambda: bool(browse.groups.decks), timeout=WAIT)
    browse.open_item(browse.groups.decks[0])
    preview = browse.preview_pane
    slides, strip = preview.slides, preview.feedback
    qtbot.waitUntil(lambda: slides.isVisible() and slides.notes_text().strip() != "", timeout=WAIT)
    qtbot.waitUntil(lambda: strip.isVisible() and strip.summary_area.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=WAIT)
    QCoreApplication.processEvents()
    assert window.height() <= LAPTOP_HEIGHT
    qtbot.waitUntil(lambda: slides.visible_note_lines() >= 4, timeout=WAIT)
    area = strip.summary_area
    shown = area.visible_lines()
    assert shown >= 1 and shown == int(shown), shown  # whole lines, never one cut mid-line
    assert _box(slides, preview).bottom() <= _box(strip, preview).top()
    window.translator.apply("en")
    window.close()


def test_the_russian_voting_board_keeps_the_window_on_a_laptop(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    """Its header row (title, subtitle, profile, «Уведомления», «Новое голосование…») needed ~1,450 px
    and widened the window; the countdown's ⏱ drew as a box in DejaVu."""
    window = _laptop_window(ui, demo_services, "ru")
    window.set_page("voting")
    panel = window.voting_panel
    qtbot.waitUntil(lambda: bool(panel.board.cards), timeout=WAIT)
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=WAIT)
    QCoreApplication.processEvents()
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, window.minimumSizeHint()
    assert window.width() <= LAPTOP_WIDTH
    button = panel.inbox_button
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 22, "«Уведомления» whole"
    countdowns = [
        c.countdown_label.text() for c in panel.board.cards.values() if c.countdown_label.isVisible()
    ]
    assert countdowns and all("⏱" not in t and "осталось" in t for t in countdowns)
    window.translator.apply("en")
    window.close()


def test_the_russian_gaps_tab_elides_the_item_box_instead_of_cutting_it(
    qtbot: Any, ui: Any, demo_services: Any
) -> None:
    window = _laptop_window(ui, demo_services, "ru")
    qtbot.waitUntil(lambda: window.inbox_page is not None, timeout=WAIT)
    window.set_page("inbox")
    inbox = window.inbox_page
    inbox.tabs.setCurrentWidget(inbox.gaps)
    box = inbox.gaps.item_box
    qtbot.waitUntil(lambda: box.count() > 0, timeout=WAIT)
    QCoreApplication.processEvents()
    shown = box.elided_text()
    assert shown == box.currentText() or shown.endswith("…"), shown  # never cut mid-word
    assert box.toolTip() == box.currentText()
    window.translator.apply("en")
    window.close()
