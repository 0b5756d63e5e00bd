"""Keep rejection reasons and notifications as translatable messages too.

`rejections.reason` and `notifications.message` stay the English sentences (what
the CLI prints); the new columns hold the template and its arguments as JSON
(enablement.messages), so the Russian UI can show a reason remembered from an
earlier import, or a notification, in Russian. Rows written before this
revision have none and are shown as their English text.

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
    with op.batch_alter_table("notifications") as batch:
        batch.add_column(sa.Column("message_data", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notifications") as batch:
        batch.drop_column("message_data")
    with op.batch_alter_table("rejections") as batch:
        batch.drop_column("reason_message")
