"""The search log per ISO week, query key and person (`search_key_weeks`), and per week and key
(`search_weeks`: searches and distinct people), kept by triggers; backfilled here.

Why: the demand figures (top searches, content gaps) count distinct people per query key over the
window. Summed from per-day rows (0009) that still grouped ~200,000 rows per day, key and person
for an 8-week window of a million-search log (0.4–0.8 s). With these tables the aggregates
(enablement.store.aggregates) rank the keys by exact search counts and an upper bound of their
people (the sum of the people of each week, capped by everyone who searched), count people
exactly only for the keys that can still reach the top, and read the per-person rows of those
few keys by key (the primary key starts with it). The figures stay exactly what the raw log gives
(tests/unit/insights/test_search_days.py compares them with the raw-log SQL).

`people` and `unopened_people` (persons with at least one unopened search that week) are kept
from the per-person rows: a row that appears adds a person, an unopened count that leaves or
reaches zero adds or removes one. Like search_days, the tables are kept in the transaction that
writes the rows they sum, by triggers on search_log and usage_events (statement-level and
SECURITY DEFINER with a pinned search_path on PostgreSQL, so a seller, who has no right on them,
changes them only by logging a search or a usage event). Weeks start on Monday (UTC).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_KEY = "coalesce(s.query_key, lower(s.query))"
_UNOPENED = "(s.hits = 0 OR NOT EXISTS (SELECT 1 FROM usage_events o WHERE o.search_id = s.id))"
_SQLITE_WEEK = "date({0}, 'weekday 0', '-6 days')"  # the Monday on or before the day of {0}
_PG_DAY = "CAST(timezone('UTC', {0}) AS date)"
_PG_WEEK = "({0} - CAST(extract(isodow FROM {0}) AS integer) + 1)"  # of a date


def _pg_week(at: str) -> str:
    return _PG_WEEK.format(_PG_DAY.format(at))


def _backfill(week: str) -> list[str]:
    """The statements that fill both tables from the log (`week`: the dialect's week of `s.at`)."""
    key_weeks = f"""
        INSERT INTO search_key_weeks (key, week, "user", searches, zero_hits, example, unopened,
                                      unopened_example, unopened_last)
        SELECT {_KEY}, {week}, s."user", count(*), sum(CASE WHEN s.hits = 0 THEN 1 ELSE 0 END), max(s.query),
               sum(CASE WHEN {_UNOPENED} THEN 1 ELSE 0 END), max(CASE WHEN {_UNOPENED} THEN s.query END),
               max(CASE WHEN {_UNOPENED} THEN s.at END)
        FROM search_log s GROUP BY {_KEY}, {week}, s."user\""""
    weeks = """
        INSERT INTO search_weeks (week, key, searches, people, unopened, unopened_people)
        SELECT w.week, w.key, sum(w.searches), count(*), sum(w.unopened),
               sum(CASE WHEN w.unopened > 0 THEN 1 ELSE 0 END)
        FROM search_key_weeks w GROUP BY w.week, w.key"""
    return [key_weeks, weeks]


# The person's week row of the search NEW names, and its week and key.
_NAMED_ROW = (
    f'(SELECT {_KEY}, {_SQLITE_WEEK.format("s.at")}, s."user" FROM search_log s WHERE s.id = NEW.search_id)'
)
_SAME_WEEK_ROW = (
    's."user" = search_key_weeks."user" AND s.at >= search_key_weeks.week '
    f"AND s.at < date(search_key_weeks.week, '+7 days') AND {_KEY} = search_key_weeks.key"
)
_NEW_KEY = "coalesce(NEW.query_key, lower(NEW.query))"
_NEW_WEEK = _SQLITE_WEEK.format("NEW.at")
_SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER search_weeks_logged AFTER INSERT ON search_log BEGIN
        INSERT INTO search_key_weeks (key, week, "user", searches, zero_hits, example, unopened,
                                      unopened_example, unopened_last)
        VALUES ({_NEW_KEY}, {_NEW_WEEK}, NEW."user", 1, CASE WHEN NEW.hits = 0 THEN 1 ELSE 0 END, NEW.query,
                1, NEW.query, NEW.at)
        ON CONFLICT (key, week, "user") DO UPDATE SET
            searches = searches + 1,
            zero_hits = zero_hits + excluded.zero_hits,
            example = max(example, excluded.example),
            unopened = unopened + 1,
            unopened_example = max(coalesce(unopened_example, ''), excluded.unopened_example),
            unopened_last = max(coalesce(unopened_last, ''), excluded.unopened_last);
        INSERT INTO search_weeks (week, key, searches, people, unopened, unopened_people)
        VALUES ({_NEW_WEEK}, {_NEW_KEY}, 1, 1, 1, 1)
        ON CONFLICT (week, key) DO UPDATE SET
            searches = searches + 1,
            unopened = unopened + 1,
            people = people + (
                SELECT w.searches = 1 FROM search_key_weeks w
                WHERE (w.key, w.week, w."user") = ({_NEW_KEY}, {_NEW_WEEK}, NEW."user")),
            unopened_people = unopened_people + (
                SELECT w.unopened = 1 FROM search_key_weeks w
                WHERE (w.key, w.week, w."user") = ({_NEW_KEY}, {_NEW_WEEK}, NEW."user"));
    END""",
    f"""
    CREATE TRIGGER search_weeks_opened AFTER INSERT ON usage_events
    WHEN NEW.search_id IS NOT NULL
         AND (SELECT count(*) FROM usage_events o WHERE o.search_id = NEW.search_id) = 1
         AND (SELECT s.hits FROM search_log s WHERE s.id = NEW.search_id) <> 0
    BEGIN
        UPDATE search_key_weeks SET
            unopened = unopened - 1,
            unopened_example = CASE WHEN unopened_example IS NOT (
                SELECT s.query FROM search_log s WHERE s.id = NEW.search_id) THEN unopened_example ELSE (
                SELECT max(s.query) FROM search_log s WHERE {_SAME_WEEK_ROW} AND {_UNOPENED}) END,
            unopened_last = CASE WHEN unopened_last IS NOT (
                SELECT s.at FROM search_log s WHERE s.id = NEW.search_id) THEN unopened_last ELSE (
                SELECT max(s.at) FROM search_log s WHERE {_SAME_WEEK_ROW} AND {_UNOPENED}) END
        WHERE (key, week, "user") = {_NAMED_ROW};
        UPDATE search_weeks SET
            unopened = unopened - 1,
            unopened_people = unopened_people - (
                SELECT w.unopened = 0 FROM search_key_weeks w WHERE (w.key, w.week, w."user") = {_NAMED_ROW})
        WHERE (key, week) = (SELECT {_KEY}, {_SQLITE_WEEK.format("s.at")} FROM search_log s
                             WHERE s.id = NEW.search_id);
    END""",
)


def _pg_functions(quoted: str) -> list[str]:
    pinned = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp"
    logged = f"""
        CREATE FUNCTION {quoted}.enablement_search_weeks_logged() RETURNS trigger {pinned} AS $fn$
        BEGIN
            WITH batch AS (
                SELECT coalesce(n.query_key, lower(n.query)) AS key, {_pg_week("n.at")} AS week,
                       n."user" AS who,
                       count(*) AS n, sum(CASE WHEN n.hits = 0 THEN 1 ELSE 0 END) AS zero,
                       max(n.query) AS example, max(n.at) AS last
                FROM new_rows n GROUP BY 1, 2, 3),
            kept AS (
                INSERT INTO search_key_weeks AS w (key, week, "user", searches, zero_hits, example, unopened,
                                                   unopened_example, unopened_last)
                SELECT b.key, b.week, b.who, b.n, b.zero, b.example, b.n, b.example, b.last FROM batch b
                ON CONFLICT (key, week, "user") DO UPDATE SET
                    searches = w.searches + excluded.searches,
                    zero_hits = w.zero_hits + excluded.zero_hits,
                    example = greatest(w.example, excluded.example),
                    unopened = w.unopened + excluded.unopened,
                    unopened_example = greatest(w.unopened_example, excluded.unopened_example),
                    unopened_last = greatest(w.unopened_last, excluded.unopened_last)
                RETURNING w.key, w.week, w."user", w.searches, w.unopened)
            INSERT INTO search_weeks AS t (week, key, searches, people, unopened, unopened_people)
            SELECT k.week, k.key, sum(b.n), count(*) FILTER (WHERE k.searches = b.n), sum(b.n),
                   count(*) FILTER (WHERE k.unopened = b.n)
            FROM kept k JOIN batch b ON b.key = k.key AND b.week = k.week AND b.who = k."user"
            GROUP BY k.week, k.key
            ON CONFLICT (week, key) DO UPDATE SET
                searches = t.searches + excluded.searches,
                people = t.people + excluded.people,
                unopened = t.unopened + excluded.unopened,
                unopened_people = t.unopened_people + excluded.unopened_people;
            RETURN NULL;
        END
        $fn$"""
    opened = f"""
        CREATE FUNCTION {quoted}.enablement_search_weeks_opened() RETURNS trigger {pinned} AS $fn$
        BEGIN
            WITH firsts AS (  -- searches named for the first time by this statement
                SELECT n.search_id FROM new_rows n WHERE n.search_id IS NOT NULL GROUP BY n.search_id
                HAVING count(*) = (SELECT count(*) FROM usage_events o WHERE o.search_id = n.search_id)),
            opened AS (
                SELECT {_KEY} AS key, {_pg_week("s.at")} AS week, s."user" AS who, count(*) AS n
                FROM firsts f JOIN search_log s ON s.id = f.search_id WHERE s.hits <> 0
                GROUP BY 1, 2, 3),
            rest AS (
                SELECT b.key, b.week, b.who, b.n,
                       max(s.query) FILTER (WHERE {_UNOPENED}) AS example,
                       max(s.at) FILTER (WHERE {_UNOPENED}) AS last
                FROM opened b JOIN search_log s
                  ON s."user" = b.who AND s.at >= timezone('UTC', CAST(b.week AS timestamp))
                 AND s.at < timezone('UTC', CAST(b.week + 7 AS timestamp)) AND {_KEY} = b.key
                GROUP BY b.key, b.week, b.who, b.n),
            kept AS (
                UPDATE search_key_weeks w
                SET unopened = w.unopened - r.n, unopened_example = r.example, unopened_last = r.last
                FROM rest r WHERE w.key = r.key AND w.week = r.week AND w."user" = r.who
                RETURNING w.key, w.week, w.unopened, r.n)
            UPDATE search_weeks t
            SET unopened = t.unopened - g.n, unopened_people = t.unopened_people - g.gone
            FROM (SELECT k.key, k.week, sum(k.n) AS n, count(*) FILTER (WHERE k.unopened = 0) AS gone
                  FROM kept k GROUP BY k.key, k.week) g
            WHERE t.week = g.week AND t.key = g.key;
            RETURN NULL;
        END
        $fn$"""
    return [logged, opened]


_PG_TRIGGERS = (
    ("search_log", "enablement_search_weeks_logged"),
    ("usage_events", "enablement_search_weeks_opened"),
)


def upgrade() -> None:
    op.create_table(
        "search_key_weeks",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("week", sa.Date, primary_key=True),
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
        "search_weeks",
        sa.Column("week", sa.Date, primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("searches", sa.Integer, nullable=False),
        sa.Column("people", sa.Integer, nullable=False),
        sa.Column("unopened", sa.Integer, nullable=False),
        sa.Column("unopened_people", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _backfill(_pg_week("s.at")):
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
        for statement in _backfill(_SQLITE_WEEK.format("s.at")):
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
        op.execute("DROP TRIGGER IF EXISTS search_weeks_logged")
        op.execute("DROP TRIGGER IF EXISTS search_weeks_opened")
    op.drop_table("search_weeks")
    op.drop_table("search_key_weeks")
