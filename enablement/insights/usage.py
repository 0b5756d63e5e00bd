"""What people do with content: previews, opens, copies and links, each one a usage event.

`UsageService.record` is called by the front ends on every preview, open, copy and link; it is
cheap and never fails its caller: when the database is away (a team desktop offline) the event is
kept in memory and written with the next one, as the search log does. A person's own activity
(`my_usage`) is visible to them alone; everyone else sees counts over groups of at least three
people (enablement.insights.figures).
"""

from __future__ import annotations

import collections
import enum
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from enablement.errors import EnablementError, PermissionDenied
from enablement.insights._window import DEFAULT_WEEKS
from enablement.store import schema
from enablement.store.library import Library

__all__ = ["Action", "MyUsage", "UsageService"]

log = logging.getLogger(__name__)


class Action(enum.StrEnum):
    PREVIEW = "preview"
    OPEN = "open"
    COPY = "copy"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class MyUsage:
    """One of the caller's own usage events."""

    at: datetime
    action: str
    item_id: int
    item_title: str | None
    unit_kind: str | None
    unit_number: int | None
    search_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "action": self.action,
            "item_id": self.item_id,
            "item_title": self.item_title,
            "unit_kind": self.unit_kind,
            "unit_number": self.unit_number,
            "search_id": self.search_id,
        }


class UsageService:
    """Records usage events and reads back a person's own.

    Attributes:
        offline: set while the team server is out of reach: events wait in memory.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self.offline = False
        self._pending: collections.deque[dict[str, Any]] = collections.deque(maxlen=10_000)
        self._lock = threading.Lock()
        self._teams: dict[str, str] = {}

    def record(
        self,
        actor: str,
        action: Action | str,
        item_id: int,
        unit_kind: str | None = None,
        unit_number: int | None = None,
        search_id: int | None = None,
        version: int | None = None,
    ) -> None:
        """Note that `actor` did `action` on an item (or one unit of it); never raises.

        `version`: the item's version on show; None takes the item's current version when the
        event is written (a unit's usage counts only its current version's events).
        """
        try:
            action = Action(action)
        except ValueError:
            log.warning("usage event with unknown action %r ignored", action)
            return
        event = {
            "at": datetime.now(UTC),
            "person": actor,
            "action": action.value,
            "item_id": int(item_id),
            "unit_kind": unit_kind,
            "unit_number": unit_number,
            "search_id": search_id,
            "item_version": version,
        }
        with self._lock:
            self._pending.append(event)
            if self.offline:
                return
            pending = list(self._pending)
            self._pending.clear()
        try:
            with self.library.transaction() as conn:
                for line in pending:
                    line["team"] = self._team(conn, line["person"])
                    if line["item_version"] is None:
                        line["item_version"] = conn.execute(
                            sa.select(schema.items.c.current_version).where(
                                schema.items.c.id == line["item_id"]
                            )
                        ).scalar()
                conn.execute(sa.insert(schema.usage_events), pending)
        except PermissionDenied as exc:  # the database refused (not this person's row): retrying won't help
            log.warning("usage event refused and dropped: %s", exc)
        except EnablementError as exc:  # a usage count is never worth an error in the user's face
            with self._lock:
                self._pending.extendleft(reversed(pending))
            log.warning("usage event not written (kept for later): %s", exc)
        except sa.exc.SQLAlchemyError:
            log.exception("usage event not written")

    def _team(self, conn: sa.Connection, person: str) -> str:
        team = self._teams.get(person)
        if team is None:
            found = conn.execute(
                sa.select(schema.people.c.team).where(schema.people.c.name == person)
            ).scalar_one_or_none()
            team = self._teams[person] = found or ""
        return team

    def my_usage(
        self, actor: str, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None, limit: int = 200
    ) -> list[MyUsage]:
        """`actor`'s own events of the last `weeks` weeks up to `now`, newest first (nobody else's,
        whoever asks): the same period as the shared numbers, so `insights usage --mine --weeks N`
        sets it as every other insights command does."""
        now = now or datetime.now(UTC)
        since = now - timedelta(weeks=max(1, weeks))
        u, items = schema.usage_events, schema.items
        query = (
            sa.select(u, items.c.title)
            .select_from(u.outerjoin(items, items.c.id == u.c.item_id))
            .where(u.c.person == actor, u.c.at >= since, u.c.at <= now)
            .order_by(u.c.at.desc(), u.c.id.desc())
            .limit(limit)
        )
        with self.library.reading() as conn:
            rows = conn.execute(query).all()
        return [
            MyUsage(
                at=r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC),
                action=r.action,
                item_id=r.item_id,
                item_title=r.title,
                unit_kind=r.unit_kind,
                unit_number=r.unit_number,
                search_id=r.search_id,
            )
            for r in rows
        ]
