"""The search log per day, query key and person (`search_days`; and per day and person,
`search_user_days`), kept by triggers; backfilled here.

Why: the dashboard's demand figures (top searches, content gaps, weekly searches) grouped every
search of the window by query and person: 1.2–1.8 s on a million-search log. Counts per day,
key and person are summed instead; only the partial days at the window's ends (and the day of
each week boundary, for the weekly trend) are read from search_log. The figures stay exactly
what the raw log gives (tests/unit/insights/test_search_days.py recomputes them).

The table is kept in the transaction that writes the rows it sums, by triggers: on search_log
inserts (a search adds to its day's row) and on usage_events inserts (the first usage event
naming a search that found something "opens" it: it leaves the unopened count, and the day
row's unopened example and last moment are recomputed from that person's searches of that day).
Triggers, not application code, so every writer keeps it (the app, the CLI, a bulk load, psql).
On SQLite they run row by row, and the recomputation only when the opened search was the
example or the last one; on PostgreSQL they are statement-level (one grouped upsert per INSERT or
COPY) and SECURITY DEFINER with a pinned search_path, so a seller, who has no right at all on
`search_days`, changes it only by logging a search or a usage event (enablement.team.security).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KEY = "coalesce(s.query_key, lower(s.query))"
# The searches that count as unopened: nothing found, or no usage event names them.
_UNOPENED = "(s.hits = 0 OR NOT EXISTS (SELECT 1 FROM usage_events o WHERE o.search_id = s.id))"
# That person's searches of that day under that key (the day row being recomputed).
_SAME_DAY_ROW = (
    's."user" = search_days."user" AND s.at >= search_days.day '
    f"AND s.at < date(search_days.day, '+1 day') AND {_KEY} = search_days.key"
)


def _backfill(day: str) -> list[str]:
    """The statements that fill both tables from the log (`day`: the dialect's day of `s.at`)."""
    days = f"""
        INSERT INTO search_days (day, key, "user", searches, zero_hits, example, unopened,
                                 unopened_example, unopened_last)
        SELECT {day}, {_KEY}, s."user", count(*), sum(CASE WHEN s.hits = 0 THEN 1 ELSE 0 END), max(s.query),
               sum(CASE WHEN {_UNOPENED} THEN 1 ELSE 0 END), max(CASE WHEN {_UNOPENED} THEN s.query END),
               max(CASE WHEN {_UNOPENED} THEN s.at END)
        FROM search_log s GROUP BY {day}, {_KEY}, s."user\""""
    user_days = f"""
        INSERT INTO search_user_days (day, "user", searches, zero_hits)
        SELECT {day}, s."user", count(*), sum(CASE WHEN s.hits = 0 THEN 1 ELSE 0 END)
        FROM search_log s GROUP BY {day}, s."user\""""
    return [days, user_days]


_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER search_days_logged AFTER INSERT ON search_log BEGIN
        INSERT INTO search_days (day, key, "user", searches, zero_hits, example, unopened,
                                 unopened_example, unopened_last)
        VALUES (date(NEW.at), coalesce(NEW.query_key, lower(NEW.query)), NEW."user", 1,
                CASE WHEN NEW.hits = 0 THEN 1 ELSE 0 END, NEW.query, 1, NEW.query, NEW.at)
        ON CONFLICT (day, key, "user") DO UPDATE SET
            searches = searches + 1,
            zero_hits = zero_hits + excluded.zero_hits,
            example = max(example, excluded.example),
            unopened = unopened + 1,
            unopened_example = max(coalesce(unopened_example, ''), excluded.unopened_example),
            unopened_last = max(coalesce(unopened_last, ''), excluded.unopened_last);
        INSERT INTO search_user_days (day, "user", searches, zero_hits)
        VALUES (date(NEW.at), NEW."user", 1, CASE WHEN NEW.hits = 0 THEN 1 ELSE 0 END)
        ON CONFLICT (day, "user") DO UPDATE SET
            searches = searches + 1, zero_hits = zero_hits + excluded.zero_hits;
    END""",
    f"""
    CREATE TRIGGER search_days_opened AFTER INSERT ON usage_events
    WHEN NEW.search_id IS NOT NULL
         AND (SELECT count(*) FROM usage_events o WHERE o.search_id = NEW.search_id) = 1
    BEGIN
        UPDATE search_days SET
            unopened = unopened - 1,
            unopened_example = CASE WHEN unopened_example IS NOT (
                SELECT s.query FROM search_log s WHERE s.id = NEW.search_id) THEN unopened_example ELSE (
                SELECT max(s.query) FROM search_log s WHERE {_SAME_DAY_ROW} AND {_UNOPENED}) END,
            unopened_last = CASE WHEN unopened_last IS NOT (
                SELECT s.at FROM search_log s WHERE s.id = NEW.search_id) THEN unopened_last ELSE (
                SELECT max(s.at) FROM search_log s WHERE {_SAME_DAY_ROW} AND {_UNOPENED}) END
        WHERE (day, key, "user") = (
            SELECT date(s.at), {_KEY}, s."user" FROM search_log s WHERE s.id = NEW.search_id AND s.hits <> 0);
    END""",
)

_PG_DAY = "CAST(timezone('UTC', {0}) AS date)"


def _pg_functions(quoted: str) -> list[str]:
    pinned = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp"
    day = _PG_DAY.format("n.at")
    logged = f"""
        CREATE FUNCTION {quoted}.enablement_search_days_logged() RETURNS trigger {pinned} AS $fn$
        BEGIN
            INSERT INTO search_days AS d (day, key, "user", searches, zero_hits, example, unopened,
                                          unopened_example, unopened_last)
            SELECT {day}, coalesce(n.query_key, lower(n.query)), n."user", count(*),
                   sum(CASE WHEN n.hits = 0 THEN 1 ELSE 0 END), max(n.query),
                   count(*), max(n.query), max(n.at)
            FROM new_rows n GROUP BY 1, 2, 3
            ON CONFLICT (day, key, "user") DO UPDATE SET
                searches = d.searches + excluded.searches,
                zero_hits = d.zero_hits + excluded.zero_hits,
                example = greatest(d.example, excluded.example),
                unopened = d.unopened + excluded.unopened,
                unopened_example = greatest(d.unopened_example, excluded.unopened_example),
                unopened_last = greatest(d.unopened_last, excluded.unopened_last);
            INSERT INTO search_user_days AS u (day, "user", searches, zero_hits)
            SELECT {day}, n."user", count(*), sum(CASE WHEN n.hits = 0 THEN 1 ELSE 0 END)
            FROM new_rows n GROUP BY 1, 2
            ON CONFLICT (day, "user") DO UPDATE SET
                searches = u.searches + excluded.searches, zero_hits = u.zero_hits + excluded.zero_hits;
            RETURN NULL;
        END
        $fn$"""
    s_day = _PG_DAY.format("s.at")
    opened = f"""
        CREATE FUNCTION {quoted}.enablement_search_days_opened() RETURNS trigger {pinned} AS $fn$
        BEGIN
            WITH firsts AS (  -- searches named for the first time by this statement
                SELECT n.search_id FROM new_rows n WHERE n.search_id IS NOT NULL GROUP BY n.search_id
                HAVING count(*) = (SELECT count(*) FROM usage_events o WHERE o.search_id = n.search_id)),
            opened AS (
                SELECT {s_day} AS day, {_KEY} AS key, s."user" AS who, count(*) AS n
                FROM firsts f JOIN search_log s ON s.id = f.search_id WHERE s.hits <> 0
                GROUP BY 1, 2, 3),
            rest AS (
                SELECT b.day, b.key, b.who, b.n,
                       max(s.query) FILTER (WHERE {_UNOPENED}) AS example,
                       max(s.at) FILTER (WHERE {_UNOPENED}) AS last
                FROM opened b JOIN search_log s
                  ON s."user" = b.who AND s.at >= timezone('UTC', CAST(b.day AS timestamp))
                 AND s.at < timezone('UTC', CAST(b.day + 1 AS timestamp)) AND {_KEY} = b.key
                GROUP BY b.day, b.key, b.who, b.n)
            UPDATE search_days d
            SET unopened = d.unopened - r.n, unopened_example = r.example, unopened_last = r.last
            FROM rest r WHERE d.day = r.day AND d.key = r.key AND d."user" = r.who;
            RETURN NULL;
        END
        $fn$"""
    return [logged, opened]


_PG_TRIGGERS = (
    ("search_log", "enablement_search_days_logged"),
    ("usage_events", "enablement_search_days_opened"),
)


def upgrade() -> None:
    op.create_index("ix_search_log_user", "search_log", ["user", "at"])
    op.create_table(
        "search_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("user", sa.String(200), primary_key=True),
        sa.Column("searches", sa.Integer, nullable=False),
        sa.Column("zero_hits", sa.Integer, nullable=False),
        sa.Column("example", sa.Text, nullable=False),
        sa.Column("unopened", sa.Integer, nullable=False),
        sa.Column("unopened_example", sa.Text, nullable=True),
        sa.Column("unopened_last", sa.DateTime(timezone=True), nullable=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_user_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("user", sa.String(200), primary_key=True),
        sa.Column("searches", sa.Integer, nullable=False),
        sa.Column("zero_hits", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _backfill(_PG_DAY.format("s.at")):
            op.execute(statement)
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quoted = bind.dialect.identifier_preparer.quote(schema)
        for function in _pg_functions(quoted):
            op.execute(function)
        for table, name in _PG_TRIGGERS:
            op.execute(f"REVOKE ALL ON FUNCTION {quoted}.{name}() FROM PUBLIC")
            op.execute(
                f"CREATE TRIGGER {name} AFTER INSERT ON {quoted}.{table} REFERENCING NEW TABLE AS new_rows "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {quoted}.{name}()"
            )
    else:
        for statement in _backfill("date(s.at)"):
            op.execute(statement)
        for trigger in _SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, name in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        op.execute("DROP TRIGGER IF EXISTS search_days_logged")
        op.execute("DROP TRIGGER IF EXISTS search_days_opened")
    op.drop_table("search_user_days")
    op.drop_table("search_days")
    op.drop_index("ix_search_log_user", "search_log")
