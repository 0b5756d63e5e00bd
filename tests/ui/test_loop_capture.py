"""Capturing from the field inside the app: the intel dialog, feedback on the previewed unit, usage.

On a real SQLite demo library of this module's own (the tests write reports and usage), and on a
real PostgreSQL team library where a seller sends and a marketer reads what the roles allow.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from enablement.config import Settings
from enablement.insights import DealOutcome, IntelKind, ReportType, SizeBand, Verdict

TIMEOUT = 15_000


@pytest.fixture(scope="module")
def lib_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Services on a demo library built for this module (its reports and usage are this module's)."""
    from enablement.app import build_services

    root = tmp_path_factory.mktemp("capture-lib")
    services = build_services(Settings(root, None, "anna", is_default_library=True))
    yield services
    services.close()


@pytest.fixture
def win(ui: Any, lib_services: Any) -> Iterator[Any]:
    w = ui.new_window()
    w.set_services(lib_services, owned=False)
    yield w
    w.close()


def preview_of(qtbot: Any, ui: Any, window: Any, query: str) -> Any:
    """Search `query` and wait until the preview shows the first hit (with its feedback strip)."""
    hits = ui.search(window, query)
    assert hits, query
    preview = window.preview
    qtbot.waitUntil(
        lambda: preview.bundle is not None and preview.bundle.item.id == hits[0].item, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: preview.feedback.view is not None, timeout=TIMEOUT)
    return preview


def quick_previews(preview: Any) -> None:
    """A unit counts as previewed after a dwell; the tests do not wait a second and a half."""
    preview.usage.timer.setInterval(20)


# ---------------------------------------------------------------------- field intel


def test_intel_keeps_everything_when_refused_then_sends_and_says_so(
    qtbot: Any, ui: Any, win: Any, lib_services: Any, tmp_path: Path
) -> None:
    preview = preview_of(qtbot, ui, win, "Globex battle card servers")
    item = preview.bundle.item
    assert item.competitors == ["Globex"]
    assert preview.intel_button.isVisible()

    win.actions_.field_intel.trigger()  # Ctrl+Shift+I
    dialog = win.capture.intel_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.competitor_combo.currentText() == "Globex", "the previewed item's one competitor"
    assert dialog.product_combo.currentText() == "", "several products: none is picked for the seller"
    qtbot.waitUntil(lambda: dialog.product_combo.count() > len(item.products), timeout=TIMEOUT)
    first = [dialog.product_combo.itemText(n) for n in range(len(item.products))]
    assert first == item.products, "the item's own products come first"

    dialog.set_kind(IntelKind.DEAL_LOST)
    assert dialog.deal_row.isVisibleTo(dialog)
    dialog.band_combo.setCurrentIndex(2)

    dialog.send_button.click()  # no text
    qtbot.waitUntil(lambda: bool(dialog.error_message()), timeout=TIMEOUT)
    assert "needs a text" in dialog.error_message()
    assert dialog.isVisible() and dialog.competitor_combo.currentText() == "Globex"
    assert dialog.intel_kind() == IntelKind.DEAL_LOST and dialog.band_combo.currentIndex() == 2

    text = "Globex undercut us by 20% on PX-300 servers; the buyer wanted a 5-year warranty."
    dialog.text_edit.setPlainText(text)
    program = tmp_path / "quote.exe"
    program.write_bytes(b"MZ")
    dialog.set_attachment(program)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "cannot be attached" in dialog.error_message(), timeout=TIMEOUT)
    assert ".exe" in dialog.error_message()
    assert dialog.text_edit.toPlainText() == text and dialog.attachment == program, "nothing typed is lost"
    assert not [r for r in lib_services.reports.my_reports("anna") if r.text == text]
    fake = tmp_path / "offer.pdf"
    fake.write_bytes(b"%PDF-1.4 fake")  # looks like a PDF for 8 bytes; pdfium cannot open it
    dialog.set_attachment(fake)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: "not a readable PDF" in dialog.error_message(), timeout=TIMEOUT)
    assert dialog.error_message().startswith("offer.pdf cannot be attached")
    assert dialog.text_edit.toPlainText() == text and dialog.attachment == fake, "nothing typed is lost"
    assert dialog.intel_kind() == IntelKind.DEAL_LOST and dialog.competitor_combo.currentText() == "Globex"

    quote = tmp_path / "quote.txt"
    quote.write_text("Globex quote: 1 200 000 ₽", encoding="utf-8")
    dialog.set_attachment(quote)
    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        dialog.send_button.click()
    assert not dialog.isVisible()
    assert win.statusBar().currentMessage() == "Sent to marketing — you'll see its fate in Inbox"
    assert dialog.text_edit.toPlainText() == "" and dialog.attachment is None, "empty for the next one"
    sent = [r for r in lib_services.reports.my_reports("anna") if r.text == text]
    assert len(sent) == 1
    report = sent[0]
    assert (report.type, report.kind, report.competitor) == (ReportType.INTEL, "deal_lost", "Globex")
    assert report.size_band is not None and report.attachment_name == "quote.txt"


