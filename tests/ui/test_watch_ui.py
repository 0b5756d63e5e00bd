"""File → Import and watch a folder… in the real window: real services, real file events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QFileDialog

CARD = """---
title: {name}
---
# Weaknesses
{name} ships a slow {word} rollout.
"""


def _card(path: Path, name: str, word: str) -> Path:
    path.write_text(CARD.format(name=name, word=word), encoding="utf-8")
    return path


def _file_action(window: Any, text: str) -> Any:
    actions = [a for a in window.menus["file"].actions() if a.text() == text]
    assert actions, [a.text() for a in window.menus["file"].actions()]
    return actions[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Sales"
    path.mkdir()
    _card(path / "globex.md", "Globex", "quokka")
    return path.resolve()


def test_import_and_watch_from_the_file_menu(
    qtbot: Any, ui: Any, empty_services: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ui.new_window()
    window.imports.show_report = False
    window.set_services(empty_services, owned=False)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.imports.finished, timeout=120_000) as imported:
        _file_action(window, "Import and &watch a folder…").trigger()
    assert imported.args[0].imported == 1
    assert [hit.source for hit in ui.search(window, "quokka")] == ["globex.md"]
    qtbot.waitUntil(lambda: empty_services.watch.running, timeout=30_000)

    # A file added while the app runs: picked up, the status line says so, search shows it.
    with qtbot.waitSignal(window.watch.picked_up, timeout=60_000) as picked:
        _card(folder / "initech.md", "Initech", "wombat")
    assert picked.args[0].imported == 1
    assert "Watched folders: 1 new" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: [h.source for h in ui.search(window, "wombat")] == ["initech.md"], timeout=30_000)

    # A deleted file: its item is archived and leaves the results.
    with qtbot.waitSignal(window.watch.picked_up, timeout=60_000) as picked:
        (folder / "globex.md").unlink()
    assert picked.args[0].archived == 1
    assert "1 archived" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: ui.search(window, "quokka") == [], timeout=30_000)

    # File → Watched folders… lists it; Stop watching takes it off the list.
    dialog = window.watch.show_folders()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.watched_paths() == [str(folder)], timeout=15_000)
    dialog.folders.setCurrentRow(0)
    assert dialog.stop_button.isEnabled()
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.watched_paths() == [], timeout=15_000)
    stored = json.loads((empty_services.library.root / "watched.json").read_text(encoding="utf-8"))
    assert stored["folders"] == []
    assert window.runner.wait_idle(30_000)
    window.close()


def test_import_folder_and_watch_before_the_library_is_ready_runs_once_it_is(
    qtbot: Any, ui: Any, empty_services: Any, folder: Path
) -> None:
    window = ui.new_window()
    window.imports.show_report = False
    window.import_folder_and_watch(folder)  # e.g. from a first-run page, before the services arrive
    with qtbot.waitSignal(window.imports.finished, timeout=120_000) as imported:
        window.set_services(empty_services, owned=False)
    assert imported.args[0].imported == 1
    assert [f.path for f in empty_services.watch.watched()] == [folder]
    assert window.runner.wait_idle(30_000)
    window.close()


def test_a_folder_that_cannot_be_watched_says_why(qtbot: Any, ui: Any, empty_services: Any) -> None:
    window = ui.new_window()
    window.set_services(empty_services, owned=False)
    window.import_folder_and_watch(empty_services.library.root)
    qtbot.waitUntil(lambda: "cannot be watched" in window.statusBar().currentMessage(), timeout=15_000)
    assert "library's own files" in window.statusBar().currentMessage()
    assert empty_services.watch.watched() == []
    assert window.runner.wait_idle(30_000)
    window.close()


def test_on_start_the_window_rechecks_the_watched_folders(
    qtbot: Any, ui: Any, empty_services: Any, folder: Path
) -> None:
    empty_services.watch.add(folder)  # watched in an earlier session; globex.md arrived since
    window = ui.new_window()
    with qtbot.waitSignal(window.watch.picked_up, timeout=60_000) as picked:
        window.set_services(empty_services, owned=False)
    assert picked.args[0].changes == [("imported", str(folder / "globex.md"))]
    qtbot.waitUntil(lambda: [h.source for h in ui.search(window, "quokka")] == ["globex.md"], timeout=30_000)
    assert window.runner.wait_idle(30_000)
    window.close()
