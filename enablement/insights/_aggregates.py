"""Running the private-row aggregates: straight SQL, or the team server's SECURITY DEFINER functions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from enablement.errors import EnablementError
from enablement.messages import QT_TRANSLATE_NOOP
from enablement.store.aggregates import (
    AGGREGATES,
    GAP_EXAMPLE_FUNCTION,
    function_name,
    gap_example_sql,
    render,
)
from enablement.store.library import Library

_BY_NAME = {a.name: a for a in AGGREGATES}
_UNDEFINED_FUNCTION = "42883"  # PostgreSQL's SQLSTATE for a call to a function that does not exist
_WINDOW = (
    sa.bindparam("now", type_=sa.DateTime(timezone=True)),
    sa.bindparam("since", type_=sa.DateTime(timezone=True)),
)


def aggregate(
    library: Library, conn: Connection, name: str, *, now: datetime, since: datetime, **params: Any
) -> list[dict[str, Any]]:
    """The rows of aggregate `name` over [since, now] (and its further `params`, such as `item`):
    on a team database through its function, so the caller never needs (nor has) the right to
    read the rows themselves."""
    found = _BY_NAME[name]
    if set(params) != {p for p, _ in found.params}:
        raise TypeError(f"aggregate {name} takes {[p for p, _ in found.params]}, not {sorted(params)}")
    if library.is_team:
        extra = "".join(f", CAST(:{p} AS {kind})" for p, kind in found.params)
        statement = sa.text(f"SELECT * FROM {function_name(found)}(:now, :since{extra})")
    else:
        statement = sa.text(render(found, "sqlite" if library.is_sqlite else "postgresql"))
    jit_off = (
        not found.jit and not library.is_team and not library.is_sqlite
    )  # a team function sets it itself
    try:
        if jit_off:
            conn.exec_driver_sql("SET LOCAL jit = off")
        result = conn.execute(statement.bindparams(*_WINDOW), {"now": now, "since": since, **params})
        rows = [dict(row._mapping) for row in result]
        if jit_off:
            conn.exec_driver_sql("SET LOCAL jit TO DEFAULT")  # the rest of the transaction as it was
        return rows
    except sa.exc.ProgrammingError as exc:
        raise _missing_function(exc, function_name(found)) from exc


def gap_example(library: Library, conn: Connection, key: str) -> str | None:
    """How people typed the normalised query `key` (its latest search), or None when fewer than
    MIN_GROUP people searched it (enablement.store.aggregates.phrasing): on a team database through
    its function, the same rule and text as everywhere else."""
    if library.is_team:
        statement = sa.text(f"SELECT {GAP_EXAMPLE_FUNCTION}(CAST(:key AS text)) AS example")
    else:
        statement = sa.text(gap_example_sql())
    try:
        typed = conn.execute(statement, {"key": key}).scalar()
    except sa.exc.ProgrammingError as exc:
        raise _missing_function(exc, GAP_EXAMPLE_FUNCTION) from exc
    return None if typed is None else str(typed)


def _missing_function(exc: sa.exc.ProgrammingError, function: str) -> Exception:
    """The error to raise for `exc`: itself, unless it is a call to a team function the server lacks."""
    if getattr(exc.orig, "sqlstate", None) != _UNDEFINED_FUNCTION:
        return exc
    # A team server upgraded (migrated) without its rules re-applied lacks the newer functions.
    return EnablementError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This team server has no {function} yet: its owner re-applies the team rules "
            "(enablement team secure) after an upgrade.",
        ),
        function=function,
    )


def as_datetime(value: Any) -> datetime | None:
    """A timestamp from an aggregate (SQLite hands text back from max(); stored in UTC)."""
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def as_date(value: Any) -> date | None:
    """A day from an aggregate (SQLite hands back 'YYYY-MM-DD' text, PostgreSQL a date). A team
    server whose functions predate day precision (not re-secured yet) still returns a timestamp:
    cut to its UTC day here, so no screen or file shows more than the day either way."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    if isinstance(value, date):
        return value
    text = str(value)
    return as_date(datetime.fromisoformat(text)) if len(text) > 10 else date.fromisoformat(text)


_USAGE_COUNTS = ("people", "previews", "opens", "copies", "links")


def totals_withheld(row: dict[str, Any]) -> bool:
    """Whether a usage row's None total (events or people) was WITHHELD, not small.

    The usage aggregates blank a total of a group of MIN_GROUP or more people when it would give a
    hidden smaller count away by subtraction. The group is known to be that large when any of its
    people counts is shown (each is shown only over MIN_GROUP people); otherwise its totals are
    None because fewer than MIN_GROUP people are behind them (had that many taken only hidden
    actions, the SQL shows their number). Read from the row, so the SQL's guarantees are untouched.
    """
    large = any(row.get(k) is not None for k in _USAGE_COUNTS)
    return large and (row.get("events") is None or row.get("people") is None)
