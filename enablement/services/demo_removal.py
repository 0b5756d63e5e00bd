"""Removing the demo library in one go: its items and everything its history wrote.

Why a record: the demo's history is backdated (ten weeks of searches, usage, reports, votes by
fourteen people and a few by the library's own user), so neither dates nor names alone can tell
the demo's rows from the user's. `create_demo_library` therefore notes, in `LIBRARY/demo/`, the
highest id of each table before and after it wrote: every row in between is the demo's. What the
user did afterwards (a vote on a demo ballot, a report, a search) has a higher id and is theirs;
only what cannot live without the demo goes with it (votes on the demo's ballots, usage of its
items). A library whose demo came from an older version has no record; there the demo is what
lives under `LIBRARY/demo` and what the demo's fictional people wrote.

Qt-free: the CLI (`enablement demo remove`) and the desktop app (File → Remove the demo library…)
call `remove_demo_library`.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from enablement.errors import EnablementError, PermissionDenied
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.services.demo_history import demo_people
from enablement.store import repository as repo
from enablement.store import schema

if TYPE_CHECKING:
    from enablement.services.library import LibraryService
    from enablement.store.library import Library

__all__ = ["DemoRemoval", "demo_rows_before", "has_demo", "record_demo_rows", "remove_demo_library"]

MARKER = "demo-rows.json"
# The tables whose rows the demo writes, by their integer key. Rows of other tables go with these
# (votes, audit and comments with their ballot or person, report events with their report).
_TRACKED = (
    schema.items,
    schema.search_log,
    schema.usage_events,
    schema.reports,
    schema.ballots,
    schema.notifications,
    schema.people,
    schema.item_status_history,
)


@dataclass
class DemoRemoval:
    """What `remove_demo_library` removed (row counts per table, and the demo's files)."""

    items: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    files: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "removed": dict(self.removed), "files": self.files}


def demo_folder(library: Library) -> Path:
    return library.root / "demo"


def _high_water(conn: sa.Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0) for t in _TRACKED}


def demo_rows_before(library: Library) -> dict[str, int]:
    """The highest id of each tracked table now (call before the demo writes anything)."""
    with library.reading() as conn:
        return _high_water(conn)


def record_demo_rows(library: Library, before: dict[str, int], *, user: str) -> None:
    """Note which rows the demo just wrote (ids above `before`), unless a record is there already."""
    marker = demo_folder(library) / MARKER
    if marker.exists():  # the demo was built here before: its first record stays the truth
        return
    with library.reading() as conn:
        after = _high_water(conn)
        keys = [r.query_key for r in conn.execute(sa.select(schema.gap_decisions.c.query_key))]
    record = {
        "version": 1,
        "user": user,
        "created_at": datetime.now(UTC).isoformat(),
        "after": before,
        "upto": after,
        "gap_keys": keys,
    }
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")


def _record(library: Library) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((demo_folder(library) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if data.get("version") == 1 else None


def _demo_item_ids(conn: sa.Connection, library: Library, record: dict[str, Any] | None) -> set[int]:
    if record is not None:
        low, high = record["after"]["items"], record["upto"]["items"]
        return set(
            conn.execute(
                sa.select(schema.items.c.id).where(schema.items.c.id.between(low + 1, high))
            ).scalars()
        )
    prefix = str(demo_folder(library).resolve()) + "/"
    v = schema.versions
    rows = conn.execute(sa.select(v.c.item_id, v.c.source_path)).all()
    return {r.item_id for r in rows if r.source_path.replace("\\", "/").startswith(prefix.replace("\\", "/"))}


def has_demo(library: Library) -> bool:
    """Whether this library holds the demo library (its items, or the record of its rows)."""
    if library.is_team:
        return False
    if _record(library) is not None:
        return True
    with library.reading() as conn:
        return bool(_demo_item_ids(conn, library, None))


def remove_demo_library(library_service: LibraryService, *, user: str) -> DemoRemoval:
    """Remove the demo's items and its history, then bring the index up to date.

    Raises EnablementError when there is no demo library here (nothing is changed), and
    PermissionDenied on a team library (the demo only ever lives in a personal one).
    """
    library = library_service.library
    if library.is_team:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages", "A team library has no demo library to remove; nothing was changed."
            )
        )
    if not has_demo(library):
        raise EnablementError(
            QT_TRANSLATE_NOOP("Messages", "This library has no demo library to remove; nothing was changed.")
        )
    record = _record(library)
    result = DemoRemoval()
    with library.transaction() as conn:
        item_ids = _demo_item_ids(conn, library, record)
        shas = {
            r.sha256
            for r in conn.execute(
                sa.select(schema.versions.c.sha256).where(schema.versions.c.item_id.in_(item_ids))
            )
        }
        if record is not None:
            _remove_recorded(conn, record, item_ids, user, result)
        else:
            _remove_by_name(conn, item_ids, user, result)
        for item_id in sorted(item_ids):
            repo.remove_item(conn, item_id)
        result.items = len(item_ids)
        still_used = repo.referenced_hashes(conn)
        still_used |= set(conn.execute(sa.select(schema.reports.c.attachment_sha)).scalars())
    library_service.sync()
    for sha in shas - still_used:  # the demo's originals: nothing else refers to them
        path = library.blobs.path_for(sha)
        if path.exists():
            path.unlink()
            result.files += 1
    folder = demo_folder(library)
    if folder.is_dir():
        result.files += sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder, ignore_errors=True)
    return result


