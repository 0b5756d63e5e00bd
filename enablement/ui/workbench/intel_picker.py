"""Pick a seller's field intel about the card's competitor and add it to a section of the card.

The list is the report service's (marketing reads every report; a seller is refused, and the
editor is not offered to sellers anyway), filtered to the competitor by
`enablement.workbench.card_library.intel_for`, loaded through the task runner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.insights import Report, ReportService
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.workbench.card_library import intel_for

SECTIONS = ("strengths", "weaknesses", "how_we_win", "landmines", "objections", "pricing", "overview")


class IntelPicker(QDialog):
    """Field intel about one competitor; the chosen report goes into the chosen section.

    Signals:
        chosen(str, object): the section key and the `Report` to add.
    """

    chosen = Signal(str, object)

    def __init__(
        self, *, reports: ReportService, runner: TaskRunner, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.runner = runner
        self.user = user
        self.competitor = ""
        self._token = 0
        self.setMinimumSize(560, 380)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.add())
        self.section_combo = QComboBox(self)
        for key in SECTIONS:
            self.section_combo.addItem("", key)
        self.section_label = QLabel(self)
        self.add_button = QPushButton(self)
        self.add_button.setProperty("accent", True)
        self.add_button.clicked.connect(self.add)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.section_label)
        row.addWidget(self.section_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field intel"))
        names = {
            "strengths": self.tr("Their strengths"),
            "weaknesses": self.tr("Their weaknesses"),
            "how_we_win": self.tr("How we win"),
            "landmines": self.tr("Landmines (questions to ask)"),
            "objections": self.tr("Objections and answers"),
            "pricing": self.tr("Pricing"),
            "overview": self.tr("Overview"),
        }
        for index in range(self.section_combo.count()):
            self.section_combo.setItemText(index, names[str(self.section_combo.itemData(index))])
        self.section_label.setText(self.tr("Add to"))
        self.add_button.setText(self.tr("Add to the card"))
        self.close_button.setText(self.tr("Close"))

    def load(self, competitor: str) -> None:
        self.competitor = competitor
        self._token += 1
        token = self._token
        self.list.clear()
        self.caption.setText(self.tr("Loading field intel…"))
        self.runner.submit(
            intel_for,
            self.reports,
            self.user,
            competitor,
            on_done=lambda found: self._on_loaded(token, found),
            on_error=lambda exc: self._on_error(token, exc),
        )

    def _on_loaded(self, token: int, found: list[Report]) -> None:
        if token != self._token:
            return
        self.list.clear()
        for report in found:
            text = " ".join(report.text.split())
            who = f"#{report.id} · {report.author} · {report.at.date().isoformat()} · {report.kind}"
            item = QListWidgetItem(f"{text}\n{who}")
            item.setData(Qt.ItemDataRole.UserRole, report)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        if not self.competitor:
            self.caption.setText(
                self.tr(
                    "Field intel from sales (%n report(s)); name the competitor to see only theirs.",
                    "",
                    len(found),
                )
            )
        elif found:
            self.caption.setText(
                self.tr("Field intel about %1 from sales: %n report(s)", "", len(found)).replace(
                    "%1", self.competitor
                )
            )
        else:
            self.caption.setText(self.tr("No field intel about %1 yet.").replace("%1", self.competitor))
        self.add_button.setEnabled(bool(found))

    def _on_error(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self.caption.setText(error_text(exc))
            self.add_button.setEnabled(False)

    def add(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        report: Any = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(str(self.section_combo.currentData()), report)
