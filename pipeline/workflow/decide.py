"""A reviewer's decision on one finding (keep or redact, with the reason): not while the
secrecy office has not answered, and never to keep what the office confirmed a state secret."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import load_state
from pipeline.workflow.tables import Case, Decision


def decide(
    session: Session,
    case: Case,
    finding_id: str,
    *,
    action: str,
    by: str,
    reason: str,
    at: datetime.datetime,
) -> Decision:
    reason = require_text(reason, "reason")
    if action not in {"keep", "redact"}:
        raise Refused("bad_action", action=action)
    ensure_intact(session, case)
    state = load_state(session, case)
    target = state.finding(finding_id)
    ensure_open(case)
    if target.pending:
        raise Refused("decide_pending_secrecy", finding=finding_id)
    if target.routed and target.status == "confirmed" and action == "keep":
        raise Refused("decide_confirmed_secret", finding=finding_id)
    if target.unverifiable and action == "keep" and target.row.location.get("kind") == "object":
        # The copy never carries what could not be reviewed: only leaving it out is possible.
        raise Refused("decide_object_left_out", finding=finding_id)
    row = Decision(
        case_id=case.id,
        revision=case.revision,
        finding_id=finding_id,
        action=action,
        reviewer=by,
        reason=reason,
        decided_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="decided", case_id=case.id, at=at)
    return row