def _count(result: DemoRemoval, table: sa.Table, outcome: sa.CursorResult[Any]) -> None:
    if outcome.rowcount:
        result.removed[table.name] = result.removed.get(table.name, 0) + outcome.rowcount


def _remove_recorded(
    conn: sa.Connection, record: dict[str, Any], item_ids: set[int], user: str, result: DemoRemoval
) -> None:
    """Delete the rows the record names (ids between its two marks), and what hangs on them."""
    low, high = record["after"], record["upto"]

    def demo_rows(table: sa.Table) -> Any:
        return table.c.id.between(low[table.name] + 1, high[table.name])

    s, u, p = schema.search_log, schema.usage_events, schema.people
    names = [
        r.name
        for r in conn.execute(sa.select(p.c.name).where(demo_rows(p), p.c.name != record.get("user", user)))
    ]
    _count(result, u, conn.execute(sa.delete(u).where(sa.or_(demo_rows(u), u.c.item_id.in_(item_ids)))))
    _count(result, s, conn.execute(sa.delete(s).where(demo_rows(s))))
    for table in (schema.reports, schema.ballots, schema.notifications):  # cascades: events, votes, …
        _count(result, table, conn.execute(sa.delete(table).where(demo_rows(table))))
    h = schema.item_status_history
    _count(result, h, conn.execute(sa.delete(h).where(sa.or_(demo_rows(h), h.c.item_id.in_(item_ids)))))
    g = schema.gap_decisions
    keys = list(record.get("gap_keys") or [])
    _count(result, g, conn.execute(sa.delete(g).where(g.c.query_key.in_(keys), g.c.decided_by.in_(names))))
    _count(result, p, conn.execute(sa.delete(p).where(p.c.name.in_(names))))
    _replay_search_sums(conn)


def _remove_by_name(conn: sa.Connection, item_ids: set[int], user: str, result: DemoRemoval) -> None:
    """A demo built by an older version (no record): what the demo's fictional people wrote."""
    names = [name for name, _, _ in demo_people() if name != user]
    p, b, r = schema.people, schema.ballots, schema.reports
    s, u = schema.search_log, schema.usage_events
    g, h = schema.gap_decisions, schema.item_status_history
    for table, column in (
        (s, s.c.user),
        (r, r.c.author),
        (b, b.c.created_by),
    ):
        _count(result, table, conn.execute(sa.delete(table).where(column.in_(names))))
    _count(
        result, u, conn.execute(sa.delete(u).where(sa.or_(u.c.person.in_(names), u.c.item_id.in_(item_ids))))
    )
    _count(result, g, conn.execute(sa.delete(g).where(g.c.decided_by.in_(names))))
    _count(result, h, conn.execute(sa.delete(h).where(h.c.item_id.in_(item_ids))))
    _count(result, p, conn.execute(sa.delete(p).where(p.c.name.in_(names))))
    _replay_search_sums(conn)


# Sums of the search log and the usage events kept by triggers on INSERT into those two tables:
# per day (migration 0009), per week (0012), usage per day (0013), queries per day and every query
# typed (0014). Nothing keeps them on DELETE, and summed rows cannot be taken apart again (who else
# searched that key that day?), so they are emptied and the rows that remain are written again: the
# triggers sum them as they did the first time. What remains is the user's own activity since the
# demo was built: a few rows. A table summed this way by a later migration belongs in this list.
LOG_SUMS = (
    schema.search_days,
    schema.search_user_days,
    schema.search_key_weeks,
    schema.search_weeks,
    schema.usage_days,
    schema.search_query_days,
    schema.search_queries,
    schema.item_found_days,
    schema.item_found_people,
)


def _replay_search_sums(conn: sa.Connection) -> None:
    """Rebuild the trigger-kept sums of the search log and usage from the rows that remain (ids kept)."""
    s, u = schema.search_log, schema.usage_events
    searches = [dict(r) for r in conn.execute(sa.select(s).order_by(s.c.id)).mappings()]
    usage = [dict(r) for r in conn.execute(sa.select(u).order_by(u.c.id)).mappings()]
    for table in LOG_SUMS:
        conn.execute(sa.delete(table))
    conn.execute(sa.delete(u))
    conn.execute(sa.delete(s))
    for rows, table in ((searches, s), (usage, u)):
        for start in range(0, len(rows), 1000):
            conn.execute(sa.insert(table), rows[start : start + 1000])
