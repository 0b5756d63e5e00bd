"""Two versions of an item side by side, and "Restore this version" for marketing.

`DiffDialog` shows one row per slide, page or section: the older version's text on the left,
the newer one's on the right, a coloured stripe and label for what happened to it (added,
removed, changed, moved, unchanged), removed words struck through on the left and added words
highlighted on the right. Two pickers choose the versions; the diff is computed by
enablement.workbench.diff on the task runner and a refusal (a deck against a PDF, a missing
original) is shown inline with the pickers left as they were. A restore runs on the write
queue; the dialog then shows the restored version against the one it replaced.

`VersionsLoop` hands the window's two preview panes their "Compare versions…" action.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from enablement.domain import Version
from enablement.errors import EnablementError
from enablement.store import repository as repo
from enablement.ui import labels
from enablement.ui.layouts import fit_to_screen
from enablement.ui.messages import error_text
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance, Theme
from enablement.workbench.diff import (
    ChangeStatus,
    FieldDiff,
    RestoreResult,
    RowDiff,
    VersionDiff,
    diff_versions,
    may_restore,
    restore_version,
)

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.store.library import Library

MAX_ROWS = 400  # a diff longer than this shows its changed rows only


@dataclass(slots=True)
class DiffAnswer:
    """What the dialog needs, read on a worker: the versions, the diff or why there is none."""

    title: str
    versions: list[Version]
    current: int
    old: int
    new: int
    diff: VersionDiff | None
    problem: EnablementError | None
    may_restore: bool


def load_answer(library: Library, item_id: int, old: int | None, new: int | None) -> DiffAnswer:
    """Worker body: the item's versions and the diff of `old` → `new` (defaults: previous → current)."""
    with library.reading() as conn:
        item = repo.get_item(conn, item_id)
        versions = repo.get_versions(conn, item_id)
    new = new or item.version
    old = old or max(1, new - 1)
    diff: VersionDiff | None = None
    problem: EnablementError | None = None
    try:
        diff = diff_versions(library, item_id, old, new)
    except EnablementError as exc:  # shown inline; the pickers stay usable
        problem = exc
    return DiffAnswer(item.title, versions, item.version, old, new, diff, problem, may_restore(library))


def _mix(color: str, base: str, amount: float) -> str:
    """`color` laid over `base` at `amount` opacity, as #rrggbb (rich text has no alpha)."""
    a, b = QColor(color), QColor(base)
    mixed = QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )
    return mixed.name()


def status_color(theme: Theme, status: ChangeStatus) -> str:
    return {
        ChangeStatus.ADDED: theme.success,
        ChangeStatus.REMOVED: theme.danger,
        ChangeStatus.CHANGED: theme.warning,
        ChangeStatus.MOVED: theme.accent,
        ChangeStatus.UNCHANGED: theme.text_muted,
    }[status]


def side_html(theme: Theme, row: RowDiff, side: str) -> str:
    """One side of a row ("old" or "new") as rich text, its changed words marked."""
    if (side == "old" and row.old_number is None) or (side == "new" and row.new_number is None):
        return ""
    removed_bg = _mix(theme.danger, theme.surface, 0.22)
    added_bg = _mix(theme.success, theme.surface, 0.25)
    parts: list[str] = []
    for field in row.fields:
        text = _marked(field, side, removed_bg, added_bg)
        if not text.strip():
            continue
        if field.name == "title":
            parts.append(f"<div style='font-weight:600'>{text}</div>")
        elif field.name == "notes":
            parts.append(f"<div style='color:{theme.text_muted}'><i>✎</i> {text}</div>")
        else:
            parts.append(f"<div>{text}</div>")
    return "".join(parts)


def _marked(field: FieldDiff, side: str, removed_bg: str, added_bg: str) -> str:
    out: list[str] = []
    for segment in field.segments:
        text = html.escape(segment.text).replace("\n", "<br>")
        if segment.op == "same":
            out.append(text)
        elif segment.op == "removed" and side == "old":
            out.append(f"<span style='background:{removed_bg}; text-decoration:line-through'>{text}</span>")
        elif segment.op == "added" and side == "new":
            out.append(f"<span style='background:{added_bg}'>{text}</span>")
    return "".join(out)


