"""The app side of team mode: sign in and out, reconnect at start, who I am, online or offline.

Signing in builds the team library's services on the task runner (`sign_in`, a worker
body: the UI thread never waits on the network) and only then swaps the window over,
so a wrong password leaves the current library open and the form filled in. The last
team URL is remembered without its password (UiState); the password goes to the OS
keyring when the person asks for it, nowhere else.

Once a PostgreSQL library is on show its index follower reports on its own thread; a
`FollowBridge` brings the reports to the UI thread, where the offline banner follows
them and a catch-up that indexed something refreshes the open search and Browse.
"""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from enablement.config import Settings, default_library_dir, team_cache_dir
from enablement.credentials import (
    forget_password,
    is_team_url,
    keyring_available,
    remember_password,
    with_password,
)
from enablement.errors import LibraryError, NotFound, SignInFailed
from enablement.ui.sign_in_dialog import SignInDialog
from enablement.ui.tasks import TaskRunner
from enablement.ui.team_status import FollowBridge, Identity
from enablement.ui.ui_state import UiState

if TYPE_CHECKING:
    from enablement.app import Services
    from enablement.services.follow import FollowState
    from enablement.ui.main_window import MainWindow


def sign_in(settings: Settings, url: str, password: str, remember: bool) -> Services:
    """Worker body: open the team library as the login in `settings`, then keep or drop the password.

    The keyring is only touched once the server has accepted the password.
    """
    from enablement.app import build_services

    services = build_services(settings, create_demo=False)
    if password and remember:
        remember_password(url, password)
    elif password:
        forget_password(url)  # "remember" unticked: no stale password left behind
    return services


def load_identity(services: Services) -> Identity:
    """Worker body: the acting person, and on a team library their role, team and server."""
    if not services.is_team or not services.settings.db_url:
        return Identity(services.user)
    url = sa.engine.make_url(services.settings.db_url)
    host = url.host or "localhost"
    if url.port and url.port != 5432:
        host = f"{host}:{url.port}"
    server = f"{host}/{url.database or ''}"
    try:
        # On a team library the admin creates profiles: get, never ensure (a seller may not insert one).
        person = services.voting.get_person(services.user)
    except NotFound:
        return Identity(services.user, None, "", server)
    return Identity(services.user, person.role, person.team, server)


def team_settings(url: str, password: str = "") -> Settings:
    """Settings of a team library: this login's cache folder on this computer, the password in memory."""
    from enablement.config import os_user

    db_url = with_password(url, password) if password else url
    return Settings(team_cache_dir(url), db_url, os_user(), is_default_library=False)


def personal_settings(state: UiState) -> Settings:
    """The person's own library: the last one opened in the app, else the default (with its demo)."""
    resolved = Settings.resolve()
    folder, default = resolved.library_dir, resolved.is_default_library
    if resolved.db_url and is_team_url(resolved.db_url):
        folder, default = default_library_dir(), True
    last = state.last_library
    if default and last and Path(last).is_dir() and Path(last) != folder:
        folder, default = Path(last), False
    return dataclasses.replace(resolved, library_dir=folder, db_url=None, is_default_library=default)


def public_url(db_url: str) -> str:
    """`db_url` without its password."""
    parsed = sa.engine.make_url(db_url.replace("postgres://", "postgresql://", 1))
    return parsed._replace(password=None).render_as_string(hide_password=False)


