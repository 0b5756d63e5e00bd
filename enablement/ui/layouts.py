"""Small layout helpers the widgets share."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget


def clear_layout(layout: QLayout) -> None:
    """Empty `layout` before it is filled again, deleting its widgets and those of nested layouts."""
    while layout.count():
        item = layout.takeAt(0)
        assert item is not None  # count() > 0
        widget, child = item.widget(), item.layout()
        if widget is not None:
            widget.deleteLater()
        elif child is not None:
            clear_layout(child)


def fit_to_screen(widget: QWidget, width: int, height: int, margin: int = 48) -> None:
    """Give a window its preferred size, but no larger than the screen it opens on.

    A dialog sized for a desktop monitor (the card editor's 1180×780) would otherwise open taller
    than a 1366×768 laptop's screen, with its Save button below the edge.
    """
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, room.width() - margin), min(height, room.height() - margin))


class CurrentPageStack(QStackedWidget):
    """A stack of pages as wide and tall as the page on show needs, not as the widest page needs.

    A plain QStackedWidget asks for the largest minimum of all its pages, so the Russian voting
    board (about 1,360 px) kept the search page that wide too, and with the pitch basket beside
    it the window grew 300 px past a 1366×768 laptop's screen. Here the minimum follows the page
    on show; turning to a wider page widens the window then.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self.layout()
        if layout is not None:  # the pages' minimums no longer become the stack's own
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
