"""Preview actions that can fail outside the app: no application for a file, a link to nothing."""

from __future__ import annotations

from typing import Any

from enablement.preview.links import parse_link


def test_the_user_is_told_when_no_application_opens_the_file(qtbot: Any, ui: Any, window: Any) -> None:
    asked: list[Any] = []
    window.preview.opener = lambda path: asked.append(path) or False  # the desktop has no launcher
    hits = ui.search(window, "Globex")
    assert hits
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=15_000)
    window.preview.open_original()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("No application is set up to open ") and asked[0].name in message


def test_a_link_to_a_removed_item_says_so_without_cli_hints(qtbot: Any, ui: Any, window: Any) -> None:
    window.open_link(parse_link("enablement://item/999999#slide=7"))
    preview = window.preview
    qtbot.waitUntil(lambda: "not in this library" in preview.placeholder.text(), timeout=15_000)
    assert "`" not in preview.placeholder.text() and "enablement list" not in preview.placeholder.text()


def test_switching_to_dark_redraws_the_open_preview(qtbot: Any, ui: Any, window: Any) -> None:
    from enablement.ui.theme import DARK, LIGHT

    ui.search(window, "Globex")
    preview = window.preview
    qtbot.waitUntil(lambda: preview.bundle is not None and preview.chips.isVisible(), timeout=15_000)
    assert LIGHT.chip_competitor in preview.chips.text()
    window.appearance.set_mode("dark")
    try:
        assert DARK.chip_competitor in preview.chips.text(), "chips are drawn again in the dark palette"
    finally:
        window.appearance.set_mode("light")


def test_esc_in_the_preview_goes_back_to_the_search_field(qtbot: Any, ui: Any, window: Any) -> None:
    from PySide6.QtCore import Qt

    ui.search(window, "Globex")
    qtbot.waitUntil(lambda: window.preview.bundle is not None, timeout=15_000)
    window.activateWindow()
    window.preview.open_button.setFocus()
    qtbot.waitUntil(window.preview.open_button.hasFocus, timeout=2_000)
    qtbot.keyClick(window.preview.open_button, Qt.Key.Key_Escape)
    assert window.top.field.hasFocus()
    assert window.top.field.text() == "", "Esc acts as it does in the field and in the list"
