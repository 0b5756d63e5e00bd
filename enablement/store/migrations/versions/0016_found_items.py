"""Which items each search showed (`search_log.found_items`), and per day (UTC) and item how many
searches showed it (`item_found_days`) and the first few people they came from
(`item_found_people`), kept by a trigger on search_log.

Why: the dashboard knew which published items nobody used, not which nobody ever found. A search
now logs the distinct items of the results its user saw (the first page: up to 20 ids, as a JSON
array; NULL on lines logged before this revision and on searches that showed nothing). Read from
search_log, "never found" would unnest every search of the window (~2 million ids for 8 weeks of
a million-search log); per day and item it is a few thousand rows. The window's partial first and
last days are still read from search_log, as the other search figures do (0009).

`item_found_people` keeps, per day and item, at most MIN_GROUP (3) of the people whose searches
showed it: enough to tell exactly whether a window's searches that showed the item come from at
least three people (if one day has three, so has the window; if none has, every day's list is
whole), which is all the aggregate needs to hide a count; without the cap it would hold nearly a
row per search. Concurrent transactions may leave a fourth row: still exact for the rule.

Both tables drop a removed item's rows with it (foreign keys, ON DELETE CASCADE), and the trigger
counts only ids of items that exist, so a search shown an item being removed still logs. Nothing
to backfill: no earlier line says what it showed. Search-log lines are only ever inserted: row by
row on SQLite; on PostgreSQL one grouped upsert per statement, SECURITY DEFINER with a pinned
search_path (a seller has no right on either table and changes them only by logging a search).

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_PG_DAY = "CAST(timezone('UTC', {0}) AS date)"
_CAP = 3  # enablement.store.aggregates.MIN_GROUP, fixed here as this revision wrote it

_SQLITE_TRIGGER = f"""
    CREATE TRIGGER item_found_days_logged AFTER INSERT ON search_log
    WHEN NEW.found_items IS NOT NULL AND json_type(NEW.found_items) = 'array' BEGIN
        INSERT INTO item_found_days (day, item_id, searches)
        SELECT DISTINCT date(NEW.at), j.value, 1 FROM json_each(NEW.found_items) j
        WHERE j.type = 'integer' AND j.value IN (SELECT i.id FROM items i)
        ON CONFLICT (day, item_id) DO UPDATE SET searches = searches + 1;
        INSERT INTO item_found_people (day, item_id, "user")
        SELECT DISTINCT date(NEW.at), j.value, NEW."user" FROM json_each(NEW.found_items) j
        WHERE j.type = 'integer' AND j.value IN (SELECT i.id FROM items i)
          AND (SELECT count(*) FROM item_found_people p
               WHERE p.day = date(NEW.at) AND p.item_id = j.value) < {_CAP}
        ON CONFLICT (day, item_id, "user") DO NOTHING;
    END"""


def _pg_function(quoted: str) -> str:
    pinned = f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp"
    return f"""
        CREATE FUNCTION {quoted}.enablement_item_found_days_logged() RETURNS trigger {pinned} AS $fn$
        BEGIN
            WITH shown AS (  -- each search's distinct items that exist
                SELECT DISTINCT {_PG_DAY.format("n.at")} AS day, CAST(f.value AS integer) AS item_id,
                       n."user" AS who, n.id AS search
                FROM new_rows n
                CROSS JOIN LATERAL json_array_elements_text(
                    CASE WHEN json_typeof(n.found_items) = 'array' THEN n.found_items END) AS f(value)
                WHERE f.value ~ '^[0-9]{{1,9}}$'),
            found AS (SELECT s.day AS day, s.item_id AS item_id, s.who AS who FROM shown s
                      WHERE s.item_id IN (SELECT i.id FROM items i)),
            days AS (
                INSERT INTO item_found_days AS d (day, item_id, searches)
                SELECT f.day, f.item_id, count(*) FROM found f GROUP BY 1, 2
                ON CONFLICT (day, item_id) DO UPDATE SET searches = d.searches + excluded.searches
                RETURNING 1)
            -- New people per day and item, ranked, admitted while the day's list is under the cap
            -- (the counts read the table as it was before this statement).
            INSERT INTO item_found_people (day, item_id, "user")
            SELECT c.day, c.item_id, c.who
            FROM (SELECT x.day AS day, x.item_id AS item_id, x.who AS who,
                         row_number() OVER (PARTITION BY x.day, x.item_id ORDER BY x.who) AS k
                  FROM (SELECT DISTINCT f.day, f.item_id, f.who FROM found f) x
                  WHERE NOT EXISTS (SELECT 1 FROM item_found_people p
                                    WHERE p.day = x.day AND p.item_id = x.item_id AND p."user" = x.who)) c
            WHERE c.k + (SELECT count(*) FROM item_found_people p
                         WHERE p.day = c.day AND p.item_id = c.item_id) <= {_CAP}
            ON CONFLICT (day, item_id, "user") DO NOTHING;
            RETURN NULL;
        END
        $fn$"""


def upgrade() -> None:
    found = sa.JSON(none_as_null=True)
    # A plain ADD COLUMN (no table rebuild: the triggers of 0009, 0012 and 0014 stay).
    op.add_column("search_log", sa.Column("found_items", found, nullable=True))
    op.create_table(
        "item_found_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("searches", sa.Integer, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "item_found_people",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("user", sa.String(200), primary_key=True),
        sqlite_with_rowid=False,
    )
    # The cascade of a removed item reads both tables by item.
    op.create_index("ix_item_found_days_item", "item_found_days", ["item_id"])
    op.create_index("ix_item_found_people_item", "item_found_people", ["item_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        quoted = bind.dialect.identifier_preparer.quote(schema)
        op.execute(_pg_function(quoted))
        op.execute(f"REVOKE ALL ON FUNCTION {quoted}.enablement_item_found_days_logged() FROM PUBLIC")
        op.execute(
            f"CREATE TRIGGER enablement_item_found_days_logged AFTER INSERT ON {quoted}.search_log "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {quoted}.enablement_item_found_days_logged()"
        )
    else:
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS enablement_item_found_days_logged ON search_log")
        op.execute("DROP FUNCTION IF EXISTS enablement_item_found_days_logged()")
    else:
        op.execute("DROP TRIGGER IF EXISTS item_found_days_logged")
    op.drop_table("item_found_people")
    op.drop_table("item_found_days")
    op.drop_column("search_log", "found_items")
