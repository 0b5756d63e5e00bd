"""Card saves in progress: one row per battle card a marketer is saving right now.

Two marketers who opened the same version of a card and press Save together must not both
become the newest version (the second would silently replace the first's edit). Checking the
version and then importing is two steps, with another marketer's save fitting between them, so
a save first claims the card in the database: one transaction checks that the card is still at
the version the editor opened and inserts this row, whose primary key admits one save per card.
The second claim fails on the key (or sees the newer version) and is told; nothing is written.
The row is deleted when the save ends, and a row left by a save that died is ignored after a few
minutes (enablement.workbench.card_library).

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_saves",
        sa.Column(
            "item_id",
            sa.Integer,
            sa.ForeignKey("items.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("base_version", sa.Integer, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("card_saves")
