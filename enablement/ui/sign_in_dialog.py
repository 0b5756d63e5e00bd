"""Connect to a team server: server, database, user name, password, "remember password".

The dialog only collects and shows: the team controller (team_controller.py) runs the
sign-in on the task runner when `submitted` is emitted, and tells the dialog how it went
(`set_busy`, `show_error`, `accept`). A failed sign-in leaves the dialog open with every
typed field kept and a message under the form.
"""

from __future__ import annotations

import sqlalchemy as sa

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from enablement.credentials import team_url
from enablement.errors import DatabaseUnavailable, SignInFailed
from enablement.ui.elided_label import ElidedLabel
from enablement.ui.messages import error_text
from enablement.ui.theme import Appearance

MIN_WIDTH = 520  # room for the Russian labels beside the fields


def _wrapping(label: QLabel) -> QLabel:
    """Word-wrapped, as wide as the dialog and as tall as its text needs there."""
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class SignInDialog(QDialog):
    """The sign-in form for a team library.

    Signals:
        submitted(): Sign in was pressed with the required fields filled in.

    Attributes:
        error_exc: the failure on show (kept so a language switch can say it again).
    """

    submitted = Signal()

    def __init__(
        self,
        *,
        keyring: bool,
        appearance: Appearance | None = None,
        url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setModal(True)
        self.setMinimumWidth(MIN_WIDTH)
        self._keyring = keyring
        self._busy = False
        self._hint = ""
        self.error_exc: BaseException | None = None
        danger = appearance.theme.danger if appearance is not None else "#c2372f"
        muted = appearance.theme.text_muted if appearance is not None else "#6b7280"

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.intro = _wrapping(QLabel(self))
        self.intro.setObjectName("muted")
        self.server = QLineEdit(self)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.server, self.database, self.user):
            field.textEdited.connect(self._on_edited)
        self.password.textEdited.connect(self._on_edited)
        self.remember = QCheckBox(self)
        self.remember.setChecked(keyring)
        self.remember.setEnabled(keyring)
        self.keyring_note = _wrapping(QLabel(self))
        self.keyring_note.setStyleSheet(f"QLabel {{ color: {muted}; }}")
        self.keyring_note.setVisible(not keyring)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server_label = QLabel(self)
        self.database_label = QLabel(self)
        self.user_label = QLabel(self)
        self.password_label = QLabel(self)
        self.form.addRow(self.server_label, self.server)
        self.form.addRow(self.database_label, self.database)
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow("", self.remember)
        self.form.addRow("", self.keyring_note)

        self.error = _wrapping(QLabel(self))
        self.error.setObjectName("signInError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            f"QLabel#signInError {{ color: {danger}; border: 1px solid {danger}; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        self.error.hide()
        self.detail = ElidedLabel(self)  # the server's own words: one line, all of them in the tooltip
        self.detail.setStyleSheet(f"QLabel {{ color: {muted}; font-size: 8.5pt; }}")
        self.detail.hide()

        self.busy_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_label.hide()
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setProperty("accent", True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.detail)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.prefill(url)
        self.retranslate()

    # ------------------------------------------------------------------ the form

    def prefill(self, url: str) -> None:
        """Fill server, database and user from a team URL (its password, if any, is not shown)."""
        if not url:
            return
        parsed = sa.engine.make_url(url.replace("postgres://", "postgresql://", 1))
        host = parsed.host or ""
        self.server.setText(f"{host}:{parsed.port}" if parsed.port and parsed.port != 5432 else host)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        (self.password if self.user.text() else self.server).setFocus()

    def url(self) -> str:
        """The team library's URL from the form, without the password."""
        return team_url(self.server.text(), self.database.text(), self.user.text())

    def password_text(self) -> str:
        return self.password.text()

    def remember_password(self) -> bool:
        return self._keyring and self.remember.isChecked()

    def _missing(self) -> list[QLineEdit]:
        return [f for f in (self.server, self.database, self.user) if not f.text().strip()]

    def _on_sign_in(self) -> None:
        if self._busy:
            return
        missing = self._missing()
        if missing:
            self._hint = "missing"
            self.error_exc = None
            self._show_message(self.tr("Fill in the server, the database and your user name."), "")
            missing[0].setFocus()
            return
        self.submitted.emit()

    def _on_edited(self, _text: str) -> None:
        if self._hint == "missing" and not self._missing():
            self.clear_error()

    # ------------------------------------------------------------------ what the controller says

    def set_busy(self, busy: bool) -> None:
        """While signing in: the form is read-only, a bar runs, Sign in waits."""
        self._busy = busy
        for widget in (self.server, self.database, self.user, self.password):
            widget.setReadOnly(busy)
        self.remember.setEnabled(self._keyring and not busy)
        self.sign_in_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.clear_error()
        self._fit()

    @property
    def busy(self) -> bool:
        return self._busy

    def show_error(self, exc: BaseException) -> None:
        """Say why signing in failed, under the form; the typed fields stay as they are."""
        self.set_busy(False)
        self.error_exc = exc
        self._hint = ""
        self._show_error_text()
        field = self.password if isinstance(exc, SignInFailed) else self.server
        field.setFocus()
        field.selectAll()

    def _show_error_text(self) -> None:
        exc = self.error_exc
        if exc is None:
            return
        if isinstance(exc, SignInFailed):
            headline = self.tr(
                "The user name or password is wrong, or this account was removed. "
                "Check them, or ask your team's admin for a new password."
            )
        elif isinstance(exc, DatabaseUnavailable):
            headline = self.tr(
                "The server is not reachable, or it refused the connection. Check the server "
                "and database names and your network, then try again."
            )
        else:
            headline = error_text(exc)
        detail = error_text(exc) if isinstance(exc, DatabaseUnavailable) else ""
        self._show_message(headline, detail)

    def _show_message(self, headline: str, detail: str) -> None:
        self.error.setText(headline)
        self.error.show()
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._fit()

    def clear_error(self) -> None:
        self.error_exc = None
        self._hint = ""
        self.error.hide()
        self.detail.hide()
        self._fit()

    def _fit(self) -> None:
        """Make the dialog as tall as its content needs at its width (a message came or went).

        A top-level window's minimum size ignores word-wrapped labels (their height depends on
        the width), so without this an error under the form squashes the fields instead.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(width)
        else:
            need = layout.totalSizeHint().height()
        self.setMinimumHeight(need)
        if self.height() != need:
            self.resize(width, need)

    def error_message(self) -> str:
        """The message on show ("" when none)."""
        return self.error.text() if self.error.isVisible() else ""

    # ------------------------------------------------------------------ i18n

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to team server"))
        self.heading.setText(self.tr("Sign in to your team's library"))
        self.intro.setText(
            self.tr(
                "Use the account your admin gave you. The library is copied to this computer, "
                "so search keeps working when the server is out of reach."
            )
        )
        self.server_label.setText(self.tr("&Server:"))
        self.server_label.setBuddy(self.server)
        self.server.setPlaceholderText(self.tr("hub.example.com or hub.example.com:5433"))
        self.database_label.setText(self.tr("&Database:"))
        self.database_label.setBuddy(self.database)
        self.database.setPlaceholderText(self.tr("e.g. sales"))
        self.user_label.setText(self.tr("&User name:"))
        self.user_label.setBuddy(self.user)
        self.password_label.setText(self.tr("&Password:"))
        self.password_label.setBuddy(self.password)
        self.remember.setText(self.tr("&Remember password on this computer"))
        no_keyring = self.tr(
            "This computer has no password keyring, so the password cannot be remembered: "
            "you will be asked for it at each start."
        )
        kept = self.tr("Kept in the system's password keyring, never in a file.")
        self.remember.setToolTip(kept if self._keyring else no_keyring)
        self.keyring_note.setText(no_keyring)
        self.busy_label.setText(self.tr("Signing in…"))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self.error_exc is not None and self.error.isVisible():
            self._show_error_text()
        elif self._hint == "missing":
            self._show_message(self.tr("Fill in the server, the database and your user name."), "")
        else:
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
