"""Publishing a case: when nothing is missing, the final copy ``<stem>.approved.<ext>`` with
the signed record (sign-offs, answers, decisions, declassification, consents) attached; the
copy itself is made and checked by ``pipeline.workflow.copies``."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pipeline.filehash import file_sha256
from pipeline.workflow import copies
from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import publish_missing
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.manual import describe
from pipeline.workflow.refusal import Refused
from pipeline.workflow.state import STAGES, CaseState, load_state, today_of
from pipeline.workflow.tables import Case, Publication


def signed_record(
    state: CaseState, base: dict[str, Any], *, at: datetime.datetime, carrier: str, entered_by: str
) -> dict[str, Any]:
    """The sanitized record of the copy, completed with the sign-offs (reviewer and date),
    the secrecy office's answers, decisions, declassification and consents. Free text written
    by reviewers is scrubbed of every redacted value."""
    record = json.loads(json.dumps(base))
    secrets = sorted(
        {s.row.text for s in state.findings if s.action == "redact" and s.row.text.strip()}
        | {r.text for r in state.manual if r.text and r.text.strip()},
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
                "decision_number": state.declassification.decision_number,
                "decision_date": state.declassification.decision_date,
            }
            if state.declassification
            else None
        ),
        "consents": [
            {"issuer": c.issuer, "reviewer": c.reviewer, "given_on": c.given_at[:10]}
            for c in state.consents.values()
        ],
        # Sign-offs allowed only because the office relaxed a separation-of-duty rule.
        "relaxed_rules": [
            {
                "stage": r.stage,
                "rule": r.rule,
                "reviewer": r.reviewer,
                "reason": scrub(r.reason),
                "on": r.at[:10],
            }
            for r in state.relaxations
        ],
        # What reviewers redacted by hand (a text's value is never written here).
        "manual_redactions": [
            {**describe(r, with_text=False), "reason": scrub(r.reason)} for r in state.manual
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
    declassified_note: str | None = None,
) -> Published:
    """Write ``<stem>.approved.<ext>`` into ``out_dir`` with the signed record attached, if
    nothing is missing. When reviewers changed which findings are redacted, the review is
    re-run on the original input with their decisions applied (the input must be unchanged
    and the review must still produce the same findings)."""
    import tempfile

    ensure_intact(session, case)
    state = load_state(session, case)
    missing = publish_missing(state, today_of(at))
    if missing:
        raise Refused("publish_refused", items=missing, case=case.case_id)
    with tempfile.TemporaryDirectory(prefix="baomi-publish-") as work:
        note = None
        if state.declassification is not None and copies.markings(state):
            from pipeline.config import Config
            from pipeline.workflow.declassify import note_text

            note = note_text(state.declassification, declassified_note or Config().declassified_note)
        if state.overridden or not case.redacted_path or note:
            # Reviewers changed what is redacted, the review wrote no publishable copy (the
            # document was withheld then), or a declassified marking is replaced by its
            # note: made again from the original.
            source, placeholders = copies.rerun(state, Path(work), declassified=note)
        else:
            source = Path(case.redacted_path or "")
            if not source.is_file() or file_sha256(source) != case.redacted_sha256:
                raise Refused("copy_changed", path=str(source))
            placeholders = copies.default_placeholders(case.config)
        base = copies.read_attached_record(source, case.format)
        record = signed_record(state, base, at=at, carrier=carrier, entered_by=by)
        stem = Path(case.name).stem
        final = out_dir / f"{stem}.approved.{case.format}"
        record.setdefault("output", {})["redacted_path"] = final.name
        written = copies.write_signed_copy(source, case.format, record, final)
        redacted_values = {
            s.row.finding_id: s.row.text for s in state.findings if s.action == "redact"
        }
        redacted_values.update(copies.manual_values(state))
        if note:
            redacted_values.update({s.row.finding_id: s.row.text for s in copies.markings(state)})
        copies.leak_check(
            written, case.format, redacted_values, placeholders, copies.manual_areas(state)
        )
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
