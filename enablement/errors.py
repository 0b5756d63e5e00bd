"""Error hierarchy.

EnablementError                 anything the user can act on; the CLI prints its message, exit 1
├── LibraryError                the library folder or database cannot be used
│   ├── DatabaseUnavailable     the database server went away or refused us
│   └── SchemaTooNew            the database was written by a newer app
├── NotFound                    an item, ballot or person does not exist
├── PermissionDenied            the acting person's role does not allow this
├── VotingError                 a vote or ballot rule was broken (closed, outsider, ...)
└── Rejected                    an input file cannot be imported; `reason` says why

Anything else escaping is a bug and gets a traceback.
"""

from __future__ import annotations


class EnablementError(Exception):
    """An error caused by the user's environment or input, not by a bug."""


class LibraryError(EnablementError):
    pass


class DatabaseUnavailable(LibraryError):
    pass


class SchemaTooNew(LibraryError):
    pass


class NotFound(EnablementError):
    pass


class PermissionDenied(EnablementError):
    pass


class VotingError(EnablementError):
    pass


class Rejected(EnablementError):
    """A file that cannot be imported.

    Attributes:
        reason: a specific, actionable sentence for the import report.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
