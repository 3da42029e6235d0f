"""Third parties' consents to disclosure (第三方同意公开, 条例第十五条、第三十二条): who agreed
to the publication of which withheld findings of a case; ``baomi recheck`` lists a case whose
consent came after it was published.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "third_party_consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("party", sa.Text, nullable=False),
        sa.Column("finding_ids", sa.JSON, nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("given_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_third_party_consents_case_id", "third_party_consents", ["case_id"])
    op.create_index("ix_third_party_consents_audit_id", "third_party_consents", ["audit_id"])


def downgrade() -> None:
    op.drop_table("third_party_consents")
