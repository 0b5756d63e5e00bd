"""Who is signed in, and whether the team server is in reach: small widgets and a thread bridge.

`FollowBridge` carries the index follower's reports (made on the follower's own thread)
to the UI thread through a queued signal; nothing here touches a widget off the UI
thread. `IdentityChip` sits in the top bar («Мария · маркетинг · North»), `OfflineBanner`
under it while the server is out of reach.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from enablement.messages import Message
from enablement.ui.icons import IconSet
from enablement.ui.messages import translated
from enablement.ui.theme import Appearance
from enablement.voting import Role


class FollowBridge(QObject):
    """Re-emits the follower's reports on the UI thread.

    `report` may be called from any thread; `state_reported` is delivered queued to
    the UI thread, where the bridge lives.

    Signals:
        state_reported(object, object): (the Services that follow, their FollowState).
    """

    state_reported = Signal(object, object)

    def report(self, services: object, state: object) -> None:
        self.state_reported.emit(services, state)


@dataclass(frozen=True, slots=True)
class Identity:
    """Who acts in the window (plain data, loaded by a worker).

    Attributes:
        user: the login on a team library, the chosen name on a single-user one.
        role: the person's role on a team library (None: single-user, or no profile yet).
        team: the person's team or region ("" when none).
        server: "host/database" of a team library ("" on a single-user library).
    """

    user: str
    role: Role | None = None
    team: str = ""
    server: str = ""

    @property
    def is_team(self) -> bool:
        return bool(self.server)

    @property
    def can_import(self) -> bool:
        """Imports are for marketing (and admins) on a team library; anyone's on their own."""
        return not self.is_team or self.role in (Role.MARKETING, Role.ADMIN)

    @property
    def can_manage_ballots(self) -> bool:
        return not self.is_team or self.role in (Role.MARKETING, Role.ADMIN)


class IdentityChip(QToolButton):
    """The top bar's "who am I" button; its menu connects to a team server or signs out."""

    def __init__(self, *, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityChip")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setIcon(icons.icon("person"))
        self.setIconSize(QSize(16, 16))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMaximumWidth(250)
        self.identity: Identity | None = None
        self.hide()

    def set_identity(self, identity: Identity | None) -> None:
        self.identity = identity
        self.setVisible(identity is not None)
        self.retranslate()

    def summary(self) -> str:
        """«sam · sales · North» (team) or just the user name (single-user library); no server."""
        me = self.identity
        if me is None:
            return ""
        parts = [me.user]
        if me.role is not None:
            parts.append(translated(me.role.label))
        if me.team:
            parts.append(me.team)
        return " · ".join(parts)

    def retranslate(self) -> None:
        me = self.identity
        if me is None:
            return
        text = self.summary()
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 220))
        if me.is_team:
            tip = self.tr("Signed in to the team library %1 as %2.").replace("%1", me.server)
            tip = tip.replace("%2", html.escape(text))
        else:
            tip = self.tr("Your own library on this computer; you act as %1.").replace("%1", me.user)
        self.setToolTip(tip)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OfflineBanner(QFrame):
    """A strip under the top bar while the team server is out of reach; its tooltip says why."""

    def __init__(self, *, appearance: Appearance, icons: IconSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.appearance = appearance
        self.icons = icons
        self.problem: Message | None = None
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("offlineText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 5, 14, 5)
        layout.setSpacing(8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.apply_style()
        self.retranslate()
        self.hide()

    def apply_style(self) -> None:
        t = self.appearance.theme
        self.icon.setPixmap(self.icons.pixmap("offline", 16, t.warning))
        self.setStyleSheet(
            f"QFrame#offlineBanner {{ background: {t.warning_soft}; border-bottom: 1px solid {t.border}; }}"
            f"QLabel#offlineText {{ color: {t.warning}; font-weight: 600; }}"
        )

    def set_offline(self, offline: bool, problem: Message | None = None) -> None:
        self.problem = problem if offline else None
        self.setVisible(offline)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Offline — searching this computer's copy"))
        tip = translated(self.problem) if self.problem is not None else ""
        self.setToolTip(tip)
        self.text.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
