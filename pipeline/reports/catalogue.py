"""The catalogue (政府信息公开目录): approved documents with issuer, date and attribute;
documents under a classification marking (in force, or expired but not declassified) are left
out. It holds no original text."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.tables import Case

CATALOGUE_HEADERS = [
    "序号",
    "索引号",
    "文件名称",
    "文号",
    "发文机关",
    "成文日期",
    "公开属性",
    "公开时间",
    "案卷编号",
]


def is_classified(state: Any, today: datetime.date) -> bool:
    from pipeline.workflow.state import marking_state

    marking = marking_state(state.case.classification, today)
    if marking is None:
        return False
    return marking == "in_force" or state.declassification is None


def headers(lang: str = "zh") -> list[str]:
    """The catalogue's column headers in ``lang`` (its JSON keys stay the Chinese ones)."""
    from pipeline.messages_reports import CATALOGUE_HEADERS_EN

    return CATALOGUE_HEADERS_EN if lang == "en" else CATALOGUE_HEADERS


def catalogue_rows(session: Session, *, today: datetime.date, lang: str = "zh") -> list[list[Any]]:
    from pipeline.messages import attribute_label
    from pipeline.workflow.state import load_state

    rows: list[list[Any]] = []
    cases = session.scalars(
        select(Case).where(Case.status.in_(("approved", "published"))).order_by(Case.id)
    )
    for case in cases:
        state = load_state(session, case)
        if is_classified(state, today):
            continue
        publication = state.publications[-1] if state.publications else None
        rows.append(
            [
                len(rows) + 1,
                # The document's own 索引号 when it prints one: empty, never the case id.
                case.index_number or "",
                case.title or Path(case.name).stem,
                case.doc_number or "",
                "、".join(case.issuers),
                case.issued_on or "",
                attribute_label(state.attribute or "", lang),
                publication.published_at[:10] if publication else "",
                case.case_id,
            ]
        )
    return rows
