"""Insights indexes: the shared numbers read a window of search_log and usage_events from an index alone.

The dashboard's aggregates (enablement.store.aggregates) scan the last weeks of search_log and
usage_events. With an index on `at` only, SQLite fetches every row of the window from the table
by rowid (a million-search log took seconds per figure); these indexes carry every column the
aggregates read after `at`, so the window is one range scan of the index. They start with `at`,
so they replace the single-column `at` indexes.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_search_log_window", "search_log", ["at", "user", "hits", "query_key", "query"])
    op.drop_index("ix_search_log_at", "search_log")
    op.create_index("ix_usage_events_window", "usage_events", ["at", "person", "action", "item_id", "team"])
    op.drop_index("ix_usage_events_at", "usage_events")


def downgrade() -> None:
    op.create_index("ix_usage_events_at", "usage_events", ["at"])
    op.drop_index("ix_usage_events_window", "usage_events")
    op.create_index("ix_search_log_at", "search_log", ["at"])
    op.drop_index("ix_search_log_window", "search_log")
