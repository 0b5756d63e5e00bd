"""Start the desktop app: QApplication, theme, translations, the window, then services in the background.

`run_app(args, rest)` is what `enablement` without a subcommand calls. The window
appears at once; on the very first launch it asks how to start (the demo library, one's
own folder, the team's server: enablement.ui.first_run), then `build_services` runs on the
task runner behind a "preparing the library" state.

Deep links (`enablement://item/ID#slide=N`) may be passed as an argument. If an
app is already running for the same library, the link is handed to it over a
local socket and this process exits, so links from chat or e-mail open in the
window the salesperson already has.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QDesktopServices, QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from enablement.config import Settings
from enablement.preview.links import DeepLink, parse_link
from enablement.ui import startup_probe
from enablement.ui.gc_policy import GcPolicy
from enablement.ui.i18n import Translator
from enablement.ui.icons import IconSet
from enablement.ui.main_window import MainWindow
from enablement.ui.tasks import TaskRunner
from enablement.ui.theme import Appearance, apply_theme, ui_font
from enablement.ui.ui_state import UiState

ORGANIZATION = "EnablementHub"
APPLICATION = "Enablement Hub"


def create_window(
    app: QApplication,
    *,
    state: UiState | None = None,
    opener: Any = None,
    theme: str | None = None,
    language: str | None = None,
    manage_gc: bool = False,
) -> MainWindow:
    """The composition of the UI: one runner, one appearance, one icon set, one translator.

    `manage_gc` installs the app's garbage-collection schedule (gc_policy.py); the app
    and the latency benchmark use it, tests leave the interpreter's defaults alone.
    """
    state = state or UiState()
    appearance = Appearance(theme or state.theme)
    app.setFont(ui_font())
    apply_theme(app, appearance.theme)
    translator = Translator(app)
    translator.apply(language or state.language)
    runner = TaskRunner(parent=app)
    window = MainWindow(
        runner=runner,
        appearance=appearance,
        icons=IconSet(appearance),
        translator=translator,
        state=state,
        opener=opener,
    )
    # the window owns them: closing it stops the runner's threads and removes the translators
    runner.setParent(window)
    translator.setParent(window)
    appearance.setParent(window)
    if manage_gc:
        policy = GcPolicy(window)
        app.installEventFilter(policy)
        window.services_ready.connect(policy.start)
        app.aboutToQuit.connect(policy.stop)
        window.gc_policy = policy
    try:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: appearance.refresh())
    except AttributeError:  # Qt < 6.5
        pass
    return window


class LinkServer(QObject):
    """Receives deep links from later launches of the app.

    Signals:
        link_received(object): a DeepLink.
    """

    link_received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)
        self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        text = bytes(socket.readAll().data()).decode("utf-8", "replace").strip()
        socket.disconnectFromServer()
        link = parse_link(text)
        if link is not None:
            self.link_received.emit(link)


class UrlOpenFilter(QObject):
    """macOS hands a clicked enablement:// link to the running .app as a QFileOpenEvent, not argv.

    The .app declares the scheme (CFBundleURLTypes in packaging/enablement.spec); this passes the
    link on like one received over the LinkServer. Elsewhere the event never carries our scheme.

    Signals:
        link_received(object): a DeepLink.
    """

    link_received = Signal(object)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            link = parse_link(event.url().toString())
            if link is not None:
                self.link_received.emit(link)
                return True
        return False


def server_name(settings: Settings) -> str:
    key = f"{settings.library_dir}|{settings.user}".encode()
    return f"enablement-{hashlib.sha1(key).hexdigest()[:12]}"


def forward_link(name: str, link: DeepLink, timeout_ms: int = 500) -> bool:
    """Hand `link` to a running app; False if none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(link.url().encode("utf-8"))
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def resolve_settings(args: Any, state: UiState) -> Settings:
    """Options over environment over the team signed in to last over the last library over the default.

    A team signed in to (and not signed out of) is reconnected with the keyring's password;
    when that fails the window opens the personal library and asks (TeamController.start_failed).
    """
    settings = Settings.resolve(
        getattr(args, "library", None), getattr(args, "db", None), getattr(args, "user", None)
    )
    if settings.is_default_library and state.team_url and not settings.user_given:
        from enablement.ui.team_controller import team_settings

        return team_settings(state.team_url)
    last = state.last_library
    if settings.is_default_library and last and os.path.isdir(last) and last != str(settings.library_dir):
        # Keep user_given: a --user name is checked against this library's roster too (enablement.app).
        settings = dataclasses.replace(settings, library_dir=Path(last), is_default_library=False)
    return settings


def run_app(args: Any, rest: Sequence[str] = ()) -> int:
    link = next((parsed for a in rest if (parsed := parse_link(a)) is not None), None)
    qt_args = [a for a in rest if parse_link(a) is None]
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("enablement")
    state = UiState(QSettings())
    settings = resolve_settings(args, state)
    name = server_name(settings)
    if link is not None and forward_link(name, link):
        return 0
    window = create_window(app, state=state, manage_gc=True)
    server = LinkServer(name, window)
    server.link_received.connect(window.open_link)
    url_events = UrlOpenFilter(window)
    url_events.link_received.connect(window.open_link)
    app.installEventFilter(url_events)
    # The stubs want bytes for `method`, but PySide6 6.12 raises ValueError on bytes and takes str.
    QDesktopServices.setUrlHandler("enablement", window, "open_url")  # type: ignore[arg-type]
    startup_probe.install(window)
    window.show()
    if link is not None:
        window.open_link(link)
    window.first_run.open(settings)  # the very first launch asks how to start; later ones open the library
    code = app.exec()
    QDesktopServices.unsetUrlHandler("enablement")
    return int(code)
