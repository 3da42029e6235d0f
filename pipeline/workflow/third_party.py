"""A third party's consent to disclosure (第三方同意公开, 条例第十五条、第三十二条): a trade
secret or personal data withheld for a third party's sake may be published once that party
agrees. The consent is recorded on the findings it covers (by default every redacted trade
secret and personal datum of the case), also after publication: that is when ``baomi
recheck`` lists the case for a new review."""

from __future__ import annotations

import datetime

from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.refusal import Refused
from pipeline.workflow.state import CaseState, load_state
from pipeline.workflow.tables import Case, ThirdPartyConsent

THIRD_PARTY_CATEGORIES = ("trade_secret", "personal_privacy")


def consentable(state: CaseState) -> list[str]:
    """The findings a third party's consent may free: its redacted trade secrets and
    personal data. Not one the secrecy office has (waiting for its answer, or confirmed as
    a state secret): no third party's consent frees a state secret."""
    return [
        s.row.finding_id
        for s in state.findings
        if s.action == "redact"
        and s.row.category in THIRD_PARTY_CATEGORIES
        and not (s.routed and s.status != "rejected")
    ]


def third_party_consent(
    session: Session,
    case: Case,
    *,
    party: str,
    findings: list[str] | None,
    by: str,
    at: datetime.datetime,
) -> ThirdPartyConsent:
    state = load_state(session, case)
    eligible = consentable(state)
    if findings:
        for finding_id in findings:
            if finding_id not in eligible:
                raise Refused("third_party_unknown_finding", case=case.case_id, finding=finding_id)
        chosen = list(dict.fromkeys(findings))
    else:
        chosen = eligible
    if not chosen:
        raise Refused("third_party_no_findings", case=case.case_id)
    row = ThirdPartyConsent(
        case_id=case.id,
        revision=case.revision,
        party=party,
        finding_ids=chosen,
        reviewer=by,
        given_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="third_party_consented", case_id=case.id, at=at)
    return row
