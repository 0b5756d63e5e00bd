"""Team server: a change log with NOTIFY, shared originals, and the team marker.

* `change_log`: one row per change of an item or a ballot. On PostgreSQL, triggers
  write it (an update of `items` that only moves `indexed_version` is not a change)
  and `pg_notify('enablement_changes', seq)` wakes listening desktops. The trigger
  function is SECURITY DEFINER so that a marketer's import logs its changes without
  any right on `change_log` itself; its search_path is pinned to the schema the
  library lives in (read from current_schema() now), never the caller's.
* `blobs`: originals kept in the database, for desktops that share a server but not
  the importer's blob folder.
* `team_info`: empty until `enablement team init` secures the database
  (enablement.team.security); a row there makes it a team database.

SQLite gets the tables only: a single-user library has nobody to notify.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TRIGGERS = (
    # (table, trigger, timing and events, condition, kind)
    ("items", "enablement_items_log", "AFTER INSERT OR DELETE", "", "item"),
    (
        "items",
        "enablement_items_log_update",
        "AFTER UPDATE",
        # indexed_version is each machine's index bookkeeping, not a change of the item.
        "WHEN ((to_jsonb(OLD) - 'indexed_version') IS DISTINCT FROM (to_jsonb(NEW) - 'indexed_version'))",
        "item",
    ),
    ("ballots", "enablement_ballots_log", "AFTER INSERT OR UPDATE OR DELETE", "", "ballot"),
)


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref_id", sa.Integer, nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_by", sa.String(200), nullable=True),
    )
    op.create_table(
        "team_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("installed_by", sa.String(200), nullable=False),
        sa.Column("schema_version", sa.String(32), nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    quoted = bind.dialect.identifier_preparer.quote(schema)
    op.execute(
        f"""
        CREATE FUNCTION {quoted}.enablement_log_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {quoted}, pg_temp AS $fn$
        DECLARE
            changed integer;
            logged bigint;
        BEGIN
            IF TG_OP = 'DELETE' THEN changed := OLD.id; ELSE changed := NEW.id; END IF;
            INSERT INTO {quoted}.change_log (at, kind, ref_id, op)
            VALUES (now(), TG_ARGV[0], changed, CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END)
            RETURNING seq INTO logged;
            PERFORM pg_notify('enablement_changes', logged::text);
            RETURN NULL;
        END
        $fn$
        """
    )
    op.execute(f"REVOKE ALL ON FUNCTION {quoted}.enablement_log_change() FROM PUBLIC")
    for table, trigger, events, condition, kind in _TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {trigger} {events} ON {quoted}.{table} FOR EACH ROW {condition} "
            f"EXECUTE FUNCTION {quoted}.enablement_log_change('{kind}')"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, trigger, *_rest in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS enablement_log_change()")
    for name in ("team_info", "blobs", "change_log"):
        op.drop_table(name)
