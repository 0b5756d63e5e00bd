"""Small layout helpers the widgets share."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QStackedWidget, QWidget


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


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping (the Qt flow-layout example, trimmed).

    Browse's tiles use it, and rows of buttons whose translations may not fit one line
    (the inbox's triage actions in Russian): the row wraps instead of widening the window.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, *, lead: bool = False) -> None:
        """`lead`: the first item is a lead-in (a question before its answer buttons): when the
        line does not hold everything, the lead-in takes a line of its own and the rest go below,
        rather than one button wrapping alone."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._lead = lead

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test=False)

    def sizeHint(self) -> QSize:
        """Everything on one line: what the layout asks for when there is room."""
        width, height = 0, 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:  # items are laid out at their size hint: the widest must fit
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        shown = [item for item in self._items if not item.isEmpty()]
        one_line = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        break_after_lead = self._lead and one_line > area.width()
        for n, item in enumerate(shown):
            hint = item.sizeHint()
            wraps = x + hint.width() > area.x() + area.width() or (break_after_lead and n == 1)
            if wraps and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if not test:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


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
