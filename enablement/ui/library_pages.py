"""The pages that belong to one library: Voting, Inbox and Numbers, and the page shown while a
library opens, and the small background jobs the window runs for each library it opens.

The pages hold the library's services, so each library gets new ones: `LibraryPages.mount()` takes
the old pages off the window's stack and puts the new library's in, wired to the top bar's
badges. Kept out of `main_window.py`, which composes the window and routes its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from enablement.services.demo_removal import has_demo
from enablement.store.schema import items, units
from enablement.ui.icons import IconSet
from enablement.ui.loop import DashboardPage, InboxPage
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from enablement.ui.top_bar import TopBar
from enablement.ui.voting import VotingPanel

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.preview.service import PreviewService


def library_stats(services: Services) -> dict[str, int]:
    """Worker body: item and unit counts for the home state."""
    with services.library.reading() as conn:
        return {
            "items": conn.execute(sa.select(sa.func.count()).select_from(items)).scalar_one(),
            "units": conn.execute(sa.select(sa.func.count()).select_from(units)).scalar_one(),
        }


def library_examples(services: Services) -> list[str] | None:
    """Worker body: None (the demo's own examples) while the demo library is there, else this library's."""
    if has_demo(services.library):
        return None
    return services.search.example_queries()


def warm_up(services: Services) -> None:
    """Worker body, once per reader thread: open this thread's index searcher before the first query."""
    services.search.search("enablement", limit=1, log=False, correct=False)


class LoadingPage(QWidget):
    """A sentence and a busy bar while the library opens; the sentence alone if it failed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.spinner = QProgressBar(self)
        self.spinner.setRange(0, 0)
        self.spinner.setFixedWidth(220)
        self.spinner.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_failure(self, text: str) -> None:
        self.label.setText(text)
        self.spinner.hide()


class LibraryPages:
    """Voting, Inbox and Numbers of the library on show, on the window's page stack.

    Attributes:
        voting / inbox / dashboard: the pages of the current library (None before the first).
    """

    def __init__(
        self,
        *,
        pages: QStackedWidget,
        top: TopBar,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        show_unit: Callable[[int, str, int], None],
    ) -> None:
        self._pages = pages
        self._top = top
        self._runner = runner
        self._appearance = appearance
        self._icons = icons
        self._show_unit = show_unit
        self.voting: VotingPanel | None = None
        self.inbox: InboxPage | None = None
        self.dashboard: DashboardPage | None = None

    def mount(self, services: Services, preview: PreviewService | None) -> None:
        """Replace the pages with `services`' (the old ones are deleted)."""
        for old in (self.voting, self.inbox, self.dashboard):
            if old is not None:
                self._pages.removeWidget(old)
                old.deleteLater()
        self.voting = VotingPanel(
            voting=services.voting,
            runner=self._runner,
            user=services.user,
            appearance=self._appearance,
            preview=preview,
            team=services.is_team,
        )
        self.voting.awaiting_changed.connect(self._top.set_notifications)
        self._pages.addWidget(self.voting)
        self._top.set_voting_available(True)
        common: dict[str, Any] = {
            "services": services,
            "runner": self._runner,
            "appearance": self._appearance,
            "icons": self._icons,
            "preview": preview,
        }
        self.inbox = InboxPage(**common)
        self.dashboard = DashboardPage(**common)
        for page in (self.inbox, self.dashboard):
            page.open_unit.connect(self._show_unit)
            self._pages.addWidget(page)
        self.inbox.notifications_changed.connect(lambda n: self._top.set_notifications(n, "inbox"))
        self._top.set_loop_available(True)

    def library_changed(self) -> None:
        """Items came or went: the inbox's names of linked items and its choices follow."""
        if self.inbox is not None:
            self.inbox.library_changed()
