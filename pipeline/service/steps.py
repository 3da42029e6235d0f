"""The workflow's steps, one entry point each: ``sign`` (初审, 复审, 审批), ``decide`` (keep or
redact one finding), ``answer_secrecy`` (the secrecy office confirms or rejects), ``declassify``,
``consent`` (a joint issuer's), ``third_party_consent``, ``redact``/``unredact`` (a reviewer's
manual redactions) and ``publish``. Each checks that the acting user is registered, active and
holds a role allowed to take the step (``pipeline.workflow.roles``), then the step's own rules
(``pipeline.workflow``), in one locked transaction; see ``pipeline.service``."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from pipeline.service.outcome import Actor, Done, Outcome, Reason, perform
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
        warnings = []
        if attribute and row.stage != "审批":
            # A level that sets an attribute the drafter's note contradicts: said now, and
            # the approval is refused until it is resolved.
            from pipeline.workflow.gates import note_conflicts
            from pipeline.workflow.state import load_state

            after = load_state(session, case)
            warnings = [Reason(k, p) for k, p in note_conflicts(after, after.attribute)]
        value = {**params, "signed_at": row.signed_at}
        return Done("signed", params, value, warnings=warnings)

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
    register: Any,
    actor: Actor,
    case_id: str,
    *,
    basis: str,
    number: str | None = None,
    date: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Record a declassification; ``number`` and ``date`` are the decision's own (解密决定
    文号、日期), which the published copy's 已解密 note carries."""
    from pipeline.workflow import declassify as declassifying

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "declassify")
        case = get_case(session, case_id)
        declassifying.declassify(
            session, case, by=user.name, basis=basis, at=at or now(), number=number, date=date
        )
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
    declassified_note: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Write the final copy (see ``pipeline.workflow.publish``); the acting user is the
    ledger's 录入人员. ``declassified_note``: the unit's template of the 已解密 note."""
    from pipeline.workflow import publish as publishing

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "publish")
        case = get_case(session, case_id)
        result = publishing.publish(
            session,
            case,
            out_dir,
            by=user.name,
            carrier=carrier,
            at=at or now(),
            declassified_note=declassified_note,
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


def redact(
    register: Any,
    actor: Actor,
    case_id: str,
    *,
    text: str | None = None,
    page: int | None = None,
    box: list[float] | str | None = None,
    category: str | None = None,
    reason: str,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Add a manual redaction: every occurrence of ``text``, or the area ``box`` (x0, y0,
    x1, y1 in page points, as ``case show`` gives them; a list or the text ``"x0,y0,x1,y1"``)
    of PDF page ``page`` (``pipeline.workflow.manual``). ``publish`` applies it."""
    from pipeline.workflow import manual

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "redact")
        case = get_case(session, case_id)
        area = manual.parse_box(box) if isinstance(box, str) else box
        row = manual.add(
            session,
            case,
            text=text,
            page=page,
            box=area,
            category=category,
            by=user.name,
            reason=reason,
            at=at or now(),
        )
        params = {"redaction": row.redaction_id, "case": case.case_id}
        value = {**params, **manual.describe(row, with_text=True), "by": user.name}
        return Done("redaction_added", params, value)

    return perform(register, body)


def unredact(
    register: Any,
    actor: Actor,
    case_id: str,
    redaction_id: str,
    *,
    reason: str,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Take a manual redaction back (its row stays, with a row that removes it)."""
    from pipeline.workflow import manual

    def body(session: Any) -> Done[dict[str, Any]]:
        user = _user(session, actor, "redact")
        case = get_case(session, case_id)
        row = manual.remove(session, case, redaction_id, by=user.name, reason=reason, at=at or now())
        params = {"redaction": row.redaction_id, "case": case.case_id}
        return Done("redaction_removed", params, {**params, "by": user.name})

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
