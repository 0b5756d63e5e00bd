"""The searches that found something, per query as typed, day (UTC) and person (`search_query_days`),
and every query ever typed (`search_queries`), kept by a trigger on search_log; backfilled here.

Why: coverage counts, per competitor, the searches that found something and named it (the query
contains the name) and their people. Read from search_log, that grouped every search of the
window by query and person (~270,000 for 8 weeks of a million-search log: 0.2 s of CPU on SQLite,
0.5 s on PostgreSQL, where the grouping spills to disk). Now the names are matched against the
few thousand distinct queries of `search_queries`, and only the matching queries' rows are read
from `search_query_days`, by query (its primary key starts with it); the window's partial first
and last days still come from search_log. The figures stay exactly what the raw log gives
(tests/unit/insights/test_search_days.py).

Search-log lines are only ever inserted: an insert trigger keeps both tables (row by row on
SQLite; on PostgreSQL one grouped upsert per statement, SECURITY DEFINER with a pinned
search_path: a seller has no right on them and changes them only by logging a search).

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_PG_DAY = "CAST(timezone('UTC', {0}) AS date)"


def _backfill(day: str) -> list[str]:
    """The statements that fill both tables from the log (`day`: the dialect's day of `s.at`)."""
    return [
        "INSERT INTO search_queries (query) SELECT DISTINCT s.query FROM search_log s",
        f"""
        INSERT INTO search_query_days (query, day, "user", searches)
        SELECT s.query, {day}, s."user", count(*) FROM search_log s WHERE s.hits > 0
        GROUP BY s.query, {day}, s."user\"""",
    ]


_SQLITE_TRIGGER = """
    CREATE TRIGGER search_query_days_logged AFTER INSERT ON search_log BEGIN
        INSERT INTO search_queries (query) VALUES (NEW.query) ON CONFLICT (query) DO NOTHING;
        INSERT INTO search_query_days (query, day, "user", searches)
        SELECT NEW.query, date(NEW.at), NEW."user", 1 WHERE NEW.hits > 0
        ON CONFLICT (query, day, "user") DO UPDATE SET searches = searches + 1;
    END"""


def _pg_function(quoted: str) -> str:
    pinned = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp"
    return f"""
        CREATE FUNCTION {quoted}.enablement_search_query_days_logged() RETURNS trigger {pinned} AS $fn$
        BEGIN
            INSERT INTO search_queries (query) SELECT DISTINCT n.query FROM new_rows n
            ON CONFLICT (query) DO NOTHING;
            INSERT INTO search_query_days AS d (query, day, "user", searches)
            SELECT n.query, {_PG_DAY.format("n.at")}, n."user", count(*) FROM new_rows n WHERE n.hits > 0
            GROUP BY 1, 2, 3
            ON CONFLICT (query, day, "user") DO UPDATE SET searches = d.searches + excluded.searches;
            RETURN NULL;
        END
        $fn$"""


def upgrade() -> None:
    op.create_table(
        "search_queries",
        sa.Column("query", sa.Text, primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_query_days",
        sa.Column("query", sa.Text, primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("user", sa.String(200), primary_key=True),
        sa.Column("searches", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # PostgreSQL keeps rows in a heap, in the order they came: a primary key that carries
        # `searches` lets the matching queries' rows be read from the index alone.
        op.execute(
            "ALTER TABLE search_query_days DROP CONSTRAINT search_query_days_pkey, "
            'ADD CONSTRAINT search_query_days_pkey PRIMARY KEY (query, day, "user") INCLUDE (searches)'
        )
        for statement in _backfill(_PG_DAY.format("s.at")):
            op.execute(statement)
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quoted = bind.dialect.identifier_preparer.quote(schema)
        op.execute(_pg_function(quoted))
        op.execute(f"REVOKE ALL ON FUNCTION {quoted}.enablement_search_query_days_logged() FROM PUBLIC")
        op.execute(
            f"CREATE TRIGGER enablement_search_query_days_logged AFTER INSERT ON {quoted}.search_log "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {quoted}.enablement_search_query_days_logged()"
        )
    else:
        for statement in _backfill("date(s.at)"):
            op.execute(statement)
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS enablement_search_query_days_logged ON search_log")
        op.execute("DROP FUNCTION IF EXISTS enablement_search_query_days_logged()")
    else:
        op.execute("DROP TRIGGER IF EXISTS search_query_days_logged")
    op.drop_table("search_query_days")
    op.drop_table("search_queries")
