"""People and roles: the users who may act (with their roles and a hashed credential), the
separation-of-duty rules an office relaxed, the steps that relied on a relaxed rule, and the
drafter of each case (filled in from the audit log: who opened or last revised it). The head
of the audit chain is created with the schema, so the first events of a new register cannot
race to create it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("os_user", sa.String(128), unique=True),
        sa.Column("active", sa.Integer, nullable=False),
        sa.Column("secret_hash", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("changed_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_users_name", "users", ["name"], unique=True)
    op.create_index("ix_users_audit_id", "users", ["audit_id"])
    op.create_table(
        "separation_rules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rule", sa.String(32), nullable=False, unique=True),
        sa.Column("relaxed", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("changed_by", sa.Text, nullable=False),
        sa.Column("changed_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_separation_rules_audit_id", "separation_rules", ["audit_id"])
    op.create_table(
        "relaxations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("stage", sa.String(8), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_relaxations_case_id", "relaxations", ["case_id"])
    op.create_index("ix_relaxations_audit_id", "relaxations", ["audit_id"])

    op.add_column("cases", sa.Column("drafter", sa.Text))
    # The drafter of a case made before there were users: who opened or last revised it.
    op.execute(
        """
        UPDATE cases SET drafter = (
            SELECT actor FROM audit_log
            WHERE audit_log.case_id = cases.id
              AND audit_log.action IN ('case_opened', 'case_revised')
            ORDER BY audit_log.id DESC LIMIT 1
        )
        """
    )
    op.execute(
        "INSERT INTO audit_head (id, last_id, last_hash) "
        f"SELECT 1, 0, '{GENESIS}' WHERE NOT EXISTS (SELECT 1 FROM audit_head) "
        "AND NOT EXISTS (SELECT 1 FROM audit_log)"
    )


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("drafter")
    op.drop_table("relaxations")
    op.drop_table("separation_rules")
    op.drop_table("users")
