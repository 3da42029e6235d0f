"""The review workflow (三审) on top of the register: opening cases from reviews, the sign-off
order, reviewers' decisions, the secrecy office's queue and answers, declassification,
issuers' consent, and the publish gate.

Every gate says what is missing as a list of message keys with parameters, so the command line
can print them in Chinese or English. A refused step writes nothing.

Effective state of a finding: the review's action and status, then the secrecy office's answer
(``confirmed``; ``rejected`` lifts a state-secret redaction, since the office found no state
secret), then the latest reviewer decision. A copy made by propagation (``F0003-1``) follows
the finding it was copied from unless it is decided on by its own id.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.batch.local import file_sha256
from pipeline.errors import BaomiError
from pipeline.workflow.register import (
    FINDING_FIELDS,
    Case,
    Confirmation,
    Consent,
    Decision,
    Declassification,
    Finding,
    Publication,
    Signoff,
    add_audited,
    append_event,
    finding_content,
    findings_digest,
    format_case_id,
    parse_case_id,
    stamp,
)

STAGES = ("初审", "复审", "审批")
STAGE_ALIASES = {"first": "初审", "second": "复审", "approval": "审批"}
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开", "须报审")
PUBLISHABLE = ("主动公开", "依申请公开")
STATUSES = ("open", "approved", "published")


class Refused(BaomiError):
    """A gate refused: exit 1, with the missing items (message key, parameters)."""

    exit_code = 1

    def __init__(
        self, key: str, /, items: list[tuple[str, dict[str, Any]]] | None = None, **params: Any
    ):
        super().__init__(key, **params)
        self.items = items or []

    def render(self, lang: str = "zh") -> str:
        from pipeline.messages import message

        head = message(self.key, lang, **localized(self.params, lang))
        if not self.items:
            return head
        sep = "；" if lang == "zh" else "; "
        return head + sep.join(message(k, lang, **localized(p, lang)) for k, p in self.items)


STAGE_EN = {
    "初审": "first review (初审)",
    "复审": "second review (复审)",
    "审批": "approval (审批)",
}


def localized(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Review levels named in English messages."""
    if lang != "en":
        return params
    return {k: STAGE_EN.get(v, v) if k in {"stage", "before"} else v for k, v in params.items()}


class NotFound(BaomiError):
    """An unknown case or finding: a usage error (exit 2)."""


# --------------------------------------------------------------------------- cases


def today_of(moment: datetime.datetime) -> datetime.date:
    return moment.date()


def get_case(session: Session, text: str) -> Case:
    number = parse_case_id(text)
    case = session.get(Case, number) if number is not None else None
    if case is None:
        raise NotFound("case_not_found", case=text)
    return case


def config_snapshot(config: Any) -> dict[str, Any]:
    """What a re-run of the review needs to reproduce the same findings."""
    from pipeline.config import review_settings

    return review_settings(config)


def config_from_snapshot(snapshot: dict[str, Any]) -> Any:
    from pipeline.config import Config
    from pipeline.terms import Term

    return Config(
        unit=snapshot.get("unit", ""),
        report_threshold=snapshot.get("report_threshold", 0.4),
        redact_threshold=snapshot.get("redact_threshold", 0.6),
        terms=[Term(c, p, bool(r), o) for c, p, r, o in snapshot.get("terms", [])],
        placeholder=snapshot.get("placeholder", "［已删除：{label}］"),
        operators=dict(snapshot.get("operators", {})),
        max_bytes=snapshot.get("max_bytes", 200 * 1024 * 1024),
        max_pages=snapshot.get("max_pages", 5000),
    )


def _finding_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for f in record.get("findings", []):
        rows.append(
            {
                "finding_id": f["id"],
                "entity_type": f["entity_type"],
                "category": f["category"],
                "text": f["text"],
                "start_offset": f["start"],
                "end_offset": f["end"],
                "location": f.get("location") or {},
                "score": float(f["score"]),
                "action": f["action"],
                "route": f.get("route"),
                "status": f["status"],
                "basis": f["basis"],
                "reason": f["reason"],
                "recognizer": f["recognizer"],
            }
        )
    return rows


def current_findings(session: Session, case: Case) -> list[Finding]:
    return list(
        session.scalars(
            select(Finding)
            .where(Finding.case_id == case.id, Finding.revision == case.revision)
            .order_by(Finding.start_offset, Finding.end_offset, Finding.finding_id)
        )
    )


