"""Row mapping and small SQL helpers for the voting service (SQLite and PostgreSQL alike)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from enablement.errors import VotingError
from enablement.messages import QT_TRANSLATE_NOOP, Message
from enablement.store.library import Library
from enablement.store.schema import ballot_audit, notifications, people

try:
    import fcntl
except ImportError:  # Windows: SQLite's busy handler alone
    fcntl = None  # type: ignore[assignment]

from enablement.voting.models import (
    Ballot,
    Decision,
    Outcome,
    Person,
    Product,
    Role,
    Status,
    Subject,
    Vote,
)


def utc(value: datetime) -> datetime:
    """SQLite hands datetimes back naive (they were stored in UTC); naive input is taken as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def opt_utc(value: datetime | None) -> datetime | None:
    return None if value is None else utc(value)


def insert_for(conn: Connection) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT on both SQLite and PostgreSQL."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def person_from_row(row: Row[Any]) -> Person:
    return Person(
        id=row.id, name=row.name, role=Role(row.role), team=row.team, created_at=utc(row.created_at)
    )


def find_person(conn: Connection, name: str) -> Person | None:
    row = conn.execute(sa.select(people).where(people.c.name == name)).first()
    return None if row is None else person_from_row(row)


def status_of(row: Row[Any], now: datetime) -> Status:
    if row.outcome:
        return Status.DECIDED
    if row.closed_at is not None or (row.closes_at is not None and utc(row.closes_at) <= now):
        return Status.CLOSED
    if utc(row.opens_at) > now:
        return Status.SCHEDULED
    return Status.OPEN


def ballot_from_row(row: Row[Any], now: datetime, *, votes: int = 0, item_title: str = "") -> Ballot:
    decision = None
    if row.outcome:
        decision = Decision(
            outcome=Outcome(row.outcome),
            rationale=row.rationale or "",
            decided_by=row.decided_by or "",
            decided_at=utc(row.decided_at),
        )
    closes_at = opt_utc(row.closes_at)
    closed_at = opt_utc(row.closed_at)
    if closed_at is None and closes_at is not None and closes_at <= now:
        closed_at = closes_at  # closed by the clock
    return Ballot(
        id=row.id,
        title=row.title,
        question=row.question,
        subject=Subject(row.subject),
        item_id=row.item_id,
        item_title=item_title,
        product=Product.from_json(row.product),
        options=list(row.options),
        scale=row.scale,
        negative_options=list(row.negative_options),
        reason_required=bool(row.reason_required),
        hide_totals=bool(row.hide_totals),
        audience=list(row.audience),
        opens_at=utc(row.opens_at),
        closes_at=closes_at,
        created_by=row.created_by,
        created_at=utc(row.created_at),
        closed_at=closed_at,
        closed_by=row.closed_by,
        decision=decision,
        status=status_of(row, now),
        votes=votes,
    )


def vote_from_row(row: Row[Any], voter: str) -> Vote:
    return Vote(
        ballot_id=row.ballot_id,
        voter=voter,
        option=row.option,
        reason=row.reason,
        team=row.team,
        cast_at=utc(row.cast_at),
        updated_at=utc(row.updated_at),
    )


def option_slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", re.sub(r"['’`]", "", text.casefold())).strip("-")


def match_option(ballot: Ballot, text: str) -> str:
    """Find the option a voter meant: exact (any case), slug (`wont-sell-it`) or 1-based number."""
    wanted = text.strip()
    for option in ballot.options:
        if option.casefold() == wanted.casefold():
            return option
    for option in ballot.options:
        if option_slug(option) == option_slug(wanted):
            return option
    if wanted.isdigit() and not ballot.is_score and 1 <= int(wanted) <= len(ballot.options):
        return ballot.options[int(wanted) - 1]
    choices = ", ".join(repr(o) for o in ballot.options)
    raise VotingError(
        QT_TRANSLATE_NOOP(
            "Messages", "{text!r} is not an option of ballot {ballot}: choose one of {choices}."
        ),
        text=text,
        ballot=ballot.id,
        choices=choices,
    )


def clean_list(values: list[str] | None) -> list[str]:
    """Strip, drop empties and case-insensitive duplicates, keep order."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values or []:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def in_audience(ballot: Ballot, team: str) -> bool:
    return ballot.admits(team)


@contextmanager
def write_transaction(library: Library) -> Iterator[Connection]:
    """A write transaction; on SQLite, writers first queue on a file lock.

    SQLite's busy handler makes waiting writers sleep and poll (up to 100 ms at a
    time); with many voter processes, slow ones hit the 30 s busy timeout and fail.
    A blocking `flock` queues them instead and hands the lock on when it is free.
    PostgreSQL needs none of this (row locks).
    """
    if not library.is_sqlite or fcntl is None:
        with library.transaction() as conn:
            yield conn
        return
    with open(library.root / ".write.lock", "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            with library.transaction() as conn:
                yield conn
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def audit(
    conn: Connection,
    at: datetime,
    ballot_id: int,
    actor: str,
    action: str,
    old: str | None,
    new: str | None,
    reason: str | None,
    old_reason: str | None = None,
) -> None:
    """One line of the audit trail: who, when, old -> new (and the reasons)."""
    conn.execute(
        sa.insert(ballot_audit).values(
            ballot_id=ballot_id,
            at=at,
            actor=actor,
            action=action,
            old_value=old,
            new_value=new,
            old_reason=old_reason,
            reason=reason,
        )
    )


def notify(
    at: datetime, conn: Connection, person_ids: set[int], ballot_id: int, kind: str, message: Message
) -> None:
    if person_ids:
        conn.execute(
            sa.insert(notifications),
            [
                {
                    "person_id": pid,
                    "ballot_id": ballot_id,
                    "kind": kind,
                    "message": str(message),
                    "message_data": message.to_json(),
                    "at": at,
                }
                for pid in sorted(person_ids)
            ],
        )
