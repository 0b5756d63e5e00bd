"""Import from the UI: drop files or folders, or File → Import…; progress with cancel; a report.

The import runs as a "write" task (the single-writer queue), reports progress
through `TaskRunner.relay`, and can be cancelled. When it ends the window
refreshes the open search and Browse; the report dialog lists rejected files
with the importer's reasons.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.icons import IconSet
from enablement.ui.messages import reason_text, translated
from enablement.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.ingest.pipeline import ImportProgress, ImportReport


def run_import(
    services: Services,
    paths: list[str],
    progress: Callable[[ImportProgress], None],
    cancel: threading.Event,
) -> ImportReport:
    """Worker body: import `paths` (files and folders); the library service then updates the index."""
    return services.library_service.import_paths([Path(p) for p in paths], progress=progress, cancel=cancel)


class ImportProgressWidget(QWidget):
    """Status-bar widget: "Importing 12 of 40 — deck.pptx" with a bar and a cancel button.

    Signals:
        cancel_requested(): the cancel button.
    """

    cancel_requested = Signal()

    def __init__(self, *, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("muted")
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setIcon(icons.icon("clear"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.retranslate()
        self.hide()

    def set_progress(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        name = Path(path).name if path else ""
        text = self.tr("Importing %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        self.label.setText(f"{text} — {name}" if name else text)

    def retranslate(self) -> None:
        self.cancel.setToolTip(self.tr("Cancel the import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _sentence(reason: str) -> str:
    """A reason as a table cell shows it: from a capital letter ("Empty file (0 bytes)")."""
    return reason[:1].upper() + reason[1:]


class ImportReportDialog(QDialog):
    """What an import did, and every rejected file with its reason."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import finished"))
        self.setMinimumWidth(620)
        summary = QLabel(self)
        summary.setObjectName("heading")
        parts = [
            self.tr("%n new item(s)", "", report.imported),
            self.tr("%n updated", "", report.updated),
            self.tr("%n unchanged", "", report.unchanged),
        ]
        if report.rejected:
            parts.append(self.tr("%n rejected", "", len(report.rejected)))
        summary.setText(" · ".join(parts))
        detail = QLabel(self)
        detail.setObjectName("muted")
        seconds = self.locale().toString(float(report.seconds), "f", 1)
        detail.setText(
            self.tr(
                "%n slide(s), page(s), row(s) and section(s) are searchable now (%1 s).", "", report.units
            ).replace("%1", seconds)
            + (" " + self.tr("The import was cancelled.") if getattr(report, "cancelled", False) else "")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(detail)
        earlier = self.tr("(refused by an earlier import; the file has not changed)")
        refused = [(path, _sentence(translated(reason))) for path, reason in report.rejected]
        refused += [
            (path, f"{_sentence(translated(reason))} {earlier}")
            for path, reason in getattr(report, "still_rejected", [])
        ]
        self.table = QTableWidget(len(refused), 2, self)
        if refused:
            title = QLabel(self.tr("These files were not imported:"), self)
            layout.addSpacing(6)
            layout.addWidget(title)
            self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
            self.table.verticalHeader().hide()
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.table.setWordWrap(True)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            for row, (path, reason) in enumerate(refused):
                name = QTableWidgetItem(Path(path).name)
                name.setToolTip(str(path))
                self.table.setItem(row, 0, name)
                cell = QTableWidgetItem(reason)
                cell.setToolTip(reason)
                self.table.setItem(row, 1, cell)
            self.table.setMinimumHeight(220)
            # Wrapped reasons: row heights follow the reason column's width.
            self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            layout.addWidget(self.table, 1)
            self.resize(780, 480)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def rejected_rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.table.rowCount()):
            name, reason = self.table.item(r, 0), self.table.item(r, 1)
            assert name is not None and reason is not None  # both cells are set in __init__
            rows.append((name.text(), reason.text()))
        return rows


class ImportController(QObject):
    """Runs imports for the window.

    Signals:
        started(): an import began.
        finished(object): the ImportReport (also after a cancel).
        failed(str): the import could not run at all.
    """

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        *,
        runner: TaskRunner,
        progress: ImportProgressWidget,
        parent_widget: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.progress = progress
        self.parent_widget = parent_widget
        self.services: Services | None = None
        self.show_report = True
        self.allowed = True  # False for a seller on a team library: imports are for marketing
        self.last_report: Any = None
        self.dialog: ImportReportDialog | None = None
        self._cancel: threading.Event | None = None
        self._queue: list[list[str]] = []
        progress.cancel_requested.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Import files"),
            "",
            self.tr(
                "Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)"
            ),
        )
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Import a folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> None:
        if self.services is None or not paths or not self.allowed:
            return
        if self._cancel is not None:
            self._queue.append(list(paths))
            return
        self._cancel = threading.Event()
        self.progress.set_progress(0, 0, "")
        self.progress.bar.setRange(0, 0)
        self.progress.show()
        self.started.emit()
        report = self.runner.relay(self._on_progress)
        self.runner.submit(
            run_import,
            self.services,
            list(paths),
            lambda p: report(p.done, p.total, p.path),
            self._cancel,
            kind="write",
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._queue.clear()
            self.progress.label.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, path: str) -> None:
        if self._cancel is not None:
            self.progress.set_progress(done, total, path)

    def _on_done(self, report: Any) -> None:
        self._cancel = None
        self.progress.hide()
        self.last_report = report
        self.finished.emit(report)
        if self.show_report:
            self.dialog = ImportReportDialog(report, self.parent_widget)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.show()
        if self._queue:
            self.import_paths(self._queue.pop(0))

    def _on_error(self, exc: BaseException) -> None:
        self._cancel = None
        self.progress.hide()
        self.failed.emit(self.tr("The import failed: %1").replace("%1", reason_text(exc)))


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders in a drag (a dropped web link is not an import)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