def test_intel_from_a_deal_still_open_carries_its_outcome_and_size_as_the_cli_does(
    qtbot: Any, win: Any, lib_services: Any
) -> None:
    """`enablement intel add --kind price --outcome open --size 5-20m …` has its twin in the app."""
    win.actions_.field_intel.trigger()
    dialog = win.capture.intel_dialog
    dialog.set_kind(IntelKind.PRICE)
    assert dialog.deal_row.isVisibleTo(dialog), "a price met on a deal: the deal row is there"
    assert dialog.outcome() is None, "no deal said until the seller says one"
    dialog.set_outcome(DealOutcome.OPEN)
    dialog.set_size_band(SizeBand.M5_20)
    dialog.competitor_combo.setEditText("Globex")
    dialog.text_edit.setPlainText("Globex quoted 4.1 M for the PX-300 rollout; the tender closes in May.")
    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        dialog.send_button.click()
    mine = lib_services.reports.my_reports("anna")[0]
    assert (mine.kind, mine.outcome, mine.size_band) == ("price", DealOutcome.OPEN, SizeBand.M5_20)
    assert dialog.outcome() is None and dialog.band_combo.currentData() is None, "empty for the next one"

    # a won-or-lost deal is never "open": its outcome is its kind, and the choice follows the kind
    dialog.set_kind(IntelKind.DEAL_WON)
    assert [dialog.outcome_combo.itemData(n) for n in range(dialog.outcome_combo.count())] == ["won", "lost"]
    assert dialog.intel_kind() == IntelKind.DEAL_WON
    dialog.set_kind(IntelKind.OBJECTION)
    assert dialog.outcome_combo.findData(DealOutcome.OPEN.value) >= 0
    dialog.reject()


def test_an_unknown_name_gets_the_services_suggestions_and_may_stay(
    qtbot: Any, win: Any, lib_services: Any
) -> None:
    win.actions_.field_intel.trigger()  # nothing previewed: opens empty
    dialog = win.capture.intel_dialog
    dialog.competitor_combo.setEditText("Globx")
    dialog.competitor_combo.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.hint_label.isVisibleTo(dialog), timeout=TIMEOUT)
    assert "Globex" in dialog.hint_label.text() and "Globx" in dialog.hint_label.text()

    dialog.competitor_combo.setEditText("Zephyr Networks")  # new to the library: allowed
    dialog.set_kind(IntelKind.CLAIM)
    dialog.text_edit.setPlainText("Zephyr claims 99.999% uptime on their new switch.")
    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        dialog.send_button.click()
    mine = lib_services.reports.my_reports("anna")[0]
    assert (mine.kind, mine.competitor) == ("claim", "Zephyr Networks")

    win.actions_.field_intel.trigger()
    dialog.competitor_combo.setEditText("globex")  # a known name in another case
    dialog.text_edit.setPlainText("They now bundle support.")
    dialog.reject()  # closed unsent: kept for the next time
    win.actions_.field_intel.trigger()
    assert dialog.text_edit.toPlainText() == "They now bundle support."
    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        dialog.send_button.click()
    assert lib_services.reports.my_reports("anna")[0].competitor == "Globex", "the library's spelling"


# ---------------------------------------------------------------------- content feedback


