"""Every name and path a case's content was reviewed under (``case_names``): two files with the
same bytes are one case, and neither name is lost. Filled in from each case's last name.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_names",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String(32), nullable=False),
        sa.Column("last_seen", sa.String(32), nullable=False),
    )
    op.create_index("ix_case_names_case_id", "case_names", ["case_id"])
    op.execute(
        "INSERT INTO case_names (case_id, name, path, first_seen, last_seen) "
        "SELECT id, name, path, created_at, updated_at FROM cases"
    )


def downgrade() -> None:
    op.drop_table("case_names")
