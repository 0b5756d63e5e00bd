"""The Review tab of the Inbox (publishing, issue 12) with real services on SQLite: "Still valid"
and "Archive" from the needs-review queue, publishing a draft from My items (it then appears in
search), its history, and a refused move shown inline with nothing changed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton

from enablement.domain import ItemStatus
from enablement.store import repository as repo
from enablement.ui.icons import IconSet
from enablement.ui.loop import InboxPage
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from tests.helpers.cards_md import write_card

WAIT = 15_000


@pytest.fixture
def page(qtbot: Any, empty_services: Any, tmp_path: Path) -> Iterator[InboxPage]:
    today = date.today()
    cards = tmp_path / "cards"
    write_card(cards, "Stale card", word="orrery", status="published", review_by=str(today - timedelta(9)))
    write_card(cards, "Older card", word="gnomon", status="published", review_by=str(today - timedelta(20)))
    write_card(cards, "Draft card", word="astrolabe")
    empty_services.library_service.import_paths([cards])
    runner = TaskRunner()
    appearance = Appearance("light")
    inbox = InboxPage(
        services=empty_services, runner=runner, appearance=appearance, icons=IconSet(appearance)
    )
    # Not qtbot.addWidget: pytest-qt's teardown hook would close and deleteLater() it before this
    # fixture's teardown, whose wait_idle() spin then deletes it under inbox.stop().
    inbox.resize(1200, 760)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.data is not None, timeout=WAIT)
    yield inbox
    runner.wait_idle(10_000)
    inbox.stop()
    inbox.close()
    inbox.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    runner.shutdown()
    gc.collect()


def ids(services: Any) -> dict[str, int]:
    with services.library.reading() as conn:
        return {i.title: i.id for i in repo.list_items(conn)}


def button(table: Any, row: int, column: int, text: str) -> QPushButton:
    found = [b for b in table.cellWidget(row, column).findChildren(QPushButton) if b.text() == text]
    assert found, f"no {text!r} button in row {row}"
    return found[0]


def act(qtbot: Any, panel: Any, push: QPushButton) -> None:
    with qtbot.waitSignals([panel.moved, panel.loaded], timeout=WAIT):
        push.click()


def test_verify_archive_and_publish_from_the_review_tab(
    qtbot: Any, page: InboxPage, empty_services: Any
) -> None:
    panel = page.review
    tabs = page.tabs
    assert tabs.indexOf(panel) >= 0  # the single user of a personal library publishes
    assert tabs.tabText(tabs.indexOf(panel)) == "Review"
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        tabs.setCurrentWidget(panel)
    known = ids(empty_services)
    queue = panel.queue_table
    assert [queue.item(r, 0).text() for r in range(queue.rowCount())] == [
        f"#{known['Older card']} Older card",
        f"#{known['Stale card']} Stale card",
    ]
    assert queue.item(1, 3).text() == "9"

    act(qtbot, panel, button(queue, 1, 4, "Still valid"))
    with empty_services.library.reading() as conn:
        assert repo.get_item(conn, known["Stale card"]).review_by == date.today() + timedelta(90)
    assert queue.rowCount() == 1

    act(qtbot, panel, button(queue, 0, 4, "Archive"))
    assert panel.queue_empty.isVisibleTo(panel) and not queue.isVisibleTo(panel)
    assert not empty_services.search.search("gnomon", log=False).hits

    mine = panel.mine_table
    rows = {mine.item(r, 0).text(): r for r in range(mine.rowCount())}
    draft_row = rows[f"#{known['Draft card']} Draft card"]
    assert mine.cellWidget(draft_row, 1).text() == "Draft"
    assert not empty_services.search.search("astrolabe", log=False).hits
    act(qtbot, panel, button(mine, draft_row, 3, "Publish"))
    assert empty_services.search.search("astrolabe", log=False).hits

    rows = {mine.item(r, 0).text(): r for r in range(mine.rowCount())}
    with qtbot.waitSignal(panel.history_loaded, timeout=WAIT):
        mine.selectRow(rows[f"#{known['Draft card']} Draft card"])
    assert "anna: Draft → Published" in panel.history_label.text()


def test_a_refused_move_is_shown_inline_and_changes_nothing(
    qtbot: Any, page: InboxPage, empty_services: Any
) -> None:
    panel = page.review
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        page.tabs.setCurrentWidget(panel)
    stale = ids(empty_services)["Stale card"]
    panel.move_item(stale, "in_review")
    qtbot.waitUntil(panel.error_label.isVisible, timeout=WAIT)
    assert "cannot go from published to in review" in panel.error_label.text()
    with empty_services.library.reading() as conn:
        assert repo.get_item(conn, stale).status is ItemStatus.PUBLISHED
