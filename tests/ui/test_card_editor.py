"""The battle-card editor in the app: open from the menu, fill in, see it as sellers will, save, find
it in search; edit a previewed card as a new version; two editors on one card (the second is told,
keeps its text and can save it as a new card); validation inline; on a team server a marketer
saves and a seller has no editor and is refused by the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QPushButton

from enablement.config import Settings

TIMEOUT = 20_000


@pytest.fixture
def lib_services(tmp_path: Path) -> Iterator[Any]:
    """Services on a library of three demo battle cards, its own (the tests write versions)."""
    from enablement.app import build_services

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "battlecards"
    services = build_services(
        Settings(tmp_path / "lib", None, "anna", is_default_library=False), create_demo=False
    )
    services.library_service.import_paths(
        [demo / "globex_en.md", demo / "strelets_en.md", demo / "globex_ru.md"]
    )
    yield services
    services.close()


@pytest.fixture
def win(ui: Any, lib_services: Any) -> Iterator[Any]:
    w = ui.new_window()
    w.set_services(lib_services, owned=False)
    yield w
    w.close()


def _editor_for(qtbot: Any, win: Any, editor: Any) -> Any:
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.competitor_combo.count() > 0, timeout=TIMEOUT)
    return editor


def _save(qtbot: Any, editor: Any) -> None:
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        editor.save_button.click()


def test_new_card_from_the_menu_is_saved_and_found(qtbot: Any, ui: Any, win: Any) -> None:
    assert win.cards.new_action in win.menus["edit"].actions()
    win.cards.new_action.trigger()
    editor = _editor_for(qtbot, win, win.cards.editors[0])
    assert editor.isVisible()
    assert {editor.competitor_combo.itemText(i) for i in range(editor.competitor_combo.count())} == {
        "Globex",
        "Стрелец",
    }

    # Saving an empty card is refused inline; nothing is lost.
    editor.save_button.click()
    assert "Name the competitor" in editor.error_label.text() and editor.error_label.isVisible()

    editor.competitor_combo.setEditText("Globex")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en"))
    editor.apply_template()
    qtbot.waitUntil(lambda: editor.sections["strengths"].isChecked(), timeout=TIMEOUT)
    assert "PX-300" in editor.products_edit.text()
    editor.sections["weaknesses"].text_edit.setPlainText("Globex spares ship by narwhal.\n- Grey import only")
    editor.save_button.click()
    assert "The section “Strengths” is empty" in editor.error_label.text()
    assert editor.sections["weaknesses"].text_edit.toPlainText().startswith("Globex spares ship by narwhal.")

    for key in ("strengths", "how_we_win", "landmines", "pricing"):
        editor.sections[key].setChecked(False)
    editor.overview_box.setChecked(False)
    editor.objections.add_pair(
        __import__("enablement.workbench.cards", fromlist=["Objection"]).Objection(
            "Globex is the market leader.", "Not with a warranty in Russia."
        )
    )
    editor.refresh_preview()
    html = editor.preview.toHtml()
    assert "narwhal" in html and "Grey import only" in html and "market leader" in html
    # A new card starts as a draft unless the author says otherwise: in nobody's search yet.
    assert editor.status_combo.currentData() == "draft" and editor.status_combo.isEnabled()
    _save(qtbot, editor)
    assert editor.item_id is not None and editor.base_version == 1
    assert win.cards.editors[editor.item_id] is editor and 0 not in win.cards.editors
    assert "sellers find it once it is published" in editor.status_label.text()
    assert editor.status_combo.currentData() == "draft" and not editor.status_combo.isEnabled()
    assert ui.search(win, "narwhal") == []

    # The marketer publishes it from the Review tab's "My items" (who and when kept); then it is found.
    panel = win.inbox_page.review
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.reload()
    mine = panel.mine_table
    (row,) = [r for r in range(mine.rowCount()) if mine.item(r, 0).text().startswith(f"#{editor.item_id} ")]
    assert mine.cellWidget(row, 1).text() == "Draft"
    # A double-click shows the draft in the preview (no search finds it), its history in the header.
    mine.cellDoubleClicked.emit(row, 0)
    qtbot.waitUntil(
        lambda: win.preview.bundle is not None and win.preview.bundle.item.id == editor.item_id,
        timeout=TIMEOUT,
    )
    assert win.pages.currentWidget() is win.search_splitter
    line = win.status_history.panes[0].label
    qtbot.waitUntil(line.isVisible, timeout=TIMEOUT)
    assert line.text().endswith("anna: created as Draft")
    publish = [b for b in mine.cellWidget(row, 3).findChildren(QPushButton) if b.text() == "Publish"]
    with qtbot.waitSignals([panel.moved, panel.loaded], timeout=TIMEOUT):
        publish[0].click()
    hits = ui.search(win, "narwhal")
    assert [h.item for h in hits][:1] == [editor.item_id]

    # Previewed, the card's header says who moved it and when (the single user is its marketer).
    qtbot.waitUntil(lambda: line.isVisible() and "Published" in line.text(), timeout=TIMEOUT)
    newest, first = line.text().split(" · ")
    assert newest.endswith("anna: Draft → Published") and first.endswith("anna: created as Draft")
    assert line.toolTip().splitlines() == [newest, first]
    editor.close()


def test_a_new_card_can_go_straight_to_review_or_published(qtbot: Any, ui: Any, win: Any) -> None:
    win.cards.new_action.trigger()
    editor = _editor_for(qtbot, win, win.cards.editors[0])
    editor.competitor_combo.setEditText("Globex")
    editor.sections["weaknesses"].append("Globex invoices arrive by carrier pigeon.")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("published"))
    _save(qtbot, editor)
    assert [h.item for h in ui.search(win, "pigeon")][:1] == [editor.item_id]
    assert editor.status_label.text() == "Saved as version 1"
    editor.close()


def test_two_editors_on_one_card_the_second_is_told(qtbot: Any, ui: Any, win: Any, lib_services: Any) -> None:
    from enablement.preview.service import PreviewService
    from enablement.ui.workbench.card_editor import CardEditor
    from enablement.workbench.card_library import load_card

    hits = ui.search(win, "ProServer")
    qtbot.waitUntil(
        lambda: win.preview.bundle is not None and win.preview.bundle.item.id == hits[0].item, timeout=TIMEOUT
    )
    item_id = hits[0].item
    win.cards._update_actions()
    assert win.cards.edit_action.isEnabled()
    win.cards.edit_action.trigger()
    qtbot.waitUntil(lambda: item_id in win.cards.editors, timeout=TIMEOUT)
    first = _editor_for(qtbot, win, win.cards.editors[item_id])
    assert first.base_version == 1 and first.competitor_combo.currentText() == "Globex"
    # An existing card keeps its status: shown, not chosen (it moves on the Review tab).
    assert first.status_combo.currentData() == "published" and not first.status_combo.isEnabled()
    assert "ProServer 360" in first.preview.toHtml()

    loaded = load_card(
        lib_services.library, item_id, original=PreviewService(lib_services.library).original_path
    )
    second = _editor_for(
        qtbot,
        win,
        CardEditor(
            services=lib_services, runner=win.runner, appearance=win.appearance, loaded=loaded, parent=win
        ),
    )
    second.show()

    first.sections["strengths"].append("An okapi-sized booth at every fair.")
    _save(qtbot, first)
    assert first.base_version == 2

    second.sections["strengths"].append("A pangolin of a roadmap.")
    second.save_button.click()
    qtbot.waitUntil(lambda: second.error_label.isVisible(), timeout=TIMEOUT)
    assert "anna saved a newer version" in second.error_label.text()
    assert "Nothing was overwritten" in second.error_label.text()
    assert "pangolin" in second.sections["strengths"].text_edit.toPlainText()
    assert second.save_copy_button.isVisible()
    assert ui.search(win, "pangolin") == []

    with qtbot.waitSignal(second.saved, timeout=TIMEOUT):
        second.save_copy_button.click()
    assert second.item_id not in (None, item_id)
    assert second.status_combo.currentData() == "draft", "the kept text is a draft beside the card"
    assert ui.search(win, "pangolin") == []
    lib_services.publishing.move("anna", second.item_id, "published")
    assert [h.item for h in ui.search(win, "pangolin")][:1] == [second.item_id]
    assert [h.item for h in ui.search(win, "okapi")][:1] == [item_id]
    second.close()
    first.close()


def test_field_intel_is_pulled_into_a_section(qtbot: Any, win: Any, lib_services: Any) -> None:
    lib_services.voting.add_person("setup", "anna", "marketing", "HQ")
    sent = lib_services.reports.add_intel(
        "sam", "price", competitor="Globex", text="Globex offered a quetzal discount."
    )
    lib_services.reports.add_intel(
        "sam", "claim", competitor="Стрелец", text="Strelets claims free delivery."
    )
    editor = _editor_for(qtbot, win, win.cards.new_card())
    editor.competitor_combo.setEditText("Globex")
    editor.open_intel()
    picker = editor.intel_picker
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=TIMEOUT)
    assert "quetzal" in picker.list.item(0).text() and "Globex" in picker.caption.text()
    picker.section_combo.setCurrentIndex(picker.section_combo.findData("pricing"))
    picker.add_button.click()
    pricing = editor.sections["pricing"]
    assert pricing.isChecked()
    assert f"(field intel #{sent.id}, sam," in pricing.text_edit.toPlainText()
    editor.refresh_preview()
    assert "quetzal" in editor.preview.toHtml()
    picker.close()
    editor.close()


def test_the_editor_and_the_diff_fit_the_screen(qtbot: Any, win: Any, lib_services: Any) -> None:
    """The editor and the versions dialog open no larger than the screen (a 1366×768 laptop has less
    room than their preferred sizes), so their buttons stay on it; their minimums fit 1366×768."""
    from enablement.ui.layouts import fit_to_screen
    from enablement.ui.workbench.diff_view import DiffDialog

    win.cards.new_action.trigger()
    editor = _editor_for(qtbot, win, win.cards.editors[0])
    room = editor.screen().availableGeometry()
    assert editor.height() <= room.height() and editor.width() <= room.width()
    fit_to_screen(editor, room.width() * 2, room.height() * 2)  # a screen half the preferred size
    assert (editor.width(), editor.height()) == (room.width() - 48, room.height() - 48)
    assert editor.minimumSizeHint().height() <= 768 - 48 and editor.minimumSizeHint().width() <= 1366
    editor.close()
    dialog = DiffDialog(
        services=lib_services, runner=win.runner, appearance=win.appearance, item_id=1, parent=win
    )
    qtbot.addWidget(dialog)
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert dialog.minimumSize().height() <= 768 - 48
    win.runner.wait_idle(10_000)


def test_the_editor_saves_unedited_sections_as_imported(qtbot: Any, win: Any, lib_services: Any) -> None:
    """Issue 12: each demo card opened in the editor's form and written back keeps every section's
    text; saving one edited section makes a version whose diff names only that section."""
    from enablement.ingest.markdown import extract_markdown, extract_text
    from enablement.preview.service import PreviewService
    from enablement.store import repository as repo
    from enablement.ui.workbench.card_editor import CardEditor
    from enablement.workbench.card_library import load_card
    from enablement.workbench.diff import diff_versions
    from enablement.workbench.diff_rows import ChangeStatus

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "battlecards"
    original = PreviewService(lib_services.library).original_path
    with lib_services.library.reading() as conn:
        items = {Path(i.source_name).name: i.id for i in repo.list_items(conn)}
    assert len(items) == 3
    for name, item_id in items.items():
        loaded = load_card(lib_services.library, item_id, original=original)
        editor = _editor_for(
            qtbot,
            win,
            CardEditor(
                services=lib_services, runner=win.runner, appearance=win.appearance, loaded=loaded, parent=win
            ),
        )
        written = extract_markdown(editor.card().cleaned().to_markdown(), fallback_title="x")
        imported = extract_text(demo / name)
        assert [(u.heading, u.text) for u in written.units] == [(u.heading, u.text) for u in imported.units]
        editor.close()

    item_id = items["globex_en.md"]
    editor = _editor_for(
        qtbot,
        win,
        CardEditor(
            services=lib_services,
            runner=win.runner,
            appearance=win.appearance,
            loaded=load_card(lib_services.library, item_id, original=original),
            parent=win,
        ),
    )
    editor.sections["strengths"].append("A capybara-calm support line.")
    _save(qtbot, editor)
    rows = diff_versions(lib_services.library, item_id).rows
    assert {r.heading: str(r.status) for r in rows if r.status != ChangeStatus.UNCHANGED} == {
        "Strengths": "changed"
    }
    editor.close()
