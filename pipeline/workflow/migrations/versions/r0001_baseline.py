"""Baseline: the register of release 0.1.0, as ``Base.metadata.create_all`` made it before the
schema was versioned (``tests/fixtures/register/release-0.1.0.sql`` is such a register; a test
compares the two). A register made by that release has these tables and no version: ``baomi
register upgrade`` stamps it with this revision and moves it on.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _case_fk() -> sa.Column:
    return sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False)


def _index(table: str, *columns: str, unique: bool = False) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=unique)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("doc_number", sa.Text),
        sa.Column("issuers", sa.JSON, nullable=False),
        sa.Column("issued_on", sa.String(10)),
        sa.Column("classification", sa.JSON, nullable=False),
        sa.Column("attribute", sa.String(16)),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("filed_on", sa.String(10), nullable=False),
        sa.Column("record_path", sa.Text),
        sa.Column("redacted_path", sa.Text),
        sa.Column("redacted_sha256", sa.String(64)),
        sa.Column("error", sa.Text),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    _index("cases", "sha256", unique=True)
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("finding_id", sa.String(32), nullable=False),
        sa.Column("entity_type", sa.String(64), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("location", sa.JSON, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("route", sa.String(32)),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("basis", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("recognizer", sa.String(128), nullable=False),
    )
    _index("findings", "case_id")
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("stage", sa.String(8), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("opinion", sa.Text, nullable=False),
        sa.Column("attribute", sa.String(16)),
        sa.Column("summary", sa.Text),
        sa.Column("signed_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("signoffs", "audit_id", "case_id")
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("finding_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("decisions", "case_id", "audit_id")
    op.create_table(
        "confirmations",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("finding_id", sa.String(32), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("opinion", sa.Text, nullable=False),
        sa.Column("answered_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("confirmations", "audit_id", "case_id")
    op.create_table(
        "declassifications",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("basis", sa.Text, nullable=False),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("declassifications", "case_id", "audit_id")
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("issuer", sa.Text, nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("given_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("consents", "audit_id", "case_id")
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("attribute", sa.String(16), nullable=False),
        sa.Column("carrier", sa.Text, nullable=False),
        sa.Column("entered_by", sa.Text, nullable=False),
        sa.Column("out_path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rereviewed", sa.Integer, nullable=False),
        sa.Column("published_at", sa.String(32), nullable=False),
        sa.Column("audit_id", sa.Integer, nullable=False),
    )
    _index("publications", "audit_id", "case_id")
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    _index("audit_log", "case_id")
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last_id", sa.Integer, nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "publications",
        "consents",
        "declassifications",
        "confirmations",
        "decisions",
        "signoffs",
        "findings",
        "cases",
    ):
        op.drop_table(table)
