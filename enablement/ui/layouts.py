"""Small layout helpers the widgets share."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QWidget


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
