"""Where the library lives and who is acting: command-line options over environment over defaults.

Qt-free, so the CLI, the app and the tests resolve settings the same way.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "EnablementHub"

ENV_LIBRARY = "ENABLEMENT_LIBRARY"
ENV_DB = "ENABLEMENT_DB"
ENV_USER = "ENABLEMENT_USER"


def default_library_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "user"


@dataclass(slots=True)
class Settings:
    """Resolved start-up settings.

    Attributes:
        library_dir: the library folder.
        db_url: database URL, or None for the library's own SQLite file.
        user: the acting person's name.
        is_default_library: True when neither option nor environment chose the folder
            (a first run there creates the demo library).
    """

    library_dir: Path
    db_url: str | None
    user: str
    is_default_library: bool

    @classmethod
    def resolve(cls, library: str | None = None, db: str | None = None, user: str | None = None) -> Settings:
        chosen = library or os.environ.get(ENV_LIBRARY)
        return cls(
            library_dir=Path(chosen).expanduser() if chosen else default_library_dir(),
            db_url=db or os.environ.get(ENV_DB) or None,
            user=user or os.environ.get(ENV_USER) or os_user(),
            is_default_library=not chosen,
        )
