"""The feedback loop: field intel and content feedback (reports) with their triage history, usage
events, and marketing's decisions on content gaps (enablement.store.schema names the columns).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("competitor", sa.String(200), nullable=False),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("size_band", sa.String(16), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("attachment_sha", sa.String(64), nullable=True),
        sa.Column("attachment_name", sa.Text, nullable=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="SET NULL"), nullable=True),
        sa.Column("item_title", sa.Text, nullable=True),
        sa.Column("unit_kind", sa.String(16), nullable=True),
        sa.Column("unit_number", sa.Integer, nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(200), nullable=True),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_by", sa.String(200), nullable=True),
        sa.Column("led_to_kind", sa.String(16), nullable=True),
        sa.Column("led_to_id", sa.Integer, nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reports_state", "reports", ["state", "at"])
    op.create_index("ix_reports_item", "reports", ["item_id"])
    op.create_index("ix_reports_author", "reports", ["author"])
    op.create_table(
        "report_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("old_value", sa.Text, nullable=True),
        sa.Column("new_value", sa.Text, nullable=True),
    )
    op.create_index("ix_report_events_report", "report_events", ["report_id", "id"])
    op.create_table(
        "usage_events",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("unit_kind", sa.String(16), nullable=True),
        sa.Column("unit_number", sa.Integer, nullable=True),
        sa.Column("search_id", sa.BigInteger, nullable=True),
    )
    op.create_index("ix_usage_events_item", "usage_events", ["item_id", "at"])
    op.create_index("ix_usage_events_at", "usage_events", ["at"])
    op.create_table(
        "gap_decisions",
        sa.Column("query_key", sa.Text, primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="SET NULL"), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for name in ("gap_decisions", "usage_events", "report_events", "reports"):
        op.drop_table(name)
