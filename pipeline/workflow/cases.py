"""Opening a case: each reviewed document opens or updates its case in the register (keyed by
its content hash), with the review's findings and the settings to reproduce them."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.errors import BaomiError
from pipeline.filehash import file_sha256
from pipeline.workflow.audit import (
    append_event,
    finding_content,
    findings_digest,
    lock_writers,
    stamp,
)
from pipeline.workflow.state import current_findings, today_of
from pipeline.workflow.tables import Case, Finding


def config_snapshot(config: Any) -> dict[str, Any]:
    """What a re-run of the review needs to reproduce the same findings, and the version of
    the recognizer set that found them (``baomi recheck`` re-runs published cases reviewed
    with an older one)."""
    from pipeline.config import review_settings
    from pipeline.recognizer_registry import recognizer_set_version

    return {**review_settings(config), "recognizers": recognizer_set_version()}


def config_from_snapshot(snapshot: dict[str, Any]) -> Any:
    from pipeline.config import Config
    from pipeline.names import Name
    from pipeline.terms import Term

    ocr = dict(snapshot.get("ocr") or {})
    return Config(
        unit=snapshot.get("unit", ""),
        report_threshold=snapshot.get("report_threshold", 0.4),
        redact_threshold=snapshot.get("redact_threshold", 0.6),
        terms=[Term(c, p, bool(r), o) for c, p, r, o in snapshot.get("terms", [])],
        names=[Name(text, origin) for text, origin in snapshot.get("names", [])],
        placeholder=snapshot.get("placeholder", "［已删除：{label}］"),
        operators=dict(snapshot.get("operators", {})),
        max_bytes=snapshot.get("max_bytes", 200 * 1024 * 1024),
        max_pages=snapshot.get("max_pages", 5000),
        ocr_mode=ocr.get("mode", "auto"),
        ocr_language=ocr.get("language", "ch"),
        ocr_min_confidence=ocr.get("min_confidence", 0.8),
        ocr_dpi=ocr.get("dpi", 300),
        notice_recipients=snapshot.get("notice_recipients", "keep"),
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
    decisions and answers given on the old one no longer count. ``actor`` (who ran the
    review) is the drafter of a new revision."""
    lock_writers(session)
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
    case.index_number = document.get("index_number")
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
    _seen_as(session, case, at)
    if action != "case_reviewed":
        case.drafter = actor
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


def _seen_as(session: Session, case: Case, at: datetime.datetime) -> None:
    """Keep the name and path the content was just reviewed under, beside every earlier one."""
    from pipeline.workflow.tables import CaseName

    row = session.scalars(
        select(CaseName).where(CaseName.case_id == case.id, CaseName.path == case.path)
    ).first()
    if row is None:
        session.add(
            CaseName(
                case_id=case.id,
                name=case.name,
                path=case.path,
                first_seen=stamp(at),
                last_seen=stamp(at),
            )
        )
    else:
        row.name = case.name
        row.last_seen = stamp(at)


def login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_case_for(
    register: Any,
    path: Path,
    result: Any,
    error_text: str | None,
    config: Any,
    actor: str | None = None,
) -> tuple[str | None, BaomiError | None]:
    """For ``baomi review`` and the upload-folder watch: open or update the case of a reviewed
    document (a runner ``Result``), by ``actor`` (a registered user's name; by default the
    login name). Returns (case id, None), or (None, the error) if the register failed."""
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.workflow.audit import now
    from pipeline.workflow.register import RegisterError, safe_url

    actor = actor or login_name()
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