def test_feedback_on_the_previewed_unit_needs_what_the_service_needs_and_is_counted(
    qtbot: Any, ui: Any, win: Any, lib_services: Any
) -> None:
    # The demo's history makes the local user its admin; here anna is a seller.
    lib_services.voting.update_person("anna", "anna", role="sales")
    preview = preview_of(qtbot, ui, win, "PX-300 price")
    box = preview.feedback
    assert box.isVisible()
    assert box.unit[1] in ("slide", "page", "row", "section")
    assert not box.view.rollup_allowed, "anna has no marketing profile: her own feedback only"

    box.verdict_buttons[Verdict.WRONG].click()
    assert box.composer.isVisible()
    box.send_button.click()  # "wrong" needs a comment
    qtbot.waitUntil(lambda: bool(box.error_message()), timeout=TIMEOUT)
    assert "needs a comment" in box.error_message()

    box.comment.setText("The PX-300 price went up in March.")
    with qtbot.waitSignal(box.sent, timeout=TIMEOUT):
        box.send_button.click()
    assert not box.composer.isVisible() and not box.error_message()
    qtbot.waitUntil(lambda: box.view is not None and bool(box.view.mine), timeout=TIMEOUT)
    assert "You said “Wrong”" in box.summary.text() and "New" in box.summary.text()

    lib_services.voting.add_person("anna", "anna", "marketing", "HQ")  # one user, every role
    try:
        box.view = None
        box.reload()
        qtbot.waitUntil(lambda: box.view is not None, timeout=TIMEOUT)
        assert box.view.rollup_allowed
        assert box.view.unit is not None and box.view.unit.counts["wrong"] >= 1
        assert "Wrong <b>" in box.summary.text() and "went up in March" in box.summary.text()
        assert "Whole item" in box.summary.text()
    finally:
        lib_services.voting.update_person("anna", "anna", role="sales")


def test_feedback_on_a_unit_removed_meanwhile_says_so_and_keeps_the_comment(
    qtbot: Any, ui: Any, win: Any, lib_services: Any, tmp_path: Path
) -> None:
    note = tmp_path / "okapi.md"
    note.write_text("# Okapi battle card\n\n## Weaknesses\n\nOkapi has no 24x7 support.\n", encoding="utf-8")
    assert lib_services.library_service.import_paths([note]).imported == 1
    win.library_changed()
    preview = preview_of(qtbot, ui, win, "okapi")
    box = preview.feedback
    box.verdict_buttons[Verdict.OUTDATED].click()
    box.comment.setText("Okapi launched 24x7 support last week.")

    lib_services.library_service.remove_item(preview.bundle.item.id)
    box.send_button.click()
    qtbot.waitUntil(lambda: bool(box.error_message()), timeout=TIMEOUT)
    assert "removed" in box.error_message()
    assert box.comment.text() == "Okapi launched 24x7 support last week." and box.composer.isVisible()


# ---------------------------------------------------------------------- usage


def test_previews_copies_and_links_are_recorded_without_waiting(
    qtbot: Any, ui: Any, win: Any, lib_services: Any
) -> None:
    from PySide6.QtGui import QGuiApplication

    usage = lib_services.usage
    before = len(usage.my_usage("anna"))

    def new(action: str) -> list[Any]:
        events = usage.my_usage("anna")
        return [e for e in events[: len(events) - before] if e.action == action]

    quick_previews(win.preview)
    preview = preview_of(qtbot, ui, win, "Strelets")
    item_id = preview.bundle.item.id
    qtbot.waitUntil(lambda: any(e.item_id == item_id for e in new("preview")), timeout=TIMEOUT)
    auto = next(e for e in new("preview") if e.item_id == item_id)
    assert auto.search_id is None, "the app chose that hit by itself: it names no search"

    preview.copy_text()
    preview.copy_link()
    assert QGuiApplication.clipboard().text() == preview.current_link()
    qtbot.waitUntil(lambda: bool(new("copy")) and bool(new("link")), timeout=TIMEOUT)
    link = new("link")[0]
    assert (link.item_id, link.unit_kind, link.unit_number) == (item_id, preview.unit_kind, preview.number)
    searched = win.search.last_answer.response.search_id
    assert searched is not None and link.search_id == searched and new("copy")[0].search_id == searched

    win.results.move_selection(1)  # the user picks the next hit: its preview names the search
    qtbot.waitUntil(lambda: any(e.search_id == searched for e in new("preview")), timeout=TIMEOUT)


