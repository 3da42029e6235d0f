"""The register: cases (one per reviewed document version, keyed by the content hash), their
findings (with the original text: INTERNAL), the reviewers' decisions, the three sign-offs,
the secrecy office's answers, declassifications, issuers' consents, publications, and an
append-only audit log chained by hash.

It is opened through SQLAlchemy, so an office can point it at PostgreSQL with a URL; the
default is a SQLite file in the user's data directory, created readable by the owner only.

Tamper evidence: every audit event carries the hash of the one before it, and the head of the
chain (last id and hash) is kept apart, so an edited event breaks its own hash, a deleted one
leaves a gap or a dangling head. Each row of the event tables (sign-offs, decisions, …) is
copied into the payload of the audit event that created it, and the findings of each revision
are summed up in a digest there, so editing or deleting those rows is detected too.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from pipeline.errors import BaomiError

GENESIS = "0" * 64
DEFAULT_FILE = "register.sqlite3"
ENV = "BAOMI_REGISTER"


class RegisterError(BaomiError):
    """The register cannot be opened or used: exit 2."""


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

    @property
    def case_id(self) -> str:
        return format_case_id(self.id)


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
    """Rows of the event tables: each is written together with its audit event."""

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


class Consent(Audited, Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    issuer: Mapped[str] = mapped_column(Text)
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


AUDITED_TABLES: tuple[type[Base], ...] = (
    Signoff,
    Decision,
    Confirmation,
    Declassification,
    Consent,
    Publication,
)


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


# --------------------------------------------------------------------------- helpers


def format_case_id(number: int) -> str:
    return f"C{number:05d}"


def parse_case_id(text: str) -> int | None:
    body = text.strip()
    if body[:1] in {"C", "c"}:
        body = body[1:]
    return int(body) if body.isdigit() else None


def now() -> datetime.datetime:
    return datetime.datetime.now().astimezone().replace(microsecond=0)


def stamp(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_content(row: Base) -> dict[str, Any]:
    """A row's columns (without its audit link), as stored."""
    return {
        column.name: getattr(row, column.key)
        for column in row.__table__.columns
        if column.name != "audit_id"
    }


def finding_content(row: Finding) -> dict[str, Any]:
    return {name: getattr(row, name) for name in FINDING_FIELDS}


def findings_digest(findings: list[dict[str, Any]]) -> str:
    ordered = sorted(findings, key=lambda f: (f["start_offset"], f["end_offset"], f["finding_id"]))
    return hashlib.sha256(canonical(ordered).encode("utf-8")).hexdigest()


def event_hash(item: AuditEvent) -> str:
    body = canonical(
        {
            "id": item.id,
            "at": item.at,
            "actor": item.actor,
            "action": item.action,
            "case_id": item.case_id,
            "payload": item.payload,
        }
    )
    return hashlib.sha256(f"{item.prev_hash}\n{body}".encode()).hexdigest()


def append_event(
    session: Session,
    *,
    actor: str,
    action: str,
    case_id: int | None,
    payload: dict[str, Any],
    at: datetime.datetime,
) -> AuditEvent:
    """Append one event to the chain (inside the caller's transaction)."""
    head = session.get(AuditHead, 1, with_for_update=True)
    if head is None:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
        if last is not None:
            raise RegisterError("register_head_missing")
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
    item = AuditEvent(
        id=head.last_id + 1,
        at=stamp(at),
        actor=actor,
        action=action,
        case_id=case_id,
        payload=canonical(payload),
        prev_hash=head.last_hash,
    )
    item.hash = event_hash(item)
    head.last_id, head.last_hash = item.id, item.hash
    session.add(item)
    session.flush()
    return item


