"""User-facing messages of the reviewers' manual redactions (``baomi redact``) and of the
checks publish makes on them, in Chinese (default) and English; ``pipeline.messages`` merges
them into its table."""

from __future__ import annotations

WORKFLOW_MESSAGES: dict[str, dict[str, str]] = {
    "redaction_added": {
        "zh": "已登记人工删除 {redaction}（案卷 {case}），公开时执行",
        "en": "manual redaction {redaction} recorded for case {case}; publish applies it",
    },
    "redaction_removed": {
        "zh": "已撤销人工删除 {redaction}（案卷 {case}）",
        "en": "manual redaction {redaction} of case {case} taken back",
    },
    "manual_text_or_area": {
        "zh": "请给出要删除的文字（--text）或区域（--page 与 --box），二者选一",
        "en": "give either the text to redact (--text) or an area (--page and --box)",
    },
    "manual_area_incomplete": {
        "zh": "删除区域须同时给出页码（--page）和区域（--box x0,y0,x1,y1）",
        "en": "an area needs both the page (--page) and the box (--box x0,y0,x1,y1)",
    },
    "manual_bad_box": {
        "zh": "区域“{box}”无效：应为四个非负数 x0,y0,x1,y1（页面坐标，磅），且 x0<x1、y0<y1",
        "en": "the box '{box}' is not valid: four non-negative numbers x0,y0,x1,y1 (page "
        "points) with x0<x1 and y0<y1",
    },
    "manual_bad_page": {
        "zh": "页码 {page} 无效（从 1 开始）",
        "en": "page {page} is not valid (pages are counted from 1)",
    },
    "manual_area_format": {
        "zh": "{format} 文件没有页面坐标，只能按文字删除（--text）",
        "en": "a {format} file has no page coordinates: redact by text (--text)",
    },
    "manual_text_short": {
        "zh": "“{text}”太短：至少两个字符，否则会删除文中每一个相同的字",
        "en": "'{text}' is too short: at least two characters, or every such character in "
        "the document would be redacted",
    },
    "manual_bad_category": {
        "zh": "类别 {category} 不可用",
        "en": "the category {category} cannot be used",
    },
    "manual_not_found": {
        "zh": "案卷 {case} 没有有效的人工删除 {redaction}",
        "en": "case {case} has no manual redaction {redaction} in force",
    },
    "manual_text_absent": {
        "zh": "人工删除 {redaction} 的文字在原件中找不到，请撤销或改正后再公开",
        "en": "the text of manual redaction {redaction} does not occur in the original: take "
        "it back or correct it before publishing",
    },
    "manual_page_absent": {
        "zh": "人工删除 {redaction} 所在的第 {page} 页不存在",
        "en": "page {page} of manual redaction {redaction} does not exist",
    },
    "publish_area_left": {
        "zh": "公开文本未能通过核验：人工删除区域内仍有内容（第 {pages} 页），未生成文件",
        "en": "the copy failed verification: something is left inside a redacted area (page "
        "{pages}); nothing was written",
    },
    "warning_prefix": {"zh": "注意：", "en": "warning: "},
    "note_contradicts": {
        "zh": "拟稿单位的标注 {finding}（{note}）与公开属性“{attribute}”不一致：由审批人按标注确定公开"
        "属性，或决定删除该标注（baomi decide … --action redact）",
        "en": "the drafter's note {finding} ({note}) contradicts the attribute {attribute}: the "
        "approver sets the attribute the note states, or the note is removed by a decision "
        "(baomi decide … --action redact)",
    },
    "case_manual_header": {
        "zh": "人工删除：",
        "en": "Manual redactions:",
    },
    "case_manual_text": {
        "zh": "  {id}  文字“{text}”的每一处（{category}）  {reviewer}：{reason}",
        "en": "  {id}  every occurrence of '{text}' ({category})  {reviewer}: {reason}",
    },
    "case_manual_area": {
        "zh": "  {id}  第 {page} 页区域 {box}（{category}）  {reviewer}：{reason}",
        "en": "  {id}  page {page}, area {box} ({category})  {reviewer}: {reason}",
    },
}
