"""Paints a search hit as a card: kind icon, title, location, marked snippet, chips, date, review badge.

Painting (not a widget per row) keeps a long result list smooth while typing.
Text with marked matches is laid out with QTextLayout and per-range formats, so
marks are exact and nothing is parsed as HTML at paint time.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from enablement.ui import labels
from enablement.ui.icons import IconSet
from enablement.ui.models.results_model import ResultRow, RowRole
from enablement.ui.theme import Appearance

_TAG = re.compile(r"<(/?)(b|mark|strong|em)>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")

_Index = QModelIndex | QPersistentModelIndex


def parse_marked(snippet_html: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and marked (start, length) ranges from "escaped <b>match</b> text"."""
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    open_at: int | None = None
    for match in _TAG.finditer(snippet_html):
        chunk = html.unescape(_ANY_TAG.sub("", snippet_html[pos : match.start()]))
        text_parts.append(chunk)
        length += len(chunk)
        if match.group(1):  # closing tag
            if open_at is not None and length > open_at:
                spans.append((open_at, length - open_at))
            open_at = None
        else:
            open_at = length
        pos = match.end()
    text_parts.append(html.unescape(_ANY_TAG.sub("", snippet_html[pos:])))
    return "".join(text_parts), spans


def marked_from_stars(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The same from the plain "**match**" form."""
    parts = snippet.split("**")
    text, spans, length = [], [], 0
    for n, part in enumerate(parts):
        if n % 2 == 1 and part:
            spans.append((length, len(part)))
        text.append(part)
        length += len(part)
    return "".join(text), spans


def draw_marked_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    spans: list[tuple[int, int]],
    font: QFont,
    color: QColor,
    mark_bg: QColor,
    mark_fg: QColor,
    max_lines: int,
) -> float:
    """Draw wrapped text with marked ranges into `rect`, at most `max_lines`; returns the height used."""
    text = text.replace("\n", " ")

    def layout_for(value: str) -> QTextLayout:
        layout = QTextLayout(value, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        formats = []
        for start, length in spans:
            if start >= len(value):
                continue
            fr = QTextLayout.FormatRange()
            fr.start, fr.length = start, min(length, len(value) - start)
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(mark_bg))
            fmt.setForeground(QBrush(mark_fg))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            fr.format = fmt
            formats.append(fr)
        layout.setFormats(formats)
        return layout

    def run(value: str) -> tuple[QTextLayout, int, bool]:
        layout = layout_for(value)
        layout.beginLayout()
        y = 0.0
        lines = 0
        overflow = False
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            if lines == max_lines:
                overflow = True
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines += 1
        layout.endLayout()
        return layout, lines, overflow

    layout, lines, overflow = run(text)
    if overflow and lines:
        last = layout.lineAt(lines - 1)
        last_start = last.textStart()  # plain ints: the QTextLine dies with its layout below
        cut = max(0, last_start + last.textLength() - 2)
        del last
        while cut > 0:
            layout, lines, overflow = run(text[:cut].rstrip() + "…")
            if not overflow:
                break
            cut -= max(1, (cut - last_start) // 6)
    painter.setPen(color)
    layout.draw(painter, rect.topLeft())
    return layout.boundingRect().height()


class ResultDelegate(QStyledItemDelegate):
    """Card painter for `ResultsModel` rows.

    Signals:
        group_toggled(int): the "N more in this item" link of row N was clicked.
    """

    group_toggled = Signal(int)

    PAD = 12
    ICON = 34

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.icons = icons
        self._more_rects: dict[int, QRect] = {}

    # ------------------------------------------------------------------ fonts

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() + 1.0)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() - 1.0)
        chip = QFont(base)
        chip.setPointSizeF(base.pointSizeF() - 1.5)
        chip.setWeight(QFont.Weight.Medium)
        return base, title, small, chip

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        row: ResultRow | None = index.data(RowRole)
        base, title, small, chip = self._fonts(option)
        fb, ft, fs, fc = (QFontMetrics(f) for f in (base, title, small, chip))
        if row is not None and row.child:
            return QSize(300, 8 + 8 + fs.height() + 4 + 2 * fb.lineSpacing() + 8 + 4)
        height = 6 + self.PAD + ft.height() + 3 + fs.height() + 6 + 2 * fb.lineSpacing() + 8 + fc.height() + 6
        return QSize(300, height + self.PAD + 6)

    # ------------------------------------------------------------------ paint

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row: ResultRow | None = index.data(RowRole)
        if row is None:
            return
        t = self.appearance.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        indent = 34 if row.child else 0
        card = QRectF(option.rect).adjusted(10 + indent, 3, -10, -3)
        path = QPainterPath()
        path.addRoundedRect(card, 9, 9)
        bg = QColor(t.accent_soft if selected else (t.surface if not row.child else t.surface_alt))
        painter.fillPath(path, bg)
        border = QColor(t.accent if selected else (t.text_muted if hover else t.border))
        if hover and not selected:
            border.setAlpha(120)
        focused = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)  # the list has the keys
        painter.setPen(QPen(border, 2.4 if focused else 1.4 if selected else 1.0))
        painter.drawPath(path)
        if selected:
            bar = QPainterPath()
            bar.addRoundedRect(QRectF(card.left(), card.top() + 8, 3.5, card.height() - 16), 1.75, 1.75)
            painter.fillPath(bar, QColor(t.accent))

        base, title_font, small, chip_font = self._fonts(option)
        hit = row.hit
        x = card.left() + self.PAD
        y = card.top() + self.PAD - 2
        right = card.right() - self.PAD
        if row.child:
            y = card.top() + 8
            line = QFontMetrics(small).height()  # the location is centred in its rect: one line high
            self._paint_location(painter, row, QRectF(x, y, right - x, line), small, t, child=True)
            y += line + 4
            self._paint_snippet(painter, hit, QRectF(x, y, right - x, 200), base, t)
            painter.restore()
            return

        # kind badge
        icon_rect = QRectF(x, y + 2, self.ICON, self.ICON)
        kind_color = QColor(t.kind_color(hit.kind))
        soft = QColor(kind_color)
        soft.setAlpha(38 if not t.dark else 60)
        badge = QPainterPath()
        badge.addRoundedRect(icon_rect, 8, 8)
        painter.fillPath(badge, soft)
        self.icons.kind_icon(hit.kind).paint(painter, icon_rect.adjusted(7, 7, -7, -7).toRect())
        x = icon_rect.right() + 12

        # date (right) and title
        fm_small = QFontMetrics(small)
        date_text = labels.short_date(getattr(hit, "updated", None))
        date_w = fm_small.horizontalAdvance(date_text) + 2 if date_text else 0
        painter.setFont(small)
        painter.setPen(QColor(t.text_muted))
        ft = QFontMetrics(title_font)
        if date_text:
            painter.drawText(
                QRectF(right - date_w, y, date_w, ft.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                date_text,
            )
        painter.setFont(title_font)
        painter.setPen(QColor(t.text))
        title = ft.elidedText(
            hit.title or hit.source, Qt.TextElideMode.ElideRight, int(right - x - date_w - 12)
        )
        painter.drawText(
            QRectF(x, y, right - x - date_w, ft.height()), int(Qt.AlignmentFlag.AlignVCenter), title
        )
        y += ft.height() + 3

        # location line and review badge
        badge_w = 0.0
        if labels.review_overdue(getattr(hit, "review_by", None)):
            badge_w = self._paint_review_badge(painter, QPointF(right, y), chip_font, t)
        self._paint_location(painter, row, QRectF(x, y, right - x - badge_w - 8, fm_small.height()), small, t)
        y += fm_small.height() + 6

        # snippet
        used = self._paint_snippet(painter, hit, QRectF(x, y, right - x, 200), base, t)
        y += max(used, QFontMetrics(base).lineSpacing()) + 8
        y = max(y, card.bottom() - self.PAD - QFontMetrics(chip_font).height() - 6)

        # chips and the "more" link
        more_w = 0.0
        self._more_rects.pop(index.row(), None)
        if row.group_size > 1:
            more_w = self._paint_more(painter, row, QPointF(right, y), chip_font, t, index.row())
        cx = x
        chips = [(c, t.chip_competitor, t.chip_competitor_text) for c in getattr(hit, "competitors", [])]
        chips += [(p, t.chip_product, t.chip_product_text) for p in getattr(hit, "products", [])]
        for text, bg_color, fg_color in chips:
            w = self._chip(
                painter, QPointF(cx, y), text, chip_font, bg_color, fg_color, right - more_w - 8 - cx
            )
            if w <= 0:
                break
            cx += w + 6
        painter.restore()

    def _paint_location(
        self, painter: QPainter, row: ResultRow, rect: QRectF, font: QFont, t: Any, child: bool = False
    ) -> None:
        hit = row.hit
        text = row.location
        extra = hit.heading if hit.heading and hit.unit in ("slide", "row", "page") else ""
        if hit.unit == "section" and getattr(hit, "section_type", "") not in ("", "general"):
            extra = labels.section_name(hit.section_type)
        if extra and extra.casefold() in text.casefold():  # «Раздел: Слабые места · Слабые места»
            extra = ""
        if getattr(hit, "partial", False):  # below every full match: say why it ranks lower
            extra = self.tr("not all words") + (f"  ·  {extra}" if extra else "")
        painter.setFont(font)
        fm = QFontMetrics(font)
        loc_font = QFont(font)
        loc_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(loc_font)
        painter.setPen(QColor(t.accent if not child else t.text))
        loc_w = QFontMetrics(loc_font).horizontalAdvance(text)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        if extra and loc_w + 30 < rect.width():
            painter.setFont(font)
            painter.setPen(QColor(t.text_muted))
            rest = fm.elidedText("  ·  " + extra, Qt.TextElideMode.ElideRight, int(rect.width() - loc_w))
            painter.drawText(
                rect.adjusted(loc_w, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                rest,
            )

    def _paint_snippet(self, painter: QPainter, hit: Any, rect: QRectF, font: QFont, t: Any) -> float:
        if getattr(hit, "snippet_html", ""):
            text, spans = parse_marked(hit.snippet_html)
        else:
            text, spans = marked_from_stars(hit.snippet or "")
        if not text.strip():
            text, spans = (hit.heading or hit.title or ""), []
        return draw_marked_text(
            painter, rect, text, spans, font, QColor(t.text), QColor(t.mark_bg), QColor(t.mark_text), 2
        )

    def _chip(
        self, painter: QPainter, at: QPointF, text: str, font: QFont, bg: str, fg: str, room: float
    ) -> float:
        fm = QFontMetrics(font)
        w: float = fm.horizontalAdvance(text) + 16
        if w > room:
            if room < 40:
                return 0
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(room - 16))
            w = room
        rect = QRectF(at.x(), at.y(), w, fm.height() + 4)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, QColor(bg))
        painter.setFont(font)
        painter.setPen(QColor(fg))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        return w

    def _paint_review_badge(self, painter: QPainter, top_right: QPointF, font: QFont, t: Any) -> float:
        text = self.tr("Needs review")
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 30
        rect = QRectF(top_right.x() - w, top_right.y() - 1, w, fm.height() + 4)
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, QColor(t.warning_soft))
        icon = self.icons.icon("review", t.warning)
        icon.paint(painter, QRect(int(rect.left() + 7), int(rect.center().y() - 6), 12, 12))
        painter.setFont(font)
        painter.setPen(QColor(t.warning))
        painter.drawText(rect.adjusted(22, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
        return w

    def _paint_more(
        self, painter: QPainter, row: ResultRow, top_right: QPointF, font: QFont, t: Any, n: int
    ) -> float:
        others = row.group_size - 1
        if row.expanded:
            text = self.tr("Hide %n more hit(s)", "", others)
        else:
            text = self.tr("%n more hit(s) in this item", "", others)
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 22
        rect = QRectF(top_right.x() - w, top_right.y(), w, fm.height() + 4)
        painter.setFont(font)
        painter.setPen(QColor(t.accent))
        painter.drawText(
            rect.adjusted(0, 0, -18, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        icon = self.icons.icon("collapse" if row.expanded else "expand", t.accent)
        icon.paint(painter, QRect(int(rect.right() - 15), int(rect.center().y() - 7), 14, 14))
        self._more_rects[n] = rect.toAlignedRect()
        return w

    # ------------------------------------------------------------------ clicks

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            rect = self._more_rects.get(index.row())
            if rect is not None and rect.adjusted(-4, -4, 4, 4).contains(event.position().toPoint()):
                self.group_toggled.emit(index.row())
                return True
        return super().editorEvent(event, model, option, index)
