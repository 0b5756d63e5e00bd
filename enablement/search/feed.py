"""Where this desktop's index stands in the server's change log, and what to look at next.

On a PostgreSQL library every change to an item is a row of `change_log` (a trigger writes it and
NOTIFYs `enablement_changes`, migration 0005). Each desktop keeps its own index and remembers, in
the index folder, the highest `seq` up to which it has applied every change. Following the feed is
then a query for the rows above that cursor and a re-index of just those items: no scan of the
whole library, no rebuild.

Sequence numbers are taken when a transaction inserts its row, not when it commits, so a long
transaction can commit seq 41 after seq 42 was seen. The cursor therefore stops below the first
hole and the rows above it are read again next time (re-indexing is idempotent: an item already
current is skipped). A hole that stays open for HOLE_TIMEOUT_S was a rolled-back transaction and is
passed over.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FEED_FILE = "enablement-feed.json"
HOLE_TIMEOUT_S = 60.0


@dataclass
class FeedCursor:
    """Every change with `seq <= applied` is in the index; `holes` are missing numbers above it.

    Attributes:
        applied: the cursor persisted with the index.
        holes: seq numbers not seen yet above `applied`, with the monotonic time they were first
            noticed (kept in memory only: after a restart they are simply waited for again).
    """

    applied: int
    holes: dict[int, float] = field(default_factory=dict)

    def advance(self, seqs: Sequence[int], *, now: Callable[[], float] = time.monotonic) -> None:
        """Move past the rows just read (`seqs`, ascending, all above `applied`)."""
        if not seqs:
            return
        seen = set(seqs)
        t = now()
        for missing in range(self.applied + 1, max(seen)):
            if missing not in seen:
                self.holes.setdefault(missing, t)
        for seq in seen:
            self.holes.pop(seq, None)
        expired = [s for s, first in self.holes.items() if t - first >= HOLE_TIMEOUT_S]
        for seq in expired:
            del self.holes[seq]
        top = max(seen)
        self.applied = min(self.holes) - 1 if self.holes else max(top, self.applied)


def read_cursor(index_dir: Path) -> FeedCursor | None:
    """The cursor saved with the index at `index_dir`, or None (a new or recreated index)."""
    try:
        data = json.loads((index_dir / FEED_FILE).read_text(encoding="utf-8"))
        return FeedCursor(int(data["applied"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_cursor(index_dir: Path, cursor: FeedCursor) -> None:
    """Atomically save the cursor beside the index state it belongs to."""
    tmp = index_dir / f".{FEED_FILE}.tmp"
    tmp.write_text(json.dumps({"applied": cursor.applied}), encoding="utf-8")
    os.replace(tmp, index_dir / FEED_FILE)
