"""Manual redactions: what a reviewer redacts that the review did not propose (every
occurrence of a text, or an area of a PDF page), and each withdrawal of one
(``pipeline.workflow.manual``); and the declassification decision's number and date, which
the published copy's 已解密 note carries.

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
    op.create_table(
        "manual_redactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("redaction_id", sa.String(16), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8)),
        sa.Column("text", sa.Text),
        sa.Column("page", sa.Integer),
        sa.Column("box", sa.JSON),
        sa.Column("category", sa.String(32)),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_manual_redactions_case_id", "manual_redactions", ["case_id"])
    op.create_index("ix_manual_redactions_audit_id", "manual_redactions", ["audit_id"])
    op.add_column("declassifications", sa.Column("decision_number", sa.Text))
    op.add_column("declassifications", sa.Column("decision_date", sa.String(10)))


def downgrade() -> None:
    with op.batch_alter_table("declassifications") as batch:
        batch.drop_column("decision_date")
        batch.drop_column("decision_number")
    op.drop_table("manual_redactions")
