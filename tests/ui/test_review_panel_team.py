"""The Review tab of the Inbox on a team server (real PostgreSQL, real logins; publishing, issue 12):
a marketer sees the needs-review queue and presses "Still valid"; a seller gets no Review tab, and a
"Still valid" forced through the panel for them is refused by the database with a clear message and
changes nothing."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from enablement.config import Settings
from enablement.store import repository as repo
from tests.helpers.cards_md import write_card
from tests.helpers.team import Team, skip_without_pg

pytestmark = pytest.mark.pg
skip_without_pg()

WAIT = 20_000


@pytest.fixture
def inbox_as(qtbot: Any, tmp_path: Path, team: Team) -> Iterator[Callable[[str], tuple[Any, Any]]]:
    """An Inbox page on the team library as `who` (its services and the page)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from enablement.app import build_services
    from enablement.ui.icons import IconSet
    from enablement.ui.loop import InboxPage
    from enablement.ui.tasks import TaskRunner
    from enablement.ui.theme import Appearance

    opened: list[tuple[Any, Any, Any]] = []

    def open_as(who: str) -> tuple[Any, Any]:
        services = build_services(Settings.resolve(str(tmp_path / who), team.url(who)), create_demo=False)
        runner = TaskRunner()
        appearance = Appearance("light")
        page = InboxPage(services=services, runner=runner, appearance=appearance, icons=IconSet(appearance))
        opened.append((page, runner, services))
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
        return services, page

    yield open_as
    for page, runner, _services in opened:
        runner.wait_idle(10_000)
        page.stop()
    for page, _runner, _services in opened:
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _page, runner, services in opened:
        runner.shutdown()
        services.close()
    gc.collect()


def _item(services: Any, title: str) -> Any:
    with services.library.reading() as conn:
        (item,) = [i for i in repo.list_items(conn) if i.title == title]
        return item


def test_a_marketer_keeps_a_card_valid_and_a_seller_cannot(
    qtbot: Any, inbox_as: Callable[[str], tuple[Any, Any]], team: Team, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    today = date.today()
    cards = tmp_path / "cards"
    write_card(
        cards, "Stale team card", word="orrery", status="published", review_by=str(today - timedelta(9))
    )
    mia_services, mia = inbox_as("mia")
    report = mia_services.library_service.import_paths([cards])
    assert not report.rejected
    stale = _item(mia_services, "Stale team card")

    panel = mia.review
    assert mia.tabs.indexOf(panel) >= 0, "marketing gets the Review tab on a team library"
    assert mia.tabs.tabText(mia.tabs.indexOf(panel)) == "Review"
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        mia.tabs.setCurrentWidget(panel)
    queue = panel.queue_table
    assert [queue.item(r, 0).text() for r in range(queue.rowCount())] == [f"#{stale.id} Stale team card"]
    assert queue.item(0, 3).text() == "9"
    (still_valid,) = [
        b for b in queue.cellWidget(0, 4).findChildren(QPushButton) if b.text() == "Still valid"
    ]
    with qtbot.waitSignals([panel.moved, panel.loaded], timeout=WAIT):
        still_valid.click()
    assert not panel.error_label.isVisible()
    assert _item(mia_services, "Stale team card").review_by == today + timedelta(90)
    assert panel.queue_empty.isVisibleTo(panel) and not queue.isVisibleTo(panel)

    sam_services, sam = inbox_as("sam")
    assert sam.tabs.indexOf(sam.review) == -1, "a seller gets no Review tab"
    assert not sam.may_triage()
    sam.review.verify_item(stale.id)  # forced: refused, with a clear message
    qtbot.waitUntil(lambda: not sam.review.error_label.isHidden(), timeout=WAIT)
    assert "Only marketing can publish" in sam.review.error_label.text()
    assert _item(sam_services, "Stale team card").review_by == today + timedelta(90)
    assert [c.action for c in mia_services.publishing.history(stale.id)].count("verify") == 1
