"""GapsView: the open content gaps of the dashboard's period (queries most of whose searchers, and
at least three people, found nothing or opened nothing: enablement.insights.gaps) and marketing's
three answers to one: plan a card, answered by an item, dismiss. The period and the rule are
said above the list, so its counts read the same as the dashboard's "top gaps".

Renders and emits; the inbox page runs the decisions through `services.insights.gaps` (planning
through `enablement.workbench.gap_cards`, which makes the gap's draft battle card; the view then
says which draft it is). A note typed for a gap stays until a decision on that gap succeeded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enablement.insights.gaps import DEFAULT_WEEKS, GAP_MIN_UNSERVED, GAP_UNSERVED_PERCENT, Gap
from enablement.ui.elided_label import ElidedCombo
from enablement.ui.loop.inbox_data import Choice
from enablement.ui.loop.inbox_models import GapTableModel
from enablement.ui.theme import Theme


class GapsView(QWidget):
    """The gap list with its actions.

    Signals:
        plan_requested(str, str): gap key, note.
        answered_requested(str, int, str): gap key, item id, note.
        dismiss_requested(str, str): gap key, reason.
    """

    plan_requested = Signal(str, str)
    answered_requested = Signal(str, int, str)
    dismiss_requested = Signal(str, str)

    def __init__(self, *, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.model = GapTableModel(self)
        self.notes: dict[str, str] = {}
        self.loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.period = QLabel()  # which weeks the list covers, and what makes a gap
        self.period.setObjectName("muted")
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # what people searched for
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.textEdited.connect(self._on_note_edited)
        row.addWidget(self.note, 2)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self._on_plan)
        row.addWidget(self.plan_button)
        # An item's title elided with "…" (whole in its tooltip and list): in Russian at 1366 px the
        # box was left ~210 px and cut "Alfa-Soft battle card: mor" mid-word under its arrow.
        self.item_box = ElidedCombo()
        self.item_box.setMinimumWidth(200)
        row.addWidget(self.item_box, 1)
        self.answered_button = QPushButton()
        self.answered_button.clicked.connect(self._on_answered)
        row.addWidget(self.answered_button)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self._on_dismiss)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.planned = QLabel()  # which draft a "Plan a card" made
        self.planned.setWordWrap(True)
        self.planned.hide()
        layout.addWidget(self.planned)
        self._planned: tuple[str, int, bool] | None = None
        self.set_theme(theme)
        self.retranslate()
        self._update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.error.setStyleSheet(f"QLabel {{ color: {theme.danger}; }}")

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("A note for the decision (a reason to dismiss)"))
        self.plan_button.setText(self.tr("Plan a card"))
        self.answered_button.setText(self.tr("Answered by this item"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        if self._planned is not None:
            title, item_id, created = self._planned
            text = (
                self.tr("Draft battle card made: «%1» (#%2). Open it from the library to write it.")
                if created
                else self.tr("This gap already has its draft battle card: «%1» (#%2).")
            )
            self.planned.setText(text.replace("%1", title).replace("%2", str(item_id)))
        self.period.setText(
            self.tr(
                "Last %1 weeks. A query is listed when at least %2 people who searched it found nothing "
                "or opened none of the results, and they are at least %3% of everyone who searched it."
            )
            .replace("%1", str(DEFAULT_WEEKS))
            .replace("%2", str(GAP_MIN_UNSERVED))
            .replace("%3", str(GAP_UNSERVED_PERCENT))
        )
        if self.loaded:
            self.empty.setText(
                self.tr("No open gaps in the last %1 weeks.").replace("%1", str(DEFAULT_WEEKS))
            )
        else:
            self.empty.setText(self.tr("Loading…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_gaps(self, gaps: list[Gap]) -> None:
        key = self.current_key()
        self.loaded = True
        self.model.set_gaps(gaps)
        rows = [i for i, g in enumerate(gaps) if g.key == key]
        if rows:
            self.table.selectRow(rows[0])
        self.retranslate()
        self._update()

    def set_items(self, items: list[Choice]) -> None:
        chosen = self.item_box.currentData()
        self.item_box.clear()
        for choice in items:
            self.item_box.addItem(choice.title, choice.id)
        index = self.item_box.findData(chosen)
        if index >= 0:
            self.item_box.setCurrentIndex(index)

    def current_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()].key

    def select_key(self, key: str) -> bool:
        for i, gap in enumerate(self.model.rows):
            if gap.key == key:
                self.table.selectRow(i)
                return True
        return False

    def decided(self, key: str) -> None:
        self.notes.pop(key, None)
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.planned.hide()

    def show_planned(self, title: str, item_id: int, *, created: bool) -> None:
        """Say which draft battle card planning the gap made (or found already made)."""
        self._planned = (title, item_id, created)
        self.retranslate()
        self.planned.show()

    def _update(self) -> None:
        has_rows = bool(self.model.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        chosen = self.current_key() is not None
        for widget in (self.note, self.plan_button, self.item_box, self.answered_button, self.dismiss_button):
            widget.setEnabled(chosen)

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.current_key()
        self.note.setText(self.notes.get(key, "") if key else "")
        self.error.hide()
        self._update()

    def _on_note_edited(self, text: str) -> None:
        key = self.current_key()
        if key:
            self.notes[key] = text

    def _on_plan(self) -> None:
        key = self.current_key()
        if key:
            self.plan_requested.emit(key, self.note.text().strip())

    def _on_answered(self) -> None:
        key = self.current_key()
        item = self.item_box.currentData()
        if not key:
            return
        if item is None:
            self.show_error(self.tr("Choose the item that answers this gap."))
            return
        self.answered_requested.emit(key, int(item), self.note.text().strip())

    def _on_dismiss(self) -> None:
        key = self.current_key()
        if not key:
            return
        reason = self.note.text().strip()
        if not reason:
            self.show_error(self.tr("Say why the gap is dismissed: type a reason in the note first."))
            return
        self.dismiss_requested.emit(key, reason)
