"""The Numbers as a one-page report (PNG or PDF, A4 landscape) and as CSV files, for a meeting.

The report is a `ReportSheet`: a widget laid out at the size of an A4 page in CSS pixels
(1123 × 794 at 96 dpi) with a header (title, library, date range, notes) and the six cards in
their compact form. It is never shown; `render()` paints it on whatever device is given.

Threads: widgets may only be painted on the UI thread, so the painting happens there, into
memory: a QImage for the PNG (150 dpi, 1754 × 1240 pixels) and a QPdfWriter on a QBuffer for
the PDF (vector output, one page). That takes a few tens of milliseconds. Encoding the PNG and
writing either file to the disk (which may be a slow network share) is the worker's part,
through the task runner: `write_png` and `write_bytes` get plain data (a QImage is implicitly
shared and safe to read on another thread) and touch no widget.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from enablement.errors import EnablementError
from enablement.insights.export import export_csv
from enablement.insights.figures import Dashboard
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.loop.dashboard_cards import CARD_TYPES, DashboardCard, flag_notes
from enablement.ui.loop.dashboard_format import translate
from enablement.ui.theme import Theme

if TYPE_CHECKING:
    from enablement.app import Services

PAGE = QSize(1123, 794)  # A4 landscape in CSS pixels (96 dpi)
PNG_DPI = 150
PNG_SIZE = QSize(round(PAGE.width() * PNG_DPI / 96), round(PAGE.height() * PNG_DPI / 96))  # 1754 × 1240
PDF_DPI = 300


def library_name(services: Services) -> str:
    """How the report names the library: the team database (and its server), else the folder."""
    if services.library.is_sqlite:
        return services.settings.library_dir.name or str(services.settings.library_dir)
    url = sa.engine.make_url(services.library.db_url)
    return f"{url.database} @ {url.host}" if url.host else str(url.database)


class ReportSheet(QWidget):
    """One A4 landscape page: header, notes and the six compact cards in a 3 × 2 grid.

    Attributes:
        cards: the compact cards, in the page's order.
        page_size: the size it is laid out at (PAGE, or larger in the same proportions when
            the content needs it; it is drawn scaled down to A4 either way).
    """

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.setAutoFillBackground(True)
        self._theme = theme
        font = QFont(self.font())
        font.setPointSizeF(8.0)
        self.setFont(font)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(26, 20, 26, 18)
        outer.setSpacing(6)
        self.title = QLabel(self)
        self.title.setStyleSheet("QLabel { font-size: 15pt; font-weight: 600; }")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("muted")
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        for label in (self.title, self.subtitle, self.notes):
            label.setFont(font)
            outer.addWidget(label)
        grid_host = QFrame(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(10)
        self.cards: list[DashboardCard] = []
        for index, card_type in enumerate(CARD_TYPES):
            card = card_type(theme=theme, compact=True, parent=grid_host)
            # Ignored width: three equal columns whatever the cards' texts would like.
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
            card.use_font(font)  # a page of six cards needs a smaller type than the screen
            grid.addWidget(card, index // 3, index % 3, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)  # the rows keep their height; the space left goes below them
        outer.addWidget(grid_host, 1)
        self.page_size = QSize(PAGE)  # the size it is laid out at; drawn scaled to A4
        self.resize(PAGE)

    def fill(self, board: Dashboard, library_name: str) -> None:
        """Lay the page out for `board` (call before rendering)."""
        t = self._theme
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(t.window))
        self.setPalette(palette)
        self.title.setText(translate("Dashboard", "Enablement numbers: %1").replace("%1", library_name))
        last = board.generated_at.date()
        first = last - timedelta(weeks=board.weeks)
        self.subtitle.setText(
            translate("Dashboard", "%1 (%2 weeks) · counts under %3 people are hidden")
            .replace("%1", fmt.date_range(first, last))
            .replace("%2", str(board.weeks))
            .replace("%3", str(board.min_group))
        )
        notes = flag_notes(board)
        self.notes.setText(" ".join(notes))
        self.notes.setStyleSheet(f"QLabel {{ color: {t.warning}; }}")
        self.notes.setVisible(bool(notes))
        for card in self.cards:
            card.set_theme(t)
            card.show_dashboard(board)
        self.resize(PAGE)
        settle(self)
        self._fit_to_one_page()

    def _fit_to_one_page(self) -> None:
        """Make the page's content fit one A4 page, however much there is to show.

        Six cards at 8 pt fit A4 for a short period in English; 26 weeks, longer Russian labels
        or a library with many competitors, gaps and teams need more height than the page has,
        and a layout squeezed below its minimum overlaps and clips its text (a review found the
        demand card cut off at the bottom of the PDF). The sheet is then laid out on a larger
        page of the same proportions and drawn scaled down to A4: smaller, but whole.
        """
        layout = self.layout()
        assert layout is not None
        size = QSize(PAGE)
        for _ in range(4):  # a wider page wraps less: the height needed shrinks as it grows
            needed = max(layout.totalHeightForWidth(size.width()), layout.totalMinimumSize().height())
            if needed <= size.height():
                break
            grow = needed / size.height()
            size = QSize(round(size.width() * grow) + 1, round(size.height() * grow) + 1)
        self.page_size = size
        self.resize(size)
        settle(self)

    def to_image(self) -> QImage:
        """The page at 150 dpi (PNG_SIZE pixels), painted on the UI thread."""
        image = QImage(PNG_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self._theme.window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(PNG_SIZE.width() / self.page_size.width(), PNG_SIZE.height() / self.page_size.height())
        self.render(painter, QPoint(0, 0))
        painter.end()
        return image

    def to_pdf(self) -> bytes:
        """A one-page A4 landscape PDF of the page, painted into memory (nothing touches the disk)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)
            )
        )
        writer.setTitle(self.title.text())
        writer.setCreator("Enablement Hub")
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(PDF_DPI)
        painter.fillRect(page, QColor(self._theme.window))
        painter.scale(page.width() / self.page_size.width(), page.height() / self.page_size.height())
        self.render(painter, QPoint(0, 0))
        painter.end()
        buffer.close()
        return bytes(data.data())


def settle(widget: QWidget) -> None:
    """Lay `widget` out now, innermost layouts first: a widget never shown gets no layout pass of
    its own, and a card whose bars changed height must be measured before the page around it."""
    widget.ensurePolished()
    for child in reversed(widget.findChildren(QWidget)):
        layout = child.layout()
        if layout is not None:
            layout.activate()
    layout = widget.layout()
    if layout is not None:
        layout.activate()


# ------------------------------------------------------------ the worker's part (no widgets)


def write_png(image: QImage, path: Path) -> Path:
    """Encode and save the report image (on a worker thread)."""
    _check_folder(path.parent)
    writer = QImageWriter(str(path))
    writer.setFormat(QByteArray(b"png"))
    if not writer.write(image):
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "Could not write {path}: {reason}"),
            path=str(path),
            reason=writer.errorString(),
        )
    return path


def write_bytes(data: bytes, path: Path) -> Path:
    """Save the report PDF (on a worker thread)."""
    _check_folder(path.parent)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "Could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return path


def write_csv(board: Dashboard, folder: Path) -> list[Path]:
    """One CSV per figure into `folder` (on a worker thread)."""
    try:
        return export_csv(board, folder)
    except OSError as exc:
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "Could not write {path}: {reason}"),
            path=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist."), path=str(folder)
        )
