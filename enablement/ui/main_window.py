"""The main window: a thin frame that composes the panels and routes their signals.

Search (facets · results · preview), Browse and Voting are pages under one top
bar. Services arrive after the window is shown (the first run builds the demo
library in the background), so every panel starts empty and is handed the
services in `set_services()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from enablement.preview.links import DeepLink, parse_link
from enablement.preview.service import PreviewService
from enablement.ui.actions import (
    build_actions,
    build_menus,
    retint_actions,
    retranslate_actions,
    retranslate_menus,
)
from enablement.ui.browse_view import BrowseView
from enablement.ui.facets import FacetPanel
from enablement.ui.first_run import FirstRunController
from enablement.ui.i18n import Translator
from enablement.ui.icons import IconSet
from enablement.ui.import_controller import ImportController, ImportProgressWidget, local_paths
from enablement.ui.layouts import CurrentPageStack
from enablement.ui.library_pages import LibraryPages, LoadingPage, library_examples, library_stats, warm_up
from enablement.ui.loop import DashboardPage, InboxPage
from enablement.ui.loop.capture import CaptureLoop
from enablement.ui.messages import reason_text
from enablement.ui.preview_pane import PreviewPane
from enablement.ui.results_panel import ResultsPanel
from enablement.ui.search_controller import SearchAnswer, SearchController
from enablement.ui.settings_dialog import SettingsDialog
from enablement.ui.tasks import TaskRunner
from enablement.ui.team_controller import TeamController
from enablement.ui.team_status import IdentityChip, OfflineBanner
from enablement.ui.theme import Appearance
from enablement.ui.top_bar import TopBar, WelcomeStrip
from enablement.ui.ui_state import UiState
from enablement.ui.voting import VotingPanel
from enablement.ui.watch_controller import WatchController
from enablement.ui.workbench import attach_pitch
from enablement.ui.workbench.cards_controller import CardsController
from enablement.ui.workbench.deck_check_panel import DeckCheck
from enablement.ui.workbench.diff_view import VersionsLoop
from enablement.ui.workbench.status_history import StatusHistory

if TYPE_CHECKING:
    from enablement.app import Services


class MainWindow(QMainWindow):
    """Enablement Hub's window.

    Signals:
        services_ready(): services were handed over and the panels are live.
    """

    services_ready = Signal()

    def __init__(
        self,
        *,
        runner: TaskRunner,
        appearance: Appearance,
        icons: IconSet,
        translator: Translator,
        state: UiState,
        opener: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.appearance = appearance
        self.icons = icons
        self.translator = translator
        self.state = state
        self.services: Services | None = None
        self.preview_service: PreviewService | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._pending_link: DeepLink | None = None
        self._owns_services = False
        self._starting: Any = None
        self.gc_policy: Any = None
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.resize(1360, 860)
        screen = self.screen()
        if screen is not None:  # a first start on a small screen: fit it (a saved geometry wins later)
            room = screen.availableGeometry()
            self.resize(min(1360, room.width() - 24), min(860, room.height() - 24))

        self.top = TopBar(appearance=appearance, icons=icons, parent=self)
        self.identity_chip = IdentityChip(icons=icons, parent=self.top)
        self.top.add_status_widget(self.identity_chip)
        self.offline_banner = OfflineBanner(appearance=appearance, icons=icons, parent=self)
        self.welcome = WelcomeStrip(appearance=appearance, icons=icons, parent=self)
        self.welcome.hide()
        self.facets = FacetPanel(appearance=appearance, parent=self)
        self.results = ResultsPanel(appearance=appearance, icons=icons, parent=self)
        self.preview = PreviewPane(
            runner=runner, appearance=appearance, icons=icons, opener=opener, parent=self
        )
        self.search_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.search_splitter.setObjectName("searchSplitter")
        for widget in (self.facets, self.results, self.preview):
            self.search_splitter.addWidget(widget)
        self.search_splitter.setSizes([200, 470, 690])
        self.search_splitter.setStretchFactor(1, 2)
        self.search_splitter.setStretchFactor(2, 3)
        self.search_splitter.setChildrenCollapsible(False)

        browse_preview = PreviewPane(
            runner=runner, appearance=appearance, icons=icons, opener=opener, parent=self
        )
        self.browse = BrowseView(
            runner=runner, appearance=appearance, icons=icons, preview_pane=browse_preview
        )
        self.loading = LoadingPage(self)
        self.voting_placeholder = QLabel(self)
        self.voting_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voting_placeholder.setObjectName("muted")

        self.pages = CurrentPageStack(self)  # as wide as the page on show needs
        for page in (self.loading, self.search_splitter, self.browse, self.voting_placeholder):
            self.pages.addWidget(page)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top)
        column.addWidget(self.offline_banner)
        welcome_box = QVBoxLayout()
        welcome_box.setContentsMargins(12, 10, 12, 0)
        welcome_box.addWidget(self.welcome)
        column.addLayout(welcome_box)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.library_pages = LibraryPages(
            pages=self.pages,
            top=self.top,
            runner=runner,
            appearance=appearance,
            icons=icons,
            show_unit=self._show_unit_from_page,
        )

        self.import_progress = ImportProgressWidget(icons=icons, parent=self)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().setSizeGripEnabled(False)

        self.search = SearchController(runner=runner, parent=self)
        self.imports = ImportController(
            runner=runner, progress=self.import_progress, parent_widget=self, parent=self
        )
        self.team = TeamController(window=self, runner=runner, state=state, parent=self)
        self.pitch = attach_pitch(self)  # the pitch basket dock (before the state restores docks)
        self.actions_ = build_actions(self)
        self.menus = build_menus(self, self.actions_)
        self.cards = CardsController(window=self)  # issue 12: battle-card editor (its own menu actions)
        self.watch = WatchController(window=self)  # issue 14: watched folders (File menu actions)
        self.first_run = FirstRunController(window=self)  # issue 14: first launch, removing the demo
        self._connect()
        self.retranslate()
        self.pages.setCurrentWidget(self.loading)
        self._restore_state()

    # ------------------------------------------------------------------ wiring

    def _connect(self) -> None:
        field = self.top.field
        field.textChanged.connect(self._on_query_edited)
        field.moved.connect(self.results.move_selection)
        field.submitted.connect(self._on_submit)
        field.escaped.connect(self._on_escape)
        self.results.escaped.connect(field.take_escape)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.preview)  # Esc in the preview, too
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(field.take_escape)
        QWidget.setTabOrder(self.results.group_button, field)  # Tab: field → results → preview actions
        QWidget.setTabOrder(field, self.results.view)
        self.top.page_requested.connect(self.set_page)
        self.top.import_requested.connect(self.imports.choose_files)
        self.top.settings_requested.connect(self.open_settings)
        self.welcome.dismissed.connect(self._dismiss_welcome)
        self.welcome.import_requested.connect(self.imports.choose_files)
        self.search.answered.connect(self._on_answer)
        self.search.cleared.connect(self._on_cleared)
        self.search.failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.facets.filters_changed.connect(self.search.set_filters)
        self.results.hit_selected.connect(self._on_hit_selected)
        self.results.hit_activated.connect(lambda _hit: self.preview.open_original())
        self.results.original_requested.connect(self.search.search_original)
        self.results.suggestion_chosen.connect(self.set_query)
        self.results.clear_filters_requested.connect(self.facets.clear)
        self.results.group_button.toggled.connect(self._on_group_toggled)
        self.preview.status_message.connect(lambda msg: self.statusBar().showMessage(msg, 5000))
        self.browse.preview_pane.status_message.connect(lambda msg: self.statusBar().showMessage(msg, 5000))
        self.imports.finished.connect(self._on_import_finished)
        self.imports.failed.connect(lambda msg: self.statusBar().showMessage(msg, 10000))
        self.runner.task_failed.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.translator.language_changed.connect(lambda _lang: self.search.refresh())
        self.appearance.changed.connect(self._on_theme_changed)

    # ------------------------------------------------------------------ services

    def start(self, settings: Any, *, create_demo: bool = False) -> None:
        """Build the services in the background; `create_demo` builds the demo library into an empty
        default library (only when the newcomer chose it: enablement.ui.first_run)."""
        from enablement.app import build_services

        self._owns_services = True
        self._starting = settings
        self.pages.setCurrentWidget(self.loading)
        self.top.field.setEnabled(False)
        self.runner.submit(
            build_services,
            settings,
            create_demo=create_demo,
            kind="write",
            on_done=self.set_services,
            on_error=self._on_start_failed,
        )

    def _on_start_failed(self, exc: BaseException) -> None:
        if self.team.start_failed(self._starting, exc):
            return
        self.loading.show_failure(self.tr("The library could not be opened:") + f"\n\n{reason_text(exc)}")

    def set_services(self, services: Services, *, owned: bool | None = None) -> None:
        if owned is not None:
            self._owns_services = owned
        self.services = services
        self.preview_service = PreviewService(services.library, offline=lambda: services.search.offline)
        self.preview.set_preview_service(self.preview_service)
        self.browse.set_services(services, self.preview_service)
        self.cards.set_services(services, self.preview_service)  # issue 12: battle-card editor
        self.search.set_services(services)
        self.imports.services = services
        self.watch.set_services(services)
        self.library_pages.mount(services, self.preview_service)
        self.capture = CaptureLoop.attach(self, services, getattr(self, "capture", None))
        self.deck_check = DeckCheck.attach(self, services, getattr(self, "deck_check", None))  # workbench
        self.status_history = StatusHistory.attach(self, services, getattr(self, "status_history", None))
        self.pitch.set_services(services, self.preview_service)
        self.versions = VersionsLoop.attach(self, services, getattr(self, "versions", None))  # workbench diff
        if services.settings.db_url is None:  # a team library's folder is only its cache
            self.state.last_library = str(services.library.root)
        self.top.field.setEnabled(True)
        self.set_page(self.state.last_page)
        self.welcome.setVisible(not self.state.welcome_dismissed)
        self.runner.submit(library_stats, services, on_done=self.results.set_library_stats)
        self._load_examples(services)
        self.runner.prime(lambda: warm_up(services))
        query = self.top.field.text() or self.state.last_query
        if query:
            self.set_query(query)
        self.top.field.setFocus()
        if self._pending_link is not None:
            link, self._pending_link = self._pending_link, None
            self.open_link(link)
        self.team.services_set(services)
        self.services_ready.emit()

    def replace_services(self, services: Services) -> None:
        """Show `services` (built already, e.g. by a sign-in) instead of the library on show."""
        self._release_services()
        self.set_services(services, owned=True)

    def switch_to(self, settings: Any) -> None:
        """Leave the library on show and open the one `settings` names (built in the background)."""
        self._release_services()
        self.start(settings)  # never the demo again: it is built only when chosen on the first launch

    def _release_services(self) -> None:
        if self.imports.busy:
            self.imports.cancel()
        old, self.services = self.services, None
        if old is None:
            return
        self.runner.wait_idle(30_000)
        if self._owns_services:
            # Closing stops the index follower, which may wait on the network: not on the UI thread.
            self.runner.submit(old.close, kind="write")

    @property
    def voting_panel(self) -> VotingPanel | None:
        return self.library_pages.voting

    @property
    def inbox_page(self) -> InboxPage | None:
        return self.library_pages.inbox

    @property
    def dashboard_page(self) -> DashboardPage | None:
        return self.library_pages.dashboard

    def _show_unit_from_page(self, item_id: int, kind: str, number: int) -> None:
        self.set_page("search")
        self.preview.show_unit(item_id, kind, number, self.top.field.text())

    # ------------------------------------------------------------------ pages and search

    def _page_widgets(self) -> dict[str, QWidget | None]:
        return {
            "search": self.search_splitter,
            "browse": self.browse,
            "voting": self.voting_panel,
            "inbox": self.inbox_page,
            "dashboard": self.dashboard_page,
        }

    def set_page(self, name: str) -> None:
        if self.services is None:
            return
        widget = self._page_widgets().get(name)
        if widget is None:
            widget, name = self.search_splitter, "search"
        self.pages.setCurrentWidget(widget)
        self.top.set_page(name)
        self.state.last_page = name
        if name in ("inbox", "dashboard"):
            widget.reload()  # type: ignore[attr-defined]

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        for name, page in self._page_widgets().items():
            if page is not None and widget is page:
                return name
        return "loading"

    def active_preview(self) -> PreviewPane:
        return self.browse.preview_pane if self.current_page() == "browse" else self.preview

    def focus_search(self) -> None:
        if self.current_page() not in ("search", "loading"):
            self.set_page("search")
        self.top.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.top.field.selectAll()

    def set_query(self, text: str) -> None:
        self.set_page("search")
        if self.top.field.text() != text:
            self.top.field.setText(text)
        else:
            self.search.set_query(text, immediate=True)

    def _on_query_edited(self, text: str) -> None:
        if self.current_page() not in ("search", "loading") and text:
            self.set_page("search")
        self.state.last_query = text
        self.search.set_query(text)

    def _on_submit(self) -> None:
        if self.search.pending():
            self.search.refresh()
        else:
            self.results.activate_current()

    def _on_escape(self) -> None:
        self.facets.clear()

    def _on_cleared(self) -> None:
        self.facets.set_facets({})
        self.results.show_home()
        self.preview.clear()

    def _on_answer(self, answer: SearchAnswer) -> None:
        self.facets.set_facets(answer.response.facets)
        self.facets.set_selected(answer.request.filters)
        self.results.show_answer(answer)

    def _on_hit_selected(self, hit: Any) -> None:
        answer = self.search.last_answer
        query = ""
        if answer is not None:
            query = getattr(answer.response, "searched_query", "") or answer.response.query
        self.preview.show_hit(hit, query)

    def _on_group_toggled(self, grouped: bool) -> None:
        self.state.grouped = grouped
        self.actions_.group_results.setChecked(grouped)
        self.search.set_grouped(grouped)

    def toggle_grouping(self) -> None:
        self.results.group_button.toggle()

    def refresh(self) -> None:
        self.preview.forget_cache()
        self.search.refresh()
        self.browse.reload()

    # ------------------------------------------------------------------ deep links

    def open_link(self, link: DeepLink) -> None:
        """Show the unit a deep link names (enablement://item/ID#slide=N)."""
        if self.services is None:
            self._pending_link = link
            return
        self.set_page("search")
        self.preview.show_unit(link.item_id, link.kind, link.number, self.top.field.text())
        self.raise_()
        self.activateWindow()

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        """QDesktopServices URL handler for enablement:// links opened inside the app."""
        link = parse_link(url.toString())
        if link is not None:
            self.open_link(link)

    # ------------------------------------------------------------------ import

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.services is not None and self.imports.allowed and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths and self.imports.allowed:
            event.acceptProposedAction()
            self.imports.import_paths(paths)

    def import_folder_and_watch(self, path: Path) -> None:
        """Import a folder (with progress and a report) and keep watching it (issue 14).

        Asked for before the library is ready, it runs once the services arrive.
        """
        self.watch.import_folder_and_watch(Path(path))

    def _on_import_finished(self, report: Any) -> None:
        text = self.tr("Import finished: %1 new, %2 updated, %3 rejected")
        self.statusBar().showMessage(
            text.replace("%1", self.locale().toString(int(report.imported)))
            .replace("%2", self.locale().toString(int(report.updated)))
            .replace("%3", self.locale().toString(len(report.rejected))),
            10000,
        )
        if report.imported:  # their own files are in: the demo's "how to import" strip has done its job
            self._dismiss_welcome()
        self.library_changed()

    def library_changed(self) -> None:
        """Items changed (an import here, or another desktop's): refresh the search, Browse and counts."""
        self.preview.forget_cache()
        self.browse.preview_pane.forget_cache()
        self.search.refresh()
        self.browse.reload()
        self.library_pages.library_changed()
        if self.services is not None:
            self.runner.submit(library_stats, self.services, on_done=self.results.set_library_stats)
            self._load_examples(self.services)

    def _load_examples(self, services: Services) -> None:
        """The empty search page's "Try:" queries: the demo's own (None), else this library's names."""
        demo = services.settings.is_default_library and not services.is_team
        self.results.set_examples(None if demo else [])
        self.runner.submit(library_examples, services, on_done=self.results.set_examples)

    def set_import_allowed(self, allowed: bool) -> None:
        """Imports are for marketing on a team library: the actions, buttons and drop target follow."""
        self.imports.allowed = allowed
        self.cards.set_allowed(allowed)  # issue 12: marketers write battle cards, as they import
        self.watch.set_allowed(allowed)
        self.actions_.import_files.setEnabled(allowed)
        self.actions_.import_folder.setEnabled(allowed)
        self.top.set_import_allowed(allowed)
        self.welcome.set_import_allowed(allowed)

    # ------------------------------------------------------------------ settings, welcome, about

    def open_settings(self) -> None:
        library = str(self.services.library.root) if self.services is not None else ""
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(
                language=self.translator.choice, theme=self.appearance.mode, library=library, parent=self
            )
            self.settings_dialog.language_chosen.connect(self.set_language)
            self.settings_dialog.theme_chosen.connect(self._set_theme)
            self.settings_dialog.library_chosen.connect(self.switch_library)
        self.settings_dialog.set_library(library, self.team.team_library())
        self.settings_dialog.show()
        self.settings_dialog.raise_()

    def set_language(self, choice: str) -> None:
        self.state.language = choice
        self.translator.apply(choice)

    def _set_theme(self, mode: str) -> None:
        self.state.theme = mode
        self.appearance.set_mode(mode)

    def _on_theme_changed(self) -> None:
        self.top.apply_style()
        self.offline_banner.apply_style()
        self.icons._cache.clear()
        retint_actions(self)
        for widget in self.findChildren(QWidget):
            widget.update()

    def switch_library(self, folder: str) -> None:
        """Open another library: leave the current services and build new ones in the background."""
        from enablement.config import Settings

        if self.services is None or self.imports.busy:
            return
        old = self.services
        db = None if Path(folder).resolve() != old.library.root else old.settings.db_url
        self.switch_to(Settings(Path(folder), db, old.settings.user, is_default_library=False))

    def _dismiss_welcome(self) -> None:
        self.state.welcome_dismissed = True
        self.welcome.hide()

    def show_welcome(self) -> None:
        self.state.welcome_dismissed = False
        self.welcome.show()

    def show_about(self) -> None:
        from enablement import __version__

        QMessageBox.about(
            self,
            self.tr("About Enablement Hub"),
            self.tr("Enablement Hub %1 — search battle cards, decks and catalogs offline.").replace(
                "%1", __version__
            ),
        )

    # ------------------------------------------------------------------ state and lifetime

    def _restore_state(self) -> None:
        geometry = self.state.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.state.window_state()
        if state is not None:
            self.restoreState(state)
        for splitter in self._splitters():
            saved = self.state.splitter(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)
        grouped = self.state.grouped
        self.results.group_button.setChecked(grouped)
        self.actions_.group_results.setChecked(grouped)
        self.search.request.grouped = grouped
        if self.state.last_query:
            self.top.field.blockSignals(True)
            self.top.field.setText(self.state.last_query)
            self.top.field.blockSignals(False)
            self.search.request.query = self.state.last_query

    def _splitters(self) -> list[QSplitter]:
        return [
            self.search_splitter,
            self.browse.splitter,
            self.preview.slides.splitter,
        ]

    def save_state(self) -> None:
        self.state.save_window(
            self.saveGeometry(), self.saveState(), {s.objectName(): s.saveState() for s in self._splitters()}
        )
        self.state.last_query = self.top.field.text()
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.imports.busy:
            self.imports.cancel()
        self.runner.shutdown()
        if self.preview_service is not None:
            self.preview_service.cleanup()
        if self._owns_services and self.services is not None:
            self.services.close()
            self.services = None
        super().closeEvent(event)

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enablement Hub"))
        self.loading.label.setText(
            self.tr("Preparing the library…")
            + "\n"
            + self.tr("On the first run this builds the demo library; it takes a few seconds.")
        )
        self.voting_placeholder.setText(self.tr("Voting is not available in this build."))
        retranslate_actions(self.actions_)
        retranslate_menus(self.menus)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
