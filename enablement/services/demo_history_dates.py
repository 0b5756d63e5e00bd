"""The demo history moved into its weeks: the ballots (votes, audit lines, notices), the imports
and the items' last changes were made just now by the services; in the history they happened over
its ten weeks (and the half year before), relative to the same `now` so that two builds agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from enablement.messages import Message
from enablement.store import schema

__all__ = ["age_items", "backdate_ballots", "backdate_imports"]


# When the demo ballots happened, relative to now: (opened, closed or None, decided or None) in days ago.
_BALLOT_DAYS: list[tuple[float, float | None, float | None]] = [
    (6, None, None),
    (4, None, None),
    (38, 24, 23),
    (60, 46, 45),
]


def backdate_ballots(conn: sa.Connection, now: datetime) -> None:
    """The demo ballots were created just now by the voting service: move them into the history,
    votes, audit lines and decision notices included. A deadline (and a product's launch) stays
    as many days ahead of `now` as it was ahead of the real creation, so that two builds with the
    same `now` agree whatever the clock said."""
    b, v, a = schema.ballots, schema.votes, schema.ballot_audit
    ballots = conn.execute(
        sa.select(b.c.id, b.c.created_at, b.c.closes_at, b.c.product).order_by(b.c.id)
    ).all()
    for ballot, (opened, closed, decided) in zip(ballots, _BALLOT_DAYS, strict=False):
        created = now - timedelta(days=opened)
        ended = now - timedelta(days=closed) if closed is not None else now
        values: dict[str, Any] = {"created_at": created, "opens_at": created}
        if ballot.closes_at is not None:
            ahead = round((_utc(ballot.closes_at) - _utc(ballot.created_at)).total_seconds() / 86400)
            values["closes_at"] = now + timedelta(days=ahead)
        if ballot.product and ballot.product.get("launch"):
            launch = date.fromisoformat(ballot.product["launch"])
            shifted = launch + (now.date() - _utc(ballot.created_at).date())
            values["product"] = {**ballot.product, "launch": shifted.isoformat()}
        if closed is not None:
            values["closed_at"] = ended
        if decided is not None:
            values["decided_at"] = now - timedelta(days=decided)
        conn.execute(sa.update(b).where(b.c.id == ballot.id).values(**values))
        voted = list(
            conn.execute(sa.select(v.c.id).where(v.c.ballot_id == ballot.id).order_by(v.c.id)).scalars()
        )
        times = [created + (ended - created) * (k + 1) / (len(voted) + 1) for k in range(len(voted))]
        for vote_id, at in zip(voted, times, strict=True):
            conn.execute(sa.update(v).where(v.c.id == vote_id).values(cast_at=at, updated_at=at))
        votes_in_order = iter(times)
        audit = conn.execute(
            sa.select(a.c.id, a.c.action).where(a.c.ballot_id == ballot.id).order_by(a.c.id)
        ).all()
        moments = {"create": created, "close": values.get("closed_at"), "decide": values.get("decided_at")}
        for audit_id, action in audit:
            when = next(votes_in_order, ended) if action == "vote" else moments.get(action)
            conn.execute(sa.update(a).where(a.c.id == audit_id).values(at=when or created))
        _backdate_notices(conn, ballot.id, created, values, now)


def _backdate_notices(
    conn: sa.Connection, ballot_id: int, created: datetime, values: dict[str, Any], now: datetime
) -> None:
    """A ballot's notices (new ballot, decision) at their new moments, read a few hours later; the
    deadline they name is the ballot's new one."""
    n = schema.notifications
    for row in conn.execute(sa.select(n).where(n.c.ballot_id == ballot_id).order_by(n.c.id)).all():
        at = values.get("decided_at") if row.kind == "decision" else created
        stored = Message.stored(row.message, row.message_data)
        closes = values.get("closes_at")
        news = Message(
            stored.template,
            {k: closes if isinstance(v, datetime) and closes else v for k, v in stored.args.items()},
        )
        read = (at or created) + timedelta(hours=5)
        conn.execute(
            sa.update(n)
            .where(n.c.id == row.id)
            .values(
                at=at or created,
                read_at=read if read < now else None,
                message=str(news),
                message_data=news.to_json(),
            )
        )


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def backdate_imports(conn: sa.Connection, at: datetime) -> None:
    """The demo files were imported just now: in the history they were there from its start (the
    freshness trend counts the items that existed each week). Their last change stays as it is."""
    conn.execute(sa.update(schema.items).values(created_at=at))
    conn.execute(sa.update(schema.versions).where(schema.versions.c.number == 1).values(imported_at=at))


def age_items(conn: sa.Connection, now: datetime) -> None:
    """Spread the items' last changes over the last half year, each due for review 120 days later.

    Straight after the import every card is "0 days old" and the manifest's fixed review-by dates
    are either long past or far ahead, so coverage ages read 0 and freshness is a flat line. In
    the history they were edited over months, and some fell due for review during its weeks.
    Ordered by title, not id (a demo imported by an older version numbered its items as its
    workers finished).
    """
    i = schema.items
    rows = conn.execute(sa.select(i.c.id, i.c.created_at).order_by(i.c.title)).all()
    for n, (item_id, created) in enumerate(rows):
        changed = now - timedelta(days=8 + (n * 23) % 170, hours=(n * 5) % 24)
        conn.execute(
            sa.update(i)
            .where(i.c.id == item_id)
            .values(
                created_at=min(_utc(created), changed),  # not changed before it existed
                updated_at=changed,
                review_by=(changed + timedelta(days=120)).date(),
            )
        )
