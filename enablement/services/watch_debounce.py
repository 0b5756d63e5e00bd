"""Per-path debouncing for watched folders: a path is settled once it has been left alone.

Kept apart from `enablement.services.watch` because it is pure bookkeeping over paths and
moments (the caller passes the time in), so its rules are tested without waiting.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Debouncer"]


def _stat_key(path: Path) -> tuple[int, int] | None:
    """(size, mtime) of a file; None for a folder or a path that is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not os.path.isfile(path):
        return None
    return (st.st_size, st.st_mtime_ns)


@dataclass
class _Dirty:
    due: float  # monotonic moment at which the path may be settled
    stat: tuple[int, int] | None
    touched: float  # its last event
    writing: bool = False  # written to, and not closed since (only where closes are reported)
    settled_at: float | None = None


class Debouncer:
    """Collects dirty paths and says which have settled; thread-safe, time passed in.

    A path settles `quiet_s` after its last event if its size and mtime did not move since and,
    where the system reports a writer closing a file (inotify, on Linux: `track_writers`), it is
    not still open for writing: a writer that pauses longer than the quiet spell (a slow network
    copy, an fsync on a busy disk) has not closed it yet. A write that is never closed (a
    memory-mapped file, a writer that keeps it open) stops counting `open_cap_s` after the path's
    last event. A batch is the settled paths, given out when nothing dirty is still unsettled or
    when the first of them has waited `hold_s` (so one busy file does not hold back the rest).
    """

    def __init__(
        self,
        *,
        quiet_s: float,
        hold_s: float,
        open_cap_s: float | None = None,
        track_writers: bool = False,
    ) -> None:
        self.quiet_s = quiet_s
        self.hold_s = hold_s
        self.open_cap_s = open_cap_s if open_cap_s is not None else 10 * quiet_s
        self.track_writers = track_writers
        self._dirty: dict[Path, _Dirty] = {}
        self._lock = threading.Lock()

    def touch(self, path: Path, now: float, *, written: bool = False) -> None:
        """An event on `path`; `written`: its content was written to (a write, not a create or move)."""
        stat = _stat_key(path)
        with self._lock:
            old = self._dirty.get(path)
            writing = self.track_writers and (written or (old is not None and old.writing))
            self._dirty[path] = _Dirty(now + self.quiet_s, stat, now, writing)

    def closed(self, path: Path, now: float) -> None:
        """The writer of `path` closed it: a change, and the end of that write."""
        stat = _stat_key(path)
        with self._lock:
            self._dirty[path] = _Dirty(now + self.quiet_s, stat, now, False)

    def forget_writers(self) -> None:
        """Events were lost: which files are still open for writing cannot be known."""
        with self._lock:
            for dirty in self._dirty.values():
                dirty.writing = False

    def take(self, now: float) -> list[Path]:
        """The settled paths, if a batch is due now (they leave the debouncer); else []."""
        with self._lock:
            for path, dirty in self._dirty.items():
                if dirty.settled_at is not None or dirty.due > now:
                    continue
                stat = _stat_key(path)
                if stat != dirty.stat:  # still being written: wait another quiet spell
                    dirty.stat, dirty.due = stat, now + self.quiet_s
                elif dirty.writing and now - dirty.touched < self.open_cap_s:
                    dirty.due = now + self.quiet_s  # still open for writing: only a pause
                else:
                    dirty.settled_at = now
            settled = [(p, d.settled_at) for p, d in self._dirty.items() if d.settled_at is not None]
            if not settled:
                return []
            waiting = len(settled) < len(self._dirty)
            if waiting and now - min(at for _p, at in settled if at is not None) < self.hold_s:
                return []
            for path, _at in settled:
                del self._dirty[path]
            return sorted(p for p, _at in settled)

    def next_due(self) -> float | None:
        """When `take` may next have something (None: nothing dirty)."""
        with self._lock:
            if not self._dirty:
                return None
            moments = [
                d.due if d.settled_at is None else d.settled_at + self.hold_s for d in self._dirty.values()
            ]
            return min(moments)

    def clear(self) -> None:
        with self._lock:
            self._dirty.clear()

    def pending(self) -> int:
        with self._lock:
            return len(self._dirty)
