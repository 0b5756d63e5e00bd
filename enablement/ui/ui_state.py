"""What the app remembers between runs (QSettings): geometry, splitters, last query and library, choices.

One small typed adapter so the rest of the UI never spells a QSettings key.
Tests point QSettings at a temporary folder (tests/ui/conftest.py), so they never
touch the user's real settings.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QByteArray, QSettings

VERSION = 1


class UiState:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()
        stored = cast("int | str", self.settings.value("version", 0) or 0)  # "1" from an ini file
        if int(stored) < VERSION:
            self.settings.setValue("version", VERSION)

    def _get(self, key: str, default: Any = None) -> Any:
        return self.settings.value(key, default)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # window
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitters: dict[str, QByteArray]) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)
        for name, value in splitters.items():
            self.settings.setValue(f"splitters/{name}", value)

    # search
    @property
    def last_query(self) -> str:
        return str(self._get("search/last_query", "") or "")

    @last_query.setter
    def last_query(self, value: str) -> None:
        self.settings.setValue("search/last_query", value)

    @property
    def grouped(self) -> bool:
        return str(self._get("search/grouped", "true")).lower() in ("true", "1")

    @grouped.setter
    def grouped(self, value: bool) -> None:
        self.settings.setValue("search/grouped", "true" if value else "false")

    @property
    def last_page(self) -> str:
        return str(self._get("window/page", "search") or "search")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self.settings.setValue("window/page", value)

    # library and choices
    @property
    def last_library(self) -> str:
        return str(self._get("library/last", "") or "")

    @last_library.setter
    def last_library(self, value: str) -> None:
        self.settings.setValue("library/last", value)

    # team sign-in: URLs without a password (the password lives in the OS keyring only)
    @property
    def team_url(self) -> str:
        """The team library to reconnect to at start ("" when signed out)."""
        return str(self._get("team/url", "") or "")

    @team_url.setter
    def team_url(self, value: str) -> None:
        self.settings.setValue("team/url", _without_password(value))

    @property
    def last_team_url(self) -> str:
        """The last team library signed in to, kept after signing out to fill in the sign-in form."""
        return str(self._get("team/last_url", "") or "")

    @last_team_url.setter
    def last_team_url(self, value: str) -> None:
        self.settings.setValue("team/last_url", _without_password(value))

    @property
    def language(self) -> str:
        return str(self._get("appearance/language", "system") or "system")

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("appearance/language", value)

    @property
    def theme(self) -> str:
        return str(self._get("appearance/theme", "system") or "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self.settings.setValue("appearance/theme", value)

    @property
    def welcome_dismissed(self) -> bool:
        return str(self._get("welcome/dismissed", "false")).lower() in ("true", "1")

    @welcome_dismissed.setter
    def welcome_dismissed(self, value: bool) -> None:
        self.settings.setValue("welcome/dismissed", "true" if value else "false")

    # the first launch's choice (enablement.services.first_run.ChoiceStore)
    def load_first_run(self) -> tuple[str, str]:
        return str(self._get("first_run/choice", "") or ""), str(self._get("first_run/folder", "") or "")

    def save_first_run(self, choice: str, folder: str) -> None:
        self.settings.setValue("first_run/choice", choice)
        self.settings.setValue("first_run/folder", folder)
        self.settings.sync()

    # the seller's pitch basket, one per library (picks name items by id, which only mean
    # something in the library they came from)
    def pitch_basket(self, library: str) -> str:
        """The stored basket of `library` (JSON, see enablement.workbench.basket)."""
        return str(self._get(_basket_key(library), "") or "")

    def set_pitch_basket(self, library: str, text: str) -> None:
        self.settings.setValue(_basket_key(library), text)

    @property
    def pitch_visible(self) -> bool:
        return str(self._get("pitch/visible", "false")).lower() in ("true", "1")

    @pitch_visible.setter
    def pitch_visible(self, value: bool) -> None:
        self.settings.setValue("pitch/visible", "true" if value else "false")

    def save_splitter(self, name: str, value: QByteArray) -> None:
        self.settings.setValue(f"splitters/{name}", value)

    def sync(self) -> None:
        self.settings.sync()


def _basket_key(library: str) -> str:
    import hashlib

    name = _without_password(library) if "://" in library else library  # a team URL or a folder
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return f"pitch/basket-{digest}"


def _without_password(url: str) -> str:
    """`url` with any password taken out: nothing secret is ever written to the settings file."""
    if not url:
        return ""
    import sqlalchemy as sa

    parsed = sa.engine.make_url(url.replace("postgres://", "postgresql://", 1))
    return parsed._replace(password=None).render_as_string(hide_password=False)
