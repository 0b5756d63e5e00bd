"""Where feedback given on some version of an item belongs in its current version.

Feedback names a unit by kind and number ("slide 5") and, since migration 0017, the item's
version it was given on. A re-import renumbers and rewrites units, so the number alone would put
feedback on the old slide 5 onto whatever is slide 5 now. The rule a marketer expects:

* given on the current version: it shows on that unit;
* given on an earlier version whose unit has the same content (heading, text and speaker notes,
  compared with that version's `version_units` rows) as a unit of the current version: it shows on
  that unit, the same number if that one matches, else the nearest matching number (a slide
  inserted before it moved it down);
* otherwise it is not shown on any current unit: the item's roll-up lists it as "on version N,
  slide 5 «heading» (since changed / since removed)" (changed while a current unit still has its
  heading, removed when none has), or, when that version's units are not
  stored (versions imported before 0010) or the version is unknown (feedback older than 0017
  that the backfill could not place), as given on an earlier version that may have changed.

Qt-free and read-only: the caller passes the connection (a seller may read every table used
here: items, units and version_units are the library's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.insights.models import (
    EarlierFeedback,
    FeedbackComment,
    Placement,
    Report,
    ReportType,
    UnitFeedback,
    Verdict,
)
from enablement.store.schema import items, reports, units, version_units

__all__ = [
    "LATEST_COMMENTS",
    "Placed",
    "earlier_rollup",
    "feedback_shown_on",
    "mark_gone",
    "place_feedback",
    "unit_rollup",
]

LATEST_COMMENTS = 3

_Content = tuple[str, str, str]  # heading, text, notes


@dataclass(frozen=True, slots=True)
class Placed:
    """One report's place: the current unit it shows on (None: listed in the roll-up only),
    the version it was given on, and its unit's heading on that version ("" when unknown)."""

    placement: Placement
    current: tuple[str, int] | None
    version: int | None
    heading: str


def feedback_shown_on(
    conn: Connection, author: str, item_id: int, unit_kind: str, unit_number: int
) -> list[Any]:
    """The report rows of `author`'s feedback that show on one unit of the item's current version,
    newest first: given on this version, or on an earlier one where the unit had the same content.
    One query for the preview's "your feedback here" and for the once-per-unit check."""
    rows = conn.execute(
        sa.select(reports)
        .where(
            reports.c.author == author,
            reports.c.type == ReportType.FEEDBACK.value,
            reports.c.item_id == item_id,
        )
        .order_by(reports.c.at.desc(), reports.c.id.desc())
    ).all()
    if not rows:
        return []
    placed = place_feedback(conn, item_id, rows)
    return [r for r in rows if placed[r.id].current == (unit_kind, unit_number)]


def place_feedback(conn: Connection, item_id: int, rows: Iterable[Any]) -> dict[int, Placed]:
    """report id -> its place, for feedback `rows` (with id, item_version, unit_kind, unit_number)
    on item `item_id`. An item removed since places everything as UNKNOWN."""
    rows = list(rows)
    current_version = conn.execute(sa.select(items.c.current_version).where(items.c.id == item_id)).scalar()
    now: dict[tuple[str, int], _Content] = {}
    numbers_of: dict[tuple[str, _Content], list[int]] = {}
    if current_version is not None:
        for r in conn.execute(
            sa.select(units.c.kind, units.c.number, units.c.heading, units.c.text, units.c.notes).where(
                units.c.item_id == item_id
            )
        ):
            content = _content(r)
            now[str(r.kind), int(r.number)] = content
            numbers_of.setdefault((str(r.kind), content), []).append(int(r.number))
    earlier = _earlier_units(
        conn,
        item_id,
        {
            int(r.item_version)
            for r in rows
            if r.item_version is not None and r.item_version != current_version
        },
    )
    out: dict[int, Placed] = {}
    for r in rows:
        kind, number, version = str(r.unit_kind or ""), int(r.unit_number or 0), r.item_version
        key = (kind, number)
        if current_version is not None and version == current_version:
            heading = now[key][0] if key in now else ""
            placement = Placement.CURRENT if key in now else Placement.REMOVED
            out[r.id] = Placed(placement, key if key in now else None, version, heading)
            continue
        old = earlier.get(version, {}).get(key) if version is not None else None
        if old is None:  # the version is not known, or its units are not stored
            out[r.id] = Placed(Placement.UNKNOWN, None, version, "")
            continue
        matches = numbers_of.get((kind, old), [])
        if matches:
            nearest = min(matches, key=lambda n: (abs(n - number), n))
            out[r.id] = Placed(Placement.SAME, (kind, nearest), version, old[0])
        else:
            out[r.id] = Placed(_changed_or_removed(kind, number, old, now), None, version, old[0])
    return out


