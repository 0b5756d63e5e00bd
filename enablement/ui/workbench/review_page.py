"""ReviewPanel: a marketer's publishing desk, the "Review" tab of the Inbox page.

Two lists: "Needs review" (published items past their review-by date, with one-click "Still
valid" and "Archive") and "My items" (what the marketer owns, a status chip, and the moves open
to each: submit for review, publish, archive, back to draft). Choosing one of my items shows its
status history underneath. Why a tab of the Inbox and not a page: the top bar is already at its
minimum width, and the Inbox is where a marketer's work arrives (triage, gaps); the tab shows
for marketing only (and for the single user of a personal library).

Every read and move goes through the task runner (enablement.workbench.publishing does the
work); a refused move is shown inline above the lists and nothing changes.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.labels import status_name
from enablement.ui.messages import error_text
from enablement.ui.theme import banner_style
from enablement.ui.workbench.status_history import history_text
from enablement.workbench.publishing import OwnedItem, ReviewEntry, StatusChange

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.ui.tasks import TaskRunner
    from enablement.ui.theme import Theme


@dataclass(frozen=True, slots=True)
class ReviewData:
    """What the panel shows, read in one task."""

    queue: list[ReviewEntry]
    mine: list[OwnedItem]


def load_review(services: Services) -> ReviewData:
    """Worker: the needs-review queue and the user's own items."""
    pub = services.publishing
    return ReviewData(pub.needs_review(), pub.owned_by(services.user))


