"""The desktop's index follows the team server, live, and says when the server is out of reach.

One daemon thread per desktop: it LISTENs for the change-log notification (store.notify), and on
each wake-up (or every `poll_s`, in case a notification was missed) brings the local index up to
date through the `sync` it was given (LibraryService.sync, which reads only the change-log rows
above the index's cursor). When the server goes away the thread reports "offline", keeps trying
every `retry_s`, and on reconnecting catches up with everything it missed; searching goes on from
the local index all along.

Qt-free: the desktop app passes callbacks that re-emit as Qt signals; the CLI and the tests pass
plain functions. The callbacks run on the follower thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from enablement.errors import EnablementError, LibraryError, SignInFailed
from enablement.messages import Message
from enablement.store.notify import ChangeListener

if TYPE_CHECKING:
    from enablement.search.service import SearchService

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FollowState:
    """What the follower last saw.

    Attributes:
        online: the server answered the last attempt.
        synced_at: monotonic time of the last successful catch-up (None before the first).
        indexed: items added, updated or removed in the index by the last catch-up.
        problem: why the server is out of reach (None when online).
        refused: the server is there but refused this login (SignInFailed: the account was
            removed or its password changed); signing in again is what helps, not waiting.
    """

    online: bool
    synced_at: float | None = None
    indexed: int = 0
    problem: Message | None = None
    refused: bool = False


class IndexFollower:
    """Keeps a local index following a PostgreSQL library's change log.

    Args:
        sync: brings the index up to date; returns how many items it added, updated or removed; raises
            DatabaseUnavailable when the server is away.
        listener: the LISTEN connection (created but not connected).
        search: told when the server is away, so that searching does not wait on it.
        on_state: called (on the follower thread) when online/offline changes, the kind of
            problem changes (unreachable, sign-in refused) or a catch-up indexed something.
        poll_s: the longest wait between two looks at the change log.
        retry_s: the wait between two attempts to reach a server that is away.
    """

    def __init__(
        self,
        *,
        sync: Callable[[], int],
        listener: ChangeListener,
        search: SearchService | None = None,
        on_state: Callable[[FollowState], None] | None = None,
        poll_s: float = 30.0,
        retry_s: float = 2.0,
    ) -> None:
        self._sync = sync
        self._listener = listener
        self._search = search
        self._on_state = on_state
        self._poll_s = poll_s
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = FollowState(online=True)

    def set_callback(self, on_state: Callable[[FollowState], None] | None) -> None:
        self._on_state = on_state

    def start(self) -> None:
        if self._thread is None:
            if self._search is not None and self._search.offline:  # opened on its cache, server away
                self.state = FollowState(online=False)
            self._thread = threading.Thread(target=self._run, name="index-follower", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread (within a fraction of a second when it is waiting) and its connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._listener.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        woken = True  # catch up once at start
        while not self._stop.is_set():
            try:
                if not self._listener.connected:
                    self._listener.connect()
                    woken = True  # back online: catch up with what we missed
                if woken:
                    indexed = self._sync()
                    self._publish(FollowState(True, time.monotonic(), indexed))
                # A notification, or the poll interval with none: look at the change log either way.
                self._listener.wait(self._poll_s, self._stop)
                woken = True
            except LibraryError as exc:  # away (DatabaseUnavailable) or no longer let in (SignInFailed)
                self._listener.close()
                if self._stop.is_set():  # stopping: a connection closed now is no news to report
                    break
                refused = isinstance(exc, SignInFailed)
                self._publish(FollowState(False, self.state.synced_at, 0, exc.message, refused))
                self._stop.wait(self._retry_s)
            except EnablementError as exc:  # e.g. an index problem: say it, try again later
                log.warning("index follower: %s", exc)
                self._stop.wait(self._retry_s)
            except Exception:  # a bug must not kill live updates silently for the whole session
                log.exception("index follower failed; retrying")
                self._stop.wait(self._retry_s)

    def _publish(self, state: FollowState) -> None:
        # A new problem is news too: "not reachable" turning into "cannot sign in" (the login was
        # removed while the server was away) must reach the person, not only the first one.
        changed = (
            state.online != self.state.online
            or state.refused != self.state.refused
            or state.indexed > 0
            or _template(state.problem) != _template(self.state.problem)
        )
        self.state = state
        if self._search is not None:
            self._search.offline = not state.online
        if changed and self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                log.exception("index follower callback failed")


def _template(problem: Message | None) -> str | None:
    return None if problem is None else problem.template
