"""Keep a remembered rejection's reason as a translatable message too.

`reason` stays the English sentence (what the CLI prints); `reason_message`
holds the template and its arguments as JSON, so the Russian UI can show the
reason of a file refused by an earlier import in Russian. Rows written before
this revision have none and are shown as their English text.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rejections") as batch:
        batch.add_column(sa.Column("reason_message", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rejections") as batch:
        batch.drop_column("reason_message")
