"""Declassification (解密): a document whose classification period has run out (or cannot be
counted) is declassified before any disclosure; one in force cannot be. The published copy
then carries a 已解密 note in place of the marking (``note_text``, from the unit's
``[workflow] declassified_note``)."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import load_state, marking_state, today_of
from pipeline.workflow.tables import Case, Declassification


def declassify(
    session: Session,
    case: Case,
    *,
    by: str,
    basis: str,
    at: datetime.datetime,
    number: str | None = None,
    date: str | None = None,
) -> Declassification:
    """Record the declassification, with the decision's own number and date when given (the
    published copy's 已解密 note carries them; without them, the basis and the day it was
    recorded)."""
    basis = require_text(basis, "basis")
    number = number.strip() if number and number.strip() else None
    if date is not None:
        try:
            date = datetime.date.fromisoformat(date.strip()).isoformat()
        except ValueError:
            raise Refused("bad_date", value=date) from None
    ensure_intact(session, case)
    state = load_state(session, case)
    if case.status == "published":
        raise Refused("case_published", case=case.case_id)
    marking = marking_state(case.classification, today_of(at))
    if marking is None:
        raise Refused("declassify_no_marking")
    if marking == "in_force":
        raise Refused(
            "declassify_in_force",
            level=case.classification.get("level"),
            until=case.classification.get("expires_on") or "长期",
        )
    if state.declassification is not None:
        done = state.declassification
        raise Refused("already_declassified", by=done.reviewer, date=done.decided_at[:10])
    row = Declassification(
        case_id=case.id,
        reviewer=by,
        basis=basis,
        decided_at=stamp(at),
        decision_number=number,
        decision_date=date,
    )
    add_audited(session, row, actor=by, action="declassified", case_id=case.id, at=at)
    return row


def note_text(row: Declassification, template: str) -> str:
    """The 已解密 note for the copy: ``template`` with the decision's number (else its basis)
    and date (else the day it was recorded)."""
    number = row.decision_number or row.basis
    date = row.decision_date or row.decided_at[:10]
    try:
        return template.format(number=number, date=date)
    except (KeyError, IndexError, ValueError):
        return f"已解密（{number}，{date}）"
