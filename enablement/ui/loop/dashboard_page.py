"""DashboardPage: the Numbers page, the same figures for sales and marketing, and their export.

The page asks `services.insights.dashboard(weeks=N)` through the task runner (a read) and
draws the `Dashboard` it gets as six cards (dashboard_cards). It computes nothing itself:
every rule, the minimum group of three people included, is the service's; the page only says
in words what the service withheld. The toolbar writes the figures as CSV files and the page
as a one-page PNG or PDF report (dashboard_export): painted here, written by a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from enablement.errors import EnablementError
from enablement.insights.figures import DEFAULT_WEEKS, WEEK_CHOICES, Dashboard
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.ui.icons import IconSet
from enablement.ui.labels import date_time
from enablement.ui.loop import dashboard_format as fmt
from enablement.ui.loop.dashboard_cards import CARD_TYPES, DashboardCard, flag_notes
from enablement.ui.loop.dashboard_export import ReportSheet, library_name, write_bytes, write_csv, write_png
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance, banner_style

if TYPE_CHECKING:
    from enablement.app import Services


class DashboardPage(QWidget):
    """The Numbers page.

    Signals:
        notifications_changed(int): how many entries want the user's attention (a badge on the
            page button; the numbers never do, so this stays silent).
        open_unit(int, str, int): show item, unit kind, unit number in the search page's preview.
        loaded(): fresh figures are on the cards.
        exported(str): a report file or CSV folder was written (its path).
        export_failed(str): writing failed; the message is also shown on the page.

    Attributes:
        board: the dashboard on show (None before the first answer).
        cards: the six cards, in their order on the page.
    """

    notifications_changed = Signal(int)
    open_unit = Signal(int, str, int)
    loaded = Signal()
    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        preview: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.preview = preview
        self.board: Dashboard | None = None
        self._generation = 0
        self._columns = 0
        self._error: BaseException | None = None
        self._build()
        appearance.changed.connect(self._on_theme_changed)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        theme = self.appearance.theme
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 8)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("heading")
        top.addWidget(self.title_label)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("muted")
        top.addWidget(self.subtitle_label, 1)
        outer.addLayout(top)

        bar = QHBoxLayout()  # the toolbar: period and export
        bar.setSpacing(6)
        self.weeks_label = QLabel(self)
        bar.addWidget(self.weeks_label)
        self.weeks_box = QComboBox(self)
        for weeks in WEEK_CHOICES:
            self.weeks_box.addItem("", weeks)
        self.weeks_box.setCurrentIndex(WEEK_CHOICES.index(DEFAULT_WEEKS))
        self.weeks_box.currentIndexChanged.connect(self._on_weeks_changed)
        bar.addWidget(self.weeks_box)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.png_button = QPushButton(self)
        self.png_button.clicked.connect(self._on_save_png)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self._on_save_pdf)
        for button in (self.csv_button, self.png_button, self.pdf_button):
            button.setEnabled(False)  # until there is something to export
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        outer.addWidget(self.notes_label)
        self.error_banner = QLabel(self)
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        outer.addWidget(self.error_banner)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pane")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        host = QWidget(self.scroll_area)
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 4, 8)
        self.grid.setSpacing(12)
        self.cards: list[DashboardCard] = [card_type(theme=theme, parent=host) for card_type in CARD_TYPES]
        self.scroll_area.setWidget(host)
        outer.addWidget(self.scroll_area, 1)
        self._style()
        self._place_cards(self._columns_for(self.width()))
        self.retranslate()

    def _style(self) -> None:
        t = self.appearance.theme
        self.notes_label.setStyleSheet(
            f"QLabel {{ color: {t.text}; background: {t.warning_soft}; border: 1px solid {t.warning};"
            " border-radius: 6px; padding: 6px 10px; }"
        )
        self.error_banner.setStyleSheet(banner_style(t))

    @staticmethod
    def _columns_for(width: int) -> int:
        return 3 if width >= 1350 else 2 if width >= 760 else 1

    def _place_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(len(self.cards) // columns + 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_cards(self._columns_for(event.size().width()))
        super().resizeEvent(event)

    # ------------------------------------------------------------ i18n and theme

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Numbers"))
        self.subtitle_label.setText(self.tr("The same figures for sales and marketing."))
        self.weeks_label.setText(self.tr("Period:"))
        for index, weeks in enumerate(WEEK_CHOICES):
            self.weeks_box.setItemText(index, self.tr("last %n weeks", "", weeks))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.png_button.setText(self.tr("Save as PNG…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        if self._error is not None and self.error_banner.isVisible():
            self.error_banner.setText(error_text(self._error))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_theme_changed(self) -> None:
        self._style()
        for card in self.cards:
            card.set_theme(self.appearance.theme)
        self._show()

    # ------------------------------------------------------------ loading

    @property
    def weeks(self) -> int:
        return int(self.weeks_box.currentData())

    def set_weeks(self, weeks: int) -> None:
        """Show the last `weeks` weeks (one of WEEK_CHOICES) and fetch them."""
        self.weeks_box.setCurrentIndex(WEEK_CHOICES.index(weeks))

    def _on_weeks_changed(self, _index: int) -> None:
        # Until the chosen period's figures are in, an export would write the previous period's.
        for button in (self.csv_button, self.png_button, self.pdf_button):
            button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        """Fetch again (the page was shown, or the server said something changed)."""
        self._generation += 1
        generation = self._generation
        if self.board is None:
            self.status_label.setText(self.tr("Counting…"))
        self.runner.submit(
            self.services.insights.dashboard,
            weeks=self.weeks,
            on_done=lambda board: self._on_loaded(board, generation),
            on_error=self._guarded(self._show_error),
            kind="read",
        )

    def _on_loaded(self, board: Dashboard, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the page is gone, or a newer period was asked for
        self.board = board
        self._error = None
        self.error_banner.hide()
        for button in (self.csv_button, self.png_button, self.pdf_button):
            button.setEnabled(True)
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        board = self.board
        if board is None:
            return
        last = board.generated_at.date()
        first = last - timedelta(weeks=board.weeks)
        self.status_label.setText(
            self.tr("%1 · updated %2 · counts over fewer than %3 people are hidden, never shown as zero")
            .replace("%1", fmt.date_range(first, last))
            .replace("%2", date_time(board.generated_at))
            .replace("%3", str(board.min_group))
        )
        notes = flag_notes(board)
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        for card in self.cards:
            card.show_dashboard(board)

    def _show_error(self, exc: BaseException) -> None:
        self._error = exc
        self.error_banner.setText(error_text(exc))
        self.error_banner.show()

    def _guarded(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """`callback`, skipped once this page has been deleted (an answer may arrive after)."""

        def call(value: Any) -> None:
            if isValid(self):
                callback(value)

        return call

    # ------------------------------------------------------------ export

    def _default_name(self, suffix: str) -> str:
        day = self.board.generated_at.date() if self.board else date.today()
        return self.tr("numbers") + f"-{day.isoformat()}.{suffix}"

    def _on_export_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the figures as CSV into a folder"))
        if folder:
            self.export_csv_to(Path(folder))

    def _on_save_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PNG"), self._default_name("png"), self.tr("PNG image (*.png)")
        )
        if path:
            self.save_png_to(_with_suffix(Path(path), ".png"))

    def _on_save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            self._default_name("pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            self.save_pdf_to(_with_suffix(Path(path), ".pdf"))

    def report_sheet(self) -> ReportSheet:
        """A fresh one-page report of the figures on show, laid out and ready to render.

        The caller deletes it (`deleteLater`) once painted.
        """
        if self.board is None:
            raise EnablementError(QT_TRANSLATE_NOOP("Messages", "There are no figures to export yet."))
        if self.board.weeks != self.weeks:
            raise EnablementError(
                QT_TRANSLATE_NOOP("Messages", "The figures for the chosen period are still being counted.")
            )
        sheet = ReportSheet(theme=self.appearance.theme)
        sheet.fill(self.board, library_name(self.services))
        return sheet

    def export_csv_to(self, folder: Path) -> None:
        """Write one CSV per figure into `folder` (in the background)."""
        if self.board is None or self.board.weeks != self.weeks:
            return
        self._write(write_csv, self.board, folder, path=folder)

    def save_png_to(self, path: Path) -> None:
        """Paint the report now (UI thread, into memory); a worker encodes and saves it."""
        image = self._painted(lambda sheet: sheet.to_image())
        if image is not None:
            self._write(write_png, image, path, path=path)

    def save_pdf_to(self, path: Path) -> None:
        """Paint the one-page PDF now (UI thread, into memory); a worker saves it."""
        data = self._painted(lambda sheet: sheet.to_pdf())
        if data is not None:
            self._write(write_bytes, data, path, path=path)

    def _painted(self, paint: Callable[[ReportSheet], Any]) -> Any:
        try:
            sheet = self.report_sheet()
        except EnablementError as exc:
            self._on_export_error(exc)
            return None
        try:
            return paint(sheet)
        finally:
            sheet.deleteLater()

    def _write(self, fn: Callable[..., Any], *args: Any, path: Path) -> None:
        self.error_banner.hide()
        self.runner.submit(
            fn,
            *args,
            on_done=self._guarded(lambda _result: self.exported.emit(str(path))),
            on_error=self._guarded(self._on_export_error),
            kind="write",
        )

    def _on_export_error(self, exc: BaseException) -> None:
        self._show_error(exc)
        self.export_failed.emit(error_text(exc))


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