def add_audited(
    session: Session,
    row: Base,
    *,
    actor: str,
    action: str,
    case_id: int,
    at: datetime.datetime,
    extra: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an event-table row and the audit event that records it (its full content)."""
    row.audit_id = 0  # type: ignore[attr-defined]
    session.add(row)
    session.flush()
    payload = {"table": row.__tablename__, "row_id": row.id, "row": row_content(row)}  # type: ignore[attr-defined]
    if extra:
        payload.update(extra)
    item = append_event(
        session, actor=actor, action=action, case_id=case_id, payload=payload, at=at
    )
    row.audit_id = item.id  # type: ignore[attr-defined]
    session.flush()
    return item


# --------------------------------------------------------------------------- opening


def default_location() -> Path:
    import platformdirs

    return platformdirs.user_data_path("baomi", appauthor=False) / DEFAULT_FILE


def resolve_url(option: str | None, configured: str | None) -> str:
    """``--register`` beats ``BAOMI_REGISTER`` beats ``[workflow] register`` beats the
    default file; a value without ``://`` is a path to a SQLite file."""
    value = option or os.environ.get(ENV) or configured
    if not value:
        value = str(default_location())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _prepare_sqlite_file(path: Path) -> None:
    """Create the file (and its folder) before SQLite does, readable by the owner only."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if path.stat().st_uid == os.getuid():
        os.chmod(path, 0o600)


@dataclass(slots=True)
class Register:
    url: str
    engine: Engine
    factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        session = self.factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def open_register(url: str) -> Register:
    """Open (creating if need be) the register at ``url``. Raises ``RegisterError``."""
    try:
        parsed = make_url(url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        database = parsed.database
        if is_sqlite and database and database != ":memory:":
            _prepare_sqlite_file(Path(database))
        kwargs: dict[str, Any] = {}
        if is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        engine = create_engine(parsed, **kwargs)
        if is_sqlite:
            _sqlite_serializable(engine)
        Base.metadata.create_all(engine)
    except (SQLAlchemyError, OSError, ValueError, ImportError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0][:200]
        raise RegisterError("register_unavailable", url=safe_url(url), reason=reason) from None
    return Register(url, engine, sessionmaker(engine, expire_on_commit=False))


def _sqlite_serializable(engine: Engine) -> None:
    """Writers take the database lock when their transaction begins, so two processes
    appending to the audit chain at once queue instead of forking it."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# --------------------------------------------------------------------------- verifying


@dataclass(slots=True)
class Problem:
    key: str
    params: dict[str, Any]


def verify(session: Session) -> tuple[int, list[Problem]]:
    """Check the audit chain and every row it vouches for. Returns (events, problems)."""
    problems: list[Problem] = []
    events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    expected, previous = 1, GENESIS
    for item in events:
        if item.id != expected:
            problems.append(Problem("audit_row_deleted", {"first": expected, "last": item.id - 1}))
        elif item.prev_hash != previous:
            problems.append(Problem("audit_row_edited", {"row": item.id}))
        if event_hash(item) != item.hash:
            problems.append(Problem("audit_row_edited", {"row": item.id}))
        previous, expected = item.hash, item.id + 1
    head = session.get(AuditHead, 1)
    last_id = events[-1].id if events else 0
    if head is None:
        if events:
            problems.append(Problem("audit_head_missing", {}))
    elif head.last_id > last_id:
        problems.append(Problem("audit_row_deleted", {"first": last_id + 1, "last": head.last_id}))
    elif head.last_id < last_id or (events and head.last_hash != events[-1].hash):
        problems.append(Problem("audit_head_mismatch", {"row": last_id}))

    by_id = {item.id: item for item in events}
    payloads: dict[int, dict[str, Any]] = {}
    for item in events:
        try:
            payloads[item.id] = json.loads(item.payload)
        except ValueError:
            payloads[item.id] = {}

    # Rows of the event tables against the events that recorded them.
    logged: dict[tuple[str, int], int] = {}
    for event_id, payload in payloads.items():
        if "table" in payload and "row_id" in payload:
            logged[(payload["table"], payload["row_id"])] = event_id
    for table in AUDITED_TABLES:
        name = table.__tablename__
        present: set[int] = set()
        for row in session.scalars(select(table).order_by(table.id)):  # type: ignore[attr-defined]
            present.add(row.id)
            item = by_id.get(row.audit_id)
            payload = payloads.get(row.audit_id, {})
            if (
                item is None
                or payload.get("table") != name
                or payload.get("row_id") != row.id
                or canonical(payload.get("row")) != canonical(row_content(row))
            ):
                problems.append(Problem("register_row_edited", {"table": name, "row": row.id}))
        for (logged_table, row_id), event_id in logged.items():
            if logged_table == name and row_id not in present:
                problems.append(
                    Problem(
                        "register_row_deleted", {"table": name, "row": row_id, "event": event_id}
                    )
                )

    # Findings of each revision against the digest logged when the revision was reviewed.
    digests: dict[tuple[int, int], tuple[str, int]] = {}
    for event_id, payload in payloads.items():
        if "findings_digest" in payload:
            digests[(by_id[event_id].case_id or 0, payload["revision"])] = (
                payload["findings_digest"],
                event_id,
            )
    grouped: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in session.scalars(select(Finding)):
        grouped.setdefault((row.case_id, row.revision), []).append(finding_content(row))
    for key in sorted(set(digests) | set(grouped)):
        case_id, revision = key
        logged_digest = digests.get(key)
        if logged_digest is None or findings_digest(grouped.get(key, [])) != logged_digest[0]:
            problems.append(
                Problem(
                    "register_findings_changed",
                    {"case": format_case_id(case_id), "revision": revision},
                )
            )
    return len(events), problems
