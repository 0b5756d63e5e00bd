"""A wake-up call from the team server: LISTEN on the channel the change-log trigger NOTIFYs.

The notification carries nothing the desktop trusts: it only says "look at the change log now".
So a missed notification (a reconnect, a dropped packet) costs at most one poll interval, and
many notifications in a burst are drained and answered by one look.
"""

from __future__ import annotations

import logging
import threading
import time

import psycopg
import sqlalchemy as sa

from enablement.errors import DatabaseUnavailable
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.library import connect_error, normalise_db_url, sign_in_refused

log = logging.getLogger(__name__)

CHANGES_CHANNEL = "enablement_changes"

# How often a waiting listener looks at its stop event (see ChangeListener.wait).
_SLICE_S = 0.25


def libpq_url(db_url: str) -> str:
    """The SQLAlchemy URL of a PostgreSQL library as a plain libpq URL (password included)."""
    url = sa.engine.make_url(normalise_db_url(db_url)).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class ChangeListener:
    """One dedicated autocommit connection that waits for change notifications.

    Not thread-safe: one follower thread owns it.
    """

    def __init__(self, db_url: str, channel: str = CHANGES_CHANNEL, *, connect_timeout: float = 5.0) -> None:
        self._url = libpq_url(db_url)
        self._channel = channel
        self._connect_timeout = connect_timeout
        self._conn: psycopg.Connection | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self) -> None:
        """Open the connection and LISTEN; DatabaseUnavailable when the server cannot be reached."""
        self.close()
        try:
            conn = psycopg.connect(self._url, autocommit=True, connect_timeout=int(self._connect_timeout))
            conn.execute(f'LISTEN "{self._channel}"')
        except psycopg.Error as exc:
            if sign_in_refused(exc):  # removed, or a new password: say so, not "unreachable"
                raise connect_error(exc, self._url) from exc
            raise _unavailable(exc) from exc
        self._conn = conn

    def wait(self, timeout: float, stop: threading.Event | None = None) -> bool:
        """Block up to `timeout` seconds for a notification; True when one (or a burst) arrived.

        A burst is drained, so one look at the change log answers all of it. When `stop` is
        set the wait ends within a fraction of a second (False): psycopg's wait cannot be
        interrupted from another thread, so it waits in short slices and looks at `stop`
        between them (no query is sent for a slice; only the full timeout ends with one).
        Raises DatabaseUnavailable when the connection is lost.
        """
        if self._conn is None or self._conn.closed:
            self.connect()
        assert self._conn is not None
        deadline = time.monotonic() + timeout
        try:
            got = False
            while not got and (stop is None or not stop.is_set()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._conn.execute("SELECT 1")  # notices a server that went away while we waited
                    break
                got = any(True for _ in self._conn.notifies(timeout=min(remaining, _SLICE_S), stop_after=1))
            if got:
                for _ in self._conn.notifies(timeout=0.05):
                    pass
            return got
        except psycopg.Error as exc:
            self.close()
            raise _unavailable(exc) from exc

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            self._conn = None


def _unavailable(exc: BaseException) -> DatabaseUnavailable:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The team server is not reachable ({error}). Searching this computer's copy; "
            "changes will arrive when the server is back.",
        ),
        error=first,
    )
