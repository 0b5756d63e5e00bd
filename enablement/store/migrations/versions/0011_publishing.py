"""The publishing workflow: every status move and every "still valid" kept with who and when.

Items move draft → in review → published → archived (and back: enablement.workbench.publishing
holds the rules). `items.status` says where an item is now; `item_status_history` says how it
got there, one row per move or verify, so a marketer sees who published or archived what, and
when a card was last confirmed still valid. No foreign key to `items`: the history outlives a
removed item (like `usage_events`), and on a team server the rows are append-only (security.py).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_status_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=True),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("review_by", sa.Date, nullable=True),
    )
    op.create_index("ix_item_status_history_item", "item_status_history", ["item_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_item_status_history_item", "item_status_history")
    op.drop_table("item_status_history")
