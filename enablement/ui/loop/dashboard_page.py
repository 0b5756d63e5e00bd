"""Placeholder for the dashboard page (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from enablement.ui.icons import IconSet
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance

if TYPE_CHECKING:
    from enablement.app import Services


class DashboardPage(QWidget):
    """Signals:
    notifications_changed(int): how many entries want the user's attention (a badge on the page button).
    open_unit(int, str, int): show item, unit kind, unit number in the search page's preview.
    """

    notifications_changed = Signal(int)
    open_unit = Signal(int, str, int)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        preview: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.preview = preview
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("dashboard", self))

    def reload(self) -> None:
        """Fetch again (the page was shown, or the server said something changed)."""
