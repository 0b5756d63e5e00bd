"""The battle-card editor's section editors: a list of bullets, and objections as question/answer pairs.

Each editor is a checkable group box: unchecked means the card has no such section, checked and
empty is a heading waiting for text (which saving refuses, naming the section). The widgets only
hold text; turning it into a `BattleCard` is the editor's job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.workbench.cards import Objection

MIN_LINES = 3
MAX_LINES = 14
MIN_TABLE_PX = 110
MAX_TABLE_PX = 520


def bullets_from_text(text: str) -> list[str]:
    """One bullet per line ("- " optional); consecutive table rows ("| … |") stay one entry."""
    bullets: list[str] = []
    table: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            bullets.append("\n".join(table))
            table = []
        if line[:2] in ("- ", "* ", "• "):
            line = line[2:].strip()
        if line:
            bullets.append(line)
    if table:
        bullets.append("\n".join(table))
    return bullets


def text_from_bullets(bullets: list[str]) -> str:
    return "\n".join(bullets)


class BulletSectionEditor(QGroupBox):
    """One bullet section: a checkable box with one bullet per line.

    Signals:
        edited(): the text or the check changed.
    """

    edited = Signal()

    def __init__(self, key: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setCheckable(True)
        self.setChecked(False)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self.edited)
        self.text_edit.textChanged.connect(self._fit_height)
        self.toggled.connect(self._on_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.text_edit)
        self._on_toggled(False)

    def _on_toggled(self, on: bool) -> None:
        self.text_edit.setVisible(on)
        self.edited.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow with the text (up to MAX_LINES lines), so a bullet is never hidden behind a scroll."""
        metrics = self.text_edit.fontMetrics()
        width = max(80, self.width() - 52)  # the box less its margins, frame and scroll bar
        lines = sum(
            max(1, -(-metrics.horizontalAdvance(line) // width))  # wrapped lines, roughly
            for line in self.text_edit.toPlainText().split("\n")
        )
        shown = max(MIN_LINES, min(MAX_LINES, lines + 1))
        height = shown * metrics.lineSpacing() + 14
        if self.text_edit.height() != height:
            self.text_edit.setFixedHeight(height)
            self.updateGeometry()  # the scrolled form lays out again around the new height

    def set_bullets(self, bullets: list[str] | None) -> None:
        self.setChecked(bullets is not None)
        self.text_edit.setPlainText(text_from_bullets(bullets or []))

    def bullets(self) -> list[str] | None:
        return bullets_from_text(self.text_edit.toPlainText()) if self.isChecked() else None

    def append(self, bullet: str) -> None:
        self.setChecked(True)
        text = self.text_edit.toPlainText().rstrip("\n")
        self.text_edit.setPlainText(f"{text}\n{bullet}" if text else bullet)


class ObjectionsEditor(QGroupBox):
    """Objections and their answers as a two-column table, with add and remove.

    Signals:
        edited(): a pair or the check changed.
    """

    edited = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "objections"
        self.setCheckable(True)
        self.setChecked(False)
        self.table = QTableWidget(0, 2, self)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self._fit_height())  # rows re-wrap with the width
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_pair(Objection("", ""), edit=True))
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.body)
        self.toggled.connect(self._on_toggled)
        self._on_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Objection (the customer's words)"), self.tr("Answer")])
        self.add_button.setText(self.tr("Add objection"))
        self.remove_button.setText(self.tr("Remove selected"))

    def _on_toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        self.edited.emit()

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._fit_height()
        self.edited.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Rows as tall as their text, the table as tall as its rows (within reason): no hidden answer."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().height()
        height = max(MIN_TABLE_PX, min(MAX_TABLE_PX, rows + header + 2 * self.table.frameWidth() + 4))
        if self.table.height() != height:
            self.table.setFixedHeight(height)
            self.updateGeometry()

    def set_pairs(self, pairs: list[Objection] | None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for pair in pairs or []:
            self.add_pair(pair)
        self.table.blockSignals(False)
        self._fit_height()
        self.setChecked(pairs is not None)
        self.edited.emit()

    def add_pair(self, pair: Objection, *, edit: bool = False) -> None:
        self.setChecked(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((pair.question, pair.answer)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, column, item)
        self._fit_height()
        if edit:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            if first is not None:
                self.table.editItem(first)
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        self.edited.emit()

    def pairs(self) -> list[Objection] | None:
        if not self.isChecked():
            return None
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 1)]
            question, answer = ((c.text() if c is not None else "") for c in cells)
            out.append(Objection(question, answer))
        return out
