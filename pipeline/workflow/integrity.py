"""The audit chain of one case, checked before anything acts on it: a gate that read a forged
row (a sign-off whose signer was changed with raw SQL) would carry the forgery into the
published record, the form and the ledger.

``case_problems`` checks what ``audit.verify`` checks for the whole register, for one case:
each of its audit events against its own hash and its neighbours' links (and the chain's head
when it is the last), each row of the event tables that belongs to the case against the event
that recorded it, rows whose event says they exist, and the findings of each revision against
the digest logged when it was reviewed. It reads the case's events and rows only, so a gate
stays fast on a large register. ``ensure_intact`` refuses with the problems as reasons.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.audit import (
    GENESIS,
    Problem,
    canonical,
    event_hash,
    finding_content,
    findings_digest,
    row_content,
)
from pipeline.workflow.refusal import Refused
from pipeline.workflow.tables import AUDITED_TABLES, AuditEvent, AuditHead, Case, Finding


def _payload(item: AuditEvent) -> dict[str, Any]:
    try:
        value = json.loads(item.payload)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _chain(session: Session, events: list[AuditEvent]) -> list[Problem]:
    problems: list[Problem] = []
    head = session.get(AuditHead, 1)
    for item in events:
        if event_hash(item) != item.hash:
            problems.append(Problem("audit_row_edited", {"row": item.id}))
            continue
        before = session.get(AuditEvent, item.id - 1) if item.id > 1 else None
        if item.id > 1 and before is None:
            problems.append(Problem("audit_row_deleted", {"first": item.id - 1, "last": item.id - 1}))
        elif item.prev_hash != (before.hash if before is not None else GENESIS):
            problems.append(Problem("audit_row_edited", {"row": item.id}))
        after = session.get(AuditEvent, item.id + 1)
        if after is not None:
            if after.prev_hash != item.hash:
                problems.append(Problem("audit_row_edited", {"row": item.id}))
        elif head is None:
            problems.append(Problem("audit_head_missing", {}))
        elif head.last_id > item.id:
            problems.append(
                Problem("audit_row_deleted", {"first": item.id + 1, "last": head.last_id})
            )
        elif head.last_id != item.id or head.last_hash != item.hash:
            problems.append(Problem("audit_head_mismatch", {"row": item.id}))
    return problems


def _rows(session: Session, case: Case, events: list[AuditEvent]) -> list[Problem]:
    problems: list[Problem] = []
    by_id = {item.id: item for item in events}
    payloads = {item.id: _payload(item) for item in events}
    for table in AUDITED_TABLES:
        if "case_id" not in table.__table__.columns:  # type: ignore[attr-defined]
            continue
        name = table.__tablename__
        present: set[int] = set()
        query = select(table).where(table.case_id == case.id).order_by(table.id)  # type: ignore[attr-defined]
        for row in session.scalars(query):
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
        for event_id, payload in payloads.items():
            if payload.get("table") == name and payload.get("row_id") not in present:
                problems.append(
                    Problem(
                        "register_row_deleted",
                        {"table": name, "row": payload.get("row_id"), "event": event_id},
                    )
                )
    digests = {
        payload["revision"]: payload["findings_digest"]
        for payload in payloads.values()
        if "findings_digest" in payload and "revision" in payload
    }
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in session.scalars(select(Finding).where(Finding.case_id == case.id)):
        grouped.setdefault(row.revision, []).append(finding_content(row))
    for revision in sorted(set(digests) | set(grouped)):
        if digests.get(revision) != findings_digest(grouped.get(revision, [])):
            problems.append(
                Problem("register_findings_changed", {"case": case.case_id, "revision": revision})
            )
    return problems


def case_problems(session: Session, case: Case) -> list[Problem]:
    """What in the register does not match the audit chain, for ``case``."""
    events = list(
        session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        )
    )
    if not events:
        return [Problem("register_case_unaudited", {"case": case.case_id})]
    problems = _chain(session, events) + _rows(session, case, events)
    unique: list[Problem] = []
    for problem in problems:
        if problem not in unique:
            unique.append(problem)
    return unique


def ensure_intact(session: Session, case: Case) -> None:
    """Refuse (exit 1) to act on a case whose rows do not match the audit chain."""
    problems = case_problems(session, case)
    if problems:
        raise Refused(
            "register_tampered",
            items=[(p.key, p.params) for p in problems],
            case=case.case_id,
        )
