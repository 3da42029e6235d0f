"""The words of what an inspector is handed (the ledger, the catalogue, the review form), in
Chinese (default) and English; ``pipeline.messages`` merges them into its table.

The Chinese is what the seeds and the paper form say; the English is for ``--lang en``. The
documents' own values (title, number, issuers, opinions, names) are never translated.
"""

from __future__ import annotations

# The ledger's columns, in order (``pipeline.reports.ledger.LEDGER_HEADERS`` is the Chinese).
LEDGER_HEADERS_EN = [
    "No.",
    "case",
    "document title",
    "document number",
    "index number",
    "issuer",
    "disclosure method",
    "withheld content and reasons",
    "published on (carrier)",
    "published at",
    "entered by",
    "opinion of the division head",
    "division head",
    "date of the division head's review",
    "opinion of the leader in charge of secrecy",
    "leader in charge of secrecy",
    "date of the secrecy leader's review",
    "opinion of the leader in charge of disclosure",
    "leader in charge of disclosure",
    "date of the disclosure leader's approval",
    "opinion of the secrecy office",
    "relaxed separation rules",
]

CATALOGUE_HEADERS_EN = [
    "No.",
    "index number",
    "document title",
    "document number",
    "issuer",
    "date of the document",
    "disclosure attribute",
    "published at",
    "case",
]

REPORT_MESSAGES: dict[str, dict[str, str]] = {
    "ledger_sheet": {"zh": "保密审查台账", "en": "review ledger"},
    "catalogue_sheet": {"zh": "政府信息公开目录", "en": "disclosure catalogue"},
    # 公开方式 as the ledger and the form say it
    "method_主动公开": {"zh": "主动公开", "en": "proactive disclosure"},
    "method_依申请公开": {
        "zh": "针对特定人群（依申请公开）",
        "en": "to particular persons (disclosure on application)",
    },
    "method_不予公开": {"zh": "不公开", "en": "not published"},
    "method_须报审": {"zh": "须报审", "en": "refer to the secrecy office"},
    "withheld_part": {
        "zh": "{category}{count}处：{reason}（依据：{basis}）",
        "en": "{category}, {count} item(s): {reason} (basis: {basis})",
    },
    "withheld_in_full": {"zh": "全文不予公开", "en": "withheld in full"},
    "withheld_in_full_line": {"zh": "全文不予公开。", "en": "Withheld in full."},
    "withheld_nothing": {"zh": "无", "en": "none"},
    "secrecy_answer": {
        "zh": "{verdict}（{finding}）：{opinion}（{reviewer}，{date}）",
        "en": "{verdict} ({finding}): {opinion} ({reviewer}, {date})",
    },
    "secrecy_confirmed": {"zh": "确认", "en": "confirmed"},
    "secrecy_rejected": {"zh": "不予确认", "en": "not confirmed"},
    "declassified_line": {
        "zh": "解密：{basis}（{reviewer}，{date}）",
        "en": "declassified: {basis} ({reviewer}, {date})",
    },
    "list_separator": {"zh": "；", "en": "; "},
    # the review form
    "form_title": {"zh": "政府信息公开保密审查审批表", "en": "Confidentiality review form"},
    "form_case": {"zh": "案卷编号：{case}", "en": "Case: {case}"},
    "form_unit": {"zh": "单位：{unit}", "en": "Unit: {unit}"},
    "form_name": {"zh": "文件名称", "en": "Title"},
    "form_number": {"zh": "文号", "en": "Number"},
    "form_carrier": {"zh": "载体形式", "en": "Form"},
    "form_method": {"zh": "公开方式", "en": "Disclosure"},
    "form_published": {"zh": "公开时间", "en": "Published"},
    "form_summary": {"zh": "内容摘要", "en": "Summary"},
    "form_withheld": {"zh": "不予公开部分\n及理由", "en": "Withheld parts\nand reasons"},
    "form_withheld_docx": {"zh": "不予公开部分及理由", "en": "Withheld parts and reasons"},
    "form_opinion_初审": {"zh": "初审意见", "en": "First review"},
    "form_opinion_复审": {"zh": "复审意见", "en": "Second review"},
    "form_opinion_审批": {"zh": "审批意见", "en": "Approval"},
    "form_opinion_secrecy": {"zh": "保密工作\n部门意见", "en": "Secrecy\noffice"},
    "form_opinion_secrecy_docx": {"zh": "保密工作部门意见", "en": "Secrecy office"},
    "form_attribute": {"zh": "公开属性：{attribute}", "en": "Disclosure attribute: {attribute}"},
    "form_signature": {
        "zh": "签名：{signer}　　日期：{date}",
        "en": "Signed: {signer}    Date: {date}",
    },
    "form_no_date": {"zh": "    年  月  日", "en": "          "},
    "form_carrier_format": {"zh": "电子文档（{format}）", "en": "electronic document ({format})"},
}
