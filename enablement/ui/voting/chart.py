"""Painted pieces of the voting UI: the results bars, the turnout bar and status chips.

Drawn with QPainter from plain numbers, so they need no chart library and look the
same in the light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from enablement.ui.theme import Theme
from enablement.ui.voting.texts import option_label


def option_colors(
    options: list[str], negative: list[str], theme: Theme, *, score: bool = False
) -> list[QColor]:
    """Green for positive options, amber for negative ones, red for the last negative one."""
    if score:
        palette = [theme.danger, theme.warning, theme.text_muted, theme.accent, theme.success]
        return [QColor(palette[min(i, len(palette) - 1)]) for i in range(len(options))]
    colors = []
    last_negative = negative[-1] if negative else None
    for option in options:
        if option == last_negative:
            colors.append(QColor(theme.danger))
        elif option in negative:
            colors.append(QColor(theme.warning))
        elif negative:
            colors.append(QColor(theme.success))
        else:
            colors.append(QColor(theme.accent))
    return colors


class ResultsChart(QWidget):
    """Horizontal bars, one per option, with count and share; or a "hidden until close" note.

    Rows keep the stored options (`rows()`); the bars are labelled with `option_label`.
    """

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._rows: list[tuple[str, int, QColor]] = []
        self._hidden_note = ""
        self._mine: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_results(
        self, tally: dict[str, int] | None, colors: list[QColor], *, mine: str | None, note: str
    ) -> None:
        """`tally` None shows `note` instead of bars (totals hidden)."""
        self._rows = [(o, n, c) for (o, n), c in zip((tally or {}).items(), colors, strict=False)]
        self._hidden_note = note if tally is None else ""
        self._mine = mine
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return [(o, n) for o, n, _ in self._rows]

    def labels(self) -> list[str]:
        """The bars' labels as painted (default options in the UI language)."""
        return [option_label(o) for o, _, _ in self._rows]

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        if not self._rows:
            return QSize(240, line * 3)
        return QSize(240, len(self._rows) * (line * 2 + 10) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        width = self.width()
        if not self._rows:
            box = QRectF(0.5, 0.5, width - 1, self.height() - 1)
            p.setPen(QColor(t.border))
            p.setBrush(QColor(t.surface_alt))
            p.drawRoundedRect(box, 8, 8)
            p.setPen(QColor(t.text_muted))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._hidden_note)
            p.end()
            return
        total = sum(n for _, n, _ in self._rows) or 1
        top = 2
        bold = QFont(self.font())
        bold.setBold(True)
        for option, count, color in self._rows:
            label = option_label(option) + ("  ✓" if option == self._mine else "")
            share = f"{count}  ·  {count * 100 / total:.0f}%"
            p.setFont(bold if option == self._mine else self.font())
            p.setPen(QColor(t.text))
            p.drawText(
                QRectF(0, top, width * 0.7, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            p.setFont(self.font())
            p.setPen(QColor(t.text_muted))
            p.drawText(
                QRectF(0, top, width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                share,
            )
            bar = QRectF(0, top + line + 3, width, line * 0.75)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.sunken))
            p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
            if count:
                fill = QRectF(
                    bar.left(), bar.top(), max(bar.height(), bar.width() * count / total), bar.height()
                )
                p.setBrush(color)
                p.drawRoundedRect(fill, bar.height() / 2, bar.height() / 2)
            top += line * 2 + 10
        p.end()


class TurnoutBar(QWidget):
    """A thin bar: how many of the audience have voted."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._share = 0.0
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_share(self, share: float) -> None:
        self._share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        r = QRectF(self.rect())
        p.setBrush(QColor(self._theme.sunken))
        p.drawRoundedRect(r, 3, 3)
        if self._share > 0:
            p.setBrush(QColor(self._theme.accent))
            p.drawRoundedRect(QRectF(r.left(), r.top(), max(6.0, r.width() * self._share), r.height()), 3, 3)
        p.end()


class DistributionBar(QWidget):
    """One stacked bar of the votes per option, in the options' colours."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._parts: list[tuple[int, QColor]] = []
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: list[tuple[int, QColor]]) -> None:
        self._parts = parts
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        path = QPainterPath()
        path.addRoundedRect(r, 4, 4)
        p.setClipPath(path)
        p.fillRect(r, QColor(self._theme.sunken))
        total = sum(n for n, _ in self._parts) or 1
        x = r.left()
        for n, color in self._parts:
            w = r.width() * n / total
            p.fillRect(QRectF(x, r.top(), w, r.height()), color)
            x += w
        p.end()


