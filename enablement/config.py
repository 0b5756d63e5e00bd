"""Where the library lives and who is acting: command-line options over environment over defaults.

Qt-free, so the CLI, the app and the tests resolve settings the same way.
"""

from __future__ import annotations

import getpass
import os
import re
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


def team_cache_dir(db_url: str) -> Path:
    """This desktop's folder for a team library: its index and cached originals, per login.

    The database is on the server; what is kept here is a cache, so one folder per
    server, database and login (two people sharing a computer keep separate caches).
    """
    from enablement.credentials import account_key

    slug = re.sub(r"[^A-Za-z0-9._@-]+", "_", account_key(db_url)).strip("_")
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "teams" / slug


@dataclass(slots=True)
class Settings:
    """Resolved start-up settings.

    Attributes:
        library_dir: the library folder (for a team library: this desktop's cache folder).
        db_url: database URL, or None for the library's own SQLite file.
        user: the acting person's name. On a team library the database login decides who
            acts; this is then replaced by the login once connected.
        is_default_library: True when neither option nor environment chose the folder
            (a first run there creates the demo library).
        user_given: True when `--user` or ENABLEMENT_USER named the user (refused on a team
            library, where only the login says who you are).
    """

    library_dir: Path
    db_url: str | None
    user: str
    is_default_library: bool
    user_given: bool = False

    @classmethod
    def resolve(cls, library: str | None = None, db: str | None = None, user: str | None = None) -> Settings:
        from enablement.credentials import is_team_url

        chosen = library or os.environ.get(ENV_LIBRARY)
        db_url = db or os.environ.get(ENV_DB) or None
        given = user or os.environ.get(ENV_USER)
        if chosen:
            folder = Path(chosen).expanduser()
        elif db_url and is_team_url(db_url):
            folder = team_cache_dir(db_url)
        else:
            folder = default_library_dir()
        return cls(
            library_dir=folder,
            db_url=db_url,
            user=given or os_user(),
            is_default_library=not chosen and not db_url,
            user_given=bool(given),
        )
