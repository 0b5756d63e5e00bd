"""The sign-in dialog and the team state on their own (no server needed)."""

from __future__ import annotations

from typing import Any

from keyring.backends import fail

from enablement.errors import DatabaseUnavailable, SignInFailed
from enablement.ui.sign_in_dialog import SignInDialog
from enablement.ui.ui_state import UiState
from tests.helpers.keyrings import installed


def make(qtbot: Any, **kw: Any) -> SignInDialog:
    dialog = SignInDialog(keyring=kw.pop("keyring", True), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_url_comes_from_the_form_without_the_password(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.server.setText(" hub.example.com:5433 ")
    dialog.database.setText("sales")
    dialog.user.setText("maria")
    dialog.password.setText("s3cret")
    assert dialog.url() == "postgresql://maria@hub.example.com:5433/sales"
    assert dialog.password_text() == "s3cret" and dialog.remember_password()


def test_prefill_from_a_url(qtbot: Any) -> None:
    dialog = make(qtbot, url="postgresql://sam:pw@hub.example.com/north")
    assert (dialog.server.text(), dialog.database.text(), dialog.user.text()) == (
        "hub.example.com",
        "north",
        "sam",
    )
    assert dialog.password.text() == ""  # a password in the URL is never shown or kept


def test_missing_fields_are_said_and_nothing_is_submitted(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.server.setText("hub")
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.sign_in_button.click()
    assert "Fill in" in dialog.error_message()
    dialog.database.setText("sales")
    dialog.user.setText("sam")
    with qtbot.waitSignal(dialog.submitted):
        dialog.sign_in_button.click()


def test_failures_have_their_own_words_and_keep_the_fields(qtbot: Any) -> None:
    dialog = make(qtbot, url="postgresql://sam@hub/north")
    dialog.password.setText("typed")
    dialog.set_busy(True)
    assert dialog.password.isReadOnly() and not dialog.sign_in_button.isEnabled()
    dialog.show_error(SignInFailed("refused"))
    assert "password is wrong" in dialog.error_message() and not dialog.busy
    assert dialog.password.text() == "typed" and dialog.user.text() == "sam"
    dialog.show_error(
        DatabaseUnavailable("Cannot open the database at {url}: {error}", url="x", error="timeout")
    )
    assert "not reachable" in dialog.error_message() and "timeout" in dialog.detail.text()


def test_without_a_keyring_remember_is_off_and_explained(qtbot: Any) -> None:
    from enablement.credentials import keyring_available

    with installed(fail.Keyring()):
        assert not keyring_available()
        dialog = make(qtbot, keyring=keyring_available())
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.keyring_note.isVisible() and "no password keyring" in dialog.keyring_note.text()
    assert not dialog.remember_password()


def test_the_dialog_follows_a_language_switch(qtbot: Any) -> None:
    from enablement.ui.i18n import Translator

    dialog = make(qtbot)
    dialog.show_error(SignInFailed("refused"))
    translator = Translator()
    try:
        translator.apply("ru")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Подключение к серверу команды")  # posted
        assert "Неверное имя пользователя" in dialog.error_message()
    finally:
        translator.apply("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Connect to team server")


def test_ui_state_never_stores_a_password() -> None:
    state = UiState()
    state.team_url = "postgresql://sam:s3cret@hub:5433/north"
    state.last_team_url = "postgresql://sam:s3cret@hub/north"
    assert state.team_url == "postgresql://sam@hub:5433/north"
    assert "s3cret" not in state.last_team_url


def _squashed(dialog: SignInDialog) -> list[str]:
    """The dialog's widgets shown shorter than they need (text clipped vertically)."""
    problems = []
    for name in ("server", "database", "user", "password", "remember"):
        widget = getattr(dialog, name)
        if widget.height() < widget.sizeHint().height():
            problems.append(f"{name}: {widget.height()} < {widget.sizeHint().height()}")
    for name in ("intro", "keyring_note", "error", "detail"):
        label = getattr(dialog, name)
        if label.isVisible() and label.height() < label.heightForWidth(label.width()):
            problems.append(f"{name}: {label.height()} < {label.heightForWidth(label.width())}")
    return problems


def test_an_error_grows_the_dialog_instead_of_squashing_the_form(qtbot: Any) -> None:
    from enablement.ui.i18n import Translator

    translator = Translator()
    translator.apply("ru")
    try:
        dialog = make(qtbot, keyring=False, url="postgresql://sam_rv@127.0.0.1:1/review_team")
        qtbot.waitExposed(dialog)
        assert _squashed(dialog) == []
        server_said = (
            'connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?"
        )
        dialog.show_error(
            DatabaseUnavailable(
                "Cannot open the database at {url}: {error}",
                url="postgresql://sam_rv:***@127.0.0.1:1/review_team",
                error=server_said,
            )
        )
        qtbot.waitUntil(lambda: _squashed(dialog) == [])
        # the server's own words: one line, in full in the tooltip
        line = dialog.detail.fontMetrics().lineSpacing()
        assert dialog.detail.isVisible() and dialog.detail.height() < 2 * line
        assert "Connection refused" in dialog.detail.toolTip()
        assert dialog.width() >= dialog.minimumWidth() >= 480
    finally:
        translator.apply("en")
