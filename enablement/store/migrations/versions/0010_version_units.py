"""Older versions' units: kept in `version_units` when a new version replaces them.

Until now a re-import replaced an item's units, so an older version could only be read back
by extracting its original again. The workbench compares versions side by side
(enablement.workbench.diff); keeping the replaced units makes that a query. Versions stored
before this revision have no rows (their units were already gone); the diff extracts those
from their originals, which the content-addressed file store has kept.

`versions.restored_from` names the older version a restore re-published, so the history
says "restored from version 2" and not only "imported".

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "version_units",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("heading", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("codes", sa.JSON, nullable=False),
        sa.Column("section_type", sa.String(32), nullable=False),
        sa.Column("hidden", sa.Boolean, nullable=False),
        sa.Column("sheet", sa.Text, nullable=False),
    )
    op.create_index("ix_version_units_item", "version_units", ["item_id", "version", "number"])
    with op.batch_alter_table("versions") as batch:
        batch.add_column(sa.Column("restored_from", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("versions") as batch:
        batch.drop_column("restored_from")
    op.drop_index("ix_version_units_item", "version_units")
    op.drop_table("version_units")
