"""What a report led to, named: an item (a battle card when it is one), a ballot, or a version.

`reports.led_to_kind`/`led_to_id` keep only a kind and an id (a versions.id for a version), so
the inbox, a seller's "Sent by me" and the CLI name the target when they show it, reading titles
as they are now; a target removed since keeps its kind and id with no title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.insights.models import LinkKind, LinkTarget, Report
from enablement.store.schema import ballots, items, versions

__all__ = ["link_targets_in", "targets_named", "versions_in"]


def link_targets_in(conn: Connection, found: Iterable[Report]) -> dict[tuple[LinkKind, int], LinkTarget]:
    """(kind, id) -> the named target, for every link of `found`."""
    return targets_named(conn, [r.led_to for r in found if r.led_to is not None])


def targets_named(
    conn: Connection, refs: Iterable[tuple[LinkKind, int]]
) -> dict[tuple[LinkKind, int], LinkTarget]:
    """(kind, id) -> the named target, for `refs` (e.g. every link in a report's history,
    replaced ones included)."""
    wanted: dict[LinkKind, set[int]] = {kind: set() for kind in LinkKind}
    for kind, ref in refs:
        wanted[kind].add(ref)
    out: dict[tuple[LinkKind, int], LinkTarget] = {}
    if wanted[LinkKind.ITEM]:
        query = sa.select(items.c.id, items.c.title, items.c.kind).where(
            items.c.id.in_(sorted(wanted[LinkKind.ITEM]))
        )
        for row in conn.execute(query):
            out[LinkKind.ITEM, row.id] = LinkTarget(LinkKind.ITEM, row.id, row.title, str(row.kind))
    if wanted[LinkKind.BALLOT]:
        query = sa.select(ballots.c.id, ballots.c.title).where(
            ballots.c.id.in_(sorted(wanted[LinkKind.BALLOT]))
        )
        for ballot in conn.execute(query):
            out[LinkKind.BALLOT, ballot.id] = LinkTarget(LinkKind.BALLOT, ballot.id, ballot.title)
    if wanted[LinkKind.VERSION]:
        for target in _versions(conn, versions.c.id.in_(sorted(wanted[LinkKind.VERSION]))):
            out[LinkKind.VERSION, target.id] = target
    for kind, ids in wanted.items():
        for ref in ids:
            out.setdefault((kind, ref), LinkTarget(kind, ref, None))
    return out


def versions_in(conn: Connection, item_ids: Sequence[int] | None = None) -> list[LinkTarget]:
    """Every version of `item_ids` (of every item when None), newest import first."""
    where = versions.c.item_id.in_(list(item_ids)) if item_ids is not None else sa.true()
    return _versions(conn, where)


def _versions(conn: Connection, where: Any) -> list[LinkTarget]:
    query = (
        sa.select(versions.c.id, versions.c.number, versions.c.item_id, items.c.title, items.c.kind)
        .select_from(versions.join(items, items.c.id == versions.c.item_id))
        .where(where)
        .order_by(versions.c.imported_at.desc(), versions.c.id.desc())
    )
    return [
        LinkTarget(LinkKind.VERSION, row.id, row.title, str(row.kind), item_id=row.item_id, number=row.number)
        for row in conn.execute(query)
    ]
