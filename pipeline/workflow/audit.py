"""The register's audit log, append-only and chained by hash, and its verification.

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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from pipeline.workflow.register import RegisterError
from pipeline.workflow.tables import (
    AUDITED_TABLES,
    FINDING_FIELDS,
    LATE_COLUMNS,
    MUTABLE_TABLES,
    UNAUDITED_COLUMNS,
    AuditEvent,
    AuditHead,
    Base,
    Finding,
    format_case_id,
)

GENESIS = "0" * 64


def now() -> datetime.datetime:
    return datetime.datetime.now().astimezone().replace(microsecond=0)


def stamp(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_content(row: Base, present: set[str] | None = None) -> dict[str, Any]:
    """A row's columns (without its audit link and secrets), as stored; a column added later
    (``LATE_COLUMNS``) only when set, and only the ``present`` columns of an older register."""
    content = {}
    for column in row.__table__.columns:  # type: ignore[attr-defined]
        name = column.name
        if name in UNAUDITED_COLUMNS or (present is not None and name not in present):
            continue
        value = getattr(row, column.key)
        if name in LATE_COLUMNS and value is None:
            continue
        content[name] = value
    return content


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


def lock_writers(session: Session) -> AuditHead:
    """Take the register's write lock: the head of the audit chain, locked for the rest of
    the transaction. Every writing step takes it first, so two steps on one case (or two
    reviews of one document) run one after the other and the second sees what the first
    wrote (on SQLite the transaction already holds the database lock)."""
    head = session.get(AuditHead, 1, with_for_update=True)
    if head is None:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
        if last is not None:
            raise RegisterError("register_head_missing")
        head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    return head


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
    head = lock_writers(session)
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
    case_id: int | None,
    at: datetime.datetime,
    extra: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an event-table row and the audit event that records it (its full content). A row
    of a mutable table (a user, a rule) is recorded again, whole, each time it changes."""
    if getattr(row, "audit_id", None) is None:
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
    # An older register (a backup about to be restored) may not have every table yet.
    inspector = inspect(session.connection())
    existing = set(inspector.get_table_names())
    for table in AUDITED_TABLES:
        name = table.__tablename__
        if name not in existing:
            continue
        present: set[int] = set()
        columns = {c["name"] for c in inspector.get_columns(name)}
        query = select(table).order_by(table.id)  # type: ignore[attr-defined]
        if set(table.__table__.columns.keys()) - columns:  # type: ignore[attr-defined]
            # An older register, without the columns a later migration adds: those are read
            # as absent (``LATE_COLUMNS``).
            from sqlalchemy.orm import load_only

            query = query.options(
                load_only(*[getattr(table, c) for c in columns if hasattr(table, c)])
            )
        else:
            columns = None  # type: ignore[assignment]
        for row in session.scalars(query):
            present.add(row.id)
            item = by_id.get(row.audit_id)
            payload = payloads.get(row.audit_id, {})
            # A changed row points at its latest event: pointing at an older one puts back
            # an old state (a disabled user enabled again, say).
            latest = logged.get((name, row.id)) if name in MUTABLE_TABLES else row.audit_id
            if (
                item is None
                or latest != row.audit_id
                or payload.get("table") != name
                or payload.get("row_id") != row.id
                or canonical(payload.get("row")) != canonical(row_content(row, columns))
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