def record_review(
    session: Session,
    *,
    input_path: Path,
    record: dict[str, Any],
    record_path: Path | None,
    redacted_path: Path | None,
    error: str | None,
    config: Any,
    at: datetime.datetime,
    actor: str,
) -> Case:
    """Open or update the case of a reviewed document (keyed by its content hash). A review
    whose findings differ from the case's current ones starts a new revision: sign-offs,
    decisions and answers given on the old one no longer count."""
    document = record["document"]
    rows = _finding_rows(record)
    digest = findings_digest(rows)
    case = session.scalars(select(Case).where(Case.sha256 == document["sha256"])).first()
    action = "case_reviewed"
    if case is None:
        case = Case(
            sha256=document["sha256"],
            revision=1,
            filed_on=today_of(at).isoformat(),
            status="open",
            created_at=stamp(at),
        )
        action = "case_opened"
    else:
        existing = [finding_content(f) for f in current_findings(session, case)]
        if findings_digest(existing) != digest:
            case.revision += 1
            case.filed_on = today_of(at).isoformat()
            case.status = "open"
            action = "case_revised"
    case.name = document["name"]
    case.path = str(input_path.resolve())
    case.format = document["format"]
    case.title = document.get("title")
    case.doc_number = document.get("doc_number")
    case.issuers = list(document.get("issuers") or [])
    case.issued_on = document.get("issued_on")
    case.classification = dict(record.get("classification") or {})
    case.attribute = record.get("disclosure_attribute")
    case.record_path = str(record_path.resolve()) if record_path else None
    case.redacted_path = str(redacted_path.resolve()) if redacted_path else None
    case.redacted_sha256 = (
        file_sha256(redacted_path) if redacted_path and redacted_path.is_file() else None
    )
    case.error = error
    case.config = config_snapshot(config)
    case.updated_at = stamp(at)
    session.add(case)
    session.flush()
    if action != "case_reviewed":
        for row in rows:
            session.add(Finding(case_id=case.id, revision=case.revision, **row))
        session.flush()
    append_event(
        session,
        actor=actor,
        action=action,
        case_id=case.id,
        payload={
            "revision": case.revision,
            "findings_digest": digest,
            "findings": len(rows),
            "sha256": case.sha256,
            "error": error,
        },
        at=at,
    )
    return case


