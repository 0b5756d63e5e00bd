"""The services' messages in the UI's language.

The services are Qt-free: they raise and store `enablement.messages.Message`s,
English templates marked for pyside6-lupdate in the "Messages" context. Here
the templates go through Qt's translator, so the language switch reaches an
import rejection reason or a voting rule like every other string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enablement.errors import EnablementError
from enablement.messages import CONTEXT, Message
from enablement.ui.labels import date_time


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def translated(message: Message | str) -> str:
    """`message` in the current UI language, moments in local time (a plain string is shown as it is)."""
    if isinstance(message, Message):
        return message.render(_translate, date_time)
    return message


def reason_text(exc: BaseException) -> str:
    """Why something failed, without a prefix: the error's message, translated when it is ours."""
    if isinstance(exc, EnablementError):
        return translated(exc.message)
    return str(exc) or type(exc).__name__


def error_text(exc: BaseException) -> str:
    """What to tell the user when a task failed: the error's own message, or a bug's."""
    if isinstance(exc, EnablementError):
        return translated(exc.message)
    return QCoreApplication.translate("Messages", "Something went wrong: {0}").format(exc)
