"""Recompute the query keys stored in the search log and the gap decisions (after the key changed).

The search log keeps each line's key (`search_log.query_key`), written at log time, and content
gap decisions are filed under a key. When enablement.search.keys changes how a query is keyed,
the stored keys must follow, or old searches and new ones of one query never meet and a decided
gap reopens under its new key. Migration 0018 runs this (and then rebuilds the per-day and
per-week summaries, which group by the key, from the log).

Without the local index (a migration sees only the database), the known compounds of rule 3 are
the words of the keys the log holds (each keyed without joining): a name somebody typed as one
word ("Альфасофт", "Альфа-Софт цена") joins the same name typed apart ("альфа софт") in every line,
old or new.

The work is in Python, since the key is Python: the distinct searched texts are keyed once each,
then the log is read in id ranges and only the lines whose key changed are updated (one statement
per range on PostgreSQL, an executemany on SQLite): benchmarks/bench_rekey.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.search.keys import query_key

__all__ = ["Rekeyed", "rekey_decisions", "rekey_search_log"]

BATCH = 50_000  # search-log ids read per round trip

_SEARCHED = "coalesce(correction, query)"  # what was searched: the corrected query, if any


@dataclass
class Rekeyed:
    """What a re-keying changed.

    Attributes:
        lines: search-log lines whose key changed.
        moved: old key -> new key -> lines that moved (what a decision under the old key follows).
    """

    lines: int = 0
    moved: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def rekey_search_log(conn: Connection, *, batch: int = BATCH) -> Rekeyed:
    """Give every keyed search-log line the key query_key gives its searched query today.

    Lines logged before keys existed (NULL) are left alone: the summaries group them by their
    lower-cased query, as before.
    """
    texts = [r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT {_SEARCHED} FROM search_log")]
    plain = {t: query_key(t) for t in texts}
    known = frozenset(word for k in plain.values() if k for word in k.split())
    keys = {t: query_key(t, known) for t in texts}
    done = Rekeyed()
    top = conn.exec_driver_sql("SELECT max(id) FROM search_log").scalar() or 0
    for low in range(0, top, batch):
        rows = conn.execute(
            sa.text(
                f"SELECT id, {_SEARCHED}, query_key FROM search_log "
                "WHERE id > :low AND id <= :high AND query_key IS NOT NULL"
            ),
            {"low": low, "high": low + batch},
        )
        changed = []
        for line, searched, old in rows:
            new = keys.get(searched) or old
            if new != old:
                changed.append((new, line))
                done.moved[old][new] += 1
        if changed:
            _write_keys(conn, changed)
            done.lines += len(changed)
    return done


def _write_keys(conn: Connection, changed: list[tuple[str, int]]) -> None:
    """Set the (key, id) pairs: on PostgreSQL one statement per batch (two arrays unnested), on
    SQLite an executemany of plain tuples (the driver's fast path; no round trips to save)."""
    if conn.dialect.name == "postgresql":
        keys, ids = zip(*changed, strict=True)
        conn.exec_driver_sql(
            "UPDATE search_log s SET query_key = v.key "
            "FROM unnest(%s::text[], %s::bigint[]) AS v(key, id) WHERE s.id = v.id",
            (list(keys), list(ids)),
        )
    else:
        conn.exec_driver_sql("UPDATE search_log SET query_key = ? WHERE id = ?", changed)


def rekey_decisions(conn: Connection, moved: dict[str, Counter[str]]) -> int:
    """File each gap decision under the new key(s) its searches moved to; returns rows rewritten.

    A decision follows every new key its old key's lines went to (it was about those searches). A
    key whose lines did not all move keeps its decision too. When several decisions land on one
    key, the newest (decided_at, then the old key) wins: it is what marketing last said.
    """
    table = sa.table(
        "gap_decisions",
        *(sa.column(c) for c in ("query_key", "state", "item_id", "note", "decided_by", "decided_at")),
    )
    rows = [dict(r._mapping) for r in conn.execute(sa.select(table))]
    if not rows or not moved:
        return 0
    still = {r["query_key"] for r in rows if r["query_key"] in moved and _lines_left(conn, r["query_key"])}
    merged: dict[str, dict[str, object]] = {}
    for row in sorted(rows, key=lambda r: (str(r["decided_at"]), r["query_key"])):
        old = row["query_key"]
        targets = list(moved.get(old, ()))
        if not targets or old in still:
            targets.append(old)
        for target in targets:
            merged[target] = {**row, "query_key": target}  # later (newer) rows overwrite
    before = {(r["query_key"], str(r["decided_at"])) for r in rows}
    after = {(r["query_key"], str(r["decided_at"])) for r in merged.values()}
    if before == after:
        return 0
    conn.execute(sa.delete(table))
    conn.execute(sa.insert(table), list(merged.values()))
    return len(merged)


def _lines_left(conn: Connection, old: str) -> bool:
    found = conn.execute(sa.text("SELECT 1 FROM search_log WHERE query_key = :key LIMIT 1"), {"key": old})
    return found.first() is not None
