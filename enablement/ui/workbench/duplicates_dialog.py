"""Near-duplicate decks: a marketer finds the version sprawl and keeps one copy current.

The dialog lists the groups of near-copy decks (enablement.workbench.near_duplicates) with
each deck's title, version, last change, status and the group's similarity. "Keep this one,
archive the others" asks first, naming the decks it will archive, then archives them through
`LibraryService` (which refuses a seller on a team library, with a sentence saying why) on the
runner's write queue; archived decks leave sellers' search. Errors are shown in the dialog,
and the list stays as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from enablement.ui import labels
from enablement.ui.messages import error_text
from enablement.workbench.near_duplicates import (
    DeckGroup,
    DeckText,
    KeepResult,
    find_near_duplicates,
    keep_current,
    library_decks,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from enablement.app import Services
    from enablement.store import Library
    from enablement.ui.icons import IconSet
    from enablement.ui.tasks import TaskRunner
    from enablement.ui.theme import Appearance

__all__ = ["DuplicatesDialog", "open_duplicates_dialog"]

DECK_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2


def load_groups(library: Library, threshold: float) -> tuple[tuple[DeckGroup, ...], int]:
    """Worker body: the groups of near-copy decks (archived decks left out) and how many decks."""
    with library.reading() as conn:
        decks = library_decks(conn)
    return find_near_duplicates(decks, threshold=threshold).decks, len(decks)


class DuplicatesDialog(QDialog):
    """Groups of near-copy decks, and "keep this one, archive the others".

    Signals:
        archived(list): the ids of the decks just archived (the window refreshes its search).

    Attributes:
        confirm: asks the person before archiving; returns True to go on (tests replace it).
    """

    archived = Signal(list)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.groups: tuple[DeckGroup, ...] = ()
        self.deck_count = 0
        self.busy = False
        self.closed = False
        self._token = 0
        self.confirm: Callable[[DeckText, list[DeckText]], bool] = self._ask
        self.setObjectName("duplicatesDialog")
        self.resize(820, 520)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.threshold_label = QLabel(self)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(40, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setValue(80)
        self.threshold.setSuffix(" %")
        self.threshold.valueChanged.connect(self.reload)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicateGroups")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.keep_selected())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button = QPushButton(self)
        self.keep_button.setProperty("accent", True)
        self.keep_button.setIcon(icons.icon("review", appearance.theme.accent_text))
        self.keep_button.clicked.connect(self.keep_selected)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setIcon(icons.icon("refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)

        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(threshold_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self._token += 1
        token = self._token
        self._say(self.tr("Comparing the decks…"))
        self.runner.submit(
            load_groups,
            self.services.library,
            self.threshold.value() / 100,
            kind="read",
            on_done=lambda result: self._on_loaded(token, result),
            on_error=lambda exc: self._on_load_failed(token, exc),
        )

    def _on_loaded(self, token: int, result: tuple[tuple[DeckGroup, ...], int]) -> None:
        if token != self._token:
            return
        self.groups, self.deck_count = result
        self._fill()
        if not self.groups:
            self._say(self.tr("%n deck(s) compared: no near copies at this similarity.", "", self.deck_count))
        else:
            self._say(
                self.tr("%n deck(s) compared", "", self.deck_count)
                + " · "
                + self.tr("%n group(s) of near copies", "", len(self.groups))
            )

    def _on_load_failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self._say(error_text(exc), error=True)

    def _fill(self) -> None:
        selected = self.selected_deck()
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for number, group in enumerate(self.groups, 1):
            head = QTreeWidgetItem(self.tree)
            head.setText(0, self.tr("Group %1: %n deck(s)", "", len(group.decks)).replace("%1", str(number)))
            head.setText(4, self.tr("%1% alike").replace("%1", str(round(group.similarity * 100))))
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for deck in group.decks:
                row = QTreeWidgetItem(head)
                row.setText(0, f"#{deck.item_id}  {deck.title}")
                row.setToolTip(0, deck.title)
                row.setText(1, self.tr("v%1").replace("%1", str(deck.version)) if deck.version else "")
                row.setText(2, labels.short_date(deck.updated_at) if deck.updated_at else "")
                row.setText(3, labels.status_name(deck.status))
                row.setData(0, DECK_ROLE, deck.item_id)
                row.setData(0, GROUP_ROLE, number - 1)
                if selected is not None and deck.item_id == selected.item_id:
                    self.tree.setCurrentItem(row)
            head.setExpanded(True)
        self._update_buttons()

    # ------------------------------------------------------------------ keeping one

    def selected_deck(self) -> DeckText | None:
        group = self._selected_group()
        item = self.tree.currentItem()
        if group is None or item is None:
            return None
        return next((d for d in group.decks if d.item_id == item.data(0, DECK_ROLE)), None)

    def _selected_group(self) -> DeckGroup | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, DECK_ROLE) is None:
            return None
        index = item.data(0, GROUP_ROLE)
        return self.groups[index] if isinstance(index, int) and index < len(self.groups) else None

    def select_deck(self, item_id: int) -> bool:
        """Make deck `item_id` the selected row (the keyboard and tests); False when not listed."""
        for row in self.deck_items():
            if row.data(0, DECK_ROLE) == item_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def deck_items(self) -> list[QTreeWidgetItem]:
        """The deck rows of every group, in order."""
        heads = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        rows = (head.child(j) for head in heads if head is not None for j in range(head.childCount()))
        return [row for row in rows if row is not None]

    def keep_selected(self) -> None:
        """Ask, then keep the selected deck and archive the others of its group (a write task)."""
        keep, group = self.selected_deck(), self._selected_group()
        if keep is None or group is None or self.busy:
            return
        others = [d for d in group.decks if d.item_id != keep.item_id]
        if not self.confirm(keep, others):
            return
        self.busy = True
        self._update_buttons()
        self._say(self.tr("Archiving…"))
        self.runner.submit(
            keep_current,
            self.services.library,
            keep.item_id,
            archiver=self.services.library_service,
            threshold=self.threshold.value() / 100,
            only=[d.item_id for d in others],
            kind="write",
            on_done=self._on_kept,
            on_error=self._on_keep_failed,
        )

    def _ask(self, keep: DeckText, others: list[DeckText]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep one deck"))
        box.setText(
            self.tr("Keep “%1” as the current deck and archive %n near copy(ies)?", "", len(others)).replace(
                "%1", keep.title
            )
        )
        box.setInformativeText(
            "\n".join(f"#{d.item_id} {d.title}" for d in others)
            + "\n\n"
            + self.tr("Archived decks leave sellers' search; their versions are kept.")
        )
        archive = box.addButton(self.tr("Archive"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is archive
        box.deleteLater()
        return chosen

    def _on_kept(self, result: KeepResult) -> None:
        self.busy = False
        ids = [d.item_id for d in result.archived]
        if ids:
            self.archived.emit(ids)
        if self.closed:  # closed while archiving: done now
            self.deleteLater()
            return
        text = self.tr("Kept “%1”; archived %n deck(s).", "", len(ids)).replace("%1", result.kept.title)
        self.reload()
        self._say(text, success=True)

    def _on_keep_failed(self, exc: BaseException) -> None:
        self.busy = False
        if self.closed:
            self.deleteLater()
            return
        self._update_buttons()
        self._say(error_text(exc), error=True)

    def done(self, result: int) -> None:
        """Closing drops the answers still on their way; an archive under way ends first."""
        self._token += 1
        self.closed = True
        super().done(result)
        if not self.busy:
            self.deleteLater()

    # ------------------------------------------------------------------ look

    def _say(self, text: str, *, error: bool = False, success: bool = False) -> None:
        t = self.appearance.theme
        color = t.danger if error else t.success if success else t.text_muted
        self.message.setStyleSheet(f"color: {color}")
        self.message.setText(text)
        self.message.setProperty("error", error)

    def _update_buttons(self) -> None:
        self.keep_button.setEnabled(not self.busy and self.selected_deck() is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Near-duplicate decks"))
        self.intro.setText(
            self.tr(
                "Decks whose slide text is nearly the same: copies that drifted apart. Pick the one "
                "sellers should use and archive the others, so search shows only the current one."
            )
        )
        self.threshold_label.setText(self.tr("Similar at least:"))
        self.tree.setHeaderLabels(
            [
                self.tr("Deck"),
                self.tr("Version"),
                self.tr("Updated"),
                self.tr("Status"),
                self.tr("Similarity"),
            ]
        )
        self.keep_button.setText(self.tr("Keep this one, archive the others"))
        self.keep_button.setToolTip(self.tr("Archive the other decks of the selected deck's group"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.close_button.setText(self.tr("Close"))
        if self.groups:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_duplicates_dialog(window: Any) -> DuplicatesDialog | None:
    """The menu action's body: open the dialog on the library on show (None while none is)."""
    if window.services is None:
        return None
    dialog = DuplicatesDialog(
        services=window.services,
        runner=window.runner,
        appearance=window.appearance,
        icons=window.icons,
        parent=window,
    )
    dialog.archived.connect(lambda _ids: window.refresh())
    dialog.show()
    return dialog
