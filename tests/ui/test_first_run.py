"""The first launch asks how to start (demo, own folder, team server), remembers it; the demo goes in a click.

Real windows, real services and real libraries in temporary folders; QSettings are private
to each test (tests/ui/conftest.py), so "remembered" means a second window reading them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from enablement.config import Settings
from enablement.store import schema

CARD = """---
title: Acme battle card
competitor: Acme
---
# Strengths
Acme ships fast; Zephyrlink routers in stock.
"""


def _first_launch(tmp_path: Path) -> Settings:
    """The default library of a machine that never ran the app."""
    return Settings(library_dir=tmp_path / "lib", db_url=None, user="anna", is_default_library=True)


def _items(window: Any) -> list[str]:
    with window.services.library.reading() as conn:
        return list(conn.execute(sa.select(schema.items.c.title)).scalars())


def _choose(qtbot: Any, window: Any, button: Any) -> None:
    with qtbot.waitSignal(window.services_ready, timeout=120_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(qtbot: Any, window: Any, remove: bool) -> None:
    box = window.first_run.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "history" in box.informativeText()
    wanted = [
        b for b in box.buttons() if (box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole) == remove
    ]
    qtbot.mouseClick(wanted[0], Qt.MouseButton.LeftButton)


def test_the_first_launch_asks_and_nothing_is_built_before_a_choice(
    qtbot: Any, ui: Any, tmp_path: Path
) -> None:
    window = ui.new_window()
    window.first_run.open(_first_launch(tmp_path))
    page = window.first_run.page
    assert window.pages.currentWidget() is page and page.isVisible()
    assert not window.top.isEnabled() and not window.top.field.isEnabled()
    assert [c.button.text() for c in (page.demo, page.folder, page.team)] == [
        "Try the demo",
        "Choose a folder…",
        "Connect…",
    ]
    assert not (tmp_path / "lib").exists(), "no library is made before the newcomer chooses"
    assert window.state.load_first_run() == ("", "")
    window.close()


def test_try_the_demo_is_remembered_and_the_demo_removed_in_one_click(
    qtbot: Any, ui: Any, tmp_path: Path
) -> None:
    window = ui.new_window()
    window.first_run.open(_first_launch(tmp_path))
    _choose(qtbot, window, window.first_run.page.demo.button)
    assert len(_items(window)) > 10 and window.current_page() == "search"
    assert window.state.load_first_run() == ("demo", "")
    action = window.first_run.remove_demo_action
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    assert action in window.menus["file"].actions()

    action.trigger()  # Cancel: nothing happens
    _answer(qtbot, window, remove=False)
    assert len(_items(window)) > 10 and action.isEnabled()

    with qtbot.waitSignal(window.first_run.demo_removed, timeout=60_000) as removed:
        action.trigger()
        _answer(qtbot, window, remove=True)
    assert removed.args[0].items > 10
    qtbot.waitUntil(lambda: window.services is not None and not action.isEnabled(), timeout=10_000)
    assert _items(window) == []
    with window.services.library.reading() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.search_log)).scalar_one() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.ballots)).scalar_one() == 0
    assert "removed" in window.statusBar().currentMessage()
    assert not window.welcome.isVisible()
    state, settings = window.state, _first_launch(tmp_path)
    window.close()

    again = ui.new_window()  # the next launch: nothing asked, and the demo does not come back
    assert again.state.load_first_run() == ("demo", "")
    with qtbot.waitSignal(again.services_ready, timeout=60_000):
        again.first_run.open(settings)
    assert again.pages.currentWidget() is not again.first_run.page
    assert _items(again) == []
    assert state.load_first_run() == ("demo", "")
    again.close()


def test_open_my_folder_imports_it_and_is_remembered(qtbot: Any, ui: Any, tmp_path: Path) -> None:
    folder = tmp_path / "Sales"
    folder.mkdir()
    (folder / "acme.md").write_text(CARD, encoding="utf-8")
    window = ui.new_window()
    window.first_run.open(_first_launch(tmp_path))
    page = window.first_run.page

    page.folder_chosen.emit(str(tmp_path / "no such folder"))  # a folder that went away: said in place
    assert page.error.isVisible() and "no such folder" in page.error.text()
    assert window.pages.currentWidget() is page and window.state.load_first_run() == ("", "")

    page.pick_folder = lambda: str(folder)  # what the system's folder dialog would answer
    chosen: list[str] = []
    window.first_run.folder_chosen.connect(chosen.append)
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        _choose(qtbot, window, page.folder.button)
    assert chosen == [str(folder.resolve())]
    assert _items(window) == ["Acme battle card"]
    assert [f.path for f in window.services.watch.watched()] == [folder.resolve()], "and it is watched"
    assert window.state.load_first_run() == ("folder", str(folder.resolve()))
    assert not window.welcome.isVisible(), "their files are in: the strip's how-to-import has done its job"
    assert "demo" not in window.welcome.text.text(), "Help → Show welcome speaks of their own library"
    assert not window.first_run.remove_demo_action.isEnabled()
    assert [h.title for h in ui.search(window, "Zephyrlink")] == ["Acme battle card"]
    window.close()


def test_connect_to_my_team_opens_the_sign_in_and_is_remembered(qtbot: Any, ui: Any, tmp_path: Path) -> None:
    window = ui.new_window()
    window.first_run.open(_first_launch(tmp_path))
    _choose(qtbot, window, window.first_run.page.team.button)
    qtbot.waitUntil(lambda: window.team.dialog is not None and window.team.dialog.isVisible(), timeout=10_000)
    assert window.state.load_first_run() == ("team", "")
    assert _items(window) == [], "no demo library for a team member"
    window.team.dialog.reject()
    window.close()


def test_the_page_speaks_russian(ui: Any, tmp_path: Path) -> None:
    window = ui.new_window(language="ru")
    window.first_run.open(_first_launch(tmp_path))
    page = window.first_run.page
    texts = [page.heading.text(), page.demo.title.text(), page.folder.title.text(), page.team.title.text()]
    assert all(any("а" <= ch <= "я" for ch in text.lower()) for text in texts), texts
    assert "демо" in window.first_run.remove_demo_action.text().lower()
    window.close()


def test_a_user_updating_with_a_library_already_is_not_asked(qtbot: Any, ui: Any, tmp_path: Path) -> None:
    """An older version made the default library (and chose nothing): the newer one just opens it."""
    from enablement.store import Library

    settings = _first_launch(tmp_path)
    Library(settings.library_dir).close()  # library.db exists, as an earlier version left it
    window = ui.new_window()
    assert window.first_run.service.should_offer(settings) is False
    with qtbot.waitSignal(window.services_ready, timeout=60_000):
        window.first_run.open(settings)
    assert window.pages.currentWidget() is not window.first_run.page
    assert _items(window) == [], "and no demo is pushed into it"
    assert window.state.load_first_run() == ("", "")
    other = Settings(tmp_path / "elsewhere", None, "anna", is_default_library=False)
    assert not window.first_run.service.should_offer(other), "--library DIR is never a first launch"
    window.close()
