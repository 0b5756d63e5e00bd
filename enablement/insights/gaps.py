"""Content gaps: what people searched for and did not find, and what marketing decided about it.

A gap is a normalised query (`search_log.query_key`: the searched query with corrections applied,
folded and stemmed, so "цены роутера" and a typo of it share one key, and spellings of one name
too, "Wi-Fi 7" and "wifi 7" (enablement.search.keys); the lower-cased query for lines logged before
the key existed) that people searched for in the period and were not served.

The rule, per normalised query and period (counted by distinct people, not by searches):

* a person is *unserved* when every search of theirs for the query found nothing or led to no open
  (no usage event names the search); a person who opened a result for it even once is *served*.
  A search that found nothing always counts as unserved: there was nothing to open;
* the query is a gap when at least GAP_MIN_UNSERVED (3) unserved people met it AND they are at least
  GAP_UNSERVED_PERCENT (50) % of everyone who searched it (enablement.store.aggregates).

Why a share: one person's unopened search in a query ten people answered for themselves is noise,
not missing content; a query most of its searchers leave empty-handed is. `Gap.people` is the
unserved people, `Gap.searchers` everyone who searched it. The dashboard's "top gaps" and this list
are one aggregate (its first ten and first 200), so they never disagree; both cover DEFAULT_WEEKS.
Marketing (or an admin) decides: a card is planned, an item answers it, or it is dismissed; decided
gaps leave the open list.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.errors import EnablementError, NotFound, PermissionDenied
from enablement.insights._aggregates import aggregate, as_date, as_datetime, gap_example
from enablement.insights._window import DEFAULT_WEEKS
from enablement.messages import QT_TRANSLATE_NOOP, marketing_hint
from enablement.store import schema
from enablement.store.aggregates import GAP_MIN_UNSERVED, GAP_UNSERVED_PERCENT
from enablement.store.library import Library

__all__ = [
    "DEFAULT_WEEKS",
    "GAP_MIN_UNSERVED",
    "GAP_UNSERVED_PERCENT",
    "Gap",
    "GapDecision",
    "GapService",
    "GapState",
]

_MANAGERS = ("marketing", "admin")


class GapState(enum.StrEnum):
    CARD_PLANNED = "card_planned"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class Gap:
    """One open gap: its key, an example of how people typed it, and how many met it: `people`
    unserved of `searchers` who searched it; `searches` that found nothing or led to no open.
    `searchers` is None when the served among them (searchers less people) are 1 or 2: the two
    counts would tell that small group by subtraction (`searchers_shown` then reads "6+")."""

    key: str
    example: str
    people: int
    searchers: int | None
    searches: int
    zero_hits: int | None  # None (withheld) unless 3 people made them, and 3 or none found something
    # The (UTC) day of the latest unserved search, never its time: that search is one person's.
    last_seen: date | None

    @property
    def searchers_shown(self) -> str:
        """The searchers as a reader sees them: "6", or "6+" (more than the unserved) when withheld."""
        return f"{self.people + 1}+" if self.searchers is None else str(self.searchers)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "example": self.example,
            "people": self.people,
            "searchers": self.searchers,
            "searches": self.searches,
            "zero_hits": self.zero_hits,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
        }


@dataclass(frozen=True, slots=True)
class GapDecision:
    key: str
    state: GapState
    item_id: int | None
    note: str
    decided_by: str
    decided_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "state": self.state.value,
            "item_id": self.item_id,
            "note": self.note,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat(),
        }


class GapService:
    """The open gap list and marketing's decisions on it."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def open_gaps(self, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None) -> list[Gap]:
        """Undecided gaps of the last `weeks` weeks (the module's rule), most unserved people first."""
        now = now or datetime.now(UTC)
        with self.library.reading() as conn:
            return gaps_in(self.library, conn, now=now, since=now - timedelta(weeks=weeks))

    def decisions(self) -> list[GapDecision]:
        d = schema.gap_decisions
        with self.library.reading() as conn:
            rows = conn.execute(sa.select(d).order_by(d.c.decided_at.desc())).all()
        return [
            GapDecision(
                key=r.query_key,
                state=GapState(r.state),
                item_id=r.item_id,
                note=r.note,
                decided_by=r.decided_by,
                decided_at=as_datetime(r.decided_at) or datetime.now(UTC),
            )
            for r in rows
        ]

    def decision(self, key: str) -> GapDecision | None:
        """The decision on the gap `key`, if any."""
        d = schema.gap_decisions
        with self.library.reading() as conn:
            r = conn.execute(sa.select(d).where(d.c.query_key == " ".join(key.split()))).first()
        if r is None:
            return None
        decided_at = as_datetime(r.decided_at) or datetime.now(UTC)
        return GapDecision(r.query_key, GapState(r.state), r.item_id, r.note, r.decided_by, decided_at)

    def example(self, key: str) -> str:
        """How people last typed the gap `key`, when at least MIN_GROUP people searched it; else the
        key itself (a phrasing one or two people typed would tell who searched what). A marketer
        reads no one else's search_log rows: on a team server this comes from a function."""
        key = " ".join(key.split())
        with self.library.reading() as conn:
            typed = gap_example(self.library, conn, key)
        return " ".join(str(typed or key).split())

    def require_manager(self, actor: str) -> None:
        """Refuse anyone but marketing (before work is done for a decision, such as a draft card)."""
        with self.library.reading() as conn:
            _require_manager(conn, actor, self.library.is_team)

    def plan_card(self, actor: str, key: str, note: str = "", item_id: int | None = None) -> GapDecision:
        """A battle card is planned for the gap; `item_id` is its draft
        (enablement.workbench.gap_cards makes it and calls this)."""
        return self._decide(actor, key, GapState.CARD_PLANNED, item_id, note)

    def answered_by(self, actor: str, key: str, item_id: int, note: str = "") -> GapDecision:
        """An existing item answers the gap."""
        return self._decide(actor, key, GapState.ANSWERED, item_id, note)

    def dismiss(self, actor: str, key: str, note: str) -> GapDecision:
        return self._decide(actor, key, GapState.DISMISSED, None, note)

    def _decide(self, actor: str, key: str, state: GapState, item_id: int | None, note: str) -> GapDecision:
        key = " ".join(key.split())
        if not key:
            raise EnablementError(
                QT_TRANSLATE_NOOP("Messages", "A content gap needs its key (see enablement insights gaps).")
            )
        now = datetime.now(UTC)
        d = schema.gap_decisions
        with self.library.transaction() as conn:
            _require_manager(conn, actor, self.library.is_team)
            if (
                item_id is not None
                and conn.execute(sa.select(schema.items.c.id).where(schema.items.c.id == item_id)).first()
                is None
            ):
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "There is no item {id}."), id=item_id)
            values = {
                "state": state.value,
                "item_id": item_id,
                "note": note,
                "decided_by": actor,
                "decided_at": now,
            }
            if conn.execute(sa.update(d).where(d.c.query_key == key).values(**values)).rowcount == 0:
                conn.execute(sa.insert(d).values(query_key=key, **values))
        return GapDecision(key, state, item_id, note, actor, now)


def gaps_in(
    library: Library, conn: Connection, *, now: datetime, since: datetime, first_ten: bool = False
) -> list[Gap]:
    """The open gaps of [since, now], most people first (the first 200; `first_ten`: the first ten, a
    query of its own: the shorter the list, the fewer keys it needs to count people for)."""
    return [
        Gap(
            key=r["key"],
            example=r["example"],
            people=int(r["people"]),
            # a team server whose functions predate the column (not re-secured yet): unknown, shown as people
            searchers=_int(r["searchers"]) if "searchers" in r else int(r["people"]),
            searches=int(r["searches"]),
            zero_hits=_int(r["zero_hits"]),
            last_seen=as_date(r["last_seen"]),
        )
        for r in aggregate(library, conn, "top_gaps" if first_ten else "gaps", now=now, since=since)
    ]


def _require_manager(conn: Connection, actor: str, team: bool) -> None:
    role = conn.execute(
        sa.select(schema.people.c.role).where(schema.people.c.name == actor)
    ).scalar_one_or_none()
    if role not in _MANAGERS:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only marketing decides about content gaps; {actor!r} is {role}. {hint}",
            ),
            actor=actor,
            role=role or "without a profile",
            hint=marketing_hint(team, actor),
        )


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
