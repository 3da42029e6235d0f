"""A joint issuer's consent (联合发文机关的同意意见): a document issued by several bodies is
published only when each of them has agreed."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import load_state
from pipeline.workflow.tables import Case, Consent


def consent(
    session: Session, case: Case, *, issuer: str, by: str, at: datetime.datetime
) -> Consent:
    issuer = require_text(issuer, "issuer")
    ensure_intact(session, case)
    state = load_state(session, case)
    if case.status == "published":
        raise Refused("case_published", case=case.case_id)
    if issuer not in case.issuers:
        raise Refused("not_an_issuer", issuer=issuer, issuers="、".join(case.issuers) or "-")
    if issuer in state.consents:
        done = state.consents[issuer]
        raise Refused("already_consented", issuer=issuer, by=done.reviewer, date=done.given_at[:10])
    row = Consent(
        case_id=case.id, revision=case.revision, issuer=issuer, reviewer=by, given_at=stamp(at)
    )
    add_audited(session, row, actor=by, action="consented", case_id=case.id, at=at)
    return row
