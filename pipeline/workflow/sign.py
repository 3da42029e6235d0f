"""Signing off (三审): 初审, 复审 and 审批 in that order, one each per revision; the approval
waits for the secrecy office and every finding for review, and settles the attribute.

Separation of duties (``pipeline.workflow.roles``): the three levels are signed by three
different people, and the approver is not the case's drafter, unless the office relaxed the
rule; a sign-off allowed only by a relaxed rule is written with a ``Relaxation`` row (the rule
and the office's reason), which the signed record and the ledger show."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open, note_conflicts, pending_items
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import relaxed_rules, require_text
from pipeline.workflow.state import STAGE_ALIASES, STAGES, CaseState, load_state
from pipeline.workflow.tables import Case, Relaxation, Signoff, User


def normalize_stage(stage: str) -> str:
    value = STAGE_ALIASES.get(stage.strip().lower(), stage.strip())
    if value not in STAGES:
        raise Refused("bad_stage", stage=stage, stages="、".join(STAGES))
    return value


def separation_breaks(state: CaseState, stage: str, user: User) -> list[tuple[str, dict]]:
    """The separation rules signing ``stage`` as ``user`` would break: (rule, message
    parameters)."""
    breaks: list[tuple[str, dict]] = []
    for other in STAGES:
        done = state.signoffs.get(other)
        if other != stage and done is not None and done.reviewer == user.name:
            breaks.append(("distinct_signers", {"user": user.name, "stage": stage, "other": other}))
            break
    drafter = state.case.drafter
    if stage == "审批" and drafter and drafter in {user.name, user.os_user}:
        breaks.append(("approver_not_drafter", {"user": user.name, "case": state.case.case_id}))
    return breaks


RULE_MESSAGES = {"distinct_signers": "same_signer", "approver_not_drafter": "approver_is_drafter"}


def sign(
    session: Session,
    case: Case,
    *,
    stage: str,
    user: User,
    opinion: str,
    attribute: str | None,
    summary: str | None,
    at: datetime.datetime,
) -> Signoff:
    stage = normalize_stage(stage)
    opinion = require_text(opinion, "opinion")
    ensure_intact(session, case)
    state = load_state(session, case)
    ensure_open(case)
    done = state.signoffs.get(stage)
    if done is not None:
        raise Refused("already_signed", stage=stage, by=done.reviewer, date=done.signed_at[:10])
    index = STAGES.index(stage)
    if index and STAGES[index - 1] not in state.signoffs:
        raise Refused("sign_out_of_order", stage=stage, before=STAGES[index - 1])
    relaxed = relaxed_rules(session)
    breaks = separation_breaks(state, stage, user)
    kept = [(rule, params) for rule, params in breaks if rule not in relaxed]
    if kept:
        rule, params = kept[0]
        raise Refused(RULE_MESSAGES[rule], **params)
    if stage == "审批":
        items = pending_items(state)
        final = attribute or state.attribute
        if final == "须报审":
            items.append(("attribute_unsettled", {}))
        # Resolved at sign-off: the approver sets the attribute the note states, or the note
        # is redacted by a decision (then it is left out of the copy).
        items.extend(note_conflicts(state, final))
        if items:
            raise Refused("sign_refused", items=items, stage=stage)
    row = Signoff(
        case_id=case.id,
        revision=case.revision,
        stage=stage,
        reviewer=user.name,
        opinion=opinion,
        attribute=attribute,
        summary=summary.strip() if summary and summary.strip() else None,
        signed_at=stamp(at),
    )
    add_audited(session, row, actor=user.name, action="signed", case_id=case.id, at=at)
    for rule, _params in breaks:
        waiver = Relaxation(
            case_id=case.id,
            revision=case.revision,
            stage=stage,
            rule=rule,
            reviewer=user.name,
            reason=relaxed[rule],
            at=stamp(at),
        )
        add_audited(
            session, waiver, actor=user.name, action="rule_relaxed_for", case_id=case.id, at=at
        )
    if stage == "审批":
        case.status = "approved"
        case.updated_at = stamp(at)
    return row