class DiffRow(QFrame):
    """One slide, page or section: status on top, the two versions' texts side by side."""

    def __init__(self, row: RowDiff, *, theme: Theme, noun: str, status_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.row = row
        color = status_color(theme, row.status)
        self.setObjectName("diffRow")
        self.setStyleSheet(
            f"QFrame#diffRow {{ background: {theme.surface}; border: 1px solid {theme.border};"
            f" border-left: 4px solid {color}; border-radius: 4px; }}"
        )
        self.status = QLabel(self)
        place = _place(row)
        self.status.setText(
            f"<span style='color:{color}; font-weight:700'>{html.escape(status_text)}</span>"
            f"&nbsp;&nbsp;<span style='color:{theme.text_muted}'>{html.escape(noun)} {place}</span>"
        )
        self.left = QLabel(self)
        self.right = QLabel(self)
        for label, side in ((self.left, "old"), (self.right, "new")):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setText(side_html(theme, row, side))
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.status, 0, 0, 1, 2)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)


def _place(row: RowDiff) -> str:
    if row.old_number is None:
        return str(row.new_number)
    if row.new_number is None or row.old_number == row.new_number:
        return str(row.old_number)
    return f"{row.old_number} → {row.new_number}"


class DiffDialog(QDialog):
    """Compare two versions of one item; marketing restores an older one as the newest.

    Signals:
        restored(object): a restore finished (its `RestoreResult`); the window refreshes.

    Attributes:
        answer: the last answer shown (None while the first loads).
    """

    restored = Signal(object)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        appearance: Appearance,
        item_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.appearance = appearance
        self.item_id = item_id
        self.answer: DiffAnswer | None = None
        self.busy = False
        self.retired = False  # its library left the window: delete once a running restore is back
        self._token = 0
        self.setMinimumSize(760, 520)
        fit_to_screen(self, 1100, 760)  # a laptop's 1366×768 has room for less

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        for combo in (self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._on_picked)
        self.hide_unchanged = QCheckBox(self)
        self.hide_unchanged.toggled.connect(self._render_rows)
        pickers = QHBoxLayout()
        pickers.setSpacing(8)
        for widget in (self.from_label, self.from_combo, self.to_label, self.to_combo):
            pickers.addWidget(widget)
        pickers.addStretch(1)
        pickers.addWidget(self.hide_unchanged)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.old_head = QLabel(self)
        self.new_head = QLabel(self)
        for label in (self.old_head, self.new_head):
            label.setObjectName("sectionTitle")
            label.setWordWrap(True)
        heads = QHBoxLayout()
        heads.setContentsMargins(16, 0, 16, 0)
        heads.setSpacing(18)
        heads.addWidget(self.old_head, 1)
        heads.addWidget(self.new_head, 1)

        self.rows_host = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        self.rows_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.rows_host)
        self.row_widgets: list[DiffRow] = []

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.setProperty("accent", True)
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.hide()
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addLayout(heads)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        appearance.changed.connect(self._render)
        self.retranslate()
        self.load()

    # ------------------------------------------------------------------ loading

    def load(self, old: int | None = None, new: int | None = None) -> None:
        """Compare versions `old` and `new` (defaults: the previous and the current one)."""
        self._token += 1
        token = self._token
        if self.answer is None:
            self.summary.setText(self.tr("Loading…"))
        self.runner.submit(
            load_answer,
            self.services.library,
            self.item_id,
            old,
            new,
            on_done=lambda answer: self._on_loaded(token, answer),
            on_error=lambda exc: self._on_failed(token, exc),
        )

    def _on_loaded(self, token: int, answer: DiffAnswer) -> None:
        if token != self._token:
            return
        self.answer = answer
        self._fill_pickers(answer)
        self._render()

    def _on_failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self.show_message(error_text(exc))

    def _on_picked(self) -> None:
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        if old is not None and new is not None:
            self.load(int(old), int(new))

    def _fill_pickers(self, answer: DiffAnswer) -> None:
        for combo, chosen in ((self.from_combo, answer.old), (self.to_combo, answer.new)):
            combo.blockSignals(True)
            combo.clear()
            for version in reversed(answer.versions):
                combo.addItem(self._version_text(version, answer.current), version.number)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _version_text(self, version: Version, current: int) -> str:
        text = self.tr("Version %1 · %2").replace("%1", str(version.number))
        text = text.replace("%2", labels.short_date(version.imported_at))
        if version.imported_by:
            text += f" · {version.imported_by}"
        if version.restored_from:
            text += " · " + self.tr("restored from %1").replace("%1", str(version.restored_from))
        if version.number == current:
            text += " · " + self.tr("current")
        return text

    # ------------------------------------------------------------------ showing

    def _render(self) -> None:
        answer = self.answer
        if answer is None:
            return
        self.heading.setText(answer.title)
        self.setWindowTitle(self.tr("Compare versions: %1").replace("%1", answer.title))
        if answer.problem is not None:
            self.show_message(error_text(answer.problem))
            self.summary.setText("")
        else:
            self.message.hide()
        diff = answer.diff
        t = self.appearance.theme
        if diff is not None:
            counts = diff.counts()
            parts = [
                f"<span style='color:{status_color(t, ChangeStatus(key))}; font-weight:600'>"
                f"{html.escape(self._count_text(ChangeStatus(key), n))}</span>"
                for key, n in counts.items()
                if n and key != ChangeStatus.UNCHANGED
            ]
            if not parts:
                parts = [html.escape(self.tr("No differences: the two versions say the same."))]
            self.summary.setText(" · ".join(parts))
            self.old_head.setText(self.tr("Version %1").replace("%1", str(diff.old.version.number)).upper())
            self.new_head.setText(self.tr("Version %1").replace("%1", str(diff.new.version.number)).upper())
        self._render_rows()
        self._fit_restore(answer)

    def _render_rows(self) -> None:
        for old in self.row_widgets:
            self.rows_layout.removeWidget(old)
            old.deleteLater()
        self.row_widgets = []
        answer = self.answer
        diff = answer.diff if answer is not None else None
        if diff is None:
            return
        hide = self.hide_unchanged.isChecked() or len(diff.rows) > MAX_ROWS
        noun = self._noun(diff.family)
        t = self.appearance.theme
        for row in diff.rows:
            if hide and row.status == ChangeStatus.UNCHANGED:
                continue
            widget = DiffRow(
                row, theme=t, noun=noun, status_text=self._status_text(row), parent=self.rows_host
            )
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, widget)
            self.row_widgets.append(widget)

    def _fit_restore(self, answer: DiffAnswer) -> None:
        """ "Restore version N" for marketing, N the older version on show (never the current one)."""
        target = self._restore_target()
        self.restore_button.setVisible(answer.may_restore and target is not None)
        if target is not None:
            self.restore_button.setText(
                self.tr("Restore version %1 as the newest").replace("%1", str(target))
            )
        self.restore_button.setEnabled(not self.busy)

    def _restore_target(self) -> int | None:
        answer = self.answer
        if answer is None:
            return None
        for number in (answer.old, answer.new):
            if number != answer.current:
                return number
        return None

    def show_message(self, text: str, *, error: bool = True) -> None:
        color = self.appearance.theme.danger if error else self.appearance.theme.success
        self.message.setStyleSheet(f"color: {color};")
        self.message.setText(text)
        self.message.show()

    # ------------------------------------------------------------------ restoring

    def restore(self) -> None:
        target = self._restore_target()
        if target is None or self.busy:
            return
        self.busy = True
        self.restore_button.setEnabled(False)
        self.show_message(self.tr("Restoring version %1…").replace("%1", str(target)), error=False)
        services = self.services
        self.runner.submit(
            restore_version,
            services.library,
            services.importer,
            self.item_id,
            target,
            on_restored=services.library_service.sync,
            kind="write",
            on_done=self._on_restored,
            on_error=self._on_restore_failed,
        )

    def _on_restored(self, result: RestoreResult) -> None:
        self.busy = False
        if self.retired:
            self.deleteLater()
            return
        self.show_message(
            self.tr("Version %1 was published again as version %2.")
            .replace("%1", str(result.restored_from))
            .replace("%2", str(result.version)),
            error=False,
        )
        self.restored.emit(result)
        self.load(result.version - 1, result.version)

    def _on_restore_failed(self, exc: BaseException) -> None:
        self.busy = False
        if self.retired:
            self.deleteLater()
            return
        self.show_message(error_text(exc))
        if self.answer is not None:
            self._fit_restore(self.answer)

    # ------------------------------------------------------------------ texts

    def _noun(self, family: str) -> str:
        if family == "deck":
            return self.tr("Slide")
        if family == "pdf":
            return self.tr("Page")
        return self.tr("Section")

    def _status_text(self, row: RowDiff) -> str:
        texts = {
            ChangeStatus.ADDED: self.tr("Added"),
            ChangeStatus.REMOVED: self.tr("Removed"),
            ChangeStatus.CHANGED: self.tr("Changed and moved") if row.moved else self.tr("Changed"),
            ChangeStatus.MOVED: self.tr("Moved"),
            ChangeStatus.UNCHANGED: self.tr("Unchanged"),
        }
        return texts[row.status]

    def _count_text(self, status: ChangeStatus, n: int) -> str:
        texts = {
            ChangeStatus.ADDED: self.tr("added: %1"),
            ChangeStatus.REMOVED: self.tr("removed: %1"),
            ChangeStatus.CHANGED: self.tr("changed: %1"),
            ChangeStatus.MOVED: self.tr("moved: %1"),
            ChangeStatus.UNCHANGED: self.tr("unchanged: %1"),
        }
        return texts[status].replace("%1", self.locale().toString(n))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare versions"))
        self.from_label.setText(self.tr("Compare"))
        self.to_label.setText(self.tr("with"))
        self.hide_unchanged.setText(self.tr("Hide unchanged"))
        self.close_button.setText(self.tr("Close"))
        self.restore_button.setToolTip(
            self.tr("Publish this version's file again as the newest version. Every version is kept.")
        )
        if self.answer is not None:
            self._fill_pickers(self.answer)
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VersionsLoop(QObject):
    """The window's "Compare versions…" action: one diff dialog per window, for the library on show."""

    def __init__(self, *, services: Services, window: Any) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.dialog: DiffDialog | None = None

    @classmethod
    def attach(cls, window: Any, services: Services, previous: VersionsLoop | None = None) -> VersionsLoop:
        """A loop for `services`, wired to the window's two preview panes (replacing `previous`)."""
        if previous is not None:
            previous.retire()
        loop = cls(services=services, window=window)
        for pane in (window.preview, window.browse.preview_pane):
            pane.compare_requested.connect(loop.open)
        return loop

    def open(self, item_id: int) -> DiffDialog:
        old = self.dialog
        if old is not None and (old.item_id != item_id or not old.isVisible()):
            self.dialog = None
            old.close()
            old.retired = True  # a restore still running deletes it when it is back
            if not old.busy:
                old.deleteLater()
        if self.dialog is None:
            self.dialog = DiffDialog(
                services=self.services,
                runner=self.window.runner,
                appearance=self.window.appearance,
                item_id=item_id,
                parent=self.window,
            )
            self.dialog.restored.connect(self._on_restored)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _on_restored(self, result: RestoreResult) -> None:
        text = self.tr("Version %1 of “%2” is the newest again (as version %3).")
        self.window.statusBar().showMessage(
            text.replace("%1", str(result.restored_from))
            .replace("%2", result.title)
            .replace("%3", str(result.version)),
            8000,
        )
        self.window.library_changed()

    def retire(self) -> None:
        """Another library is on show: disconnect, and close the dialog once its restore is back."""
        for pane in (self.window.preview, self.window.browse.preview_pane):
            pane.compare_requested.disconnect(self.open)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.retired = True
            if not dialog.busy:
                dialog.deleteLater()
        self.deleteLater()
