"""Insights: the normalised query key of each logged search, and the indexes the shared numbers need.

`search_log.query_key` is written at log time by the search service (the searched query, corrections
applied, run through the search analyzer: folded, stemmed, unique terms sorted). Rows logged before
this revision keep NULL: the analyzer is not available to a migration, and the gap list falls back
to the lower-cased query for them.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("search_log", sa.Column("query_key", sa.Text, nullable=True))
    op.create_index("ix_search_log_key", "search_log", ["query_key"])
    op.create_index("ix_usage_events_search", "usage_events", ["search_id"])
    op.create_index("ix_usage_events_person", "usage_events", ["person", "at"])


def downgrade() -> None:
    op.drop_index("ix_usage_events_person", "usage_events")
    op.drop_index("ix_usage_events_search", "usage_events")
    op.drop_index("ix_search_log_key", "search_log")
    op.drop_column("search_log", "query_key")
