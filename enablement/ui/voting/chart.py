"""Painted pieces of the voting UI: the results bars, the turnout bar and status chips.

Drawn with QPainter from plain numbers, so they need no chart library and look the
same in the light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from enablement.ui.theme import Theme


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
    """Horizontal bars, one per option, with count and share; or a "hidden until close" note."""

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
            label = option + ("  ✓" if option == self._mine else "")
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


def chip(text: str, fg: str, bg: str, parent: QWidget | None = None) -> QLabel:
    """A small rounded label (status, decision, "your vote")."""
    label = QLabel(text, parent)
    label.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-radius: 9px; padding: 1px 8px; font-size: 8.5pt;"
        " font-weight: 600; }"
    )
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


def soft(color: str, alpha: int = 40) -> str:
    c = QColor(color)
    c.setAlpha(alpha)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"
