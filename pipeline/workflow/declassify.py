"""Declassification (解密): a document whose classification period has run out (or cannot be
counted) is declassified before any disclosure; one in force cannot be."""

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
    session: Session, case: Case, *, by: str, basis: str, at: datetime.datetime
) -> Declassification:
    basis = require_text(basis, "basis")
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
    row = Declassification(case_id=case.id, reviewer=by, basis=basis, decided_at=stamp(at))
    add_audited(session, row, actor=by, action="declassified", case_id=case.id, at=at)
    return row
