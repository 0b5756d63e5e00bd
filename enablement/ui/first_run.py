"""The first launch's page (try the demo, open my folder, connect to my team's server) and its controller.

The page only renders the three choices and emits what was chosen; the rules (when to ask,
what each choice means, remembering it) are `enablement.services.first_run`'s, and the
demo's removal is `enablement.services.demo_removal`'s. The controller connects them to the
window: it shows the page instead of opening the library, opens the library once a choice is
made, and owns File → Remove the demo library….
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enablement.app import build_first_run
from enablement.services.demo_removal import DemoRemoval, has_demo, remove_demo_library
from enablement.services.first_run import FirstRunChoice, FirstRunError, FirstRunPlan
from enablement.ui.messages import reason_text

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.config import Settings
    from enablement.ui.icons import IconSet
    from enablement.ui.main_window import MainWindow
    from enablement.ui.theme import Appearance


class _ChoiceCard(QFrame):
    """One way in: an icon, a title, two lines on what it does, and its button."""

    def __init__(self, *, icon: str, icons: IconSet, accent: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.pixmap(icon, 32, accent))
        self.title = QLabel(self)
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("muted")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class FirstRunPage(QWidget):
    """The three ways in, shown once instead of the library on the very first launch.

    Signals:
        demo_chosen(): "Try the demo library".
        folder_chosen(str): "Open my folder", with the folder picked.
        team_chosen(): "Connect to my team's server".

    Attributes:
        pick_folder: asks for the folder ("" when cancelled); the system's folder dialog.
    """

    demo_chosen = Signal()
    folder_chosen = Signal(str)
    team_chosen = Signal()

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        accent = appearance.theme.accent
        self.pick_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with your sales material")
        )
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel(self)
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo = _ChoiceCard(icon="sparkle", icons=icons, accent=accent, parent=self)
        self.folder = _ChoiceCard(icon="folder", icons=icons, accent=accent, parent=self)
        self.team = _ChoiceCard(icon="person", icons=icons, accent=accent, parent=self)
        self.demo.button.setProperty("accent", True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet(f"color: {appearance.theme.danger};")
        self.error.hide()
        self.footnote = QLabel(self)
        self.footnote.setObjectName("muted")
        self.footnote.setWordWrap(True)
        self.footnote.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo.button.clicked.connect(self.demo_chosen)
        self.folder.button.clicked.connect(self._on_folder_clicked)
        self.team.button.clicked.connect(self.team_chosen)

        cards = QGridLayout()
        cards.setHorizontalSpacing(16)
        for column, card in enumerate((self.demo, self.folder, self.team)):
            card.setMinimumWidth(240)
            card.setMaximumWidth(360)
            cards.addWidget(card, 0, column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(cards)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(self.footnote)
        layout.addStretch(2)
        self.retranslate()

    def _on_folder_clicked(self) -> None:
        folder = self.pick_folder()
        if folder:
            self.folder_chosen.emit(folder)

    def show_error(self, text: str) -> None:
        """Say why a choice could not be taken; the page stays for another try."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Enablement Hub"))
        self.intro.setText(
            self.tr(
                "Find the slide, the price row or the battle-card section you need in seconds. "
                "How would you like to start?"
            )
        )
        self.demo.title.setText(self.tr("Try the demo library"))
        self.demo.text.setText(
            self.tr(
                "A fictional company with battle cards, decks, a catalog and a price list, in Russian and "
                "English, and ten weeks of a sales team's searches, votes and feedback. "
                "Remove it in one click when you are done."
            )
        )
        self.demo.button.setText(self.tr("Try the demo"))
        self.folder.title.setText(self.tr("Open my folder"))
        self.folder.text.setText(
            self.tr(
                "Import the decks, battle cards, PDFs and price lists from a folder on this computer "
                "or a network share, and keep watching it: files you add, change or delete there later "
                "are picked up."
            )
        )
        self.folder.button.setText(self.tr("Choose a folder…"))
        self.team.title.setText(self.tr("Connect to my team's server"))
        self.team.text.setText(
            self.tr(
                "Your company runs a shared library: sign in with the server, database, user name and "
                "password your admin gave you."
            )
        )
        self.team.button.setText(self.tr("Connect…"))
        self.footnote.setText(
            self.tr("You can change your mind later: File → Import files… or File → Connect to team server…")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FirstRunController(QObject):
    """Shows the first-run page when the service says so, and carries out the choice.

    Signals:
        folder_chosen(str): the newcomer's folder, once their library is open: the window
            imports it and watches it (`MainWindow.import_folder_and_watch`).
        demo_removed(object): the demo library was removed (a `DemoRemoval`).

    Attributes:
        page: the first-run page (in the window's page stack).
        remove_demo_action: File → Remove the demo library….
    """

    folder_chosen = Signal(str)
    demo_removed = Signal(object)

    def __init__(self, *, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = build_first_run(window.state)
        self.page = FirstRunPage(appearance=window.appearance, icons=window.icons, parent=window)
        window.pages.addWidget(self.page)
        self._settings: Settings | None = None
        self._after_start: Callable[[], None] | None = None
        self.page.demo_chosen.connect(lambda: self.choose(FirstRunChoice.DEMO))
        self.page.folder_chosen.connect(lambda folder: self.choose(FirstRunChoice.FOLDER, folder))
        self.page.team_chosen.connect(lambda: self.choose(FirstRunChoice.TEAM))
        self.folder_chosen.connect(window.import_folder_and_watch)
        window.services_ready.connect(self._on_services_ready)
        self.remove_demo_action = QAction(window)
        self.remove_demo_action.setEnabled(False)
        self.remove_demo_action.triggered.connect(self.confirm_remove_demo)
        file_menu: QMenu = window.menus["file"]  # type: ignore[assignment]
        file_menu.insertAction(window.actions_.settings, self.remove_demo_action)
        self.confirmation: QMessageBox | None = None
        self.retranslate()
        window.installEventFilter(self)

    # ------------------------------------------------------------------ first launch

    def open(self, settings: Settings) -> None:
        """Open `settings`' library, asking first on the very first launch."""
        if self.service.should_offer(settings):
            self._settings = settings
            self.window.top.setEnabled(False)  # no library yet: nothing up there would do anything
            self.window.pages.setCurrentWidget(self.page)
            return
        self.window.start(settings, create_demo=False)

    def choose(self, choice: FirstRunChoice, folder: str = "") -> FirstRunPlan | None:
        """Take the newcomer's choice: remember it, open the library, then do what it asks."""
        settings = self._settings
        if settings is None:
            return None
        try:
            plan = self.service.choose(choice, folder or None)
        except FirstRunError as exc:
            self.page.show_error(reason_text(exc))
            return None
        self._settings = None
        self.page.show_error("")
        self.window.top.setEnabled(True)
        if plan.folder is not None:
            path = str(plan.folder)
            self._after_start = lambda: self.folder_chosen.emit(path)
        elif plan.connect_team:
            self._after_start = self._open_sign_in
        self.window.start(settings, create_demo=plan.create_demo)
        return plan

    def _open_sign_in(self) -> None:
        self.window.team.open_sign_in()

    def _on_services_ready(self) -> None:
        services = self.window.services
        if self._settings is not None:  # a library came another way (File → Connect to team server…)
            self._settings = None
            self.window.top.setEnabled(True)
            if services is not None and services.is_team:
                self.service.choose(FirstRunChoice.TEAM)
        if services is not None:
            self.window.runner.submit(
                has_demo, services.library, on_done=lambda found: self._on_demo_known(services, found)
            )
        after, self._after_start = self._after_start, None
        if after is not None:
            after()

    def _on_demo_known(self, services: Services, found: bool) -> None:
        """The library holds the demo or not: the removal action and the welcome strip's words follow."""
        if self.window.services is not services:
            return
        self.remove_demo_action.setEnabled(found)
        self.window.welcome.set_demo(found)

    # ------------------------------------------------------------------ removing the demo

    def confirm_remove_demo(self) -> QMessageBox | None:
        """Ask before removing the demo library (its items and its history); removes on Yes."""
        if self.window.services is None:
            return None
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove the demo library"))
        question = self.tr("Remove the demo library?")
        box.setText(f"<b>{html.escape(question)}</b>")
        box.setInformativeText(
            self.tr(
                "Its decks, battle cards and price lists go, and so does the history that came with it: "
                "searches, usage, field intel and feedback, ballots and votes, and the demo's people. "
                "Your own files and what you did yourself stay."
            )
        )
        remove = box.addButton(self.tr("Remove the demo"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._on_confirmed(box, button is remove))
        self.confirmation = box
        box.open()
        return box

    def _on_confirmed(self, box: QMessageBox, remove: bool) -> None:
        self.confirmation = None
        box.deleteLater()
        services = self.window.services
        if not remove or services is None:
            return
        self.remove_demo_action.setEnabled(False)
        self.window.runner.submit(
            remove_demo_library,
            services.library_service,
            user=services.user,
            kind="write",
            on_done=lambda result: self._on_removed(services, result),
            on_error=self._on_remove_failed,
        )

    def _on_removed(self, services: Services, result: DemoRemoval) -> None:
        self.window.state.welcome_dismissed = True
        self.window.welcome.hide()
        self.window.welcome.set_demo(False)  # Help → Show welcome now speaks of their own library
        if self.window.services is services:
            self.window.set_services(services)  # the board, inbox and numbers without the demo's rows
        text = self.tr("The demo library was removed: %1 items and their history.")
        self.window.statusBar().showMessage(
            text.replace("%1", self.window.locale().toString(result.items)), 10000
        )
        self.demo_removed.emit(result)

    def _on_remove_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(reason_text(exc), 10000)
        self.remove_demo_action.setEnabled(True)

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.remove_demo_action.setText(self.tr("Remove the &demo library…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
