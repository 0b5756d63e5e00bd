"""Reads and writes of library content: items, versions, units, source files, search log.

Every function takes a SQLAlchemy `Connection` (from `Library.transaction()` or
`Library.reading()`), so callers decide transaction boundaries: the importer
writes one file's item, version and units in a single transaction, which is what
makes a killed import leave nothing half-done.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from enablement.domain import (
    ExtractedDoc,
    ExtractedUnit,
    Item,
    ItemKind,
    ItemStatus,
    Unit,
    UnitKind,
    Version,
)
from enablement.errors import NotFound
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store.schema import (
    change_log,
    item_status_history,
    items,
    people,
    rejections,
    search_log,
    source_files,
    units,
    version_units,
    versions,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(slots=True)
class SourceRecord:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    item_id: int | None


@dataclass(slots=True)
class NewVersion:
    """Everything the importer knows about one file it is about to store."""

    path: str
    name: str
    size: int
    mtime_ns: int
    sha256: str
    doc: ExtractedDoc
    language: str
    kind: ItemKind
    status: ItemStatus
    competitors: list[str]
    products: list[str]
    tags: list[str]
    owner: str
    review_by: date | None
    title: str
    restored_from: int | None = None  # the older version this one re-publishes (a restore)


def unit_values(u: ExtractedUnit | Unit) -> dict[str, Any]:
    """A unit's stored columns (all but ids), as plain JSON-ready values."""
    return {
        "kind": u.kind.value,
        "number": u.number,
        "heading": u.heading,
        "text": u.text,
        "notes": u.notes,
        "fields": u.fields,
        "codes": u.codes,
        "section_type": u.section_type,
        "hidden": u.hidden,
        "sheet": u.sheet,
    }


def item_from_row(row: Row[Any], unit_count: int = 0) -> Item:
    return Item(
        id=row.id,
        title=row.title,
        kind=ItemKind(row.kind),
        status=ItemStatus(row.status),
        language=row.language,
        competitors=list(row.competitors or []),
        products=list(row.products or []),
        tags=list(row.tags or []),
        owner=row.owner,
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
        review_by=row.review_by,
        source_name=row.source_name,
        sha256=row.sha256,
        version=row.current_version,
        unit_count=unit_count,
    )


def unit_from_row(row: Row[Any]) -> Unit:
    return Unit(
        id=row.id,
        item_id=row.item_id,
        kind=UnitKind(row.kind),
        number=row.number,
        heading=row.heading,
        text=row.text,
        notes=row.notes,
        fields=dict(row.fields or {}),
        codes=list(row.codes or []),
        section_type=row.section_type,
        hidden=bool(row.hidden),
        sheet=row.sheet,
    )


# ---------------------------------------------------------------- source files


def get_source(conn: Connection, path: str) -> SourceRecord | None:
    row = conn.execute(sa.select(source_files).where(source_files.c.path == path)).first()
    if row is None:
        return None
    return SourceRecord(row.path, row.size, row.mtime_ns, row.sha256, row.item_id)


def all_sources(conn: Connection) -> dict[str, SourceRecord]:
    return {
        row.path: SourceRecord(row.path, row.size, row.mtime_ns, row.sha256, row.item_id)
        for row in conn.execute(sa.select(source_files))
    }


def touch_source(conn: Connection, path: str, size: int, mtime_ns: int, sha256: str, item_id: int) -> None:
    """Record that `path` (as of size/mtime) holds content `sha256` of `item_id`."""
    conn.execute(sa.delete(source_files).where(source_files.c.path == path))
    conn.execute(
        sa.insert(source_files).values(
            path=path, size=size, mtime_ns=mtime_ns, sha256=sha256, item_id=item_id
        )
    )


def forget_source(conn: Connection, path: str) -> None:
    """Forget that `path` held an item's content (the file is gone); the item and its versions stay."""
    conn.execute(sa.delete(source_files).where(source_files.c.path == path))


@dataclass(slots=True)
class RejectionRecord:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    reason: Message


def all_rejections(conn: Connection) -> dict[str, RejectionRecord]:
    return {
        row.path: RejectionRecord(
            row.path, row.size, row.mtime_ns, row.sha256, Message.stored(row.reason, row.reason_message)
        )
        for row in conn.execute(sa.select(rejections))
    }


def record_rejection(
    conn: Connection, path: str, size: int, mtime_ns: int, sha256: str, reason: Message
) -> None:
    conn.execute(sa.delete(rejections).where(rejections.c.path == path))
    conn.execute(
        sa.insert(rejections).values(
            path=path,
            size=size,
            mtime_ns=mtime_ns,
            sha256=sha256,
            reason=str(reason),
            reason_message=reason.to_json(),
            at=utcnow(),
        )
    )