def open_case_for(
    register: Any, path: Path, result: Any, error_text: str | None, config: Any
) -> tuple[str | None, BaomiError | None]:
    """For ``baomi review``: open or update the case of a reviewed document (a runner
    ``Result``). Returns (case id, None), or (None, the error) if the register failed."""
    import getpass

    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.workflow.register import RegisterError, now, safe_url

    try:
        actor = getpass.getuser()
    except (KeyError, OSError):
        actor = "unknown"
    try:
        with register.session() as session:
            case = record_review(
                session,
                input_path=path,
                record=result.record,
                record_path=result.record_path,
                redacted_path=result.redacted_path,
                error=error_text,
                config=config,
                at=now(),
                actor=actor,
            )
            return case.case_id, None
    except BaomiError as exc:
        return None, exc
    except (SQLAlchemyError, OSError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return None, RegisterError(
            "register_unavailable", url=safe_url(register.url), reason=reason
        )


# --------------------------------------------------------------------------- state


@dataclass(slots=True)
class FindingState:
    row: Finding
    action: str
    status: str
    decision: Decision | None = None
    confirmation: Confirmation | None = None

    @property
    def routed(self) -> bool:
        return self.row.route == "secrecy_office"

    @property
    def pending(self) -> bool:
        return self.routed and self.status == "pending_confirmation"

    @property
    def undecided(self) -> bool:
        return not self.routed and self.action == "review" and self.decision is None


@dataclass(slots=True)
class CaseState:
    case: Case
    findings: list[FindingState]
    signoffs: dict[str, Signoff]
    consents: dict[str, Consent]
    declassification: Declassification | None
    publications: list[Publication] = field(default_factory=list)

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
        """Whether the set of redacted findings differs from what the review redacted."""
        return any((s.action == "redact") != (s.row.action == "redact") for s in self.findings)


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
        if decision is not None:
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
    return CaseState(case, states, signoffs, consents, declassification, publications)


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


def _ids(states: list[FindingState]) -> str:
    return ", ".join(s.row.finding_id for s in states)


def _item_pending(state: CaseState) -> list[tuple[str, dict[str, Any]]]:
    items: list[tuple[str, dict[str, Any]]] = []
    pending = [s for s in state.findings if s.pending]
    if pending:
        items.append(("missing_secrecy", {"findings": _ids(pending)}))
    undecided = [s for s in state.findings if s.undecided]
    if undecided:
        items.append(("missing_decision", {"findings": _ids(undecided)}))
    return items


def publish_missing(state: CaseState, today: datetime.date) -> list[tuple[str, dict[str, Any]]]:
    """Everything that stands between the case and publication (empty: it may go out)."""
    case = state.case
    items: list[tuple[str, dict[str, Any]]] = []
    if case.error or not case.redacted_path:
        items.append(("missing_copy", {}))
    marking = marking_state(case.classification, today)
    if marking == "in_force":
        items.append(
            (
                "marking_in_force",
                {
                    "level": case.classification.get("level"),
                    "until": case.classification.get("expires_on") or "长期",
                },
            )
        )
    elif marking in {"expired", "unknown"} and state.declassification is None:
        items.append(("missing_declassification", {}))
    items.extend(_item_pending(state))
    for stage in STAGES:
        if stage not in state.signoffs:
            items.append(("missing_signoff", {"stage": stage}))
    if len(case.issuers) > 1:
        for issuer in case.issuers:
            if issuer not in state.consents:
                items.append(("missing_consent", {"issuer": issuer}))
    attribute = state.attribute
    if attribute not in PUBLISHABLE:
        items.append(("attribute_not_publishable", {"attribute": attribute or "-"}))
    return items


# --------------------------------------------------------------------------- steps


def _not_closed(case: Case) -> None:
    if case.status == "published":
        raise Refused("case_published", case=case.case_id)
    if case.status == "approved":
        raise Refused("case_approved", case=case.case_id)


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
    state = load_state(session, case)
    _not_closed(case)
    done = state.signoffs.get(stage)
    if done is not None:
        raise Refused("already_signed", stage=stage, by=done.reviewer, date=done.signed_at[:10])
    index = STAGES.index(stage)
    if index and STAGES[index - 1] not in state.signoffs:
        raise Refused("sign_out_of_order", stage=stage, before=STAGES[index - 1])
    if stage == "审批":
        items = _item_pending(state)
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


def decide(
    session: Session,
    case: Case,
    finding_id: str,
    *,
    action: str,
    by: str,
    reason: str,
    at: datetime.datetime,
) -> Decision:
    state = load_state(session, case)
    target = state.finding(finding_id)
    _not_closed(case)
    if target.pending:
        raise Refused("decide_pending_secrecy", finding=finding_id)
    if target.routed and target.status == "confirmed" and action == "keep":
        raise Refused("decide_confirmed_secret", finding=finding_id)
    row = Decision(
        case_id=case.id,
        revision=case.revision,
        finding_id=finding_id,
        action=action,
        reviewer=by,
        reason=reason,
        decided_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="decided", case_id=case.id, at=at)
    return row


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
            late = is_overdue(due, today)
            if overdue_only and not late:
                continue
            items.append(
                QueueItem(
                    case.case_id,
                    s.row.finding_id,
                    s.row.entity_type,
                    s.row.category,
                    case.name,
                    filed.isoformat(),
                    due.isoformat(),
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
    state = load_state(session, case)
    targets = [state.finding(f) for f in finding_ids]
    _not_closed(case)
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


def declassify(
    session: Session, case: Case, *, by: str, basis: str, at: datetime.datetime
) -> Declassification:
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


def consent(
    session: Session, case: Case, *, issuer: str, by: str, at: datetime.datetime
) -> Consent:
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


# --------------------------------------------------------------------------- publishing


def signed_record(
    state: CaseState, base: dict[str, Any], *, at: datetime.datetime, carrier: str, entered_by: str
) -> dict[str, Any]:
    """The sanitized record of the copy, completed with the sign-offs (reviewer and date),
    the secrecy office's answers, decisions, declassification and consents. Free text written
    by reviewers is scrubbed of every redacted value."""
    record = json.loads(json.dumps(base))
    secrets = sorted(
        {s.row.text for s in state.findings if s.action == "redact" and s.row.text.strip()},
        key=len,
        reverse=True,
    )

    def scrub(text: str | None) -> str | None:
        if text is None:
            return None
        for secret in secrets:
            text = text.replace(secret, "［已删除］")
        return text

    by_id = {s.row.finding_id: s for s in state.findings}
    for finding in record.get("findings", []):
        s = by_id.get(finding.get("id"))
        if s is not None:
            finding["action"] = s.action
            finding["status"] = s.status
    record["disclosure_attribute"] = state.attribute
    case = state.case
    approval = state.signoffs.get("审批")
    record["approval"] = {
        "case_id": case.case_id,
        "revision": case.revision,
        "status": "approved",
        "signoffs": [
            {
                "stage": s.stage,
                "reviewer": s.reviewer,
                "opinion": scrub(s.opinion),
                "attribute": s.attribute,
                "signed_on": s.signed_at[:10],
            }
            for stage in STAGES
            if (s := state.signoffs.get(stage)) is not None
        ],
        "secrecy_office": [
            {
                "finding_id": s.row.finding_id,
                "result": s.confirmation.result,
                "reviewer": s.confirmation.reviewer,
                "opinion": scrub(s.confirmation.opinion),
                "answered_on": s.confirmation.answered_at[:10],
            }
            for s in state.findings
            if s.confirmation is not None and s.confirmation.finding_id == s.row.finding_id
        ],
        "decisions": [
            {
                "finding_id": s.decision.finding_id,
                "action": s.decision.action,
                "reviewer": s.decision.reviewer,
                "reason": scrub(s.decision.reason),
                "decided_on": s.decision.decided_at[:10],
            }
            for s in state.findings
            if s.decision is not None and s.decision.finding_id == s.row.finding_id
        ],
        "declassification": (
            {
                "reviewer": state.declassification.reviewer,
                "basis": scrub(state.declassification.basis),
                "decided_on": state.declassification.decided_at[:10],
            }
            if state.declassification
            else None
        ),
        "consents": [
            {"issuer": c.issuer, "reviewer": c.reviewer, "given_on": c.given_at[:10]}
            for c in state.consents.values()
        ],
        "approved_on": approval.signed_at[:10] if approval else None,
        "published_on": today_of(at).isoformat(),
        "carrier": carrier,
        "entered_by": entered_by,
    }
    return record


@dataclass(slots=True)
class Published:
    path: Path
    extra: list[Path]
    rereviewed: bool


def publish(
    session: Session,
    case: Case,
    out_dir: Path,
    *,
    by: str,
    carrier: str,
    at: datetime.datetime,
) -> Published:
    """Write ``<stem>.approved.<ext>`` into ``out_dir`` with the signed record attached, if
    nothing is missing. When reviewers changed which findings are redacted, the review is
    re-run on the original input with their decisions applied (the input must be unchanged
    and the review must still produce the same findings)."""
    import tempfile

    from pipeline.workflow import copies as publishing

    state = load_state(session, case)
    missing = publish_missing(state, today_of(at))
    if missing:
        raise Refused("publish_refused", items=missing, case=case.case_id)
    with tempfile.TemporaryDirectory(prefix="baomi-publish-") as work:
        if state.overridden:
            source, placeholders = publishing.rerun(state, Path(work))
        else:
            source = Path(case.redacted_path or "")
            if not source.is_file() or file_sha256(source) != case.redacted_sha256:
                raise Refused("copy_changed", path=str(source))
            placeholders = publishing.default_placeholders(case.config)
        base = publishing.read_attached_record(source, case.format)
        record = signed_record(state, base, at=at, carrier=carrier, entered_by=by)
        stem = Path(case.name).stem
        final = out_dir / f"{stem}.approved.{case.format}"
        record.setdefault("output", {})["redacted_path"] = final.name
        written = publishing.write_signed_copy(source, case.format, record, final)
        redacted_values = {
            s.row.finding_id: s.row.text for s in state.findings if s.action == "redact"
        }
        publishing.leak_check(written, case.format, redacted_values, placeholders)
    digest = file_sha256(final)
    row = Publication(
        case_id=case.id,
        revision=case.revision,
        attribute=state.attribute or "",
        carrier=carrier,
        entered_by=by,
        out_path=str(final.resolve()),
        sha256=digest,
        rereviewed=int(state.overridden),
        published_at=stamp(at),
    )
    add_audited(session, row, actor=by, action="published", case_id=case.id, at=at)
    case.status = "published"
    case.updated_at = stamp(at)
    return Published(final, [p for p in written if p != final], state.overridden)


# --------------------------------------------------------------------------- views


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
            "missing": [{"key": k, **p} for k, p in publish_missing(state, today)],
        }
    )
    for item in detail["findings"]:
        item.pop("finding_id", None)
    return detail


def case_id_of(case: Case) -> str:
    return format_case_id(case.id)
