"""Team sign-in: which server and login a desktop uses, and its password kept by the OS keyring.

A team library is a PostgreSQL URL with a login (`postgresql://maria@hub.example.com/sales`).
The password never goes into a settings file or the URL on disk: it is read, in this order, from
the URL itself (scripts), `ENABLEMENT_PASSWORD`, or the OS keyring (Secret Service, macOS
Keychain, Windows Credential Locker) through `keyring`; libpq's own `PGPASSWORD` and `~/.pgpass`
still work underneath. When no keyring backend exists (a bare server), nothing is remembered and
the caller is told so.

Qt-free: the sign-in dialog and the CLI use the same functions.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import sqlalchemy as sa

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Enablement Hub"
ENV_PASSWORD = "ENABLEMENT_PASSWORD"


def is_team_url(db_url: str | None) -> bool:
    """A PostgreSQL URL (team libraries live on PostgreSQL; SQLite is the single-user default)."""
    return bool(db_url) and str(db_url).split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def team_url(server: str, database: str, user: str, port: int = 5432) -> str:
    """The URL of a team library from what a sign-in form asks for (no password in it)."""
    host, _, given_port = server.strip().partition(":")
    return sa.engine.URL.create(
        "postgresql",
        username=user.strip(),
        host=host,
        port=int(given_port) if given_port.isdigit() else port,
        database=database.strip(),
    ).render_as_string(hide_password=False)


def _parse(db_url: str) -> sa.engine.URL:
    """The URL's parts (the `postgres://` spelling people paste is accepted too)."""
    return sa.engine.make_url(db_url.replace("postgres://", "postgresql://", 1))


def account_key(db_url: str) -> str:
    """The keyring entry's name: user@host:port/database (no password, no options)."""
    url = _parse(db_url)
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def login_name(db_url: str) -> str:
    return _parse(db_url).username or ""


def with_password(db_url: str, password: str | None) -> str:
    """`db_url` carrying `password` (kept in memory only; never printed: see store's redaction)."""
    if not password:
        return db_url
    url = _parse(db_url)
    return url.set(password=password).render_as_string(hide_password=False)


def has_password(db_url: str) -> bool:
    return bool(_parse(db_url).password)


def _keyring() -> Any:
    """The keyring module when a real backend exists (not the 'fail' or plain-text ones)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "plaintext" in type(backend).__name__.lower():
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(db_url: str) -> str | None:
    """The remembered password for this login, or None."""
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, account_key(db_url))
    except Exception as exc:  # a locked or broken keyring is not a reason to fail sign-in
        log.warning("keyring not readable: %s", exc)
        return None


def remember_password(db_url: str, password: str) -> bool:
    """Keep the password in the OS keyring; False when there is no keyring to keep it in."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, account_key(db_url), password)
        return True
    except Exception as exc:
        log.warning("keyring not writable: %s", exc)
        return False


def forget_password(db_url: str) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, account_key(db_url))
    except Exception:  # nothing stored: nothing to forget
        pass


def resolve_password(db_url: str) -> str:
    """`db_url` with the password from the URL, ENABLEMENT_PASSWORD or the keyring (first found)."""
    if not is_team_url(db_url) or has_password(db_url):
        return db_url
    return with_password(db_url, os.environ.get(ENV_PASSWORD) or stored_password(db_url))
