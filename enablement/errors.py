"""Error hierarchy.

EnablementError                 anything the user can act on; the CLI prints its message, exit 1
├── LibraryError                the library folder or database cannot be used
│   ├── DatabaseUnavailable     the database server went away or refused us
│   ├── SignInFailed            the server is there but refused the user name or password
│   └── SchemaTooNew            the database was written by a newer app
├── NotFound                    an item, ballot or person does not exist
├── PermissionDenied            the acting person's role does not allow this (or, in team
│                               mode, the database refused it: its rules are the real ones)
├── VotingError                 a vote or ballot rule was broken (closed, outsider, ...)
├── ReportError                 field intel, feedback or triage input was refused (empty or
│                               enormous text, unknown kind, decline without a reason, ...)
├── AccountError                a team login cannot be made as asked (taken or bad name, ...)
└── Rejected                    an input file cannot be imported; `reason` says why

Anything else escaping is a bug and gets a traceback.

Each error carries a `Message` (enablement.messages): `str(error)` is the English
sentence the CLI prints, and the UI shows `error.message` translated.
"""

from __future__ import annotations

from enablement.messages import QT_TRANSLATE_NOOP, Arg, Message, marketing_hint, message


class EnablementError(Exception):
    """An error caused by the user's environment or input, not by a bug.

    Raise it with a template marked by `QT_TRANSLATE_NOOP("Messages", ...)` and
    its arguments, or with a ready `Message`.
    """

    def __init__(self, template: str | Message, **args: Arg) -> None:
        self.message = message(template, **args)
        super().__init__(str(self.message))


class LibraryError(EnablementError):
    pass


class DatabaseUnavailable(LibraryError):
    pass


class SignInFailed(LibraryError):
    """A team database refused the login: wrong password, unknown or removed user."""


class SchemaTooNew(LibraryError):
    pass


class NotFound(EnablementError):
    pass


class PermissionDenied(EnablementError):
    pass


NO_PROFILE = QT_TRANSLATE_NOOP("Messages", "no profile")


def marketing_only(doing: str, actor: str, role: Message, *, team: bool) -> PermissionDenied:
    """The refusal when someone who is not marketing (or an admin) tries `doing` (a marked template).

    `role` is the actor's role label, or the "no profile" label when the library does not know them
    (then the sentence says so instead of calling "no profile" a role).
    """
    if role.template == NO_PROFILE:
        return PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages", "Only marketing can {doing}; {actor!r} has no profile in this library yet. {hint}"
            ),
            doing=Message(doing),
            actor=actor,
            hint=marketing_hint(team, actor),
        )
    return PermissionDenied(
        QT_TRANSLATE_NOOP("Messages", "Only marketing can {doing}; {actor!r} is {role}. {hint}"),
        doing=Message(doing),
        actor=actor,
        role=role,
        hint=marketing_hint(team, actor),
    )


class VotingError(EnablementError):
    pass


class ReportError(EnablementError):
    pass


class AccountError(EnablementError):
    pass


class Rejected(EnablementError):
    """A file that cannot be imported.

    Attributes:
        reason: a specific, actionable sentence for the import report.
    """

    def __init__(self, template: str | Message, **args: Arg) -> None:
        super().__init__(template, **args)
        self.reason = self.message
