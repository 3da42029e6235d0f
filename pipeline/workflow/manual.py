"""Manual redactions: what a reviewer redacts that the review did not propose, and takes back.

A redaction is every occurrence of a text (``kind`` ``text``: found as the review finds a
value, whatever the spaces and full-width forms between its characters) or an area of a PDF
page (``kind`` ``area``: a box in page points, as text extraction and ``case show`` give
them; everything under it goes, glyphs, line art and image pixels, and a black box is
painted). Each is a row of ``manual_redactions`` written with its audit event, by a registered
user whose role allows ``redact``, with a reason; taking one back is a row of its own. Only an
open case takes them (not once approved or published), and they belong to the revision they
were made on.

``publish`` applies them (the copy is made again from the original with them,
``pipeline.workflow.copies``), refusing when a text no longer occurs or a page does not
exist, and verify checks them: no redacted text anywhere in the copy, and, read by PDFium, no
character and no light pixel left inside an area (``stages.verify.areas``).
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.gates import ensure_open
from pipeline.workflow.integrity import ensure_intact
from pipeline.workflow.refusal import NotFound, Refused
from pipeline.workflow.roles import require_text
from pipeline.workflow.state import load_state
from pipeline.workflow.tables import Case, ManualRedaction

# Categories a manual redaction may be given (its placeholder and legal basis follow it).
CATEGORIES = (
    "personal_privacy",
    "state_secret",
    "work_secret",
    "trade_secret",
    "security_stability",
    "internal_affairs",
    "process_info",
    "law_enforcement",
)
DEFAULT_CATEGORY = "personal_privacy"
# Formats whose areas are pages with boxes (an image is reviewed and published as a PDF).
AREA_FORMATS = frozenset({"pdf"})
ENTITY = "MANUAL_REDACTION"


def _next_id(session: Session, case: Case) -> str:
    count = len(
        list(
            session.scalars(
                select(ManualRedaction.id).where(
                    ManualRedaction.case_id == case.id, ManualRedaction.op == "add"
                )
            )
        )
    )
    return f"M{count + 1:03d}"


def parse_box(text: str) -> list[float]:
    """``x0,y0,x1,y1`` (page points, commas or spaces) as four numbers; refused otherwise."""
    parts = [p for p in text.replace("，", ",").replace(" ", ",").split(",") if p]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise Refused("manual_bad_box", box=text) from None
    return check_box(values, text)


def check_box(values: Any, shown: Any = None) -> list[float]:
    shown = shown if shown is not None else values
    try:
        box = [float(v) for v in values]
    except (TypeError, ValueError):
        raise Refused("manual_bad_box", box=str(shown)) from None
    if len(box) != 4 or not all(math.isfinite(v) for v in box):
        raise Refused("manual_bad_box", box=str(shown))
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0 or min(box) < 0:
        raise Refused("manual_bad_box", box=str(shown))
    return box


def add(
    session: Session,
    case: Case,
    *,
    text: str | None,
    page: int | None,
    box: list[float] | None,
    category: str | None,
    by: str,
    reason: str,
    at: datetime.datetime,
) -> ManualRedaction:
    reason = require_text(reason, "reason")
    category = category or DEFAULT_CATEGORY
    if category not in CATEGORIES:
        raise Refused("manual_bad_category", category=category)
    ensure_intact(session, case)
    ensure_open(case)
    if (text is None) == (page is None and box is None):
        raise Refused("manual_text_or_area")
    if text is not None:
        from pipeline.leakscan import fold

        text = text.strip()
        # One character is found everywhere: redacting "every occurrence" of it would
        # over-redact the document, and verify could not tell it from public text.
        if len("".join(fold(text).split())) < 2:
            raise Refused("manual_text_short", text=text)
        kind = "text"
    else:
        if case.format not in AREA_FORMATS:
            raise Refused("manual_area_format", format=case.format.upper())
        if page is None or box is None:
            raise Refused("manual_area_incomplete")
        if page < 1:
            raise Refused("manual_bad_page", page=page)
        box = check_box(box)
        kind = "area"
    row = ManualRedaction(
        case_id=case.id,
        revision=case.revision,
        redaction_id=_next_id(session, case),
        op="add",
        kind=kind,
        text=text,
        page=page if kind == "area" else None,
        box=box if kind == "area" else None,
        category=category,
        reviewer=by,
        reason=reason,
        at=stamp(at),
    )
    add_audited(session, row, actor=by, action="redaction_added", case_id=case.id, at=at)
    return row


def remove(
    session: Session,
    case: Case,
    redaction_id: str,
    *,
    by: str,
    reason: str,
    at: datetime.datetime,
) -> ManualRedaction:
    reason = require_text(reason, "reason")
    ensure_intact(session, case)
    ensure_open(case)
    wanted = redaction_id.strip().upper()
    in_force = load_state(session, case).manual
    target = next((r for r in in_force if r.redaction_id == wanted), None)
    if target is None:
        raise NotFound("manual_not_found", case=case.case_id, redaction=redaction_id)
    row = ManualRedaction(
        case_id=case.id,
        revision=case.revision,
        redaction_id=target.redaction_id,
        op="remove",
        kind=target.kind,
        reviewer=by,
        reason=reason,
        at=stamp(at),
    )
    add_audited(session, row, actor=by, action="redaction_removed", case_id=case.id, at=at)
    return row


def describe(row: ManualRedaction, *, with_text: bool) -> dict[str, Any]:
    """The JSON form (``case show``, the signed record without the text: it is redacted)."""
    item: dict[str, Any] = {
        "id": row.redaction_id,
        "kind": row.kind,
        "category": row.category,
        "reviewer": row.reviewer,
        "reason": row.reason,
        "added_on": row.at[:10],
    }
    if row.kind == "area":
        item["page"] = row.page
        item["box"] = list(row.box or [])
    elif with_text:
        item["text"] = row.text
    return item
