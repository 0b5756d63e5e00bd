"""Import by drag and drop, language switching, Browse, remembered state, first start."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from enablement.config import Settings


@pytest.fixture
def drop_folder(tmp_path: Path) -> Path:
    """A folder a marketer would drop: a deck, a battle card and a file that is not what it says."""
    from enablement.ingest.demo import build_demo_files

    built = {p.name: p for p in build_demo_files(tmp_path / "built")}
    folder = tmp_path / "to-import"
    folder.mkdir()
    shutil.copy(built["px-series_en.pptx"], folder)
    shutil.copy(built["strelec_ru.md"], folder)
    (folder / "broken.pptx").write_bytes(b"this is not a presentation")
    return folder


def drop(window: Any, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window accepts dragged files"
    event = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_dropping_a_folder_imports_it_and_its_hits_appear(
    qtbot: Any, ui: Any, empty_services: Any, drop_folder: Path
) -> None:
    window = ui.new_window()
    window.set_services(empty_services, owned=False)
    assert not ui.search(window, "Redfish"), "nothing to find in an empty library"
    assert window.welcome.isVisible(), "the welcome strip says how to import"
    assert window.results.stack.currentWidget() is window.results.empty
    with qtbot.waitSignal(window.imports.finished, timeout=120_000) as blocker:
        drop(window, [drop_folder])
        assert window.import_progress.isVisible(), "progress shows in the status bar"
    report = blocker.args[0]
    assert report.imported == 2
    assert [Path(p).name for p, _reason in report.rejected] == ["broken.pptx"]
    # the report dialog lists the rejected file with its reason
    dialog = window.imports.dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rejected_rows()
    assert rows[0][0] == "broken.pptx" and rows[0][1]
    dialog.close()
    # the open search refreshed by itself: the new deck's slides are found
    qtbot.waitUntil(lambda: bool(window.results.model.hits()), timeout=15_000)
    assert any(h.source == "px-series_en.pptx" for h in window.results.model.hits())
    assert not window.import_progress.isVisible()
    assert not window.welcome.isVisible() and window.state.welcome_dismissed, "its job is done"
    window.close()


def test_switching_the_language_changes_the_visible_texts(qtbot: Any, ui: Any, window: Any) -> None:
    ui.search(window, "PX-300")
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=10_000)
    assert window.top.page_buttons["browse"].text() == "Browse"
    assert window.preview.copy_link_button.accessibleName() == "Copy link"
    assert "results" in window.results.summary.text()
    window.open_settings()
    window.settings_dialog.choose_language("ru")
    assert window.translator.language == "ru"
    qtbot.waitUntil(lambda: window.top.page_buttons["browse"].text() == "Обзор")  # LanguageChange is posted
    assert window.top.field.placeholderText().startswith("Поиск")
    assert window.preview.copy_link_button.accessibleName() == "Копировать ссылку"
    assert window.menus["file"].title() == "&Файл"
    qtbot.waitUntil(lambda: "результат" in window.results.summary.text(), timeout=10_000)
    assert window.facets.row_for("kind", "catalog").text() == "Каталоги"
    assert window.state.language == "ru", "the choice is remembered"
    window.settings_dialog.choose_language("en")
    qtbot.waitUntil(lambda: window.top.page_buttons["browse"].text() == "Browse")
    window.settings_dialog.close()


def test_browse_groups_battle_cards_by_competitor_and_filters(qtbot: Any, ui: Any, window: Any) -> None:
    with qtbot.waitSignal(window.browse.loaded, timeout=10_000):
        window.browse.reload()
    window.set_page("browse")
    browse = window.browse
    competitors = [name for name, _cards in browse.groups.by_competitor]
    assert {"Globex", "Стрелец", "Альфа-Софт"} <= set(competitors)
    assert browse.groups.decks and browse.groups.catalogs
    qtbot.waitUntil(lambda: browse.thumbnails_ready() == len(browse.groups.decks), timeout=20_000)
    browse.set_filters(product="PX-200")
    assert browse.groups.total > 0
    assert all("PX-200" in i.products for _n, cards in browse.groups.by_competitor for i in cards)
    browse.set_filters(product="", sort="title")
    titles = [i.title.casefold() for i in browse.groups.decks]
    assert titles == sorted(titles)
    # a click opens the item in the Browse page's preview
    first = browse.groups.decks[0]
    browse.open_item(first)
    qtbot.waitUntil(
        lambda: browse.preview_pane.bundle is not None and browse.preview_pane.bundle.item.id == first.id,
        timeout=15_000,
    )
    # a filter that hides the previewed item empties the preview
    other = next(p for p in browse.groups.products if p not in first.products)
    browse.set_filters(product=other, sort="title")
    assert first.id not in {i.id for i in browse.groups.decks}
    assert browse.preview_pane.bundle is None


def test_query_geometry_and_choices_are_remembered(qtbot: Any, ui: Any, demo_services: Any) -> None:
    first = ui.new_window()
    first.set_services(demo_services, owned=False)
    ui.search(first, "Globex")
    first.results.group_button.setChecked(False)
    first.resize(1111, 777)
    saved = first.size()
    first.close()
    second = ui.new_window(size=False)
    assert second.top.field.text() == "Globex"
    assert not second.results.group_button.isChecked()
    # Restored as saved, within what the screen holds (the offscreen screen is 800 px wide) and
    # what the window needs (its minimum width).
    room = second.screen().availableGeometry().width()
    expected = max(min(saved.width(), room), second.minimumSizeHint().width())
    assert abs(second.size().width() - expected) < 40, "the geometry is restored (offscreen adds no frame)"
    assert abs(second.size().height() - saved.height()) < 40
    second.set_services(demo_services, owned=False)
    qtbot.waitUntil(lambda: bool(second.results.model.hits()), timeout=10_000)
    assert second.state.last_library == str(demo_services.library.root)
    second.close()


def test_the_window_opens_before_services_are_built(qtbot: Any, ui: Any, tmp_path: Path) -> None:
    window = ui.new_window()
    window.start(Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=False))
    assert window.pages.currentWidget() is window.loading
    assert not window.top.field.isEnabled()
    with qtbot.waitSignal(window.services_ready, timeout=60_000):
        pass
    assert window.current_page() == "search"
    assert window.top.field.isEnabled()
    assert window.welcome.isVisible(), "the first run shows the welcome strip"
    # an empty library of one's own: the strip speaks of it and of importing a folder, not of a demo
    qtbot.waitUntil(lambda: window.runner.is_idle(), timeout=10_000)
    text = window.welcome.text.text()
    assert "your own library" in text and "Import and watch a folder" in text and "demo" not in text
    qtbot.mouseClick(window.welcome.close_button, Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible() and window.state.welcome_dismissed
    window.close()
    assert window.services is None, "closing the window closes the services it built"


def test_menu_icons_follow_a_switch_to_dark(ui: Any, window: Any) -> None:
    action = window.actions_.import_files
    light = action.icon().pixmap(16).toImage()
    window.appearance.set_mode("dark")
    try:
        assert action.icon().pixmap(16).toImage() != light, "tinted again for the dark palette"
    finally:
        window.appearance.set_mode("light")


def test_sign_out_and_quit_read_differently_in_russian(qtbot: Any, window: Any) -> None:
    window.set_language("ru")
    try:
        qtbot.waitUntil(lambda: window.actions_.quit.text() == "В&ыход")
        assert window.actions_.sign_out.text().replace("&", "") == "Выйти из библиотеки команды"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.actions_.sign_out.text() == "Sign &out of team library")


def test_settings_elide_a_long_library_path_in_the_middle(qtbot: Any) -> None:
    from enablement.ui.settings_dialog import SettingsDialog

    path = "/home/anna/.local/share/enablement-hub/teams/" + "very-long-folder-name-" * 6 + "/library"
    dialog = SettingsDialog(language="en", theme="light", library=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.library.elided_text()
    assert "…" in shown and shown.startswith("/home") and shown.endswith("library")
    assert dialog.library.toolTip() == path and dialog.library.text() == path
    assert dialog.change_library.isVisible() and not dialog.team.isVisible()

    dialog.set_library(path, ("hub.example.com/sales", "sam"))
    assert not dialog.change_library.isVisible()
    assert dialog.team.text() == "Team library hub.example.com/sales, signed in as sam"
    assert path in dialog.library.toolTip()


def test_the_welcome_strip_on_the_demo_library_speaks_of_the_demo(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: "demo library" in window.welcome.text.text(), timeout=10_000)
    assert window.first_run.remove_demo_action.isEnabled()


def test_a_user_named_at_start_is_checked_on_the_last_library_too(qapp: Any, tmp_path: Path) -> None:
    """`enablement --user NAME` opening the last library kept the name but forgot it was given, so
    an invented name escaped the roster rule (enablement.app._check_roster)."""
    from types import SimpleNamespace

    from enablement.app import build_services
    from enablement.errors import PermissionDenied
    from enablement.ui.main import resolve_settings
    from enablement.ui.ui_state import UiState

    last = tmp_path / "last"
    last.mkdir()
    state = UiState()
    state.last_library = str(last)
    settings = resolve_settings(SimpleNamespace(library=None, db=None, user="made-up"), state)
    assert (settings.library_dir, settings.user, settings.user_given) == (last, "made-up", True)
    with pytest.raises(PermissionDenied, match="'made-up' is not a person of this library"):
        build_services(settings, create_demo=False)
