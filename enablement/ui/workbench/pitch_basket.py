"""The seller's pitch basket: slides picked from search, the filmstrip and Browse, built into one .pptx.

A dock beside the pages (Ctrl+Shift+B shows it, the top bar's Pitch button carries the count),
so a seller keeps searching while picking. It renders and asks; the rules are Qt-free in
`enablement.workbench.basket` (storing, checking) and `enablement.workbench.pitch` (building).

The basket is kept per library in the UI state after every change, as pinned picks (version and
fingerprint), so a deck re-imported since is noticed: its slide is found again (the row says
where it is now) or flagged with the builder's own message, and only that row is.

Building runs as a *read* task: it writes no library state (no database row, no index entry)
but a file the seller chose, atomically; the write lane is the single-writer queue for library
commits, and a pitch queued behind an import would wait minutes for nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.service import PreviewService
from enablement.ui.icons import IconSet
from enablement.ui.messages import error_text, translated
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance
from enablement.ui.ui_state import UiState
from enablement.ui.workbench.pitch_delegate import HEADING, NOTE, PIXMAP, PROBLEM, SOURCE, PickDelegate
from enablement.ui.workbench.pitch_result import PitchResultBox
from enablement.ui.workbench.pitch_tasks import THUMB, build_from_basket, inspect_entries
from enablement.workbench.basket import (
    BasketEntry,
    PickCheck,
    PickState,
    describe_slide,
    entries_from_json,
    entries_to_json,
    entry_of,
)
from enablement.workbench.pitch import DECK_SUFFIXES, PitchError, PitchResult

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.store.library import Library

_KEY = Qt.ItemDataRole.UserRole


def _ask_save_path(parent: QWidget, suggested: str) -> str:
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PitchBasket", "Save the pitch"),
        suggested,
        translate("PitchBasket", "PowerPoint presentation (*.pptx)"),
    )
    return path


# ---------------------------------------------------------------------- rows


@dataclass(slots=True)
class _Row:
    entry: BasketEntry
    check: PickCheck | None = None
    problem: str = ""  # the last build's refusal of this pick, translated
    thumb: tuple[int, int, int] | None = None


class PitchBasket(QFrame):
    """The pitch basket panel, beside the pages under the top bar.

    Signals:
        status_message(str): something to say in the status bar ("Added to the pitch …").
        count_changed(int): how many slides the basket holds.
        built(object): a pitch was written (the `PitchResult`).
        visibility_changed(bool): shown or hidden (the top bar's button follows).
    """

    status_message = Signal(str)
    count_changed = Signal(int)
    built = Signal(object)
    visibility_changed = Signal(bool)

    def __init__(
        self,
        *,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        state: UiState,
        opener: Callable[[Path], bool | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pitchPanel")
        self.runner, self.appearance, self.icons, self.state, self.opener = (
            runner,
            appearance,
            icons,
            state,
            opener,
        )
        self.ask_path: Callable[[QWidget, str], str] = _ask_save_path  # tests answer the dialog
        self.library: Library | None = None
        self.preview: PreviewService | None = None
        self.library_key = ""
        self.rows: dict[int, _Row] = {}
        self._next_key = 1
        self._images: dict[tuple[int, int, int], QPixmap] = {}
        self._generation = 0
        self._cleared: list[BasketEntry] = []
        self._asked: list[list[Any]] = []  # search hits being described, in the order picked
        self.building = False
        self.last_result: PitchResult | None = None
        self.button: QWidget | None = None  # the top bar's toggle (pitch_wiring)

        body = self
        self.title = QLabel(body)
        self.title.setObjectName("sectionTitle")
        self.close_button = self._tool("clear", self.hide)
        self.count_label = QLabel(body)
        self.count_label.setObjectName("muted")
        self.hint = QLabel(body)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("pitchList")
        self.list.setItemDelegate(PickDelegate(appearance=appearance, view=self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMouseTracking(True)
        self.list.setSpacing(2)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.model().rowsMoved.connect(lambda *_: self._order_changed())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.up_button = self._tool("collapse", lambda: self.move_current(-1))
        self.down_button = self._tool("expand", lambda: self.move_current(1))
        self.remove_button = self._tool("clear", self.remove_current)
        self.clear_button = QPushButton(body)
        self.clear_button.clicked.connect(self.clear_or_undo)
        tools = QHBoxLayout()
        tools.setSpacing(4)
        for button in (self.up_button, self.down_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.clear_button)

        self.problem = QLabel(body)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.build_button = QPushButton(body)
        self.build_button.setProperty("accent", True)
        self.build_button.setIcon(icons.icon("pitch", appearance.theme.accent_text))
        self.build_button.clicked.connect(self.build)

        self.result = PitchResultBox(appearance=appearance, icons=icons, opener=opener, parent=body)
        self.result.status_message.connect(self.status_message)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 6, 10, 10)
        layout.setSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.close_button)
        layout.addLayout(title_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addWidget(self.build_button)
        layout.addWidget(self.result)
        self.setMinimumWidth(300)
        appearance.changed.connect(self._apply_style)
        self._apply_style()
        self.retranslate()

    def _tool(self, icon: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.icons.icon(icon))
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ library

    def set_services(self, services: Services, preview: PreviewService) -> None:
        """The library on show: its stored basket comes back, and each pick is checked again."""
        self.library, self.preview = services.library, preview
        self.library_key = services.settings.db_url or str(services.library.root)
        self._cleared = []
        self._asked = []
        self.last_result = None
        self.result.hide()
        self._set_problem("")
        self.list.clear()
        self.rows.clear()
        for entry in entries_from_json(self.state.pitch_basket(self.library_key)):
            self._append(entry)
        self._changed(save=False)
        self.recheck()

    def entries(self) -> list[BasketEntry]:
        """The picks in the order shown."""
        return [self.rows[self._key(n)].entry for n in range(self.list.count())]

    def row_state(self, row: int) -> _Row:
        return self.rows[self._key(row)]

    def _key(self, row: int) -> int:
        item = self.list.item(row)
        return int(item.data(_KEY))

    # ------------------------------------------------------------------ adding

    def add_entry(self, entry: BasketEntry) -> None:
        """Put `entry` at the end (a slide already in the basket is selected, not added twice)."""
        for row in range(self.list.count()):
            if self.row_state(row).entry.same_slide(entry):
                self.list.setCurrentRow(row)
                self.status_message.emit(self.tr("That slide is already in your pitch."))
                return
        was_empty = self.list.count() == 0
        self._cleared = []
        self._append(entry)
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.scrollToBottom()
        self._changed()
        self.recheck()
        if was_empty and not self.isVisible():
            self.show_basket()  # the first pick: show where it went
        text = self.tr("Added to your pitch: %1 (%n slide(s) in all)", "", self.list.count())
        self.status_message.emit(text.replace("%1", entry.heading or entry.title))

    def add_slide(self, item_id: int, number: int) -> None:
        """Slide `number` of item `item_id` (a search hit): described in the background, then added."""
        if self.library is None:
            return
        slot: list[Any] = []  # filled on the worker's answer; answers are taken in the order asked
        self._asked.append(slot)
        self.runner.submit(
            describe_slide,
            self.library,
            item_id,
            number,
            on_done=lambda entry: self._answered(slot, entry),
            on_error=lambda exc: self._answered(slot, exc),
        )

    def _answered(self, slot: list[Any], answer: BasketEntry | BaseException) -> None:
        slot.append(answer)
        while self._asked and self._asked[0]:
            first = self._asked.pop(0)[0]
            if isinstance(first, BaseException):
                self._refused(first)
            else:
                self.add_entry(first)

    def add_from_pane(self, pane: Any, number: int) -> None:
        """The slide a preview pane shows: pinned to the version on screen."""
        bundle = pane.bundle
        unit = bundle.unit("slide", number) if bundle is not None else None
        if unit is None or not bundle.item.source_name.lower().endswith(DECK_SUFFIXES):
            if bundle is not None:
                self.add_slide(bundle.item.id, number)  # the builder's rules say why not
            return
        self.add_entry(entry_of(bundle.item, unit))

    def _refused(self, exc: BaseException) -> None:
        self.status_message.emit(error_text(exc))

    def _append(self, entry: BasketEntry) -> None:
        key = self._next_key
        self._next_key += 1
        self.rows[key] = _Row(entry)
        item = QListWidgetItem(self.list)
        item.setData(_KEY, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ------------------------------------------------------------------ ordering and removing

    def move_current(self, delta: int) -> None:
        self.move_pick(self.list.currentRow(), self.list.currentRow() + delta)

    def move_pick(self, row: int, to: int) -> None:
        """Move the pick at `row` to position `to` (the buttons; a drag does the same)."""
        if not (0 <= row < self.list.count() and 0 <= to < self.list.count()) or row == to:
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._order_changed()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        key = self._key(row)
        self.list.takeItem(row)
        self.rows.pop(key, None)
        self._changed()

    def clear_or_undo(self) -> None:
        """Clear the basket; right after, the same button brings it back (nothing lost by a slip)."""
        if self.list.count() == 0 and self._cleared:
            restore, self._cleared = self._cleared, []
            for entry in restore:
                self._append(entry)
            self._changed()
            self.recheck()
            return
        self._cleared = self.entries()
        self.list.clear()
        self.rows.clear()
        self._set_problem("")
        self._changed()

    def _order_changed(self) -> None:
        self._changed()

    def _changed(self, *, save: bool = True) -> None:
        """After any change: numbers, texts, buttons, the count, and the stored basket."""
        if save and self.library_key:
            self.state.set_pitch_basket(self.library_key, entries_to_json(self.entries()))
        self._render_rows()
        self._update_buttons()
        self.count_changed.emit(self.list.count())

    # ------------------------------------------------------------------ checking

    def recheck(self) -> None:
        """Check every pick against the library in the background (and draw missing thumbnails)."""
        if self.library is None or self.preview is None or not self.rows:
            return
        self._generation += 1
        generation = self._generation
        keys = [self._key(n) for n in range(self.list.count())]
        entries = [self.rows[k].entry for k in keys]
        self.runner.submit(
            inspect_entries,
            self.library,
            self.preview,
            entries,
            set(self._images),
            on_done=lambda results: self._on_checked(generation, keys, results),
            on_error=self._refused,
        )

    def _on_checked(self, generation: int, keys: list[int], results: list[tuple[PickCheck, Any]]) -> None:
        if generation != self._generation:
            return
        for key, (check, image) in zip(keys, results, strict=True):
            row = self.rows.get(key)
            if row is None:
                continue
            row.check = check
            if check.state == PickState.REFUSED:
                row.thumb = None
            else:
                row.thumb = (check.item.id, check.version, check.slide) if check.item else None
                if image is not None and row.thumb is not None:
                    pixmap = QPixmap.fromImage(image)
                    pixmap.setDevicePixelRatio(2.0)
                    self._images[row.thumb] = pixmap
        self._render_rows()
        self._update_buttons()

    # ------------------------------------------------------------------ building

    def build(self) -> None:
        """Ask where to save, then build in the background; a refusal marks its pick, nothing else."""
        entries = self.entries()
        if self.library is None or self.preview is None or not entries or self.building:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self.ask_path(self, str(Path(folder or Path.home()) / (self.tr("Pitch") + ".pptx")))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pptx":
            target = target.with_name(target.name + ".pptx")
        for row in self.rows.values():
            row.problem = ""
        self._set_problem("")
        self.result.hide()
        self.building = True
        self._update_buttons()
        self.runner.submit(
            build_from_basket,
            self.library,
            self.preview,
            entries,
            target,
            kind="read",  # see the module docstring: no library state is written
            on_done=self._on_built,
            on_error=lambda exc: self._on_build_failed(exc, entries),
        )

    def _on_built(self, result: PitchResult) -> None:
        self.building = False
        self.last_result = result
        saved = self.result.show_result(result)
        self._render_rows()
        self._update_buttons()
        self.status_message.emit(saved)
        self.built.emit(result)

    def _on_build_failed(self, exc: BaseException, entries: list[BasketEntry]) -> None:
        self.building = False
        message = error_text(exc)
        pick = exc.pick if isinstance(exc, PitchError) else -1
        summary = message  # about the pitch as a whole (the file could not be saved, …)
        for row in range(self.list.count()):
            state = self.row_state(row)
            if 0 <= pick < len(entries) and state.entry is entries[pick]:
                state.problem = message  # the row says why; the summary points at it
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                summary = self.tr(
                    "Not built: slide %1 cannot go into the pitch (marked above). "
                    "Take it out or pick it again."
                ).replace("%1", str(row + 1))
                break
        self._set_problem(summary)
        self._render_rows()
        self._update_buttons()
        self.status_message.emit(message)
        self.recheck()  # other picks may have gone stale the same way

    # ------------------------------------------------------------------ rendering

    def _render_rows(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = self.rows[int(item.data(_KEY))]
            entry, check = state.entry, state.check
            heading = f"{row + 1}. " + (entry.heading or self.tr("Untitled slide"))
            where = self.tr("Slide %1 · %2").replace("%1", str(entry.pick.slide)).replace("%2", entry.title)
            problem = state.problem
            if not problem and check is not None and check.state == PickState.REFUSED and check.message:
                problem = translated(check.message)
            note = "⚠ " + problem if problem else ""
            if not problem and check is not None and check.state == PickState.MOVED:
                note = self.tr("The deck was updated: now slide %1 of version %2")
                note = note.replace("%1", str(check.slide)).replace("%2", str(check.version))
            lines = [heading, where] + ([note] if note else [])
            item.setText("\n".join(lines))
            item.setToolTip("\n".join(lines[1:]))
            item.setData(HEADING, heading)
            item.setData(SOURCE, where)
            item.setData(NOTE, note)
            item.setData(PROBLEM, bool(problem))
            pixmap = self._images.get(state.thumb) if state.thumb else None
            item.setData(PIXMAP, pixmap if pixmap is not None else self._placeholder(bool(problem)))
        self.list.doItemsLayout()  # a note changes a row's height

    def _placeholder(self, broken: bool) -> QPixmap:
        t = self.appearance.theme
        pixmap = QPixmap(THUMB)
        pixmap.fill(QColor(t.sunken))
        icon = self.icons.pixmap("warning" if broken else "slide", 24, t.warning if broken else t.text_muted)
        painter = QPainter(pixmap)
        painter.drawPixmap((THUMB.width() - 24) // 2, (THUMB.height() - 24) // 2, icon)
        painter.end()
        return pixmap

    def problem_rows(self) -> list[int]:
        """The rows flagged with a problem (the last build's refusal or a failed check)."""
        return [n for n in range(self.list.count()) if self.list.item(n).data(PROBLEM)]

    def _set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_buttons(self) -> None:
        count, row = self.list.count(), self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        undo = count == 0 and bool(self._cleared)
        self.clear_button.setText(self.tr("Undo clear") if undo else self.tr("Clear"))
        self.clear_button.setEnabled(count > 0 or undo)
        self.build_button.setEnabled(count > 0 and not self.building and self.library is not None)
        self.build_button.setText(
            self.tr("Building the pitch…") if self.building else self.tr("Build pitch…")
        )
        self.hint.setVisible(count == 0)
        self.count_label.setText(self.tr("%n slide(s) in your pitch", "", count))

    def _apply_style(self) -> None:
        t = self.appearance.theme
        self.problem.setStyleSheet(f"color: {t.danger};")
        if self.rows:
            self._render_rows()

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.title.setText(self.tr("YOUR PITCH"))
        self.close_button.setToolTip(self.tr("Hide the pitch basket (Ctrl+Shift+B)"))
        self.hint.setText(
            self.tr(
                "Pick slides for a pitch: “Add to pitch” in the preview (Ctrl+B), or right-click a slide "
                "in the results or the filmstrip. Drag them into order, then build one .pptx."
            )
        )
        self.list.setAccessibleName(self.tr("Slides in your pitch"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.remove_button.setToolTip(self.tr("Take out of the pitch"))
        self.build_button.setToolTip(self.tr("Save the picked slides, in this order, as one PowerPoint file"))
        self._update_buttons()
        self._render_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.show_basket()

    def show_basket(self) -> None:
        """Show the panel (wide enough for its cards) and check the picks again."""
        self.show()
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter) and self.width() < 320:
            sizes = splitter.sizes()
            if len(sizes) == 2 and sum(sizes) > 700:
                splitter.setSizes([sum(sizes) - 360, 360])
        self.recheck()

    def setVisible(self, visible: bool) -> None:
        """Shown or hidden by the user (not by its window closing): remembered, and announced."""
        was = not self.isHidden()
        super().setVisible(visible)
        if was != visible:
            self.state.pitch_visible = visible
            self.visibility_changed.emit(visible)
