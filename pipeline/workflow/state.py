"""The effective state of a case, read from the register: its findings, sign-offs, consents,
declassification and publications at the current revision.

Effective state of a finding: the review's action and status, then the secrecy office's answer
(``confirmed``; ``rejected`` lifts a state-secret redaction, since the office found no state
secret), then the latest reviewer decision. A copy made by propagation (``F0003-1``) follows
the finding it was copied from unless it is decided on by its own id.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.refusal import NotFound
from pipeline.workflow.tables import (
    Case,
    Confirmation,
    Consent,
    Decision,
    Declassification,
    Finding,
    ManualRedaction,
    Publication,
    Relaxation,
    Signoff,
    parse_case_id,
)

STAGES = ("初审", "复审", "审批")
STAGE_ALIASES = {"first": "初审", "second": "复审", "approval": "审批"}
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开", "须报审")
PUBLISHABLE = ("主动公开", "依申请公开")
STATUSES = ("open", "approved", "published")
# The decision that sends a finding to the secrecy office (``Decision.action``).
REFER = "refer"


def today_of(moment: datetime.datetime) -> datetime.date:
    return moment.date()


def get_case(session: Session, text: str) -> Case:
    number = parse_case_id(text)
    case = session.get(Case, number) if number is not None else None
    if case is None:
        raise NotFound("case_not_found", case=text)
    return case


def current_findings(session: Session, case: Case) -> list[Finding]:
    return list(
        session.scalars(
            select(Finding)
            .where(Finding.case_id == case.id, Finding.revision == case.revision)
            .order_by(Finding.start_offset, Finding.end_offset, Finding.finding_id)
        )
    )


@dataclass(slots=True)
class FindingState:
    row: Finding
    action: str
    status: str
    decision: Decision | None = None
    confirmation: Confirmation | None = None

    @property
    def referred(self) -> bool:
        """A reviewer sent it to the secrecy office (``baomi refer``, the desk's button)."""
        return self.decision is not None and self.decision.action == REFER

    @property
    def routed(self) -> bool:
        return self.row.route == "secrecy_office" or self.referred

    @property
    def pending(self) -> bool:
        return self.routed and self.status == "pending_confirmation"

    @property
    def undecided(self) -> bool:
        return not self.routed and self.action == "review" and self.decision is None

    @property
    def unverifiable(self) -> bool:
        """A part the leak check cannot verify (an image, a scan, a font, an object)."""
        from pipeline.policy import UNVERIFIABLE

        return self.row.entity_type == UNVERIFIABLE


@dataclass(slots=True)
class CaseState:
    case: Case
    findings: list[FindingState]
    signoffs: dict[str, Signoff]
    consents: dict[str, Consent]
    declassification: Declassification | None
    publications: list[Publication] = field(default_factory=list)
    # Sign-offs of this revision allowed only because a separation rule was relaxed.
    relaxations: list[Relaxation] = field(default_factory=list)
    # The reviewers' manual redactions in force (``pipeline.workflow.manual``).
    manual: list[ManualRedaction] = field(default_factory=list)

    @property
    def attribute(self) -> str | None:
        """The attribute as last set by a sign-off, else as the review proposed it."""
        for stage in reversed(STAGES):
            signoff = self.signoffs.get(stage)
            if signoff is not None and signoff.attribute:
                return signoff.attribute
        return self.case.attribute

    def finding(self, finding_id: str) -> FindingState:
        for state in self.findings:
            if state.row.finding_id == finding_id:
                return state
        raise NotFound("finding_not_found", case=self.case.case_id, finding=finding_id)

    @property
    def overridden(self) -> bool:
        """Whether what is redacted differs from what the review redacted (a decision, an
        answer of the secrecy office, a manual redaction)."""
        return bool(self.manual) or any((s.action == "redact") != (s.row.action == "redact") for s in self.findings)


def load_state(session: Session, case: Case) -> CaseState:
    rows = current_findings(session, case)
    revision = (Decision.case_id == case.id) & (Decision.revision == case.revision)
    decisions: dict[str, Decision] = {}
    for d in session.scalars(select(Decision).where(revision).order_by(Decision.id)):
        decisions[d.finding_id] = d
    confirmations: dict[str, Confirmation] = {}
    for c in session.scalars(
        select(Confirmation)
        .where(Confirmation.case_id == case.id, Confirmation.revision == case.revision)
        .order_by(Confirmation.id)
    ):
        confirmations[c.finding_id] = c
    states = []
    for row in rows:
        action, status = row.action, row.status
        confirmation = confirmations.get(row.finding_id) or confirmations.get(row.primary_id)
        if confirmation is not None and row.route == "secrecy_office":
            status = confirmation.result
            if confirmation.result == "rejected" and action == "redact":
                action = "keep"
        decision = decisions.get(row.finding_id) or decisions.get(row.primary_id)
        if decision is not None and decision.action == REFER:
            # Withheld until the office answers; its answer settles it as for a routed one.
            # Only an answer given after the referral counts (the audit chain orders them).
            answer = confirmation if confirmation is not None and row.route is None else None
            if answer is not None and answer.audit_id < decision.audit_id:
                answer = None
            status = answer.result if answer is not None else "pending_confirmation"
            action = "keep" if status == "rejected" and row.action != "redact" else "redact"
            confirmation = answer
        elif decision is not None:
            action = decision.action
        states.append(FindingState(row, action, status, decision, confirmation))
    # A value kept by decision (or freed by the secrecy office) is kept wherever it appears,
    # unless that occurrence is itself decided on or still awaits the secrecy office.
    from pipeline.leakscan import fold

    kept = {
        fold(s.row.text)
        for s in states
        if s.action == "keep" and s.row.action == "redact" and (s.decision or s.confirmation)
    }
    for s in states:
        if (
            s.action == "redact"
            and s.decision is None
            and not s.pending
            and fold(s.row.text) in kept
        ):
            s.action = "keep"
    signoffs = {
        s.stage: s
        for s in session.scalars(
            select(Signoff)
            .where(Signoff.case_id == case.id, Signoff.revision == case.revision)
            .order_by(Signoff.id)
        )
    }
    consents = {
        c.issuer: c
        for c in session.scalars(
            select(Consent)
            .where(Consent.case_id == case.id, Consent.revision == case.revision)
            .order_by(Consent.id)
        )
    }
    declassification = session.scalars(
        select(Declassification)
        .where(Declassification.case_id == case.id)
        .order_by(Declassification.id.desc())
    ).first()
    publications = list(
        session.scalars(
            select(Publication)
            .where(Publication.case_id == case.id, Publication.revision == case.revision)
            .order_by(Publication.id)
        )
    )
    relaxations = list(
        session.scalars(
            select(Relaxation)
            .where(Relaxation.case_id == case.id, Relaxation.revision == case.revision)
            .order_by(Relaxation.id)
        )
    )
    manual = list(
        session.scalars(
            select(ManualRedaction)
            .where(ManualRedaction.case_id == case.id, ManualRedaction.revision == case.revision)
            .order_by(ManualRedaction.id)
        )
    )
    removed = {r.redaction_id for r in manual if r.op == "remove"}
    in_force = [r for r in manual if r.op == "add" and r.redaction_id not in removed]
    return CaseState(
        case, states, signoffs, consents, declassification, publications, relaxations, in_force
    )


def marking_state(classification: dict[str, Any], today: datetime.date) -> str | None:
    """None (no state-secret marking), ``in_force``, ``expired`` or ``unknown`` (a period
    that cannot be counted): the last two need declassification before any disclosure."""
    if not classification.get("level"):
        return None
    expires = classification.get("expires_on")
    if expires:
        return "expired" if datetime.date.fromisoformat(expires) <= today else "in_force"
    if classification.get("expired") is False:
        return "in_force"
    return "unknown"
