"""Small layout helpers the widgets share."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


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
