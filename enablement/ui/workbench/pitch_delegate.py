"""How a pick looks in the basket: its slide, its heading, where it is from, and what is wrong with it.

The delegate paints from item roles the basket fills (`ROLES`); the item's own text keeps all
the lines too, for screen readers and tooltips.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from enablement.ui.theme import Appearance
from enablement.ui.workbench.pitch_tasks import THUMB

HEADING = Qt.ItemDataRole.UserRole + 2  # "1. Why customers pick us"
SOURCE = Qt.ItemDataRole.UserRole + 3  # "Deck title · slide 4"
NOTE = Qt.ItemDataRole.UserRole + 4  # "The deck was updated: …" or a refusal
PROBLEM = Qt.ItemDataRole.UserRole + 1  # bool: NOTE is a refusal
PIXMAP = Qt.ItemDataRole.UserRole + 5  # QPixmap of the slide (or a placeholder)

PAD = 6
GAP = 10
_Index = QModelIndex | QPersistentModelIndex


class PickDelegate(QStyledItemDelegate):
    """Paints one pick as a small card: thumbnail at the left, three lines of text at the right."""

    def __init__(self, *, appearance: Appearance, view: QListWidget) -> None:
        super().__init__(view)
        self.appearance = appearance
        self.view = view

    def _text_width(self) -> int:
        return max(80, self.view.viewport().width() - THUMB.width() - 2 * PAD - GAP - 8)

    def _note_height(self, option: QStyleOptionViewItem, note: str) -> int:
        if not note:
            return 0
        fm = option.fontMetrics
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRect(0, 0, self._text_width(), 10_000), flags, note).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = option.fontMetrics
        text = 2 * fm.height() + 2 + self._note_height(option, str(index.data(NOTE) or ""))
        return QSize(self.view.viewport().width() - 8, max(THUMB.height(), text) + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        t = self.appearance.theme
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        problem = bool(index.data(PROBLEM))
        card = QRectF(option.rect).adjusted(2, 1, -2, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(card, 6, 6)
        fill = (
            t.warning_soft
            if problem
            else t.accent_soft
            if selected
            else t.surface_alt
            if hover
            else t.surface
        )
        painter.fillPath(path, QColor(fill))
        if selected:
            painter.setPen(QPen(QColor(t.accent), 1.5))
            painter.drawPath(path)

        thumb = QRect(int(card.left()) + PAD, int(card.top()) + PAD, THUMB.width(), THUMB.height())
        pixmap = index.data(PIXMAP)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(thumb, pixmap)
        painter.setPen(QPen(QColor(t.border), 1))
        painter.drawRect(thumb)

        left = thumb.right() + GAP
        width = int(card.right()) - PAD - left
        fm = option.fontMetrics
        y = int(card.top()) + PAD - 1
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(t.text))
        heading = painter.fontMetrics().elidedText(
            str(index.data(HEADING) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, y, width, fm.height()), int(Qt.AlignmentFlag.AlignLeft), heading)
        y += fm.height() + 1
        painter.setFont(option.font)
        painter.setPen(QColor(t.text_muted))
        source = fm.elidedText(str(index.data(SOURCE) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, fm.height()), int(Qt.AlignmentFlag.AlignLeft), source)
        y += fm.height() + 1
        note = str(index.data(NOTE) or "")
        if note:
            painter.setPen(QColor(t.danger if problem else t.warning))
            rest = QRect(left, y, width, int(card.bottom()) - y)
            painter.drawText(rest, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), note)
        painter.restore()