def _changed_or_removed(
    kind: str, number: int, old: _Content, now: dict[tuple[str, int], _Content]
) -> Placement:
    """A unit whose content is nowhere in the current version: CHANGED while a current unit of its
    kind still has its heading (edited in place or moved), REMOVED when none has; a unit without a
    heading is judged by its number."""
    if old[0].strip():
        same = any(k == kind and content[0] == old[0] for (k, _), content in now.items())
        return Placement.CHANGED if same else Placement.REMOVED
    return Placement.CHANGED if (kind, number) in now else Placement.REMOVED


def _earlier_units(
    conn: Connection, item_id: int, versions: set[int]
) -> dict[int, dict[tuple[str, int], _Content]]:
    """The stored units of `versions` of the item (a version without rows is left out)."""
    if not versions:
        return {}
    vu = version_units
    found: dict[int, dict[tuple[str, int], _Content]] = {}
    for r in conn.execute(
        sa.select(vu.c.version, vu.c.kind, vu.c.number, vu.c.heading, vu.c.text, vu.c.notes).where(
            vu.c.item_id == item_id, vu.c.version.in_(sorted(versions))
        )
    ):
        found.setdefault(int(r.version), {})[str(r.kind), int(r.number)] = _content(r)
    return found


def _content(row: Any) -> _Content:
    return (row.heading or "", row.text or "", row.notes or "")


def unit_rollup(rows: Sequence[Any], placed: dict[int, Placed]) -> list[UnitFeedback]:
    """Per current unit, in unit order: the feedback that shows on it (rows newest first)."""
    by_unit: dict[tuple[str, int], UnitFeedback] = {}
    seen: set[tuple[str, str, int]] = set()
    for r in rows:
        key = placed[r.id].current
        if key is None or (r.author, *key) in seen:  # a person counts once per unit: their newest
            continue
        seen.add((r.author, *key))
        unit = by_unit.setdefault(key, UnitFeedback(key[0], key[1], _zeros(), []))
        _count(unit.counts, unit.latest, r)
    return [by_unit[k] for k in sorted(by_unit, key=lambda k: (k[1], k[0]))]


def earlier_rollup(rows: Sequence[Any], placed: dict[int, Placed]) -> list[EarlierFeedback]:
    """The feedback that shows on no current unit, per version and unit: newest version first
    (an unknown version last)."""
    groups: dict[tuple[int, str, int, Placement], EarlierFeedback] = {}
    seen: set[tuple[str, tuple[int, str, int, Placement]]] = set()
    for r in rows:
        where = placed[r.id]
        if where.placement.shows_on_unit:
            continue
        key = (where.version or 0, str(r.unit_kind or ""), int(r.unit_number or 0), where.placement)
        if (r.author, key) in seen:  # once per person and unit, as on current units
            continue
        seen.add((r.author, key))
        group = groups.setdefault(
            key, EarlierFeedback(where.version, key[1], key[2], where.heading, where.placement, _zeros())
        )
        _count(group.counts, group.latest, r)
    return [groups[k] for k in sorted(groups, key=lambda k: (-k[0], k[2], k[1]))]


def _zeros() -> dict[str, int]:
    return {v.value: 0 for v in Verdict}


def _count(counts: dict[str, int], latest: list[FeedbackComment], r: Any) -> None:
    counts[r.kind] = counts.get(r.kind, 0) + 1
    if r.text and len(latest) < LATEST_COMMENTS:
        at = r.at.replace(tzinfo=UTC) if r.at.tzinfo is None else r.at.astimezone(UTC)
        latest.append(FeedbackComment(r.id, r.author, Verdict(r.kind), r.text, at))


def mark_gone(conn: Connection, found: Sequence[Report]) -> list[Report]:
    """`found` with `gone` set on feedback whose item or unit was removed since: the item is no
    longer there, the unit's content is nowhere in the current version (REMOVED), or, on a
    version whose units are not stored, no current unit has its kind and number."""
    by_item: dict[int, list[Report]] = {}
    for r in found:
        if r.type is ReportType.FEEDBACK and r.item_id is not None:
            by_item.setdefault(r.item_id, []).append(r)
    gone: set[int] = {r.id for r in found if r.type is ReportType.FEEDBACK and r.item_id is None}
    for item_id, mine in by_item.items():
        placed = place_feedback(conn, item_id, mine)
        unknown = [r for r in mine if placed[r.id].placement is Placement.UNKNOWN]
        current: set[tuple[str, int]] = set()
        if unknown:
            current = {
                (str(k), int(n))
                for k, n in conn.execute(
                    sa.select(units.c.kind, units.c.number).where(units.c.item_id == item_id)
                )
            }
        for r in mine:
            where = placed[r.id].placement
            if where is Placement.REMOVED or (
                where is Placement.UNKNOWN
                and (str(r.unit_kind or ""), int(r.unit_number or 0)) not in current
            ):
                gone.add(r.id)
    return [replace(r, gone=True) if r.id in gone else r for r in found]
