"""The ledger (保密审查台账), what an inspector asks for first.

It has one row per approved item with the columns the seeds require: name, 发文字号 and
索引号 as the document prints them,
公开方式 (主动公开 / 针对特定人群 / 不公开 and why), 公开载体, 录入人员, and the three opinions with
the reviewer and date. The three review levels map to the ledger's columns as
初审 → 处室负责人, 复审 → 分管保密工作领导, 审批 → 分管政府信息公开工作领导.

It holds no original text: reviewers' free text is scrubbed of every redacted value (the
review form shares these helpers).
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.tables import Case

LEDGER_HEADERS = [
    "序号",
    "案卷编号",
    "文件名称",
    "文号",
    "索引号",
    "发文机关",
    "公开方式",
    "不公开内容及理由",
    "公开载体",
    "公开时间",
    "录入人员",
    "处室负责人意见",
    "处室负责人",
    "处室负责人审核日期",
    "分管保密工作领导意见",
    "分管保密工作领导",
    "分管保密工作领导审核日期",
    "分管政府信息公开工作领导意见",
    "分管政府信息公开工作领导",
    "分管政府信息公开工作领导审批日期",
    "保密工作部门意见",
    "职责分离规则放宽说明",
]



def headers(lang: str = "zh") -> list[str]:
    """The ledger's column headers in ``lang``."""
    from pipeline.messages_reports import LEDGER_HEADERS_EN

    return LEDGER_HEADERS_EN if lang == "en" else LEDGER_HEADERS


def scrubber(state: Any) -> Any:
    secrets = sorted(
        {s.row.text for s in state.findings if s.action == "redact" and s.row.text.strip()}
        # A reviewer's manual text redactions are redacted values too.
        | {r.text for r in getattr(state, "manual", ()) if r.text and r.text.strip()},
        key=len,
        reverse=True,
    )

    def scrub(text: str | None) -> str:
        text = text or ""
        for secret in secrets:
            text = text.replace(secret, "［已删除］")
        return text

    return scrub


def method_label(attribute: str, lang: str = "zh") -> str:
    """公开方式 of an attribute, as the ledger and the form say it."""
    from pipeline.messages import MESSAGES, message

    key = f"method_{attribute}"
    return message(key, lang) if key in MESSAGES else attribute


def withheld_parts(state: Any, lang: str = "zh") -> list[str]:
    """Each category withheld, with its count, basis and reason (no original text)."""
    from pipeline.messages import basis_text, label, message, reason_text
    from pipeline.policy import CATEGORY_REASONS

    counts: Counter[str] = Counter()
    laws: dict[str, str] = {}
    reasons: dict[str, set[str]] = {}
    for s in state.findings:
        if s.action != "redact":
            continue
        counts[s.row.category] += 1
        laws.setdefault(s.row.category, s.row.basis)
        reasons.setdefault(s.row.category, set()).add(
            reason_text(s.row.entity_type, s.row.category, s.row.reason, lang)
        )
    lines = []
    for category, count in counts.items():
        # One reason for the category; when its findings give different ones (an ID number,
        # a name…), the category's general reason.
        given = reasons[category]
        if len(given) == 1:
            reason = next(iter(given))
        elif lang == "en":
            reason = reason_text("", category, "", lang)
        else:
            reason = CATEGORY_REASONS.get(category, "")
        lines.append(
            message(
                "withheld_part",
                lang,
                category=label("category", category, lang),
                count=count,
                reason=reason,
                basis=basis_text(laws[category], lang),
            )
        )
    return lines


def withheld_summary(state: Any, lang: str = "zh") -> str:
    from pipeline.messages import message

    parts = withheld_parts(state, lang)
    separator = message("list_separator", lang)
    if state.attribute == "不予公开":
        head = message("withheld_in_full", lang)
        return head + (separator + separator.join(parts) if parts else "")
    return separator.join(parts)


def secrecy_lines(state: Any, lang: str = "zh") -> list[str]:
    """The secrecy office's answers and the declassification, one line each."""
    from pipeline.messages import message

    scrub = scrubber(state)
    seen: list[str] = []
    for s in state.findings:
        c = s.confirmation
        if c is None or c.finding_id != s.row.finding_id:
            continue
        verdict = "secrecy_confirmed" if c.result == "confirmed" else "secrecy_rejected"
        seen.append(
            message(
                "secrecy_answer",
                lang,
                verdict=message(verdict, lang),
                finding=c.finding_id,
                opinion=scrub(c.opinion),
                reviewer=c.reviewer,
                date=c.answered_at[:10],
            )
        )
    d = state.declassification
    if d is not None:
        seen.append(
            message(
                "declassified_line",
                lang,
                basis=scrub(d.basis),
                reviewer=d.reviewer,
                date=d.decided_at[:10],
            )
        )
    return seen


def secrecy_opinions(state: Any, lang: str = "zh") -> str:
    from pipeline.messages import message

    return message("list_separator", lang).join(secrecy_lines(state, lang))


def relaxation_notes(state: Any, lang: str = "zh") -> str:
    """Each sign-off that relied on a relaxed separation rule, with the office's reason."""
    from pipeline.messages import message
    from pipeline.workflow.refusal import localized

    scrub = scrubber(state)
    return message("list_separator", lang).join(
        message(
            "relaxed_note",
            lang,
            **localized(
                {
                    "stage": r.stage,
                    "label": r.rule,
                    "reviewer": r.reviewer,
                    "reason": scrub(r.reason),
                },
                lang,
            ),
        )
        for r in state.relaxations
    )


def _approval_date(state: Any) -> datetime.date | None:
    approval = state.signoffs.get("审批")
    return datetime.date.fromisoformat(approval.signed_at[:10]) if approval else None


def ledger_rows(
    session: Session,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    carrier: str = "",
    lang: str = "zh",
) -> list[list[Any]]:
    """Approved and published cases whose 审批 date is within [start, end]; the words the
    ledger adds (公开方式, reasons, answers) in ``lang``, the documents' values as they are."""
    from pipeline.workflow.state import load_state

    rows: list[list[Any]] = []
    cases = session.scalars(
        select(Case).where(Case.status.in_(("approved", "published"))).order_by(Case.id)
    )
    for case in cases:
        state = load_state(session, case)
        approved = _approval_date(state)
        if approved is None or (start and approved < start) or (end and approved > end):
            continue
        scrub = scrubber(state)
        publication = state.publications[-1] if state.publications else None
        row: list[Any] = [
            len(rows) + 1,
            case.case_id,
            case.title or Path(case.name).stem,
            case.doc_number or "",
            # The document's own 索引号 when it prints one; never the case id.
            case.index_number or "",
            "、".join(case.issuers),
            method_label(state.attribute or "", lang),
            withheld_summary(state, lang),
            # Where it was published, once it was: a case approved and never published (one
            # withheld, above all) is on no website.
            publication.carrier if publication else "",
            publication.published_at[:10] if publication else "",
            publication.entered_by if publication else "",
        ]
        for stage in ("初审", "复审", "审批"):
            signoff = state.signoffs.get(stage)
            row += (
                [scrub(signoff.opinion), signoff.reviewer, signoff.signed_at[:10]]
                if signoff
                else ["", "", ""]
            )
        row.append(secrecy_opinions(state, lang))
        row.append(relaxation_notes(state, lang))
        rows.append(row)
    return rows
