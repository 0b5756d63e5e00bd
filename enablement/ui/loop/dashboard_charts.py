"""Painted charts of the Numbers page: a weekly trend, labelled bars and the coverage table.

Why QPainter and not QtCharts: the app installs the PySide6-Essentials wheel, which does not
ship the QtCharts module (it is in PySide6-Addons, a second ~150 MB wheel for one page). These
charts are a few dozen lines each, follow the app's `Theme` in light and dark, write numbers
and dates through `dashboard_format` in the user's locale, and render the same on screen, into
a PNG and into a PDF (a widget's `render()` paints them on any QPaintDevice). Their look is the
voting results chart's (`enablement.ui.voting.chart`): rounded bars on a sunken track, muted
labels, and a note in a rounded box where there is nothing honest to draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from math import ceil, log10

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.theme import Theme

PERCENT, COUNT, HOURS = "percent", "count", "hours"


def _value_text(value: float, kind: str) -> str:
    if kind == PERCENT:
        return fmt.percent(value)
    if kind == HOURS:
        return fmt.hours(value)
    return fmt.number(value)


def _nice_top(value: float, kind: str) -> float:
    """A round upper end for the y axis (1 for shares that reach 100%)."""
    if value <= 0:
        return 1.0
    if kind == PERCENT:
        return min(1.0, ceil(value * 10) / 10)
    magnitude = 10 ** int(log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(value)


def _even_top(value: float) -> float:
    """A round top whose half is round too (3 d over 1.5 d, not 2.5 d over 1.25 d)."""
    magnitude = 10 ** int(log10(value)) if value >= 1 else 1
    for step in (1, 2, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(value)


def axis(largest: float, kind: str) -> tuple[float, list[str]]:
    """The y axis's top and its three labels (0, half, top), all in one unit.

    Durations pick hours or days by the largest value: an axis reading "0 h … 2.1 d" made the
    reader convert units between ticks (a review's complaint); days from two days on, as
    `fmt.hours` writes a single figure.
    """
    if kind == HOURS:
        if largest >= 48:
            top_days = _even_top(largest / 24)
            return top_days * 24, [fmt.in_days(v) for v in (0.0, top_days / 2, top_days)]
        top_hours = _even_top(largest)
        return top_hours, [fmt.in_hours(v) for v in (0.0, top_hours / 2, top_hours)]
    top = _nice_top(largest, kind)
    return top, [_value_text(v, kind) for v in (0.0, top / 2, top)]


def draw_note(p: QPainter, box: QRectF, text: str, theme: Theme) -> None:
    """The rounded box with a muted sentence that stands where a chart would mislead."""
    p.setPen(QColor(theme.border))
    p.setBrush(QColor(theme.surface_alt))
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    p.setPen(QColor(theme.text_muted))
    p.drawText(box.adjusted(10, 4, -10, -4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class TrendChart(QWidget):
    """One column per week (oldest on the left), with a y axis, its unit and week dates below.

    A week without a value (withheld, or nothing to measure) gets a hatched stub, never a zero
    column; with no value at all the chart is replaced by `note`.
    """

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._points: list[tuple[date, float | None]] = []
        self._kind = COUNT
        self._unit = ""
        self._note = ""
        self._color = "accent"
        self._lines = 7
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_series(
        self,
        points: list[tuple[date, float | None]],
        *,
        kind: str,
        unit: str,
        note: str,
        color: str = "accent",
    ) -> None:
        """`unit` names the y axis ("% past review-by"); `note` stands in when no week has a value."""
        self._points, self._kind, self._unit, self._note, self._color = points, kind, unit, note, color
        self.update()

    def values(self) -> list[float | None]:
        return [v for _, v in self._points]

    def showing_note(self) -> bool:
        return all(v is None for _, v in self._points)

    def set_lines(self, lines: int) -> None:
        """How tall the chart is, in lines of its font (it follows a font change)."""
        self._lines = lines
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(260, QFontMetrics(self.font()).height() * self._lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(self.sizeHint().height())
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.82))
        p.setFont(small)
        fm = QFontMetrics(small)
        line = fm.height()
        whole = QRectF(0, 0, self.width(), self.height())
        if self.showing_note():
            draw_note(p, whole, self._note, t)
            p.end()
            return
        present = [v for _, v in self._points if v is not None]
        top_value, labels = axis(max(present), self._kind)
        ticks = [0.0, top_value / 2, top_value]
        left = max(fm.horizontalAdvance(text) for text in labels) + 8
        plot = QRectF(left, line + 4, self.width() - left - 2, self.height() - 2 * line - 10)
        p.setPen(QColor(t.text_muted))
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self._unit)
        for tick, text in zip(ticks, labels, strict=True):
            y = plot.bottom() - plot.height() * tick / top_value
            p.setPen(QPen(QColor(t.border), 1, Qt.PenStyle.SolidLine if tick == 0 else Qt.PenStyle.DotLine))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QColor(t.text_muted))
            p.drawText(
                QRectF(0, y - line / 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        count = len(self._points)
        slot = plot.width() / count
        bar_w = max(3.0, min(28.0, slot * 0.62))
        label_every = max(1, ceil(count / max(1, int(plot.width() // (fm.horizontalAdvance("88 MMM.") + 6)))))
        color = QColor(getattr(t, self._color))
        stub = QColor(t.text_muted)
        stub.setAlpha(90)
        for index, (start, value) in enumerate(self._points):
            x = plot.left() + slot * index + (slot - bar_w) / 2
            if value is None:
                box = QRectF(x, plot.bottom() - 6, bar_w, 6)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(stub, Qt.BrushStyle.BDiagPattern))
                p.drawRect(box)
            else:
                h = max(1.5, plot.height() * value / top_value) if value else 1.5
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRoundedRect(QRectF(x, plot.bottom() - h, bar_w, h), 2.5, 2.5)
            if (count - 1 - index) % label_every == 0:
                label = fmt.week_label(start)
                label_w = fm.horizontalAdvance(label) + 2
                centre = plot.left() + slot * (index + 0.5)
                x0 = min(max(0.0, centre - label_w / 2), self.width() - label_w)
                p.setPen(QColor(t.text_muted))
                p.drawText(QRectF(x0, plot.bottom() + 3, label_w, line), Qt.AlignmentFlag.AlignHCenter, label)
        p.end()


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a `BarList`: `value` None shows the "hidden" words instead of a bar ("withheld" ones
    when `withheld`: 3 or more people are behind it, never "fewer than 3")."""

    label: str
    value: float | None
    text: str = ""  # what is written at the right end; defaults to the value in the locale
    color: str = "accent"  # a Theme colour name
    withheld: bool = False

    def missing_text(self, room: float | None = None, metrics: QFontMetrics | None = None) -> str:
        """What stands in for the bar when `value` is None (the withheld words shortened when they
        do not fit `room` pixels in `metrics`)."""
        if not self.withheld:
            return fmt.hidden()
        words = fmt.withheld()
        if room is not None and metrics is not None and metrics.horizontalAdvance(words) > room:
            return fmt.withheld_narrow()
        return words


class BarList(QWidget):
    """Labelled horizontal bars, longest first as given, scaled to `maximum` (or the largest value)."""

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._bars: list[Bar] = []
        self._note = ""
        self._maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_bars(self, bars: list[Bar], *, note: str, maximum: float | None = None) -> None:
        """`note` stands in for an empty list (why there are no rows)."""
        self._bars, self._note, self._maximum = bars, note, maximum
        withheld = any(b.value is None and b.withheld for b in bars)
        hidden = any(b.value is None and not b.withheld for b in bars)
        why = [fmt.withheld_why()] if withheld else []
        # The short words on the bars, explained.
        self.setToolTip("\n".join(why + ([fmt.hidden_sentence()] if hidden else [])))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def note(self) -> str:
        return self._note if not self._bars else ""

    def _row(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        if not self._bars:
            return QSize(240, QFontMetrics(self.font()).height() * 3)
        return QSize(240, len(self._bars) * self._row())

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self._bars:
            draw_note(p, QRectF(0, 0, self.width(), self.height()), self._note, t)
            p.end()
            return
        width = self.width()
        texts = [b.text or fmt.number(b.value) for b in self._bars if b.value is not None]
        value_w = max([fm.horizontalAdvance(x) for x in texts] + [fm.horizontalAdvance("888")]) + 8
        label_w = min(width * 0.42, max(fm.horizontalAdvance(b.label) for b in self._bars) + 10)
        track_w = max(20.0, width - label_w - value_w)
        maximum = self._maximum or max([b.value or 0 for b in self._bars] + [0]) or 1
        row = self._row()
        for index, bar in enumerate(self._bars):
            top = index * row
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.setPen(QColor(t.text))
            p.drawText(
                QRectF(0, top, label_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            track = QRectF(label_w, top + row / 2 - 5, track_w, 10)
            if bar.value is None:
                italic = QFont(self.font())
                italic.setItalic(True)
                p.setFont(italic)
                p.setPen(QColor(t.text_muted))
                p.drawText(
                    QRectF(label_w, top, width - label_w, row),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    QFontMetrics(italic).elidedText(
                        bar.missing_text(width - label_w, QFontMetrics(italic)),
                        Qt.TextElideMode.ElideRight,
                        int(width - label_w),
                    ),
                )
                p.setFont(self.font())
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.sunken))
            p.drawRoundedRect(track, 5, 5)
            if bar.value > 0:
                fill = QRectF(
                    track.left(), track.top(), max(10.0, track_w * min(1.0, bar.value / maximum)), 10
                )
                p.setBrush(QColor(getattr(t, bar.color)))
                p.drawRoundedRect(fill, 5, 5)
            p.setPen(QColor(t.text_muted))
            p.drawText(
                QRectF(width - value_w, top, value_w, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.text or fmt.number(bar.value),
            )
        p.end()


@dataclass(frozen=True, slots=True)
class CoverageRow:
    competitor: str
    battlecard: bool
    age_days: int | None
    searches: int | None
    usage: int | None
    usage_withheld: bool = False  # `usage` None over 3 or more people (see CompetitorCoverage)


STALE_DAYS, OLD_DAYS = 90, 180  # a battle card older than this is amber, then red


class CoverageTable(QWidget):
    """Per competitor: battle card yes/no, its age, searches and uses; warning colours where it hurts.

    The mark before the name says whether a published battle card covers the competitor (a red
    ✗ when none does); a card older than 90 days is amber (180: red). A count of fewer than three
    people reads "hidden"; a total of three or more withheld (it would give a smaller one away)
    reads "withheld". The lines under the table explain the mark and, when used, those words.
    """

    MARK = 18  # the gutter for ✓ / ✗ before the competitor's name

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._rows: list[CoverageRow] = []
        self._note = ""
        self._headers = ("", "", "", "")
        self._legend = ""
        self._footnote = ""
        self._withheld_note = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_rows(
        self,
        rows: list[CoverageRow],
        *,
        headers: tuple[str, str, str, str],
        note: str,
        legend: str,
        footnote: str,
        withheld_note: str = "",
    ) -> None:
        """`legend` explains the ✓/✗ mark; `footnote` explains "hidden" and `withheld_note`
        "withheld" (each shown only when used)."""
        self._rows, self._headers, self._note = rows, headers, note
        self._legend, self._footnote, self._withheld_note = legend, footnote, withheld_note
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def rows(self) -> list[CoverageRow]:
        return list(self._rows)

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _notes(self) -> list[str]:
        hidden = any(r.searches is None or (r.usage is None and not r.usage_withheld) for r in self._rows)
        withheld = any(r.usage is None and r.usage_withheld for r in self._rows)
        return [
            self._legend,
            *([self._footnote] if hidden else []),
            *([self._withheld_note] if withheld and self._withheld_note else []),
        ]

    def sizeHint(self) -> QSize:
        if not self._rows:
            return QSize(300, QFontMetrics(self.font()).height() * 3)
        notes = len(self._notes()) * QFontMetrics(self.font()).height() + 6
        return QSize(300, (len(self._rows) + 1) * self._line() + notes)

    @staticmethod
    def cell_texts(row: CoverageRow) -> tuple[str, str, str, str]:
        """Competitor, age of the newest card, searches, uses: as painted."""
        searches = fmt.hidden_short() if row.searches is None else fmt.number(row.searches)
        missing = fmt.withheld_short() if row.usage_withheld else fmt.hidden_short()
        usage = missing if row.usage is None else fmt.number(row.usage)
        return row.competitor, fmt.days_old(row.age_days), searches, usage

    def _column_widths(self, fm: QFontMetrics, bold: QFontMetrics, width: int) -> list[float]:
        """The three figure columns as wide as their widest text; the competitor gets the rest."""
        cells = [self.cell_texts(r) for r in self._rows]
        columns = []
        for i in range(1, 4):
            texts = [fm.horizontalAdvance(row[i]) for row in cells] + [
                bold.horizontalAdvance(self._headers[i])
            ]
            columns.append(float(max(texts) + 14))
        return [max(60.0, width - sum(columns)), *columns]

    def _age_color(self, days: int | None) -> str:
        t = self._theme
        if days is None:
            return t.text_muted
        return t.danger if days > OLD_DAYS else t.warning if days > STALE_DAYS else t.text

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self._rows:
            draw_note(p, QRectF(0, 0, self.width(), self.height()), self._note, t)
            p.end()
            return
        line = self._line()
        width = self.width()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        widths = self._column_widths(fm, bold_fm, width)
        lefts = [sum(widths[:i]) for i in range(4)]
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        aligns = (left, right, right, right)
        p.setFont(bold)
        p.setPen(QColor(t.text_muted))
        for i, header in enumerate(self._headers):
            x = lefts[i] + (self.MARK if i == 0 else 0)
            w = widths[i] - (self.MARK if i == 0 else 0)
            text = bold_fm.elidedText(header, Qt.TextElideMode.ElideRight, int(w - 6))
            p.drawText(QRectF(x, 0, w - 4, line), aligns[i], text)
        p.setPen(QPen(QColor(t.border), 1))
        p.drawLine(0, line - 1, width, line - 1)
        for index, row in enumerate(self._rows):
            top = (index + 1) * line
            if index % 2:
                p.fillRect(QRectF(0, top, width, line), QColor(t.surface_alt))
            p.setFont(bold)
            p.setPen(QColor(t.success if row.battlecard else t.danger))
            p.drawText(QRectF(0, top, self.MARK, line), left, "✓" if row.battlecard else "✗")
            p.setFont(self.font())
            texts = self.cell_texts(row)
            colors = (
                t.text,
                self._age_color(row.age_days),
                t.text_muted if row.searches is None else t.text,
                t.text_muted if row.usage is None else t.text,
            )
            for i, (text, color) in enumerate(zip(texts, colors, strict=True)):
                x = lefts[i] + (self.MARK if i == 0 else 0)
                w = widths[i] - (self.MARK if i == 0 else 0)
                p.setPen(QColor(color))
                shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(w - 6))
                p.drawText(QRectF(x, top, w - 4, line), aligns[i], shown)
        p.setPen(QColor(t.text_muted))
        top = (len(self._rows) + 1) * line + 6
        for note in self._notes():
            p.drawText(
                QRectF(0, top, width, fm.height()),
                left,
                fm.elidedText(note, Qt.TextElideMode.ElideRight, width),
            )
            top += fm.height()
        p.end()