def chip(text: str, fg: str, bg: str, parent: QWidget | None = None) -> QLabel:
    """A small rounded label (status, decision, "your vote")."""
    label = QLabel(text, parent)
    label.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-radius: 7px; padding: 1px 8px; font-size: 8.5pt;"
        " font-weight: 600; }"
    )
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


def soft(color: str, alpha: int = 40) -> str:
    c = QColor(color)
    c.setAlpha(alpha)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


HEAT_ROLE = Qt.ItemDataRole.UserRole + 1  # comments on this slide
HOTTEST_ROLE = Qt.ItemDataRole.UserRole + 2  # comments on the most commented slide
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
THUMB_HEIGHT = 72


class HeatDelegate(QStyledItemDelegate):
    """A slide row: number tile tinted by comment heat, heading and snippet, and a heat bar."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if isinstance(index.data(Qt.ItemDataRole.DecorationRole), QImage):
            return QSize(200, THUMB_HEIGHT + 14)
        return QSize(200, QFontMetrics(option.font).height() * 2 + 16)

    def paint(
        self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        t = self._theme
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        p.setPen(QColor(t.accent) if selected else QColor(t.border))
        p.setBrush(QColor(t.accent_soft if selected else t.surface))
        p.drawRoundedRect(r, 7, 7)
        count = int(index.data(HEAT_ROLE) or 0)
        hottest = max(1, int(index.data(HOTTEST_ROLE) or 0))
        heat = QColor(t.danger)
        heat.setAlpha(35 + int(200 * count / hottest) if count else 0)
        bold = QFont(option.font)
        bold.setBold(True)
        thumb = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(thumb, QImage) and not thumb.isNull():
            h = r.height() - 12
            tile = QRectF(r.left() + 8, r.top() + 6, h * thumb.width() / max(1, thumb.height()), h)
            p.drawImage(tile, thumb)
            if count:  # the heat map: a red veil and frame, stronger with more comments
                veil = QColor(heat)
                veil.setAlpha(heat.alpha() // 3)
                p.fillRect(tile, veil)
                p.setPen(QPen(QColor(t.danger), 1 + 3 * count / hottest))
            else:
                p.setPen(QColor(t.border))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(tile)
            badge = QRectF(tile.left() + 4, tile.top() + 4, 22, 18)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 150))
            p.drawRoundedRect(badge, 5, 5)
            p.setPen(QColor("#ffffff"))
            p.setFont(bold)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(Qt.ItemDataRole.UserRole)))
        else:
            tile = QRectF(r.left() + 8, r.top() + 6, r.height() - 12, r.height() - 12)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(heat if count else QColor(t.sunken))
            p.drawRoundedRect(tile, 6, 6)
            p.setPen(QColor("#ffffff") if count and count * 2 >= hottest else QColor(t.text))
            p.setFont(bold)
            p.drawText(tile, Qt.AlignmentFlag.AlignCenter, str(index.data(Qt.ItemDataRole.UserRole)))
        fm = QFontMetrics(option.font)
        right = r.right() - 10
        if count:
            label = f"{count}"
            bar_w = 60.0
            bar = QRectF(right - bar_w, r.center().y() - 4, bar_w, 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.sunken))
            p.drawRoundedRect(bar, 4, 4)
            p.setBrush(QColor(t.danger))
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), max(8.0, bar_w * count / hottest), 8), 4, 4)
            p.setPen(QColor(t.danger))
            p.setFont(bold)
            text_w = fm.horizontalAdvance(label) + 4
            p.drawText(
                QRectF(bar.left() - text_w - 6, r.top(), text_w, r.height()),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            right = bar.left() - text_w - 12
        text_left = tile.right() + 10
        line = fm.height()
        top = r.center().y() - line
        p.setFont(bold)
        p.setPen(QColor(t.text))
        heading = fm.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            int(right - text_left),
        )
        p.drawText(QRectF(text_left, top, right - text_left, line), Qt.AlignmentFlag.AlignVCenter, heading)
        p.setFont(option.font)
        p.setPen(QColor(t.text_muted))
        snippet = fm.elidedText(
            str(index.data(SNIPPET_ROLE) or ""), Qt.TextElideMode.ElideRight, int(right - text_left)
        )
        p.drawText(
            QRectF(text_left, top + line, right - text_left, line),
            Qt.AlignmentFlag.AlignVCenter,
            snippet,
        )
        p.restore()
