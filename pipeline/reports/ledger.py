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

METHOD = {
    "主动公开": "主动公开",
    "依申请公开": "针对特定人群（依申请公开）",
    "不予公开": "不公开",
    "须报审": "须报审",
}


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


def withheld_parts(state: Any) -> list[str]:
    """Each category withheld, with its count, basis and reason (no original text)."""
    from pipeline.policy import CATEGORY_REASONS, label

    counts: Counter[str] = Counter()
    laws: dict[str, str] = {}
    reasons: dict[str, set[str]] = {}
    for s in state.findings:
        if s.action != "redact":
            continue
        counts[s.row.category] += 1
        laws.setdefault(s.row.category, s.row.basis)
        reasons.setdefault(s.row.category, set()).add(s.row.reason)
    lines = []
    for category, count in counts.items():
        # One reason for the category; when its findings give different ones (an ID number,
        # a name…), the category's general reason.
        given = reasons[category]
        reason = next(iter(given)) if len(given) == 1 else CATEGORY_REASONS.get(category, "")
        lines.append(f"{label(category)}{count}处：{reason}（依据：{laws[category]}）")
    return lines


def withheld_summary(state: Any) -> str:
    parts = withheld_parts(state)
    if state.attribute == "不予公开":
        head = "全文不予公开"
        return head + ("；" + "；".join(parts) if parts else "")
    return "；".join(parts)


def secrecy_opinions(state: Any) -> str:
    scrub = scrubber(state)
    seen: list[str] = []
    for s in state.findings:
        c = s.confirmation
        if c is None or c.finding_id != s.row.finding_id:
            continue
        verdict = "确认" if c.result == "confirmed" else "不予确认"
        line = (
            f"{verdict}（{c.finding_id}）：{scrub(c.opinion)}（{c.reviewer}，{c.answered_at[:10]}）"
        )
        seen.append(line)
    d = state.declassification
    if d is not None:
        seen.append(f"解密：{scrub(d.basis)}（{d.reviewer}，{d.decided_at[:10]}）")
    return "；".join(seen)


def relaxation_notes(state: Any) -> str:
    """Each sign-off that relied on a relaxed separation rule, with the office's reason."""
    from pipeline.messages import message
    from pipeline.workflow.refusal import localized

    scrub = scrubber(state)
    return "；".join(
        message(
            "relaxed_note",
            "zh",
            **localized(
                {
                    "stage": r.stage,
                    "label": r.rule,
                    "reviewer": r.reviewer,
                    "reason": scrub(r.reason),
                },
                "zh",
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
) -> list[list[Any]]:
    """Approved and published cases whose 审批 date is within [start, end]."""
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
            METHOD.get(state.attribute or "", state.attribute or ""),
            withheld_summary(state),
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
        row.append(secrecy_opinions(state))
        row.append(relaxation_notes(state))
        rows.append(row)
    return rows