class TeamController(QObject):
    """Team sign-in and the window's team state.

    Signals:
        identity_changed(object): the acting person's Identity (after a library was opened).
        signed_in(str): a team library (its URL, without password) is now on show.
        signed_out(): the window went back to the personal library.
        online_changed(bool): the team server came back in reach (True) or went away (False).
        catch_up_indexed(int): items another desktop added, changed or removed are now so in this
            desktop's index.

    Attributes:
        dialog: the sign-in dialog while it is open.
        identity: who acts in the window (None before the first library opened).
        online: whether the team server was in reach at the follower's last look.
    """

    identity_changed = Signal(object)
    signed_in = Signal(str)
    signed_out = Signal()
    online_changed = Signal(bool)
    catch_up_indexed = Signal(int)

    def __init__(
        self, *, window: MainWindow, runner: TaskRunner, state: UiState, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.state = state
        self.dialog: SignInDialog | None = None
        self.identity: Identity | None = None
        self.online = True
        # The team server in the status bar's corner ("hub.example.com/sales"); empty on one's own library.
        self.server_label = QLabel(window)
        self.server_label.setObjectName("muted")
        self.server_label.setContentsMargins(6, 0, 10, 0)
        window.statusBar().addPermanentWidget(self.server_label)
        self.bridge = FollowBridge(self)
        self.bridge.state_reported.connect(self._on_follow_state)
        self._attempts = itertools.count(1)
        self._attempt = 0

    # ------------------------------------------------------------------ sign in

    def open_sign_in(self, url: str = "", error: BaseException | None = None) -> SignInDialog:
        """Show the sign-in form (filled in from `url`, else the last team signed in to)."""
        if self.dialog is None:
            dialog = SignInDialog(
                keyring=keyring_available(),
                appearance=self.window.appearance,
                url=url or self.state.last_team_url,
                parent=self.window,
            )
            dialog.submitted.connect(self._on_submitted)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
        elif url and not self.dialog.busy:
            self.dialog.prefill(url)
        if error is not None:
            self.dialog.show_error(error)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _on_submitted(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        url, password = dialog.url(), dialog.password_text()
        self._attempt = attempt = next(self._attempts)
        dialog.set_busy(True)
        self.runner.submit(
            sign_in,
            team_settings(url, password),
            url,
            password,
            dialog.remember_password(),
            kind="write",
            on_done=lambda services: self._on_signed_in(attempt, url, services),
            on_error=lambda exc: self._on_sign_in_failed(attempt, exc),
        )

    def _on_signed_in(self, attempt: int, url: str, services: Services) -> None:
        if attempt != self._attempt or self.dialog is None:  # cancelled while signing in
            self.runner.submit(services.close, kind="write")
            return
        self.dialog.set_busy(False)
        self.dialog.accept()
        self.state.team_url = url
        self.state.last_team_url = url
        self.window.replace_services(services)
        self.signed_in.emit(url)

    def _on_sign_in_failed(self, attempt: int, exc: BaseException) -> None:
        if attempt == self._attempt and self.dialog is not None:
            self.dialog.show_error(exc)

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._attempt = 0  # a sign-in still running is now unwanted

    # ------------------------------------------------------------------ start and sign out

    def start_failed(self, settings: Settings, exc: BaseException) -> bool:
        """The library the app started with could not be opened; True when that was handled here.

        A team library the keyring could not sign in to (or whose server is away) is not a
        dead end: the personal library opens and the sign-in form asks, filled in.
        """
        if not (settings.db_url and is_team_url(settings.db_url)) or not isinstance(exc, LibraryError):
            return False
        url = public_url(settings.db_url)
        self.window.start(personal_settings(self.state))
        self.open_sign_in(url, exc)
        return True

    def sign_out(self) -> None:
        """Forget this login's password and go back to the personal library."""
        services = self.window.services
        if services is None or not services.settings.db_url or not is_team_url(services.settings.db_url):
            return
        url = public_url(services.settings.db_url)
        self.state.team_url = ""
        self.state.last_team_url = url
        self.runner.submit(forget_password, url, kind="write")
        self.window.switch_to(personal_settings(self.state))
        self.signed_out.emit()

    # ------------------------------------------------------------------ the library on show

    def services_set(self, services: Services) -> None:
        """A library is on show: say who acts, gate what their role may not do, follow the server."""
        self.online = True
        self.window.offline_banner.set_offline(False)
        team = bool(services.settings.db_url and is_team_url(services.settings.db_url))
        self.window.actions_.sign_out.setEnabled(team)
        if services.is_team:  # the welcome strip talks of the demo library and of importing
            self.window.welcome.hide()
        # Until the role is known a team library lets nobody import (the database would refuse).
        self._apply(Identity(services.user, server="…") if services.is_team else Identity(services.user))
        self.runner.submit(load_identity, services, on_done=lambda me: self._on_identity(services, me))
        if services.follower is not None:
            bridge = self.bridge
            services.start_following(lambda follow_state: bridge.report(services, follow_state))

    def team_library(self) -> tuple[str, str] | None:
        """(server/database, login) of the team library on show; None on one's own library."""
        services = self.window.services
        if services is None or not services.is_team:
            return None
        return self.server_label.text() or public_url(services.library.db_url), services.user

    def _on_identity(self, services: Services, identity: Identity) -> None:
        if services is self.window.services:
            self._apply(identity)

    def _apply(self, identity: Identity) -> None:
        self.identity = identity
        self.window.identity_chip.set_identity(identity)
        shown = identity.is_team and identity.server != "…"
        self.server_label.setText(identity.server if shown else "")
        self.server_label.setToolTip(self.window.identity_chip.toolTip() if shown else "")
        self.window.set_import_allowed(identity.can_import)
        self.identity_changed.emit(identity)

    def _on_follow_state(self, services: object, state: FollowState) -> None:
        if services is not self.window.services:
            return  # a library that is no longer on show
        if state.online != self.online:
            self.online = state.online
            self.online_changed.emit(state.online)
        self.window.offline_banner.set_offline(not state.online, state.problem)
        if state.online and state.indexed:
            self.window.library_changed()
            self.catch_up_indexed.emit(state.indexed)
        if state.refused and self.dialog is None:
            # The account was removed or its password changed: ask, rather than stay offline quietly.
            url = self.state.team_url or self.state.last_team_url
            problem = SignInFailed(state.problem) if state.problem is not None else None
            self.open_sign_in(url, problem)
