"""Watched folders in the app: File → Import and watch a folder…, File → Watched folders…

The work is the library's `FolderWatchService` (Qt-free). Its dispatcher thread hands each
settled batch over through `TaskRunner.relay`; the controller applies it as a "write" task (the
single-writer queue, behind any import), then refreshes the library's views and says in the
status bar what was picked up. The UI thread never reads the watch list or the disk: listing,
adding, removing, starting and stopping are runner tasks too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.ui.messages import reason_text

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.services.watch import WatchBatch, WatchedFolder, WatchReport


def start_watching(services: Services, on_batch: Any) -> bool:
    """Worker body: start the watch when the library has watched folders; True when it runs."""
    if services.watch.running or services.watch.watched():
        services.watch.start(on_batch)
    return services.watch.running


class WatchController(QObject):
    """The window's watched folders.

    Signals:
        picked_up(object): a WatchReport with changes, after the library's views were refreshed.
        folders_changed(): the watch list changed (the dialog reloads).
    """

    picked_up = Signal(object)
    folders_changed = Signal()

    def __init__(self, *, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.runner
        self.services: Services | None = None
        self.allowed = True
        self.dialog: WatchedFoldersDialog | None = None
        self._pending: list[Path] = []  # asked for before the services were ready
        self.watch_action = QAction(window)
        self.watch_action.setIcon(window.icons.icon("folder"))
        self.watch_action.triggered.connect(self.choose_folder)
        self.list_action = QAction(window)
        self.list_action.triggered.connect(self.show_folders)
        file_menu = window.menus["file"]
        file_menu.insertAction(file_menu.actions()[2], self.watch_action)  # after the two imports
        file_menu.insertAction(file_menu.actions()[3], self.list_action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.watch_action.setText(self.tr("Import and &watch a folder…"))
        self.list_action.setText(self.tr("Watc&hed folders…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        return False

    # ------------------------------------------------------------------ services

    def set_services(self, services: Services) -> None:
        """A library is on show: follow its watched folders (its own re-check runs first)."""
        self.services = services
        if self.allowed:
            self._start(services)
        pending, self._pending = self._pending, []
        for path in pending:
            self.import_folder_and_watch(path)

    def set_allowed(self, allowed: bool) -> None:
        """Watching imports: for marketing on a team library (a seller's watch is stopped)."""
        self.allowed = allowed
        self.watch_action.setEnabled(allowed)
        self.list_action.setEnabled(allowed)
        services = self.services
        if services is None:
            return
        if allowed:
            self._start(services)
        else:
            self.runner.submit(services.watch.stop, kind="write")

    def _start(self, services: Services) -> None:
        relay = self.runner.relay(lambda batch: self._on_batch(services, batch))
        self.runner.submit(start_watching, services, relay)

    # ------------------------------------------------------------------ batches

    def _on_batch(self, services: Services, batch: WatchBatch) -> None:
        if services is not self.services or not self.allowed:
            return  # a library no longer on show
        self.runner.submit(
            services.watch.apply,
            batch,
            kind="write",
            on_done=lambda report: self._on_applied(services, report),
            on_error=self._on_failed,
        )

    def _on_applied(self, services: Services, report: WatchReport) -> None:
        if services is not self.services or not (report.changes or report.rejected):
            return
        if report.changed:
            self.window.library_changed()
        self.window.statusBar().showMessage(self.summary(report), 15_000)
        self.picked_up.emit(report)

    def summary(self, report: WatchReport) -> str:
        """ "Watched folders: 3 new, 1 updated, 1 moved, 2 archived, 1 rejected" (the parts that apply)."""
        locale = self.window.locale()
        parts = [
            (report.imported, self.tr("%1 new")),
            (report.updated, self.tr("%1 updated")),
            (report.moved, self.tr("%1 moved")),
            (report.archived, self.tr("%1 archived (file deleted)")),
            (report.restored, self.tr("%1 published again (file back)")),
            (len(report.rejected), self.tr("%1 rejected")),
        ]
        text = ", ".join(t.replace("%1", locale.toString(n)) for n, t in parts if n)
        return self.tr("Watched folders: %1").replace("%1", text)

    def _on_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(
            self.tr("A watched folder could not be imported: %1").replace("%1", reason_text(exc)), 15_000
        )

    # ------------------------------------------------------------------ the entry points

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import and watch a folder"))
        if folder:
            self.import_folder_and_watch(Path(folder))

    def import_folder_and_watch(self, path: Path) -> None:
        """Import the folder now (progress and report as for File → Import folder…), then watch it."""
        services = self.services
        if services is None:
            self._pending.append(Path(path))
            return
        if not self.allowed:
            return
        self.runner.submit(
            services.watch.add,
            Path(path),
            kind="write",
            on_done=lambda folder: self._on_added(services, folder),
            on_error=self._on_failed_to_add,
        )

    def _on_added(self, services: Services, folder: WatchedFolder) -> None:
        if services is not self.services:
            return
        self.window.imports.import_paths([str(folder.path)])
        relay = self.runner.relay(lambda batch: self._on_batch(services, batch))
        self.runner.submit(services.watch.start, relay, recheck=False)
        self.window.statusBar().showMessage(
            self.tr("Watching %1: new, changed and deleted files will be picked up.").replace(
                "%1", str(folder.path)
            ),
            10_000,
        )
        self.folders_changed.emit()

    def _on_failed_to_add(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(
            self.tr("The folder cannot be watched: %1").replace("%1", reason_text(exc)), 15_000
        )

    def stop_watching(self, path: Path) -> None:
        services = self.services
        if services is None:
            return
        self.runner.submit(
            services.watch.remove, Path(path), kind="write", on_done=lambda _ok: self.folders_changed.emit()
        )

    def show_folders(self) -> WatchedFoldersDialog:
        if self.dialog is None:
            self.dialog = WatchedFoldersDialog(controller=self, parent=self.window)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


class WatchedFoldersDialog(QDialog):
    """The watched folders, with "Stop watching" and "Import and watch a folder…"."""

    def __init__(self, *, controller: WatchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setMinimumWidth(560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.folders = QListWidget(self)
        self.stop_button = QPushButton(self)
        self.add_button = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folders, 1)
        layout.addWidget(buttons)
        self.stop_button.clicked.connect(self._stop_selected)
        self.add_button.clicked.connect(controller.choose_folder)
        self.folders.currentItemChanged.connect(lambda *_: self._update_buttons())
        controller.folders_changed.connect(self.reload)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Watched folders"))
        self.intro.setText(
            self.tr(
                "New, changed and renamed files in these folders reach the library within seconds; "
                "a deleted file's item is archived. Stopping keeps the items already imported."
            )
        )
        self.stop_button.setText(self.tr("&Stop watching"))
        self.add_button.setText(self.tr("&Import and watch a folder…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        services = self.controller.services
        if services is None:
            return
        self.controller.runner.submit(services.watch.watched, on_done=self._show)

    def _show(self, folders: list[WatchedFolder]) -> None:
        self.folders.clear()
        for folder in folders:
            text = str(folder.path)
            if not folder.available:
                text += "  " + self.tr("(missing: watched again at the next start once it is back)")
            item = QListWidgetItem(text, self.folders)
            item.setData(Qt.ItemDataRole.UserRole, str(folder.path))
        if not folders:
            item = QListWidgetItem(self.tr("No folder is watched yet."), self.folders)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def watched_paths(self) -> list[str]:
        paths = []
        for row in range(self.folders.count()):
            item = self.folders.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole):
                paths.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return paths

    def _update_buttons(self) -> None:
        item = self.folders.currentItem()
        self.stop_button.setEnabled(item is not None and bool(item.data(Qt.ItemDataRole.UserRole)))

    def _stop_selected(self) -> None:
        item = self.folders.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.controller.stop_watching(Path(str(item.data(Qt.ItemDataRole.UserRole))))