def forget_rejection(conn: Connection, path: str) -> None:
    conn.execute(sa.delete(rejections).where(rejections.c.path == path))


def item_id_by_sha(conn: Connection, sha256: str) -> int | None:
    return conn.execute(sa.select(items.c.id).where(items.c.sha256 == sha256).limit(1)).scalar()


# ---------------------------------------------------------------- items


def store_version(conn: Connection, new: NewVersion, *, item_id: int | None, user: str) -> int:
    """Create an item (item_id None) or add version n+1 to it; replace its units.

    The replaced units are kept in `version_units` under the version they belonged to, so
    older versions stay comparable. Returns the item id. Call inside one transaction together
    with `touch_source`.
    """
    now = utcnow()
    values = {
        "title": new.title,
        "kind": new.kind.value,
        "status": new.status.value,
        "language": new.language,
        "competitors": new.competitors,
        "products": new.products,
        "tags": new.tags,
        "owner": new.owner,
        "updated_at": now,
        "review_by": new.review_by,
        "source_name": new.name,
        "sha256": new.sha256,
    }
    if item_id is None:
        item_id = conn.execute(
            sa.insert(items)
            .values(created_at=now, current_version=1, indexed_version=0, **values)
            .returning(items.c.id)
        ).scalar_one()
        number = 1
    else:
        number = (
            conn.execute(
                sa.select(sa.func.max(versions.c.number)).where(versions.c.item_id == item_id)
            ).scalar()
            or 0
        ) + 1
        replaced = conn.execute(sa.select(items.c.current_version).where(items.c.id == item_id)).scalar_one()
        conn.execute(sa.update(items).where(items.c.id == item_id).values(current_version=number, **values))
        _archive_units(conn, item_id, replaced)
        conn.execute(sa.delete(units).where(units.c.item_id == item_id))
    conn.execute(
        sa.insert(versions).values(
            item_id=item_id,
            number=number,
            sha256=new.sha256,
            size=new.size,
            source_name=new.name,
            source_path=new.path,
            imported_at=now,
            imported_by=user,
            restored_from=new.restored_from,
        )
    )
    rows = [{"item_id": item_id, **unit_values(u)} for u in new.doc.units]
    for start in range(0, len(rows), 2000):
        conn.execute(sa.insert(units), rows[start : start + 2000])
    return item_id


_UNIT_COLUMNS = (
    "kind",
    "number",
    "heading",
    "text",
    "notes",
    "fields",
    "codes",
    "section_type",
    "hidden",
    "sheet",
)


def _archive_units(conn: Connection, item_id: int, version: int) -> None:
    """Copy an item's current units into `version_units` as `version` (one INSERT … SELECT)."""
    conn.execute(
        sa.delete(version_units).where(version_units.c.item_id == item_id, version_units.c.version == version)
    )
    conn.execute(
        sa.insert(version_units).from_select(
            ["item_id", "version", *_UNIT_COLUMNS],
            sa.select(
                units.c.item_id,
                sa.literal(version, sa.Integer),
                *(units.c[name] for name in _UNIT_COLUMNS),
            ).where(units.c.item_id == item_id),
        )
    )


def get_version_units(conn: Connection, item_id: int, version: int) -> list[Unit] | None:
    """The units of an older version as kept when it was replaced; None when none were kept
    (a version replaced before revision 0010: extract its original instead)."""
    rows = conn.execute(
        sa.select(version_units)
        .where(version_units.c.item_id == item_id, version_units.c.version == version)
        .order_by(version_units.c.number, version_units.c.id)
    ).all()
    if not rows:
        return None
    return [unit_from_row(r) for r in rows]


def _unit_counts(conn: Connection, item_ids: Sequence[int] | None = None) -> dict[int, int]:
    query = sa.select(units.c.item_id, sa.func.count()).group_by(units.c.item_id)
    if item_ids is not None:
        query = query.where(units.c.item_id.in_(item_ids))
    return {row[0]: row[1] for row in conn.execute(query)}


def get_item(conn: Connection, item_id: int) -> Item:
    row = conn.execute(sa.select(items).where(items.c.id == item_id)).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no item {item} in this library (see `enablement list`)."),
            item=item_id,
        )
    return item_from_row(row, _unit_counts(conn, [item_id]).get(item_id, 0))


