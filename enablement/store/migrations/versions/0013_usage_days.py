"""Usage events per day (UTC), person, team and action (`usage_days`), kept by a trigger; backfilled.

Why: the weekly usage trend and the usage per team grouped every usage event of the window by
person and action (~120,000 events for 8 weeks of the bench's history: 0.1 s each on SQLite while
the machine is idle). Per day, person, team and action the same window is ~12,000 rows; the
partial days at the window's ends (and, for the weekly trend, the days a week boundary cuts
through) are still read from usage_events, as search_user_days does for searches (0009). Usage
per item and per competitor stay on usage_events: per day and item there are nearly as many rows
as events.

Usage events are only ever inserted (security.py), so an insert trigger keeps the table: row by
row on SQLite; on PostgreSQL one grouped upsert per statement, SECURITY DEFINER with a pinned
search_path (a seller has no right on `usage_days` and changes it only by recording usage).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_PG_DAY = "CAST(timezone('UTC', {0}) AS date)"


def _backfill(day: str) -> str:
    """The statement that fills the table from usage_events (`day`: the dialect's day of `u.at`)."""
    return f"""
        INSERT INTO usage_days (day, person, team, action, events)
        SELECT {day}, u.person, u.team, u.action, count(*) FROM usage_events u
        GROUP BY {day}, u.person, u.team, u.action"""


_SQLITE_TRIGGER = """
    CREATE TRIGGER usage_days_recorded AFTER INSERT ON usage_events BEGIN
        INSERT INTO usage_days (day, person, team, action, events)
        VALUES (date(NEW.at), NEW.person, NEW.team, NEW.action, 1)
        ON CONFLICT (day, person, team, action) DO UPDATE SET events = events + 1;
    END"""


def _pg_function(quoted: str) -> str:
    pinned = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp"
    return f"""
        CREATE FUNCTION {quoted}.enablement_usage_days_recorded() RETURNS trigger {pinned} AS $fn$
        BEGIN
            INSERT INTO usage_days AS d (day, person, team, action, events)
            SELECT {_PG_DAY.format("n.at")}, n.person, n.team, n.action, count(*) FROM new_rows n
            GROUP BY 1, 2, 3, 4
            ON CONFLICT (day, person, team, action) DO UPDATE SET events = d.events + excluded.events;
            RETURN NULL;
        END
        $fn$"""


def upgrade() -> None:
    op.create_table(
        "usage_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("person", sa.String(200), primary_key=True),
        sa.Column("team", sa.String(200), primary_key=True),
        sa.Column("action", sa.String(16), primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(_backfill(_PG_DAY.format("u.at")))
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quoted = bind.dialect.identifier_preparer.quote(schema)
        op.execute(_pg_function(quoted))
        op.execute(f"REVOKE ALL ON FUNCTION {quoted}.enablement_usage_days_recorded() FROM PUBLIC")
        op.execute(
            f"CREATE TRIGGER enablement_usage_days_recorded AFTER INSERT ON {quoted}.usage_events "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {quoted}.enablement_usage_days_recorded()"
        )
    else:
        op.execute(_backfill("date(u.at)"))
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS enablement_usage_days_recorded ON usage_events")
        op.execute("DROP FUNCTION IF EXISTS enablement_usage_days_recorded()")
    else:
        op.execute("DROP TRIGGER IF EXISTS usage_days_recorded")
    op.drop_table("usage_days")