# ---------------------------------------------------------------------- team server (PostgreSQL)


@pytest.fixture(scope="module")
def team_item(team: Any, tmp_path_factory: pytest.TempPathFactory) -> int:
    """A battle card in the team library, imported by the marketer."""
    from enablement.app import build_services

    folder = tmp_path_factory.mktemp("team-capture")
    note = folder / "capybara.md"
    note.write_text(
        "---\ntitle: Capybara battle card\ncompetitor: Capybara Systems\nproducts: [CX-10]\n---\n"
        "# Capybara battle card\n\n## Weaknesses\n\nCapybara has no 24x7 support.\n",
        encoding="utf-8",
    )
    settings = Settings(folder / "mia-desktop", team.url("mia"), "mia", is_default_library=False)
    with build_services(settings, create_demo=False) as marketer:
        assert marketer.library_service.import_paths([note]).imported == 1
        return _item_id(marketer)


def _item_id(services: Any) -> int:
    import sqlalchemy as sa

    from enablement.store.schema import items

    with services.library.reading() as conn:
        return int(
            conn.execute(sa.select(items.c.id).where(items.c.title == "Capybara battle card")).scalar_one()
        )


@pytest.fixture
def desktop(ui: Any, team: Any, tmp_path: Path) -> Iterator[Any]:
    """Open a window on the team library as `who` (services built for that login)."""
    from enablement.app import build_services

    opened: list[tuple[Any, Any]] = []

    def open_as(who: str) -> tuple[Any, Any]:
        settings = Settings(tmp_path / who, team.url(who), who, is_default_library=False)
        services = build_services(settings, create_demo=False)
        window = ui.new_window()
        window.set_services(services, owned=False)
        opened.append((window, services))
        return window, services

    yield open_as
    for window, services in opened:
        window.close()
        services.close()


def show_item(qtbot: Any, window: Any, item_id: int) -> Any:
    preview = window.preview
    preview.show_unit(item_id, "item", 0)
    qtbot.waitUntil(lambda: preview.bundle is not None and preview.feedback.view is not None, timeout=TIMEOUT)
    return preview


@pytest.mark.pg
def test_a_seller_sends_feedback_and_intel_and_the_marketer_sees_it_counted(
    qtbot: Any, desktop: Any, team: Any, team_item: int
) -> None:
    seller, sam = desktop("sam")
    preview = show_item(qtbot, seller, team_item)
    box = preview.feedback
    assert not box.view.rollup_allowed, "a seller reads no one else's feedback"
    unit = box.unit
    box.verdict_buttons[Verdict.OUTDATED].click()
    box.comment.setText("Capybara added 24x7 support in May.")
    with qtbot.waitSignal(box.sent, timeout=TIMEOUT):
        box.send_button.click()
    qtbot.waitUntil(lambda: box.view is not None and bool(box.view.mine), timeout=TIMEOUT)
    assert "You said “Outdated”" in box.summary.text()

    preview.copy_link()
    qtbot.waitUntil(lambda: any(e.action == "link" for e in sam.usage.my_usage(sam.user)), timeout=TIMEOUT)

    preview.intel_button.click()
    dialog = seller.capture.intel_dialog
    assert dialog.competitor_combo.currentText() == "Capybara Systems"
    assert dialog.product_combo.currentText() == "CX-10"
    dialog.set_kind(IntelKind.PRICE)
    dialog.text_edit.setPlainText("Capybara quoted 30% below our list price for CX-10.")
    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        dialog.send_button.click()
    assert seller.statusBar().currentMessage().startswith("Sent to marketing")
    kinds = {(r.type, r.kind) for r in sam.reports.my_reports(sam.user)}
    assert {(ReportType.FEEDBACK, "outdated"), (ReportType.INTEL, "price")} <= kinds

    marketer, _mia = desktop("mia")
    box = show_item(qtbot, marketer, team_item).feedback
    assert box.unit == unit
    assert box.view.rollup_allowed
    assert box.view.unit is not None and box.view.unit.counts["outdated"] == 1
    assert "Outdated <b>1</b>" in box.summary.text() and "24x7 support in May" in box.summary.text()
    assert team.name("sam") in box.summary.text()
