"""Usage per unit of one item: which slides, pages, rows or sections people preview, open, copy and
link, and which nobody reaches.

The dashboard counts usage per item (enablement.insights.figures); a marketer reworking a deck
wants it per slide. Each count is of distinct people, and comes from the `usage_units` aggregate
(enablement.store.aggregates), which blanks in SQL every count of fewer than `MIN_GROUP` people
(on a team server inside its SECURITY DEFINER function, so a seller never reads the rows behind
it). A unit reached by fewer than `MIN_GROUP` people has no row at all, or a window narrowed around
one colleague's preview would tell whom and when: such a unit reads "nobody, or fewer than three
people" (`hidden`), never a misleading zero. Nor may one count be told from others by
subtraction: a unit's people are withheld (None, while `used` says 3 or more) when a shown action's
people fall 1 or 2 short of them, or 1 or 2 people took only hidden actions.

Only the item's current version counts (migration 0017 records the version on each event): after a
re-import slide 5 may be another slide, so the old slide 5's previews would be credited to it. The
window's usage of earlier versions is not shown per unit; `version` says which version counted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.errors import NotFound
from enablement.insights._aggregates import aggregate
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store import schema
from enablement.store.aggregates import UNIT_ACTIONS
from enablement.store.library import Library

__all__ = ["UnitUsage", "unit_usage_in"]


@dataclass(frozen=True, slots=True)
class UnitUsage:
    """One unit's usage in a window, in distinct people.

    Attributes:
        used: at least MIN_GROUP people previewed, opened, copied or linked the unit in the window.
            When False every count is None: nobody, or too few people to say (see `hidden`); when
            True a count is None if fewer than MIN_GROUP people are behind that action, and
            `people` is None (MIN_GROUP or more) when it would give a hidden count away.
        present: the unit is in the item's current version (False only if a unit counted in the
            current version left `units` since, e.g. while an import was writing).
        version: the item's version whose events were counted (its current one).
    """

    unit_kind: str
    unit_number: int
    heading: str
    present: bool
    used: bool
    people: int | None
    previewed: int | None
    opened: int | None
    copied: int | None
    linked: int | None
    version: int = 0

    @property
    def hidden(self) -> bool:
        """Nobody or fewer than MIN_GROUP people used it: the two may not be told apart."""
        return not self.used

    @property
    def withheld(self) -> bool:
        """`people` is None though MIN_GROUP or more people used the unit: withheld so that a smaller
        hidden count cannot be worked out by subtraction (it reads "3 or more people")."""
        return self.used and self.people is None

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"hidden": self.hidden, "withheld": self.withheld}


def unit_usage_in(
    library: Library, conn: Connection, item_id: int, *, now: datetime, since: datetime
) -> list[UnitUsage]:
    """Every unit of item `item_id`'s current version, with its usage in that version, in unit order."""
    version = conn.execute(
        sa.select(schema.items.c.current_version).where(schema.items.c.id == item_id)
    ).scalar()
    if version is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "There is no item {id}."), id=item_id)
    u = schema.units
    units = conn.execute(
        sa.select(u.c.kind, u.c.number, u.c.heading).where(u.c.item_id == item_id).order_by(u.c.number)
    ).all()
    counted = {
        (str(r["unit_kind"]), int(r["unit_number"])): r
        for r in aggregate(library, conn, "usage_units", now=now, since=since, item=item_id)
    }
    headings = {(str(r.kind), int(r.number)): r.heading or "" for r in units}
    keys = sorted(headings.keys() | counted.keys(), key=lambda k: (k[1], k[0]))
    out = []
    for key in keys:
        row = counted.get(key)
        values: dict[str, int | None] = {"people": _int(row["people"]) if row else None}
        for _, done in UNIT_ACTIONS:
            values[done] = _int(row[done]) if row else None
        out.append(
            UnitUsage(
                unit_kind=key[0],
                unit_number=key[1],
                heading=headings.get(key, ""),
                present=key in headings,
                used=row is not None,
                version=int(version),
                **values,
            )
        )
    return out


def _int(value: Any) -> int | None:
    return None if value is None else int(value)
