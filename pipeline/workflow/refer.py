"""Sending a finding to the secrecy office (报保密工作部门确认): a reviewer who cannot tell
whether an item is a state secret refers it, with the reason. Until the office answers, the
item is withheld and blocks the approval like a finding the review routed there; the office's
answer (``secrecy confirm``, with ``--reject``) settles it the same way. Recorded as a
decision whose action is ``refer`` (``pipeline.workflow.state.REFER``)."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import REFER, load_state
from pipeline.workflow.tables import Case, Decision


def refer(
    session: Session,
    case: Case,
    finding_id: str,
    *,
    by: str,
    reason: str,
    at: datetime.datetime,
) -> Decision:
    reason = require_text(reason, "reason")
    state = load_state(session, case)
    target = state.finding(finding_id)
    ensure_open(case)
    if target.pending:
        raise Refused("decide_pending_secrecy", finding=finding_id)
    if target.routed:
        raise Refused("already_answered", finding=finding_id, status=target.status)
    row = Decision(
        case_id=case.id,
        revision=case.revision,
        finding_id=finding_id,
        action=REFER,
        reviewer=by,
        reason=reason,
        decided_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="referred", case_id=case.id, at=at)
    return row
