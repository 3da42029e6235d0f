"""Who may read a case (its document, the findings' original text, its audit trail), and
which steps a user may take on a case now: what the web desk shows each person.

Reading: a reviewer or an approver reads every case of the office (they review them); the
secrecy office reads the cases that have findings routed to it; a drafter reads the cases
they submitted; an admin reads none (managing people needs no document). The steps offered
follow the roles table (``pipeline.workflow.roles.PERMISSIONS``) and the case's state; the
step itself still checks every rule when it is taken.
"""

from __future__ import annotations

import datetime

from pipeline.workflow.gates import publish_missing
from pipeline.workflow.refusal import Refused
from pipeline.workflow.roles import PERMISSIONS, ROLES
from pipeline.workflow.state import STAGES, CaseState, marking_state
from pipeline.workflow.tables import User

READERS = frozenset({"reviewer", "approver"})


def own_case(user: User, state: CaseState) -> bool:
    drafter = state.case.drafter
    return bool(drafter) and drafter in {user.name, user.os_user}


def routed_to_secrecy(state: CaseState) -> bool:
    return any(s.routed for s in state.findings)


def may_read(user: User, state: CaseState, today: datetime.date) -> bool:
    roles = set(user.roles or ())
    if roles & READERS:
        return True
    if "secrecy" in roles and (routed_to_secrecy(state) or needs_declassification(state, today)):
        return True
    return "drafter" in roles and own_case(user, state)


def require_reader(user: User, state: CaseState, today: datetime.date) -> None:
    if not may_read(user, state, today):
        raise Refused(
            "read_refused",
            user=user.name,
            case=state.case.case_id,
            roles="、".join(user.roles or ()) or "-",
        )


def _allowed(user: User, step: str, state: CaseState) -> bool:
    """The roles table allows ``step``; a drafter acts on their own cases only."""
    roles = set(user.roles or ()) & PERMISSIONS[step]
    if not roles:
        return False
    return bool(roles - {"drafter"}) or own_case(user, state)


def open_steps(user: User, state: CaseState, today: datetime.date) -> list[str]:
    """The steps ``user`` may take on the case now, in the workflow's order: ``sign:<stage>``
    (the next level only), ``decide``, ``redact``, ``secrecy``, ``declassify``, ``consent``,
    ``publish`` (once nothing is missing) and ``third_party_consent`` (also once published)."""
    from pipeline.workflow.third_party import consentable

    case = state.case
    # A third party may consent after publication too (``baomi recheck`` then lists the case).
    third_party = bool(consentable(state)) and _allowed(user, "third_party_consent", state)
    if case.status == "published":
        return ["third_party_consent"] if third_party else []
    steps: list[str] = []
    is_open = case.status == "open"
    if is_open:
        stage = next((s for s in STAGES if s not in state.signoffs), None)
        if stage is not None and _allowed(user, f"sign:{stage}", state):
            steps.append(f"sign:{stage}")
        if state.findings and _allowed(user, "decide", state):
            steps.append("decide")
        if _allowed(user, "redact", state):
            steps.append("redact")
        if any(s.pending for s in state.findings) and _allowed(user, "secrecy", state):
            steps.append("secrecy")
    if needs_declassification(state, today) and _allowed(user, "declassify", state):
        steps.append("declassify")
    unconsented = any(i not in state.consents for i in case.issuers)
    if len(case.issuers) > 1 and unconsented and _allowed(user, "consent", state):
        steps.append("consent")
    if case.status == "approved" and _allowed(user, "publish", state):
        steps.append("publish")
    if third_party:
        steps.append("third_party_consent")
    return steps


def needs_declassification(state: CaseState, today: datetime.date) -> bool:
    marking = marking_state(state.case.classification, today)
    return marking in {"expired", "unknown"} and state.declassification is None


def waiting_for(user: User, state: CaseState, today: datetime.date) -> list[str]:
    """What the case waits for from ``user`` (their 待办): the steps of ``open_steps`` that
    are due now. Deciding counts only while findings are undecided; publishing only when
    nothing is missing; redacting by hand and a third party's consent are never waited for."""
    due: list[str] = []
    for step in open_steps(user, state, today):
        if step in {"redact", "third_party_consent"}:
            continue
        if step == "decide" and not any(s.undecided for s in state.findings):
            continue
        if step == "publish" and publish_missing(state, today):
            continue
        due.append(step)
    return due


def role_order(user: User) -> list[str]:
    return [r for r in ROLES if r in (user.roles or ())]


REPORT_READERS = frozenset({"reviewer", "approver", "secrecy"})


def may_read_reports(user: User) -> bool:
    return bool(set(user.roles or ()) & REPORT_READERS)


def require_reports_reader(user: User) -> None:
    if not may_read_reports(user):
        raise Refused(
            "role_refused",
            user=user.name,
            roles="、".join(user.roles or ()) or "-",
            step="reports",
            allowed="、".join(r for r in ROLES if r in REPORT_READERS),
        )
