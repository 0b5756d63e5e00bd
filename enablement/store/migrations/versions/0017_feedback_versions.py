"""The item's version on each content-feedback report and each usage event (`item_version`).

Why: feedback and per-unit usage were keyed by item, unit kind and unit number only. After a
re-import (a new version of the deck) feedback on "slide 5" showed on whatever is slide 5 now,
and feedback on a slide that was dropped still showed on a current slide; a slide's usage counts
mixed the old slide 5 with the new one. With the version recorded, enablement.insights.reports
shows feedback on a current unit only when it was given on the current version or on an earlier
version whose unit has the same content (version_units against units), and lists the rest as
"on version N, slide 5" in the item's roll-up; the per-unit usage aggregate counts the current
version's events only.

Backfill: the version current when the row was written is the item's highest version imported
at or before the row's `at` (versions are numbered in import order, restores included). Rows of a
removed item, intel, and rows older than the item's first import (a desktop clock behind the
server's) stay NULL: "an earlier version, which one is not known". Plain ADD COLUMN on both
dialects (no table rebuild: the triggers on usage_events stay). Team grants need no change:
sellers insert whole rows of reports and usage_events, and item_version is no triage column, so
marketing cannot rewrite it (enablement.team.security).

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_VERSION_AT = """(SELECT max(v.number) FROM versions v
                 WHERE v.item_id = {table}.item_id AND v.imported_at <= {table}.at)"""


def upgrade() -> None:
    op.add_column("reports", sa.Column("item_version", sa.Integer, nullable=True))
    op.add_column("usage_events", sa.Column("item_version", sa.Integer, nullable=True))
    op.execute(
        f"UPDATE reports SET item_version = {_VERSION_AT.format(table='reports')} "
        "WHERE type = 'feedback' AND item_id IS NOT NULL"
    )
    op.execute(
        f"UPDATE usage_events SET item_version = {_VERSION_AT.format(table='usage_events')} "
        "WHERE unit_number IS NOT NULL"
    )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not a batch table copy, which would drop usage_events'
    # triggers (0009, 0013) with the old table.
    op.drop_column("usage_events", "item_version")
    op.drop_column("reports", "item_version")