class ReviewPanel(QWidget):
    """Signals:
    loaded(): fresh lists are on show (tests wait for it).
    moved(int): an item's status or review date changed (its id); the library changed.
    history_loaded(): the chosen item's history is on show.
    open_requested(int): a row was double-clicked: show that item (a marketer reads it before
        saying it is still valid, or opens a draft to edit it).

    Attributes:
        data: the last loaded lists (None before the first load).
    """

    loaded = Signal()
    moved = Signal(int)
    history_loaded = Signal()
    open_requested = Signal(int)

    def __init__(
        self, *, services: Services, runner: TaskRunner, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.theme = theme
        self.data: ReviewData | None = None
        self._chosen: int | None = None
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._build()
        self.retranslate()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        theme = self.theme
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 8, 6, 6)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(banner_style(theme))
        self.error_label.hide()
        outer.addWidget(self.error_label)
        split = QSplitter(Qt.Orientation.Vertical)
        top, self.queue_title, self.queue_empty, self.queue_table = self._section(5)
        bottom, self.mine_title, self.mine_empty, self.mine_table = self._section(4)
        self.history_label = QLabel()
        self.history_label.setObjectName("muted")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mine_table.parentWidget().layout().addWidget(self.history_label)  # type: ignore[union-attr]
        self.mine_table.itemSelectionChanged.connect(self._on_mine_selected)
        for table in (self.queue_table, self.mine_table):
            table.cellDoubleClicked.connect(lambda row, _column, t=table: self._on_double_clicked(t, row))
        split.addWidget(top)
        split.addWidget(bottom)
        outer.addWidget(split, 1)

    def _section(self, columns: int) -> tuple[QWidget, QLabel, QLabel, QTableWidget]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel()
        title.setObjectName("subheading")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        empty = QLabel()
        empty.setObjectName("muted")
        empty.setWordWrap(True)
        layout.addWidget(empty)
        table = QTableWidget(0, columns)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)
        return box, title, empty, table

    def retranslate(self) -> None:
        self.queue_title.setText(self.tr("Needs review"))
        self.queue_empty.setText(
            self.tr("Nothing needs review: every published item is within its review-by date.")
        )
        self.queue_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Owner"), self.tr("Review by"), self.tr("Days overdue"), ""]
        )
        self.mine_title.setText(self.tr("My items"))
        self.mine_empty.setText(
            self.tr("You own no items yet. An item's owner is set at import or in the card editor.")
        )
        self.mine_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Status"), self.tr("Review by"), ""]
        )
        if self.data is not None:
            self._fill(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self._submit(load_review, self.services, on_done=self._on_loaded, on_error=self._show_error)

    def _on_loaded(self, data: ReviewData) -> None:
        self.data = data
        self._fill(data)
        self.loaded.emit()

    def _fill(self, data: ReviewData) -> None:
        queue = self.queue_table
        queue.setRowCount(len(data.queue))
        for row, entry in enumerate(data.queue):
            self._cell(queue, row, 0, f"#{entry.item_id} {entry.title}", entry.item_id)
            self._cell(queue, row, 1, entry.owner or "—")
            self._cell(queue, row, 2, _day(entry.review_by))
            self._cell(queue, row, 3, str(entry.days_overdue), align_right=True)
            queue.setCellWidget(
                row,
                4,
                self._buttons(
                    [
                        (self.tr("Still valid"), lambda _=False, i=entry.item_id: self.verify_item(i)),
                        (self.tr("Archive"), lambda _=False, i=entry.item_id: self.move_item(i, "archived")),
                    ]
                ),
            )
        self.queue_empty.setVisible(not data.queue)
        queue.setVisible(bool(data.queue))
        mine = self.mine_table
        mine.setRowCount(len(data.mine))
        for row, owned in enumerate(data.mine):
            self._cell(mine, row, 0, f"#{owned.item_id} {owned.title}", owned.item_id)
            mine.setCellWidget(row, 1, self._chip(owned.status))
            self._cell(mine, row, 2, _day(owned.review_by) if owned.review_by else "—")
            actions = [
                (
                    self._move_label(owned.status, to),
                    lambda _=False, i=owned.item_id, t=to: self.move_item(i, t),
                )
                for to in owned.moves
            ]
            mine.setCellWidget(row, 3, self._buttons(actions))
        self.mine_empty.setVisible(not data.mine)
        mine.setVisible(bool(data.mine))
        for table in (queue, mine):
            table.resizeRowsToContents()

    def _cell(
        self, table: QTableWidget, row: int, column: int, text: str, item_id: int | None = None, *,
        align_right: bool = False,
    ) -> None:  # fmt: skip
        cell = QTableWidgetItem(text)
        if item_id is not None:
            cell.setData(Qt.ItemDataRole.UserRole, item_id)
            cell.setToolTip(self.tr("Double-click to preview it"))
        if align_right:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, cell)

    def set_theme(self, theme: Theme) -> None:
        """The error banner and the status chips in the new palette (a light/dark switch)."""
        self.theme = theme
        self.error_label.setStyleSheet(banner_style(theme))
        if self.data is not None:
            self._fill(self.data)

    def _buttons(self, actions: list[tuple[str, Callable[..., None]]]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(6)
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _chip(self, status: str) -> QLabel:
        theme = self.theme
        colours = {
            "draft": (theme.surface_alt, theme.text_muted),
            "in_review": (theme.warning_soft, theme.text),
            "published": (theme.accent_soft, theme.text),
            "archived": (theme.surface_alt, theme.text_muted),
        }
        bg, fg = colours.get(status, (theme.surface_alt, theme.text))
        chip = QLabel(status_name(status))
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border-radius: 9px; padding: 2px 10px; margin: 3px; }}"
        )
        return chip

    def _move_label(self, current: str, to: str) -> str:
        if to == "in_review":
            return self.tr("Submit for review")
        if to == "published":
            return self.tr("Publish again") if current == "archived" else self.tr("Publish")
        if to == "archived":
            return self.tr("Archive")
        return self.tr("Back to draft")

    # ------------------------------------------------------------ actions

    def move_item(self, item_id: int, to_status: str) -> None:
        """Move an item (a button's click); the lists reload once it is done."""
        pub = self.services.publishing
        self._act(pub.move, self.services.user, item_id, to_status)

    def verify_item(self, item_id: int) -> None:
        """ "Still valid": the review-by date moves forward (the default 90 days)."""
        self._act(self.services.publishing.verify, self.services.user, item_id)

    def _act(self, fn: Callable[..., StatusChange], *args: Any) -> None:
        def done(change: StatusChange) -> None:
            self.error_label.hide()
            self.moved.emit(change.item_id)
            self.reload()
            if self._chosen == change.item_id:
                self._load_history(change.item_id)

        self._submit(fn, *args, on_done=done, on_error=self._show_error, kind="write")

    def _on_double_clicked(self, table: QTableWidget, row: int) -> None:
        cell = table.item(row, 0)
        if cell is not None:
            self.open_requested.emit(int(cell.data(Qt.ItemDataRole.UserRole)))

    def _on_mine_selected(self) -> None:
        rows = self.mine_table.selectionModel().selectedRows()
        cell = self.mine_table.item(rows[0].row(), 0) if rows else None
        self._chosen = None if cell is None else int(cell.data(Qt.ItemDataRole.UserRole))
        if self._chosen is None:
            self.history_label.clear()
        else:
            self._load_history(self._chosen)

    def _load_history(self, item_id: int) -> None:
        self._submit(
            self.services.publishing.history, item_id, on_done=self._on_history, on_error=self._show_error
        )

    def _on_history(self, history: list[StatusChange]) -> None:
        lines = [history_text(h) for h in history]
        self.history_label.setText("\n".join(lines) if lines else self.tr("No moves recorded yet."))
        self.history_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    # ------------------------------------------------------------ plumbing

    def _submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        kind: str = "read",
    ) -> None:
        """Run `fn` on the runner; its answer is dropped once this panel is gone.

        The runner's callbacks hold only a weak reference to the panel and a token, never a bound
        method: a worker thread may drop the last reference to a finished task, and it must never
        be the last reference to a widget (Qt objects die on the UI thread).
        """
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error)
        panel = weakref.ref(self)

        def deliver(failed: bool) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                alive = panel()
                if alive is not None and shiboken6.isValid(alive):
                    alive._deliver(token, failed, value)

            return call

        self.runner.submit(fn, *args, on_done=deliver(False), on_error=deliver(True), kind=kind)

    def _deliver(self, token: int, failed: bool, value: Any) -> None:
        callbacks = self._callbacks.pop(token, None)
        if callbacks is not None:
            callbacks[1 if failed else 0](value)


def _day(day: date) -> str:
    return day.isoformat()
