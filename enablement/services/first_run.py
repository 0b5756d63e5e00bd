"""The first launch: a newcomer chooses how to start, and the app remembers it.

Three ways in, one for each kind of newcomer:

* "demo": try the demo library (a fictional company with ten weeks of history), removable later
  in one go (enablement.services.demo_removal);
* "folder": start with one's own folder of decks and cards: it is imported, and watched;
* "team": connect to the team's server (the sign-in of the team mode).

The choice is asked once, on the first launch on the default library (no `--library`, no team
signed in to, no library made there yet, so an update never asks a user who already has one), and
is remembered in the app's settings through a `ChoiceStore` (the desktop app's is its QSettings).
Only the "demo" choice builds the demo library: a library whose demo was removed stays as it is.

Qt-free, so the rules are tested without widgets; the desktop app's first-run page renders the
three choices and hands the answer here.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from enablement.errors import EnablementError
from enablement.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from enablement.config import Settings

__all__ = ["ChoiceStore", "FirstRunChoice", "FirstRunError", "FirstRunPlan", "FirstRunService"]


class FirstRunChoice(enum.StrEnum):
    DEMO = "demo"
    FOLDER = "folder"
    TEAM = "team"


class FirstRunError(EnablementError):
    """A choice that cannot be taken as given (a folder that is not there); nothing was saved."""


class ChoiceStore(Protocol):
    """Where the choice is kept between runs (the app's settings)."""

    def load_first_run(self) -> tuple[str, str]:
        """(choice, folder); ("", "") when nothing was chosen yet."""
        ...

    def save_first_run(self, choice: str, folder: str) -> None: ...


@dataclass(frozen=True, slots=True)
class FirstRunPlan:
    """What the front end does with a choice.

    Attributes:
        choice: what was chosen.
        create_demo: build the demo library into the default library.
        folder: the folder to import and watch ("folder"), else None.
        connect_team: open the team sign-in once the personal library is open ("team").
    """

    choice: FirstRunChoice
    create_demo: bool = False
    folder: Path | None = None
    connect_team: bool = False


class FirstRunService:
    """Asks once, remembers the answer, and turns it into a `FirstRunPlan`."""

    def __init__(self, store: ChoiceStore) -> None:
        self._store = store

    @property
    def choice(self) -> FirstRunChoice | None:
        value, _ = self._store.load_first_run()
        try:
            return FirstRunChoice(value) if value else None
        except ValueError:  # a value from a later version: treat as chosen, never ask again
            return FirstRunChoice.DEMO

    @property
    def folder(self) -> Path | None:
        _, folder = self._store.load_first_run()
        return Path(folder) if folder else None

    def should_offer(self, settings: Settings) -> bool:
        """Whether to show the first-run choice before opening `settings`' library.

        Only on the default library, only while nothing was chosen, and only when no library
        was ever made there (a user updating from a version that had no first-run page keeps
        the library they have, without being asked).
        """
        if self.choice is not None or not settings.is_default_library or settings.db_url:
            return False
        return not (Path(settings.library_dir) / "library.db").exists()

    def choose(self, choice: FirstRunChoice | str, folder: str | Path | None = None) -> FirstRunPlan:
        """Remember `choice` and say what to do. A "folder" choice needs a readable folder."""
        picked = FirstRunChoice(choice)
        path: Path | None = None
        if picked is FirstRunChoice.FOLDER:
            path = Path(folder).expanduser() if folder else None
            if path is None or not path.is_dir() or not os.access(path, os.R_OK | os.X_OK):
                raise FirstRunError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{folder!r} is not a folder this app can read. Choose another one."
                    ),
                    folder=str(folder or ""),
                )
            path = path.resolve()
        self._store.save_first_run(picked.value, str(path) if path else "")
        return FirstRunPlan(
            choice=picked,
            create_demo=picked is FirstRunChoice.DEMO,
            folder=path,
            connect_team=picked is FirstRunChoice.TEAM,
        )
