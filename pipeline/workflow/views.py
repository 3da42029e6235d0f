"""What reviewers see of a case: the summary of ``baomi case list`` (with the next step) and
the detail of ``baomi case show`` (which holds the findings' original text: internal)."""

from __future__ import annotations

import datetime
from typing import Any

from pipeline.workflow.gates import publish_missing
from pipeline.workflow.manual import describe
from pipeline.workflow.state import STAGES, CaseState
from pipeline.workflow.tables import FINDING_FIELDS, Case, format_case_id


def case_summary(state: CaseState, today: datetime.date) -> dict[str, Any]:
    case = state.case
    counts = {"redact": 0, "review": 0, "keep": 0}
    for s in state.findings:
        counts[s.action] = counts.get(s.action, 0) + 1
    missing = publish_missing(state, today)
    return {
        "case_id": case.case_id,
        "name": case.name,
        "title": case.title,
        "doc_number": case.doc_number,
        "index_number": case.index_number,
        "issuers": case.issuers,
        "issued_on": case.issued_on,
        "status": case.status,
        "revision": case.revision,
        "disclosure_attribute": state.attribute,
        "classification": case.classification,
        "findings": counts,
        "pending_secrecy": sum(1 for s in state.findings if s.pending),
        "signed": [stage for stage in STAGES if stage in state.signoffs],
        "next_step": _next_step(state, missing),
        "error": case.error,
        "updated_at": case.updated_at,
        "drafter": case.drafter,
    }


def _next_step(state: CaseState, missing: list[tuple[str, dict[str, Any]]]) -> str | None:
    if state.case.status == "published":
        return None
    for stage in STAGES:
        if stage not in state.signoffs:
            return stage
    return "publish" if not missing else None


def case_detail(state: CaseState, today: datetime.date) -> dict[str, Any]:
    """Everything about one case, for reviewers: it includes the original text of findings."""
    detail = case_summary(state, today)
    detail.update(
        {
            "path": state.case.path,
            # Every name and path the content was reviewed under (same bytes, one case).
            "seen_as": seen_as(state.case),
            "record": state.case.record_path,
            "redacted": state.case.redacted_path,
            "filed_on": state.case.filed_on,
            "findings": [
                {
                    **{
                        k: getattr(s.row, k)
                        for k in FINDING_FIELDS
                        if k not in {"start_offset", "end_offset"}
                    },
                    "id": s.row.finding_id,
                    "proposed_action": s.row.action,
                    "action": s.action,
                    "status": s.status,
                    "decision": (
                        {
                            "action": s.decision.action,
                            "by": s.decision.reviewer,
                            "reason": s.decision.reason,
                            "at": s.decision.decided_at,
                        }
                        if s.decision
                        else None
                    ),
                    "secrecy_office": (
                        {
                            "result": s.confirmation.result,
                            "by": s.confirmation.reviewer,
                            "opinion": s.confirmation.opinion,
                            "at": s.confirmation.answered_at,
                        }
                        if s.confirmation
                        else None
                    ),
                }
                for s in state.findings
            ],
            "signoffs": [
                {
                    "stage": s.stage,
                    "by": s.reviewer,
                    "opinion": s.opinion,
                    "attribute": s.attribute,
                    "at": s.signed_at,
                }
                for stage in STAGES
                if (s := state.signoffs.get(stage)) is not None
            ],
            "consents": [
                {"issuer": c.issuer, "by": c.reviewer, "at": c.given_at}
                for c in state.consents.values()
            ],
            "declassification": (
                {
                    "by": state.declassification.reviewer,
                    "basis": state.declassification.basis,
                    "at": state.declassification.decided_at,
                }
                if state.declassification
                else None
            ),
            "publications": [
                {"path": p.out_path, "by": p.entered_by, "at": p.published_at}
                for p in state.publications
            ],
            "relaxations": [
                {"stage": r.stage, "rule": r.rule, "by": r.reviewer, "reason": r.reason, "at": r.at}
                for r in state.relaxations
            ],
            # The reviewers' manual redactions in force (with the text: the view is internal).
            "manual_redactions": [
                {**describe(r, with_text=True), "at": r.at} for r in state.manual
            ],
            "missing": [{"key": k, **p} for k, p in publish_missing(state, today)],
        }
    )
    for item in detail["findings"]:
        item.pop("finding_id", None)
    return detail


def seen_as(case: Case) -> list[dict[str, Any]]:
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    from pipeline.workflow.tables import CaseName

    session = object_session(case)
    if session is None:
        return [{"name": case.name, "path": case.path}]
    rows = session.scalars(
        select(CaseName).where(CaseName.case_id == case.id).order_by(CaseName.id)
    )
    found = [
        {"name": r.name, "path": r.path, "first_seen": r.first_seen, "last_seen": r.last_seen}
        for r in rows
    ]
    return found or [{"name": case.name, "path": case.path}]


def case_id_of(case: Case) -> str:
    return format_case_id(case.id)