def list_items(
    conn: Connection,
    *,
    kind: ItemKind | str | None = None,
    status: ItemStatus | str | None = None,
    include_archived: bool = True,
) -> list[Item]:
    query = sa.select(items).order_by(items.c.kind, items.c.title, items.c.id)
    if kind:
        query = query.where(items.c.kind == str(kind))
    if status:
        query = query.where(items.c.status == str(status))
    elif not include_archived:
        query = query.where(items.c.status != ItemStatus.ARCHIVED.value)
    counts = _unit_counts(conn)
    return [item_from_row(row, counts.get(row.id, 0)) for row in conn.execute(query)]


def get_versions(conn: Connection, item_id: int) -> list[Version]:
    rows = conn.execute(sa.select(versions).where(versions.c.item_id == item_id).order_by(versions.c.number))
    return [
        Version(
            number=r.number,
            sha256=r.sha256,
            size=r.size,
            source_name=r.source_name,
            source_path=r.source_path,
            imported_at=_aware(r.imported_at),
            imported_by=r.imported_by,
            restored_from=r.restored_from,
        )
        for r in rows
    ]


def get_units(conn: Connection, item_id: int) -> list[Unit]:
    rows = conn.execute(
        sa.select(units).where(units.c.item_id == item_id).order_by(units.c.number, units.c.id)
    )
    return [unit_from_row(r) for r in rows]


def get_unit(conn: Connection, item_id: int, kind: UnitKind | str, number: int) -> Unit:
    row = conn.execute(
        sa.select(units).where(
            units.c.item_id == item_id, units.c.kind == str(kind), units.c.number == number
        )
    ).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "Item {item} has no slide, page, row or section {number}."),
            item=item_id,
            number=number,
        )
    return unit_from_row(row)


def update_item(conn: Connection, item_id: int, **values: Any) -> None:
    """Change metadata (status, tags, owner…); bumps updated_at so the index refreshes it."""
    allowed = {"title", "status", "competitors", "products", "tags", "owner", "review_by", "kind"}
    bad = set(values) - allowed
    if bad:
        raise ValueError(f"cannot update {sorted(bad)}")
    for key in ("status", "kind"):
        if key in values:
            values[key] = str(values[key])
    result = conn.execute(
        sa.update(items).where(items.c.id == item_id).values(updated_at=utcnow(), indexed_version=0, **values)
    )
    if result.rowcount == 0:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no item {item} in this library."), item=item_id
        )


def record_status_change(
    conn: Connection,
    item_id: int,
    *,
    actor: str,
    to_status: ItemStatus | str,
    from_status: ItemStatus | str | None,
    action: str = "move",
    note: str = "",
    review_by: date | None = None,
    at: datetime | None = None,
) -> None:
    """Append one line to an item's status history (enablement.workbench.publishing reads it).

    Here, in the store, so that every writer of items.status (the workbench, voting's publish on
    a go decision, archiving) keeps the history the same way.
    """
    conn.execute(
        sa.insert(item_status_history).values(
            item_id=item_id,
            action=action,
            from_status=None if from_status is None else str(from_status),
            to_status=str(to_status),
            actor=actor,
            at=at or utcnow(),
            note=note,
            review_by=review_by,
        )
    )


def last_moves(conn: Connection, item_ids: Iterable[int]) -> dict[int, tuple[str | None, str, str]]:
    """(from status, to status, note) of each item's latest status move; items never moved are absent."""
    t = item_status_history
    latest: dict[int, tuple[str | None, str, str]] = {}
    wanted = list(item_ids)
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            sa.select(t.c.item_id, t.c.from_status, t.c.to_status, t.c.note)
            .where(t.c.item_id.in_(wanted[start : start + 500]), t.c.action == "move")
            .order_by(t.c.at, t.c.id)
        )
        for row in rows:
            latest[row.item_id] = (row.from_status, row.to_status, row.note)
    return latest


def remove_item(conn: Connection, item_id: int) -> None:
    """Delete an item with its versions and units. Its originals stay in the blob store."""
    get_item(conn, item_id)
    conn.execute(sa.delete(units).where(units.c.item_id == item_id))
    conn.execute(sa.delete(version_units).where(version_units.c.item_id == item_id))
    conn.execute(sa.delete(versions).where(versions.c.item_id == item_id))
    conn.execute(sa.delete(source_files).where(source_files.c.item_id == item_id))
    conn.execute(sa.delete(items).where(items.c.id == item_id))


def person_role(conn: Connection, name: str) -> str | None:
    """The role (`sales`, `marketing` or `admin`) of the person named `name`; None without a profile.

    A plain string: the store knows no voting types. On a team library `people.role` is kept
    in step with the login's group role by `enablement.team.TeamAdmin`.
    """
    role = conn.execute(sa.select(people.c.role).where(people.c.name == name)).scalar()
    return None if role is None else str(role)


