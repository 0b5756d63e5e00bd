"""Comparing versions in the app: "Compare versions…" on the preview, the side-by-side rows, restore.

On a real SQLite library holding one deck imported twice, and on a real PostgreSQL team library
where a seller sees the diff without the restore button and a marketer restores.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from enablement.config import Settings
from enablement.store import repository as repo
from enablement.store.schema import version_units
from tests.helpers.team import Team
from tests.unit.workbench.diff_decks import V1, V2, write_deck

TIMEOUT = 15_000


def _two_versions(services: Any, folder: Path) -> int:
    deck = folder / "quokka.pptx"
    folder.mkdir(parents=True, exist_ok=True)
    write_deck(deck, V1, mtime=time.time() - 100)
    services.library_service.import_paths([deck])
    write_deck(deck, V2)
    assert services.library_service.import_paths([deck]).updated == 1
    with services.library.reading() as conn:
        return next(i.id for i in repo.list_items(conn) if i.source_name == deck.name)


@pytest.fixture
def deck_services(tmp_path: Path) -> Iterator[tuple[Any, int]]:
    from enablement.app import build_services

    services = build_services(
        Settings(tmp_path / "lib", None, "anna", is_default_library=False), create_demo=False
    )
    item_id = _two_versions(services, tmp_path / "files")
    yield services, item_id
    services.close()


def open_diff(qtbot: Any, window: Any, item_id: int) -> Any:
    """Show slide 1 of the item in the search preview, click "Compare versions…", wait for rows."""
    preview = window.preview
    preview.show_unit(item_id, "slide", 1)
    qtbot.waitUntil(lambda: preview.bundle is not None and preview.bundle.item.id == item_id, timeout=TIMEOUT)
    assert preview.compare_button.isVisibleTo(preview)
    preview.compare_button.click()
    dialog = window.versions.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=TIMEOUT)
    return dialog


def statuses(dialog: Any) -> list[tuple[str, int | None, int | None]]:
    return [(w.row.status.value, w.row.old_number, w.row.new_number) for w in dialog.row_widgets]


def test_the_preview_opens_the_diff_and_a_marketer_restores(
    qtbot: Any, ui: Any, deck_services: tuple[Any, int]
) -> None:
    services, item_id = deck_services
    window = ui.new_window()
    window.set_services(services, owned=False)
    dialog = open_diff(qtbot, window, item_id)
    assert statuses(dialog) == [
        ("unchanged", 1, 1),
        ("unchanged", 2, 2),
        ("added", None, 3),
        ("changed", 3, 4),
        ("removed", 4, None),
        ("changed", 5, 5),
    ]
    pricing = dialog.row_widgets[3]
    assert "line-through" in pricing.left.text() and ">90<" in pricing.left.text()
    assert ">95<" in pricing.right.text() and "line-through" not in pricing.right.text()
    assert dialog.row_widgets[2].left.text() == "" and "Northwind" in dialog.row_widgets[2].right.text()
    assert "added: 1" in dialog.summary.text() and "changed: 2" in dialog.summary.text()
    assert dialog.from_combo.currentData() == 1 and dialog.to_combo.currentData() == 2

    dialog.hide_unchanged.setChecked(True)
    assert [s for s, _o, _n in statuses(dialog)] == ["added", "changed", "removed", "changed"]

    assert dialog.restore_button.isVisibleTo(dialog)
    assert dialog.restore_button.text() == "Restore version 1 as the newest"
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT) as restored:
        dialog.restore_button.click()
    assert restored.args[0].version == 3
    qtbot.waitUntil(lambda: dialog.answer is not None and dialog.answer.new == 3, timeout=TIMEOUT)
    assert dialog.to_combo.currentData() == 3 and dialog.from_combo.currentData() == 2
    assert "Version 1 was published again as version 3." in dialog.message.text()
    assert "restored from 1" in dialog.to_combo.currentText()
    assert "is the newest again" in window.statusBar().currentMessage()
    hits = ui.search(window, "wombat")
    assert [h.item for h in hits] == [item_id]  # the restored slide is findable
    dialog.close()
    window.close()


def test_a_diff_that_cannot_be_made_says_why_and_keeps_the_pickers(
    qtbot: Any, ui: Any, deck_services: tuple[Any, int]
) -> None:
    services, item_id = deck_services
    with services.library.transaction() as conn:
        conn.execute(sa.delete(version_units))
        sha = repo.get_versions(conn, item_id)[0].sha256
    services.library.blobs.path_for(sha).unlink()  # version 1 can be read from nowhere now
    window = ui.new_window()
    window.set_services(services, owned=False)
    dialog = open_diff(qtbot, window, item_id)
    assert dialog.message.isVisibleTo(dialog) and "not in the library any more" in dialog.message.text()
    assert dialog.row_widgets == [] and dialog.from_combo.count() == 2
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(2))
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(2))
    dialog.from_combo.activated.emit(dialog.from_combo.currentIndex())  # as a user's pick does
    qtbot.waitUntil(lambda: dialog.answer is not None and dialog.answer.old == 2, timeout=TIMEOUT)
    assert not dialog.message.isVisibleTo(dialog)
    assert {s for s, _o, _n in statuses(dialog)} == {"unchanged"}
    assert "No differences" in dialog.summary.text()
    assert not dialog.restore_button.isVisibleTo(dialog)  # version 2 is the current one
    dialog.close()
    window.close()


@pytest.mark.pg
def test_a_seller_compares_but_cannot_restore(qtbot: Any, ui: Any, team: Team, tmp_path: Path) -> None:
    from enablement.app import build_services

    def desktop(who: str) -> Any:
        return build_services(
            Settings(tmp_path / who, team.url(who), "", is_default_library=False), create_demo=False
        )

    with desktop("mia") as mia:
        item_id = _two_versions(mia, tmp_path / "files")
    sam = desktop("sam")
    try:
        window = ui.new_window()
        window.set_services(sam, owned=False)
        dialog = open_diff(qtbot, window, item_id)
        assert [s for s, _o, _n in statuses(dialog)].count("changed") == 2
        assert not dialog.restore_button.isVisibleTo(dialog)
        dialog.restore()  # asked all the same (a stale button): refused, said inline, nothing changed
        qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
        assert "Only marketing can restore an older version" in dialog.message.text()
        with sam.library.reading() as conn:
            assert repo.get_item(conn, item_id).version == 2
        dialog.close()
        window.close()
    finally:
        sam.close()
