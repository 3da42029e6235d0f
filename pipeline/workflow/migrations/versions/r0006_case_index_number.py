"""The document's own 索引号 on its case (``cases.index_number``), for the catalogue and the
ledger; empty for cases reviewed before it was read (a later review of the same content fills
it in).

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
    op.add_column("cases", sa.Column("index_number", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("index_number")
