"""User-facing messages, in Chinese (default) and English (``--lang en``).

Messages never contain a sensitive value: only file names, types, counts and locations.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "empty_file": {"zh": "文件为空", "en": "the file is empty"},
    "unreadable": {"zh": "无法读取文件：{reason}", "en": "cannot read the file: {reason}"},
    "not_found": {"zh": "文件不存在", "en": "no such file"},
    "unsupported_type": {
        "zh": "不支持的文件类型（支持 TXT、DOCX、PDF）",
        "en": "unsupported file type (TXT, DOCX and PDF are supported)",
    },
    "too_large": {
        "zh": "文件过大（{size} 字节，上限 {limit} 字节）",
        "en": "the file is too large ({size} bytes, limit {limit})",
    },
    "too_many_pages": {
        "zh": "页数过多（{pages} 页，上限 {limit} 页）",
        "en": "too many pages ({pages}, limit {limit})",
    },
    "pdf_corrupt": {
        "zh": "PDF 文件已损坏，无法解析",
        "en": "the PDF is corrupt and cannot be parsed",
    },
    "pdf_encrypted": {
        "zh": "PDF 文件已加密，请提供密码后再审查",
        "en": "the PDF is encrypted; supply its password to review it",
    },
    "pdf_no_pages": {
        "zh": "PDF 文件没有可读的页面（可能已损坏）",
        "en": "the PDF has no readable pages (it may be corrupt)",
    },
    "docx_not_zip": {
        "zh": "不是有效的 DOCX 文件（不是 ZIP 压缩包）",
        "en": "not a valid DOCX file (not a ZIP package)",
    },
    "docx_corrupt": {"zh": "DOCX 文件已损坏：{reason}", "en": "the DOCX is corrupt: {reason}"},
    "docx_encrypted": {
        "zh": "DOCX 文件已加密，请先解除密码保护",
        "en": "the DOCX is encrypted; remove the password protection first",
    },
    "txt_not_text": {
        "zh": "不是文本文件（无法识别编码）",
        "en": "not a text file (unknown encoding)",
    },
    "leak_detected": {
        "zh": "校验未通过：可公开副本中仍有 {count} 处应删除内容（{types}），已拒绝输出",
        "en": "leak check failed: {count} redacted value(s) ({types}) still in the copy; "
        "no publishable copy was written",
    },
    "write_failed": {"zh": "无法写入输出：{reason}", "en": "cannot write the output: {reason}"},
    "internal_error": {
        "zh": "内部错误（{kind}），该文件未完成审查",
        "en": "internal error ({kind}); this document was not reviewed",
    },
    "config_unreadable": {
        "zh": "配置文件无法读取：{path}：{reason}",
        "en": "cannot read the configuration {path}: {reason}",
    },
    "config_invalid": {
        "zh": "配置项无效：{key}：{reason}",
        "en": "invalid configuration value {key}: {reason}",
    },
    "terms_unreadable": {
        "zh": "关键词清单无法读取：{path}：{reason}",
        "en": "cannot read the keyword list {path}: {reason}",
    },
    "terms_bad_line": {
        "zh": "关键词清单第 {line} 行无效：{reason}",
        "en": "keyword list line {line} is invalid: {reason}",
    },
    "no_inputs": {"zh": "没有找到可审查的文件", "en": "no documents found to review"},
    "summary_line": {
        "zh": "{name}：{attribute}；删除 {redact}，待审 {review}，保留 {keep}",
        "en": "{name}: {attribute}; redact {redact}, review {review}, keep {keep}",
    },
    "summary_total": {
        "zh": "共 {documents} 个文件：{clean} 个无需处理，{action} 个需要删除或审核，{errors} 个出错",
        "en": "{documents} document(s): {clean} clean, {action} need redaction or review, "
        "{errors} error(s)",
    },
    "unverifiable": {
        "zh": "注意：{name}：部分内容无法自动核验（如扫描页面或缺少文字映射的字体），须人工审查",
        "en": "note: {name}: some content cannot be checked automatically (scanned pages or "
        "fonts without a text mapping); it needs a manual review",
    },
    "error_line": {"zh": "错误：{name}：{reason}", "en": "error: {name}: {reason}"},
}

ATTRIBUTE_EN = {
    "主动公开": "proactive disclosure",
    "依申请公开": "disclosure on application",
    "不予公开": "withheld",
    "须报审": "refer to the secrecy office",
}


def message(key: str, lang: str = "zh", /, **params: Any) -> str:
    """Render message ``key`` in ``lang`` (falls back to Chinese, then to the key)."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["zh"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def attribute_label(attribute: str, lang: str) -> str:
    return ATTRIBUTE_EN.get(attribute, attribute) if lang == "en" else attribute
