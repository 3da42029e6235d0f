"""The workflow's steps, one entry point each: ``sign`` (初审, 复审, 审批), ``decide`` (keep or
redact one finding), ``answer_secrecy`` (the secrecy office confirms or rejects), ``declassify``,
``consent`` (a joint issuer's), ``third_party_consent`` and ``publish``. Each checks that the acting user is registered,
active and holds a role allowed to take the step (``pipeline.workflow.roles``), then the step's
own rules (``pipeline.workflow``), in one locked transaction; see ``pipeline.service``."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from pipeline.service.outcome import Actor, Done, Outcome, perform
from pipeline.workflow.audit import now
from pipeline.workflow.roles import require_role
from pipeline.workflow.state import get_case
from pipeline.workflow.users import acting_user


def _user(session: Any, actor: Actor, step: str) -> Any:
    user = acting_user(session, actor.name)
    require_role(user, step)
    return user


def sign(
    register: Any,
    actor: Actor,
    case_id: str,
    *,
    stage: str,
    opinion: str,
    attribute: str | None = None,
    summary: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow import sign as signing

    def body(session: Any) -> Done[dict[str, Any]]:
        level = signing.normalize_stage(stage)
        user = _user(session, actor, f"sign:{level}")
        case = get_case(session, case_id)
        row = signing.sign(
            session,
            case,
            stage=level,
            user=user,
            opinion=opinion,
            attribute=attribute,
            summary=summary,
            at=at or now(),
        )
        params = {"stage": row.stage, "case": case.case_id, "by": user.name}
        return Done("signed", params, {**params, "signed_at": row.signed_at})

    return perform(register, body)


def decide(
    register: Any,
    actor: Actor,
    case_id: str,
    finding_id: str,
    *,
    action: str,
    reason: str,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow import decide as deciding

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "decide")
        case = get_case(session, case_id)
        deciding.decide(
            session, case, finding_id, action=action, by=user.name, reason=reason, at=at or now()
        )
        params = {"finding": finding_id, "action": action, "case": case.case_id}
        return Done("decided", params, {**params, "by": user.name})

    return perform(register, body)


def answer_secrecy(
    register: Any,
    actor: Actor,
    case_id: str,
    finding_ids: list[str],
    *,
    opinion: str,
    reject: bool,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """The secrecy office's answer on routed findings: only the ``secrecy`` role gives it."""
    from pipeline.workflow.secrecy import secrecy_answer

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "secrecy")
        case = get_case(session, case_id)
        secrecy_answer(
            session,
            case,
            list(finding_ids),
            by=user.name,
            opinion=opinion,
            reject=reject,
            at=at or now(),
        )
        result = "rejected" if reject else "confirmed"
        value = {"case": case.case_id, "findings": list(finding_ids), "result": result}
        return Done(
            "secrecy_answered", {"findings": ", ".join(finding_ids), "result": result}, value
        )

    return perform(register, body)


def declassify(
    register: Any, actor: Actor, case_id: str, *, basis: str, at: datetime.datetime | None = None
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow import declassify as declassifying

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "declassify")
        case = get_case(session, case_id)
        declassifying.declassify(session, case, by=user.name, basis=basis, at=at or now())
        return Done("declassified", {"case": case.case_id}, {"case": case.case_id, "by": user.name})

    return perform(register, body)


def consent(
    register: Any, actor: Actor, case_id: str, *, issuer: str, at: datetime.datetime | None = None
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow import consent as consenting

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "consent")
        case = get_case(session, case_id)
        row = consenting.consent(session, case, issuer=issuer, by=user.name, at=at or now())
        params = {"issuer": row.issuer, "case": case.case_id}
        return Done("consented", params, {**params, "by": user.name})

    return perform(register, body)


def third_party_consent(
    register: Any,
    actor: Actor,
    case_id: str,
    *,
    party: str,
    findings: list[str] | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """A third party's consent to the disclosure of its trade secret or personal data
    (``pipeline.workflow.third_party``); allowed after publication (``baomi recheck`` then
    lists the case)."""
    from pipeline.workflow.roles import require_text
    from pipeline.workflow.third_party import third_party_consent as consenting

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "third_party_consent")
        case = get_case(session, case_id)
        name = require_text(party, "party")
        row = consenting(session, case, party=name, findings=findings, by=user.name, at=at or now())
        params = {"party": row.party, "case": case.case_id, "count": len(row.finding_ids)}
        return Done("third_party_recorded", params, {**params, "findings": list(row.finding_ids)})

    return perform(register, body)


def publish(
    register: Any,
    actor: Actor,
    case_id: str,
    out_dir: Path,
    *,
    carrier: str,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Write the final copy (see ``pipeline.workflow.publish``); the acting user is the
    ledger's 录入人员."""
    from pipeline.workflow import publish as publishing

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "publish")
        case = get_case(session, case_id)
        result = publishing.publish(
            session, case, out_dir, by=user.name, carrier=carrier, at=at or now()
        )
        key = "published_rereviewed" if result.rereviewed else "published"
        value = {
            "case": case.case_id,
            "path": str(result.path),
            "extra": [str(p) for p in result.extra],
            "rereviewed": result.rereviewed,
            "by": user.name,
        }
        return Done(key, {"path": str(result.path), "case": case.case_id}, value)

    return perform(register, body)


def refer(
    register: Any,
    actor: Actor,
    case_id: str,
    finding_id: str,
    *,
    reason: str,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Send one finding to the secrecy office (the roles that decide on findings may)."""
    from pipeline.workflow import refer as referring

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "decide")
        case = get_case(session, case_id)
        referring.refer(session, case, finding_id, by=user.name, reason=reason, at=at or now())
        params = {"finding": finding_id, "case": case.case_id}
        return Done("referred", params, {**params, "by": user.name})

    return perform(register, body)
