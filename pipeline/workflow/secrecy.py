"""The secrecy office (保密工作部门): its queue of routed findings with their deadlines in
working days, and its answers (confirmed a state secret, or not)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import load_state
from pipeline.workflow.tables import Case, Confirmation


@dataclass(slots=True)
class QueueItem:
    case_id: str
    finding_id: str
    entity_type: str
    category: str
    document: str
    filed: str
    due: str
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "finding_id": self.finding_id,
            "entity_type": self.entity_type,
            "category": self.category,
            "document": self.document,
            "filed": self.filed,
            "due": self.due,
            "overdue": self.overdue,
        }


def secrecy_queue(
    session: Session, *, days: int, today: datetime.date, overdue_only: bool = False
) -> list[QueueItem]:
    """Routed findings still waiting for the secrecy office (copies made by propagation are
    answered with the finding they were copied from, so only that one is listed)."""
    from pipeline.workflow.deadlines import add_working_days, is_overdue

    items: list[QueueItem] = []
    for case in session.scalars(select(Case).where(Case.status != "published").order_by(Case.id)):
        state = load_state(session, case)
        filed = datetime.date.fromisoformat(case.filed_on)
        due = add_working_days(filed, days)
        for s in state.findings:
            if not s.pending or s.row.primary_id != s.row.finding_id:
                continue
            asked, by = filed, due
            if s.referred and s.decision is not None:
                # Referred by a reviewer: the office's days count from the referral.
                asked = max(filed, datetime.date.fromisoformat(s.decision.decided_at[:10]))
                by = add_working_days(asked, days)
            late = is_overdue(by, today)
            if overdue_only and not late:
                continue
            items.append(
                QueueItem(
                    case.case_id,
                    s.row.finding_id,
                    s.row.entity_type,
                    s.row.category,
                    case.name,
                    asked.isoformat(),
                    by.isoformat(),
                    late,
                )
            )
    return items


def secrecy_answer(
    session: Session,
    case: Case,
    finding_ids: list[str],
    *,
    by: str,
    opinion: str,
    reject: bool,
    at: datetime.datetime,
) -> list[Confirmation]:
    opinion = require_text(opinion, "opinion")
    if not finding_ids:
        raise Refused("no_findings_given")
    ensure_intact(session, case)
    state = load_state(session, case)
    targets = [state.finding(f) for f in finding_ids]
    ensure_open(case)
    for target in targets:
        if not target.routed:
            raise Refused("not_routed", finding=target.row.finding_id)
        if not target.pending:
            raise Refused("already_answered", finding=target.row.finding_id, status=target.status)
    rows = []
    for target in targets:
        row = Confirmation(
            case_id=case.id,
            revision=case.revision,
            finding_id=target.row.finding_id,
            result="rejected" if reject else "confirmed",
            reviewer=by,
            opinion=opinion,
            answered_at=stamp(at),
        )
        add_audited(
            session,
            row,
            actor=by,
            action="secrecy_rejected" if reject else "secrecy_confirmed",
            case_id=case.id,
            at=at,
        )
        rows.append(row)
    return rows
