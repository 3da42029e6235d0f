"""Signing off (三审): 初审, 复审 and 审批 in that order, one each per revision; the approval
waits for the secrecy office and every finding for review, and settles the attribute."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open, pending_items
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.state import STAGE_ALIASES, STAGES, load_state
from pipeline.workflow.tables import Case, Signoff


def normalize_stage(stage: str) -> str:
    return STAGE_ALIASES.get(stage.lower(), stage)


def sign(
    session: Session,
    case: Case,
    *,
    stage: str,
    by: str,
    opinion: str,
    attribute: str | None,
    summary: str | None,
    at: datetime.datetime,
) -> Signoff:
    stage = normalize_stage(stage)
    ensure_intact(session, case)
    state = load_state(session, case)
    ensure_open(case)
    done = state.signoffs.get(stage)
    if done is not None:
        raise Refused("already_signed", stage=stage, by=done.reviewer, date=done.signed_at[:10])
    index = STAGES.index(stage)
    if index and STAGES[index - 1] not in state.signoffs:
        raise Refused("sign_out_of_order", stage=stage, before=STAGES[index - 1])
    if stage == "审批":
        items = pending_items(state)
        final = attribute or state.attribute
        if final == "须报审":
            items.append(("attribute_unsettled", {}))
        if items:
            raise Refused("sign_refused", items=items, stage=stage)
    row = Signoff(
        case_id=case.id,
        revision=case.revision,
        stage=stage,
        reviewer=by,
        opinion=opinion,
        attribute=attribute,
        summary=summary,
        signed_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="signed", case_id=case.id, at=at)
    if stage == "审批":
        case.status = "approved"
        case.updated_at = stamp(at)
    return row