def item_shas(conn: Connection) -> list[tuple[int, str]]:
    """(item id, sha256 of its current version) for every item."""
    return [(row.id, row.sha256) for row in conn.execute(sa.select(items.c.id, items.c.sha256))]


def referenced_hashes(conn: Connection) -> set[str]:
    return set(conn.execute(sa.select(versions.c.sha256)).scalars())


# ---------------------------------------------------------------- index bookkeeping


def stale_item_ids(conn: Connection) -> list[int]:
    """Items whose current version the search index does not hold yet."""
    return list(
        conn.execute(
            sa.select(items.c.id).where(items.c.indexed_version != items.c.current_version)
        ).scalars()
    )


def mark_indexed(conn: Connection, item_ids: Iterable[int]) -> None:
    ids = list(item_ids)
    for start in range(0, len(ids), 500):
        conn.execute(
            sa.update(items)
            .where(items.c.id.in_(ids[start : start + 500]))
            .values(indexed_version=items.c.current_version)
        )


def mark_all_unindexed(conn: Connection) -> None:
    conn.execute(sa.update(items).values(indexed_version=0))


def item_version_keys(conn: Connection, ids: Sequence[int] | None = None) -> dict[int, tuple[int, str]]:
    """item id -> (current version, updated_at as text) for the items in the database (all, or `ids`).

    updated_at changes with every metadata edit (status, tags…), so together they say whether a
    copy of an item made elsewhere (a search index) is current; compared as the database's own
    text, with no datetime parsing.
    """
    query = sa.select(items.c.id, items.c.current_version, sa.cast(items.c.updated_at, sa.String))
    if ids is None:
        return {row[0]: (int(row[1]), str(row[2])) for row in conn.execute(query)}
    wanted = list(ids)
    out: dict[int, tuple[int, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = query.where(items.c.id.in_(wanted[start : start + 500]))
        out.update({row[0]: (int(row[1]), str(row[2])) for row in conn.execute(chunk)})
    return out


def iter_index_records(
    conn: Connection, item_ids: Sequence[int] | None = None, batch: int = 5000
) -> Iterator[tuple[Item, Unit]]:
    """Yield (item, unit) for every unit of the given items (all when None), item by item."""
    query = sa.select(items)
    if item_ids is not None:
        if not item_ids:
            return
        query = query.where(items.c.id.in_(list(item_ids)))
    item_rows = {row.id: item_from_row(row) for row in conn.execute(query)}
    ids = sorted(item_rows)
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        rows = conn.execute(
            sa.select(units).where(units.c.item_id.in_(chunk)).order_by(units.c.item_id, units.c.number)
        )
        for row in rows:
            yield item_rows[row.item_id], unit_from_row(row)


# ---------------------------------------------------------------- change feed (team servers)


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the server's change log: `kind` 'item' or 'ballot', `op` 'upsert' or 'delete'."""

    seq: int
    kind: str
    ref_id: int
    op: str


def changes_after(conn: Connection, seq: int, limit: int = 10_000) -> list[Change]:
    """The change-log rows above `seq`, oldest first (at most `limit`)."""
    rows = conn.execute(
        sa.select(change_log.c.seq, change_log.c.kind, change_log.c.ref_id, change_log.c.op)
        .where(change_log.c.seq > seq)
        .order_by(change_log.c.seq)
        .limit(limit)
    )
    return [Change(int(r.seq), str(r.kind), int(r.ref_id), str(r.op)) for r in rows]


def last_change_seq(conn: Connection) -> int:
    """The newest change-log number (0 when nothing was logged yet)."""
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(change_log.c.seq), 0))).scalar_one())


# ---------------------------------------------------------------- search log


def log_search(
    conn: Connection,
    *,
    query: str,
    hits: int,
    took_ms: float,
    user: str = "",
    filters: dict[str, Any] | None = None,
    correction: str | None = None,
    correction_type: str | None = None,
    at: datetime | None = None,
    query_key: str | None = None,
    found_items: list[int] | None = None,
) -> int:
    """Append a search-log line; returns its id (usage events link back to it). `found_items`: the
    distinct items of the results shown (None, or empty, when nothing was)."""
    result = conn.execute(
        sa.insert(search_log).values(
            at=at or utcnow(),
            user=user,
            query=query,
            filters=filters or {},
            hits=hits,
            took_ms=took_ms,
            correction=correction,
            correction_type=correction_type,
            query_key=query_key,
            found_items=list(found_items) if found_items else None,
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def recent_searches(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    rows = conn.execute(sa.select(search_log).order_by(search_log.c.id.desc()).limit(limit))
    return [dict(r._mapping) for r in rows]
