"""The register's tables: cases (one per reviewed document version, keyed by the content
hash), their findings (with the original text: INTERNAL), the reviewers' decisions, the three
sign-offs, the secrecy office's answers, declassifications, issuers' consents, publications,
the people who may act and their roles, the separation-of-duty rules an office relaxed and each
step that relied on a relaxed rule, the reviewers' manual redactions, and the append-only audit log with its head
(``pipeline.workflow.audit`` chains it by hash).

The schema is versioned with Alembic (``pipeline.workflow.migrations``): a change here is a new
revision there, never an edit of an older one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    name: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    doc_number: Mapped[str | None] = mapped_column(Text)
    issuers: Mapped[list[str]] = mapped_column(JSON, default=list)
    issued_on: Mapped[str | None] = mapped_column(String(10))
    classification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    attribute: Mapped[str | None] = mapped_column(String(16))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    filed_on: Mapped[str] = mapped_column(String(10))
    record_path: Mapped[str | None] = mapped_column(Text)
    redacted_path: Mapped[str | None] = mapped_column(Text)
    redacted_sha256: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Who submitted the current revision (the registered user, or the login name of an
    # unregistered one): the approver of the case may not be its drafter.
    drafter: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The document's own 索引号 (migration 0006, so last), when it prints one.
    index_number: Mapped[str | None] = mapped_column(Text, nullable=True)

    @property
    def case_id(self) -> str:
        return format_case_id(self.id)


class CaseName(Base):
    """A name and path a case's content was reviewed under (two files with the same bytes are
    one case: each is kept, with when it was first and last seen there)."""

    __tablename__ = "case_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[str] = mapped_column(String(32))
    last_seen: Mapped[str] = mapped_column(String(32))


class Finding(Base):
    """A finding as the review of one revision produced it; never changed afterwards (the
    reviewers' and the secrecy office's answers are rows of their own)."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[str] = mapped_column(String(32))
    entity_type: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    location: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[float] = mapped_column(Float)
    action: Mapped[str] = mapped_column(String(8))
    route: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    basis: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    recognizer: Mapped[str] = mapped_column(String(128))

    @property
    def primary_id(self) -> str:
        """A copy made by propagation (``F0003-1``) follows the finding it was copied from."""
        if self.recognizer == "propagation" and "-" in self.finding_id:
            return self.finding_id.rsplit("-", 1)[0]
        return self.finding_id


FINDING_FIELDS = (
    "finding_id",
    "entity_type",
    "category",
    "text",
    "start_offset",
    "end_offset",
    "location",
    "score",
    "action",
    "route",
    "status",
    "basis",
    "reason",
    "recognizer",
)


class Audited:
    """Rows of the event tables: each is written together with its audit event. Rows of the
    tables in ``MUTABLE_TABLES`` (users, rules) change: each change is a new event with the
    row's whole content, and ``audit_id`` points at the latest."""

    audit_id: Mapped[int] = mapped_column(Integer, index=True)


class Signoff(Audited, Base):
    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(8))
    reviewer: Mapped[str] = mapped_column(Text)
    opinion: Mapped[str] = mapped_column(Text)
    attribute: Mapped[str | None] = mapped_column(String(16))
    summary: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[str] = mapped_column(String(32))


class Decision(Audited, Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(8))
    reviewer: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[str] = mapped_column(String(32))


class Confirmation(Audited, Base):
    """The secrecy office's answer on one routed finding: ``confirmed`` or ``rejected``."""

    __tablename__ = "confirmations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(Text)
    opinion: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[str] = mapped_column(String(32))


class Declassification(Audited, Base):
    __tablename__ = "declassifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    reviewer: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[str] = mapped_column(String(32))
    # The declassification decision's own number and date (解密决定文号、日期), for the 已解密
    # note the published copy carries in place of the marking. Added by migration 0004, so
    # they come after ``audit_id`` as in a migrated register (``sort_order``).
    decision_number: Mapped[str | None] = mapped_column(Text, nullable=True, sort_order=10)
    decision_date: Mapped[str | None] = mapped_column(String(10), nullable=True, sort_order=11)


class Consent(Audited, Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    issuer: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(Text)
    given_at: Mapped[str] = mapped_column(String(32))


class ThirdPartyConsent(Audited, Base):
    """A third party's consent to the disclosure of its trade secret or personal data
    (条例第十五条, 第三十二条), on the findings it covers; ``baomi recheck`` lists a case
    withheld before the consent was given."""

    __tablename__ = "third_party_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    party: Mapped[str] = mapped_column(Text)
    finding_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    reviewer: Mapped[str] = mapped_column(Text)
    given_at: Mapped[str] = mapped_column(String(32))


class Publication(Audited, Base):
    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    attribute: Mapped[str] = mapped_column(String(16))
    carrier: Mapped[str] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(Text)
    out_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    rereviewed: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[str] = mapped_column(String(32))


class User(Audited, Base):
    """A person who may act in the register, with roles (``pipeline.workflow.roles``). Never
    deleted: a user who leaves is disabled, so the name keeps meaning one person."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True, index=True)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    unit: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The login name whose OS account stands for this user on a private SQLite register.
    os_user: Mapped[str | None] = mapped_column(String(128), unique=True, nullable=True)
    active: Mapped[int] = mapped_column(Integer, default=1)
    # A salted argon2id hash of the user's token or password; never in the audit log.
    secret_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[str] = mapped_column(String(32))


class RuleSetting(Audited, Base):
    """A separation-of-duty rule an office relaxed (or enforced again), with its reason."""

    __tablename__ = "separation_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(32), unique=True)
    relaxed: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[str] = mapped_column(String(32))


class Relaxation(Audited, Base):
    """A step that was allowed only because a rule was relaxed: said in the record and the
    ledger."""

    __tablename__ = "relaxations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(8))
    rule: Mapped[str] = mapped_column(String(32))
    reviewer: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))


class ManualRedaction(Audited, Base):
    """A reviewer's redaction the tool did not propose (``op`` ``add``: every occurrence of
    ``text``, or the area ``box`` of PDF page ``page``), or its withdrawal (``op`` ``remove``,
    naming the ``redaction_id`` it takes back). Rows are never changed: what applies is each
    added redaction of the current revision that no later row removed."""

    __tablename__ = "manual_redactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    redaction_id: Mapped[str] = mapped_column(String(16))
    op: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # The text to redact (INTERNAL, like a finding's text).
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    box: Mapped[list[float] | None] = mapped_column(JSON, nullable=True)
    category: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reviewer: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))


AUDITED_TABLES: tuple[type[Base], ...] = (
    Signoff,
    Decision,
    Confirmation,
    Declassification,
    Consent,
    Publication,
    User,
    RuleSetting,
    Relaxation,
    ThirdPartyConsent,
    ManualRedaction,
)
MUTABLE_TABLES = frozenset({"users", "separation_rules"})
# Columns of audited rows that stay out of the audit log.
UNAUDITED_COLUMNS = frozenset({"audit_id", "secret_hash"})
# Columns added to an audited table after rows of it were written (by a later migration): part
# of a row's audited content only when set, so a row logged before they existed still matches
# its event, and a backup made before them can still be verified.
LATE_COLUMNS = frozenset({"decision_number", "decision_date"})


class AuditEvent(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


def format_case_id(number: int) -> str:
    return f"C{number:05d}"


def parse_case_id(text: str) -> int | None:
    body = text.strip()
    if body[:1] in {"C", "c"}:
        body = body[1:]
    return int(body) if body.isdigit() else None
