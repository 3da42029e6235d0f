"""User-facing messages, in Chinese (default) and English (``--lang en``).

Messages never contain a sensitive value: only file names, types, counts and locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.labels import LABELS

MESSAGES: dict[str, dict[str, str]] = {
    "empty_file": {"zh": "文件为空", "en": "the file is empty"},
    "unreadable": {"zh": "无法读取文件：{reason}", "en": "cannot read the file: {reason}"},
    "not_found": {"zh": "文件不存在", "en": "no such file"},
    "unsupported_type": {
        "zh": "不支持的文件类型（支持 {supported}）",
        "en": "unsupported file type ({supported} are supported)",
    },
    "unsupported_kind": {
        "zh": "不支持的文件类型：{kind}（支持 {supported}）",
        "en": "unsupported file type: {kind} ({supported} are supported)",
    },
    "unsupported_skipped": {
        "zh": "未审查（文件类型不支持，已按 --skip-unsupported 跳过）：{name}：{kind}",
        "en": "not reviewed (unsupported file type, skipped by --skip-unsupported): {name}: {kind}",
    },
    "no_text": {
        "zh": "（该文件没有文字内容）",
        "en": " (the document has no text)",
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
    "docx_missing_part": {
        "zh": "DOCX 文件已损坏：缺少部件 {part}",
        "en": "the DOCX is corrupt: {part} is missing",
    },
    "docx_damaged_data": {
        "zh": "DOCX 文件已损坏：压缩数据无法解开",
        "en": "the DOCX is corrupt: its compressed data cannot be unpacked",
    },
    "docx_compression": {
        "zh": "DOCX 文件使用了不支持的压缩方式",
        "en": "the DOCX uses a compression method that is not supported",
    },
    "docx_bad_xml": {
        "zh": "DOCX 文件已损坏：部件 {part} 不是合法的 XML（第 {line} 行）",
        "en": "the DOCX is corrupt: part {part} is not well-formed XML (line {line})",
    },
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
    "image_corrupt": {
        "zh": "图片文件已损坏或格式不受支持",
        "en": "the image file is damaged or in an unsupported format",
    },
    "scan_unpainted": {
        "zh": "校验未通过：扫描图像中有 {count} 处应删除内容未被完全涂盖，已拒绝输出",
        "en": "leak check failed: {count} redacted area(s) of a scanned image are not fully "
        "painted over; no publishable copy was written",
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
    "names_unreadable": {
        "zh": "姓名清单无法读取：{path}：{reason}",
        "en": "cannot read the names list {path}: {reason}",
    },
    "names_bad_line": {
        "zh": "姓名清单第 {line} 行无效：{reason}",
        "en": "names list line {line} is invalid: {reason}",
    },
    "reason_names_list": {
        "zh": "该姓名列于本单位配置的姓名清单（{origin}），为自然人姓名，属于个人隐私，不予公开。",
        "en": "the name is on the unit's configured names list ({origin}): a natural person's "
        "name is personal privacy and is withheld.",
    },
    "no_inputs": {"zh": "没有找到可审查的文件", "en": "no documents found to review"},
    "summary_line": {
        "zh": "{name}：{attribute}；删除 {redact}，待审 {review}，保留 {keep}",
        "en": "{name}: {attribute}; redact {redact}, review {review}, keep {keep}",
    },
    "summary_case": {"zh": "（案卷 {case}）", "en": " (case {case})"},
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
    "copy_withheld": {
        "zh": "公开属性为“{attribute}”，未生成可公开副本",
        "en": "disclosure attribute {attribute}: no publishable copy was written",
    },
    "copy_withheld_preview": {
        "zh": "公开属性为“{attribute}”，未生成可公开副本；仅生成供审查人员查看的预览件（*.preview.*，不得公开）",
        "en": "disclosure attribute {attribute}: no publishable copy was written, only a "
        "preview for the reviewers (*.preview.*, not for publication)",
    },
    "check_preview": {
        "zh": "该文件是审查预览件（*.preview.*），不是可公开副本，不得公开",
        "en": "this file is a reviewers' preview (*.preview.*), not a publishable copy",
    },
    # workflow
    "register_unavailable": {
        "zh": "无法打开审查登记库 {url}：{reason}",
        "en": "cannot open the register {url}: {reason}",
    },
    "register_head_missing": {
        "zh": "审查登记库的审计链头记录缺失，请先运行 baomi audit verify",
        "en": "the register's audit chain head is missing; run baomi audit verify",
    },
    "case_not_found": {"zh": "没有编号为 {case} 的案卷", "en": "no case {case}"},
    "finding_not_found": {
        "zh": "案卷 {case} 中没有审查项 {finding}",
        "en": "case {case} has no finding {finding}",
    },
    "case_published": {
        "zh": "案卷 {case} 已公开，不能再修改；如需变更请重新审查文件",
        "en": "case {case} is already published; review the document again to change it",
    },
    "case_approved": {
        "zh": "案卷 {case} 已审批，不能再修改；如需变更请重新审查文件",
        "en": "case {case} is already approved; review the document again to change it",
    },
    "already_signed": {
        "zh": "{stage}已由 {by} 于 {date} 签署",
        "en": "{stage} was already signed by {by} on {date}",
    },
    "sign_out_of_order": {
        "zh": "不能签署{stage}：须先完成{before}",
        "en": "cannot sign {stage}: {before} must be signed first",
    },
    "sign_refused": {"zh": "不能签署{stage}：", "en": "cannot sign {stage}: "},
    "attribute_unsettled": {
        "zh": "公开属性仍为“须报审”，请用 --attribute 确定公开属性",
        "en": "the disclosure attribute is still 须报审; settle it with --attribute",
    },
    "missing_secrecy": {
        "zh": "保密工作部门尚未确认审查项 {findings}",
        "en": "the secrecy office has not answered on {findings}",
    },
    "missing_decision": {
        "zh": "审查项 {findings} 尚待人工决定（baomi decide）",
        "en": "findings {findings} still need a reviewer's decision (baomi decide)",
    },
    "missing_unverifiable": {
        "zh": "审查项 {findings} 为无法自动核验的内容（扫描页面、图片、无文字映射的字体或嵌入对象），"
        "须删除该区域或说明理由后保留（baomi decide / baomi redact）",
        "en": "findings {findings} are content the leak check cannot verify (scanned pages, "
        "images, fonts without a text mapping, embedded objects): redact the area or keep it "
        "with a reason (baomi decide / baomi redact)",
    },
    "decide_object_left_out": {
        "zh": "审查项 {finding} 为无法审查的嵌入对象，公开副本不含该对象，不能保留；请决定删除",
        "en": "finding {finding} is an embedded object that cannot be reviewed; the copy never "
        "carries it, so it cannot be kept: decide redact",
    },
    "missing_signoff": {"zh": "缺少{stage}意见", "en": "the {stage} sign-off is missing"},
    "missing_copy": {
        "zh": "没有通过校验的可公开副本，请重新审查文件",
        "en": "there is no checked publishable copy; review the document again",
    },
    "missing_declassification": {
        "zh": "文件密级标志已过保密期限，须先履行解密程序（baomi declassify）",
        "en": "the classification period has run out: record the declassification first "
        "(baomi declassify)",
    },
    "marking_in_force": {
        "zh": "文件标有{level}级国家秘密标志，保密期限至 {until}，不得公开",
        "en": "the document is marked {level} and classified until {until}; it cannot be published",
    },
    "missing_consent": {
        "zh": "缺少联合发文机关“{issuer}”的同意意见（baomi consent）",
        "en": "the consent of joint issuer {issuer} is missing (baomi consent)",
    },
    "attribute_not_publishable": {
        "zh": "公开属性为“{attribute}”，不能公开",
        "en": "the disclosure attribute is {attribute}: not for publication",
    },
    "publish_refused": {
        "zh": "案卷 {case} 不能公开，缺少：",
        "en": "case {case} cannot be published; missing: ",
    },
    "decide_pending_secrecy": {
        "zh": "审查项 {finding} 正等待保密工作部门确认，不能由审核人改变",
        "en": "finding {finding} awaits the secrecy office; a reviewer cannot change it",
    },
    "decide_confirmed_secret": {
        "zh": "审查项 {finding} 已经保密工作部门确认为国家秘密，不能保留公开",
        "en": "the secrecy office confirmed {finding} as a state secret; it cannot be kept",
    },
    "not_routed": {
        "zh": "审查项 {finding} 未报送保密工作部门",
        "en": "finding {finding} was not referred to the secrecy office",
    },
    "already_answered": {
        "zh": "保密工作部门已答复审查项 {finding}（{status}）",
        "en": "the secrecy office already answered on {finding} ({status})",
    },
    "declassify_no_marking": {
        "zh": "该文件没有国家秘密标志，无需解密",
        "en": "the document carries no classification marking; nothing to declassify",
    },
    "declassify_in_force": {
        "zh": "{level}级标志的保密期限至 {until}，尚未届满；提前解密须由定密机关决定，不能在此登记",
        "en": "the {level} marking is in force until {until}; early declassification is for the "
        "classifying authority, not recorded here",
    },
    "already_declassified": {
        "zh": "已由 {by} 于 {date} 登记解密",
        "en": "declassification was recorded by {by} on {date}",
    },
    "not_an_issuer": {
        "zh": "“{issuer}”不是该文件的发文机关（发文机关：{issuers}）",
        "en": "{issuer} is not an issuer of this document (issuers: {issuers})",
    },
    "already_consented": {
        "zh": "“{issuer}”的同意意见已由 {by} 于 {date} 登记",
        "en": "the consent of {issuer} was recorded by {by} on {date}",
    },
    "copy_changed": {
        "zh": "审查生成的可公开副本已不存在或被改动（{path}），请重新审查文件",
        "en": "the reviewed copy is gone or was changed ({path}); review the document again",
    },
    "copy_record_missing": {
        "zh": "可公开副本中没有审查记录（{path}），请重新审查文件",
        "en": "the copy carries no review record ({path}); review the document again",
    },
    "original_unavailable": {
        "zh": "审核人改变了删除内容，须按原件重新生成副本，但原件无法读取（{path}）",
        "en": "reviewers changed what is redacted, so the copy must be made again from the "
        "original, which cannot be read ({path})",
    },
    "original_changed": {
        "zh": "原件已被改动（{path}），请重新审查文件",
        "en": "the original was changed ({path}); review the document again",
    },
    "rereview_needed": {
        "zh": "重新生成副本时审查结果与案卷 {case} 不一致（识别规则或关键词清单已变化），"
        "请重新审查文件并重新签署",
        "en": "re-running the review no longer gives the findings of case {case} (recognizers "
        "or keyword lists changed); review the document again and sign again",
    },
    "publish_leak": {
        "zh": "校验未通过：公开副本中仍有应删除内容（{findings}），已拒绝输出",
        "en": "leak check failed: redacted values ({findings}) are still in the copy; "
        "nothing was written",
    },
    "published": {
        "zh": "已公开：{path}（案卷 {case}）",
        "en": "published: {path} (case {case})",
    },
    "published_rereviewed": {
        "zh": "已按审核决定重新生成副本：{path}（案卷 {case}）",
        "en": "the copy was made again with the reviewers' decisions: {path} (case {case})",
    },
    "signed": {
        "zh": "已登记{stage}意见（案卷 {case}，{by}）",
        "en": "{stage} signed for case {case} by {by}",
    },
    "decided": {
        "zh": "已登记对审查项 {finding} 的决定：{action}（案卷 {case}）",
        "en": "decision on {finding} recorded: {action} (case {case})",
    },
    "secrecy_answered": {
        "zh": "已登记保密工作部门意见：{findings}（{result}）",
        "en": "secrecy office answer recorded for {findings} ({result})",
    },
    "declassified": {
        "zh": "已登记解密决定（案卷 {case}）",
        "en": "declassification recorded (case {case})",
    },
    "consented": {
        "zh": "已登记“{issuer}”的同意意见（案卷 {case}）",
        "en": "consent of {issuer} recorded (case {case})",
    },
    "queue_empty": {
        "zh": "没有待保密工作部门确认的事项",
        "en": "nothing awaits the secrecy office",
    },
    "queue_line": {
        "zh": "{case} {finding} {entity}（{category}）{name}：报送 {filed}，期限 {due}{late}",
        "en": "{case} {finding} {entity} ({category}) {name}: filed {filed}, due {due}{late}",
    },
    "queue_overdue": {"zh": "，已逾期", "en": ", OVERDUE"},
    "no_cases": {"zh": "没有案卷", "en": "no cases"},
    "case_line": {
        "zh": "{case} {status} {name}：{attribute}；已签 {signed}；下一步 {next}",
        "en": "{case} {status} {name}: {attribute}; signed {signed}; next {next}",
    },
    "show_head": {"zh": "{case}  {name}  [{status}]", "en": "{case}  {name}  [{status}]"},
    "show_field": {"zh": "  {label}：{value}", "en": "  {label}: {value}"},
    "show_title": {"zh": "标题", "en": "title"},
    "show_number": {"zh": "文号", "en": "document number"},
    "show_issuers": {"zh": "发文机关", "en": "issuers"},
    "show_attribute": {"zh": "公开属性", "en": "disclosure attribute"},
    "show_findings": {"zh": "审查项", "en": "findings"},
    "show_seen_as": {"zh": "  文件：{name}（{path}）", "en": "  file: {name} ({path})"},
    "show_finding_head": {
        "zh": "  {id} {entity}（{category}）：{proposed} → {action}{status}",
        "en": "  {id} {entity} ({category}): {proposed} → {action}{status}",
    },
    "show_finding_status": {"zh": "（{status}）", "en": " ({status})"},
    "show_finding_where": {"zh": "；{where}", "en": "; {where}"},
    "show_finding_context": {"zh": "：“{context}”", "en": ": “{context}”"},
    "show_finding_value": {"zh": "；原文：{text}", "en": "; value: {text}"},
    "show_decision": {
        "zh": "      决定：{action}（{by}，{at}）：{reason}",
        "en": "      decision: {action} ({by}, {at}): {reason}",
    },
    "show_secrecy": {
        "zh": "      保密工作部门：{result}（{by}，{at}）：{opinion}",
        "en": "      secrecy office: {result} ({by}, {at}): {opinion}",
    },
    "show_signoff": {"zh": "  {stage}：{by} {at} {opinion}", "en": "  {stage}: {by} {at} {opinion}"},
    "show_missing": {"zh": "  尚缺：{text}", "en": "  missing: {text}"},
    "written": {"zh": "已写入：{path}（{rows} 条）", "en": "written: {path} ({rows} rows)"},
    "form_written": {"zh": "已生成审批表：{path}", "en": "form written: {path}"},
    "bad_date": {
        "zh": "日期格式无效：{value}（应为 YYYY-MM-DD）",
        "en": "invalid date {value} (expected YYYY-MM-DD)",
    },
    "bad_out_format": {
        "zh": "不支持的输出格式：{path}（支持 {formats}）",
        "en": "unsupported output format: {path} ({formats})",
    },
    "audit_ok": {
        "zh": "审计链完整：共 {events} 条审计记录，未发现改动",
        "en": "audit chain intact: {events} events, no change found",
    },
    "audit_failed": {
        "zh": "审计链校验未通过：发现 {count} 处问题",
        "en": "audit verification failed: {count} problem(s)",
    },
    "audit_row_edited": {
        "zh": "审计日志第 {row} 条记录被修改",
        "en": "audit log row {row} was edited",
    },
    "audit_row_deleted": {
        "zh": "审计日志第 {first}–{last} 条记录被删除",
        "en": "audit log rows {first}–{last} were deleted",
    },
    "audit_head_missing": {
        "zh": "审计链头记录被删除",
        "en": "the audit chain head was deleted",
    },
    "audit_head_mismatch": {
        "zh": "审计链头与第 {row} 条记录不符（记录被追加或改动）",
        "en": "the audit chain head does not match row {row} (rows added or changed)",
    },
    "register_row_edited": {
        "zh": "{table} 表第 {row} 行与审计日志不符（被修改）",
        "en": "{table} row {row} does not match the audit log (edited)",
    },
    "register_row_deleted": {
        "zh": "{table} 表第 {row} 行被删除（审计日志第 {event} 条）",
        "en": "{table} row {row} was deleted (audit log row {event})",
    },
    "register_findings_changed": {
        "zh": "案卷 {case} 第 {revision} 版的审查项与审计日志不符（被修改或删除）",
        "en": "the findings of case {case} revision {revision} do not match the audit log",
    },
    "register_tampered": {
        "zh": "案卷 {case} 的登记数据与审计链不符，已拒绝操作（请运行 baomi audit verify 查明原因）：",
        "en": "the register's rows for case {case} do not match its audit chain; refused "
        "(run baomi audit verify to find out why): ",
    },
    "register_case_unaudited": {
        "zh": "案卷 {case} 没有审计记录",
        "en": "case {case} has no audit events",
    },
    # batch
    "worker_crashed": {
        "zh": "审查该文件的工作进程异常退出（文件可能使解析库崩溃），该文件未完成审查",
        "en": "the worker process reviewing this document died (the file may crash a parser); "
        "it was not reviewed",
    },
    "dask_missing": {
        "zh": "未安装 Dask：请安装 baomi[dask]",
        "en": "Dask is not installed: install baomi[dask]",
    },
    "dask_needs_scheduler": {
        "zh": "--executor dask 需要 --scheduler tcp://主机:端口",
        "en": "--executor dask needs --scheduler tcp://HOST:PORT",
    },
    "dask_unreachable": {
        "zh": "无法连接 Dask 调度器 {scheduler}：{reason}",
        "en": "cannot reach the Dask scheduler {scheduler}: {reason}",
    },
    "dask_paths": {
        "zh": "Dask 工作节点 {worker} 看不到 {path}：输入和输出目录须位于各节点以相同路径挂载的共享文件系统上",
        "en": "Dask worker {worker} cannot see {path}: inputs and --out must be on a filesystem "
        "every worker mounts at the same path",
    },
    "summary_skipped": {
        "zh": "（未变化，沿用上次结果）",
        "en": " (unchanged, previous result reused)",
    },
    "progress_line": {"zh": "[{done}/{total}] {name}", "en": "[{done}/{total}] {name}"},
    "progress_label": {"zh": "审查", "en": "reviewing"},
    "table_title": {"zh": "审查汇总", "en": "Review summary"},
    "table_item": {"zh": "项目", "en": "item"},
    "table_count": {"zh": "数量", "en": "count"},
    "table_documents": {"zh": "文件总数", "en": "documents"},
    "table_reviewed": {"zh": "本次审查", "en": "reviewed now"},
    "table_skipped": {"zh": "未变化跳过", "en": "unchanged, skipped"},
    "table_clean": {"zh": "无需处理", "en": "clean"},
    "table_action": {"zh": "需要删除或审核", "en": "need redaction or review"},
    "table_errors": {"zh": "出错", "en": "errors"},
    "table_category": {"zh": "类别", "en": "category"},
    "table_redact": {"zh": "删除", "en": "redact"},
    "table_review": {"zh": "待审", "en": "review"},
    "table_keep": {"zh": "保留", "en": "keep"},
    "table_findings_title": {"zh": "审查项（按类别）", "en": "Findings by category"},
    "table_attribute": {"zh": "公开属性", "en": "disclosure attribute"},
    "table_attributes_title": {"zh": "公开属性", "en": "Disclosure attributes"},
    "table_errors_title": {"zh": "出错文件", "en": "Errors"},
    "table_file": {"zh": "文件", "en": "file"},
    "table_reason": {"zh": "原因", "en": "reason"},
    "check_line": {
        "zh": "{name}：{attribute}；删除 {redact}，待审 {review}，保留 {keep}{verdict}",
        "en": "{name}: {attribute}; redact {redact}, review {review}, keep {keep}{verdict}",
    },
    "check_blocked": {"zh": "——不得公开", "en": " — must not be published"},
    "check_finding": {
        "zh": "  {where}{entity}（{category}）：{action}。{reason}",
        "en": "  {where}{entity} ({category}): {action}. {reason}",
    },
    "check_attribute": {
        "zh": "公开属性为“{attribute}”，不得公开",
        "en": "disclosure attribute {attribute}: not for publication",
    },
    "check_unverifiable": {
        "zh": "部分内容无法自动核验（如扫描页面或缺少文字映射的字体），须人工审查",
        "en": "some content cannot be checked automatically (scanned pages or fonts without "
        "a text mapping); it needs a manual review",
    },
    "check_total": {
        "zh": "共 {documents} 个文件：{blocked} 个不得公开，{errors} 个出错",
        "en": "{documents} document(s): {blocked} must not be published, {errors} error(s)",
    },
    "action_redact": {"zh": "应删除", "en": "redact"},
    "action_review": {"zh": "待人工审核", "en": "review"},
    "action_keep": {"zh": "可保留", "en": "keep"},
    "where_line": {"zh": "第 {line} 行 ", "en": "line {line} "},
    "where_page": {"zh": "第 {page} 页 ", "en": "page {page} "},
    "where_paragraph": {"zh": "第 {paragraph} 段 ", "en": "paragraph {paragraph} "},
    "watch_started": {
        "zh": "正在监视 {inbox}（按 Ctrl-C 退出）",
        "en": "watching {inbox} (Ctrl-C to stop)",
    },
    "watch_approved": {"zh": "已通过：{name} → {path}", "en": "approved: {name} → {path}"},
    "watch_held": {"zh": "已暂扣：{name} → {path}（{why}）", "en": "held: {name} → {path} ({why})"},
    "watch_held_action": {"zh": "需要删除或审核", "en": "needs redaction or review"},
    "watch_changed": {
        "zh": "{name} 在审查期间被改动，稍后重新审查",
        "en": "{name} changed while it was reviewed; it will be reviewed again",
    },
    "watch_incomplete": {
        "zh": "{name} 仍在写入，留待下次处理",
        "en": "{name} is still being written; left for the next run",
    },
    "watch_move_failed": {
        "zh": "无法移动 {name}：{reason}（文件仍在收件目录）",
        "en": "cannot move {name}: {reason} (the file is still in the inbox)",
    },
    "watch_same_folder": {
        "zh": "收件、通过和暂扣目录须互不相同且互不包含：{path}",
        "en": "the inbox, approved and held folders must be distinct and not nested: {path}",
    },
    # robustness
    "not_regular_file": {
        "zh": "不是普通文件（如管道或设备），未读取",
        "en": "not a regular file (a pipe or a device); not read",
    },
    "pdf_wrong_password": {
        "zh": "PDF 文件已加密，所给密码不正确",
        "en": "the PDF is encrypted and the password given is wrong",
    },
    "docx_bomb": {
        "zh": "DOCX 解压后过大（至少 {size} 字节，上限 {limit} 字节），可能是压缩炸弹，未审查",
        "en": "the DOCX unpacks to too much data (at least {size} bytes, limit {limit}); "
        "possibly a ZIP bomb, not reviewed",
    },
    "docx_part_too_large": {
        "zh": "DOCX 中有部件解压后超过 {limit} 字节，未审查",
        "en": "a part of the DOCX unpacks to more than {limit} bytes; not reviewed",
    },
    "docx_too_many_entries": {
        "zh": "DOCX 压缩包条目过多（上限 {limit} 个），未审查",
        "en": "the DOCX package has too many entries (limit {limit}); not reviewed",
    },
    "docx_dtd": {
        "zh": "DOCX 的 XML 中含有文档类型声明（DTD/实体，Office 文档不允许），未审查",
        "en": "the DOCX has a document type declaration (DTD, entities) in its XML, which "
        "Office documents must not have; not reviewed",
    },
    "pdf_cannot_redact": {
        "zh": "PDF 文件已损坏（对象缺失或无效），无法生成删除处理后的副本，未输出副本",
        "en": "the PDF is damaged (missing or invalid objects) and a redacted copy of it cannot "
        "be made; no copy was written",
    },
    "copy_unverifiable": {
        "zh": "校验未通过：删除处理后的副本无法由独立校验程序读取，未能核验，已拒绝输出"
        "（原文件可能已损坏）",
        "en": "leak check failed: the redacted copy could not be verified (the independent "
        "checker cannot read it; the original may be damaged); no publishable copy was written",
    },
    "timeout": {
        "zh": "审查超时（超过 {seconds} 秒），该文件未完成审查",
        "en": "the review took longer than {seconds} s; this document was not reviewed",
    },
    "timeout_stuck": {
        "zh": "错误：{name}：审查超时（超过 {seconds} 秒）且无法中断，运行已终止；"
        "请用 --jobs 2 或以上重新运行（超时的文件由工作进程处理）",
        "en": "error: {name}: the review took longer than {seconds} s and could not be "
        "interrupted; the run was stopped. Run again with --jobs 2 or more, where a worker "
        "process is replaced instead",
    },
    # formats: XLSX, CSV, OFD, HTML, legacy and WPS files
    "package_not_zip": {
        "zh": "不是有效的 {format} 文件（不是 ZIP 压缩包）",
        "en": "not a valid {format} file (not a ZIP package)",
    },
    "package_corrupt": {"zh": "{format} 文件已损坏：{reason}", "en": "the {format} is corrupt: {reason}"},
    "package_missing_part": {
        "zh": "{format} 文件已损坏：缺少部件 {part}",
        "en": "the {format} is corrupt: {part} is missing",
    },
    "package_damaged_data": {
        "zh": "{format} 文件已损坏：压缩数据无法解开",
        "en": "the {format} is corrupt: its compressed data cannot be unpacked",
    },
    "package_compression": {
        "zh": "{format} 文件使用了不支持的压缩方式",
        "en": "the {format} uses a compression method that is not supported",
    },
    "package_bad_xml": {
        "zh": "{format} 文件已损坏：部件 {part} 不是合法的 XML（第 {line} 行）",
        "en": "the {format} is corrupt: part {part} is not well-formed XML (line {line})",
    },
    "package_encrypted": {
        "zh": "{format} 文件已加密，请先解除密码保护",
        "en": "the {format} is encrypted; remove the password protection first",
    },
    "package_bomb": {
        "zh": "{format} 解压后过大（至少 {size} 字节，上限 {limit} 字节），可能是压缩炸弹，未审查",
        "en": "the {format} unpacks to too much data (at least {size} bytes, limit {limit}); "
        "possibly a ZIP bomb, not reviewed",
    },
    "package_part_too_large": {
        "zh": "{format} 中有部件解压后超过 {limit} 字节，未审查",
        "en": "a part of the {format} unpacks to more than {limit} bytes; not reviewed",
    },
    "package_too_many_entries": {
        "zh": "{format} 压缩包条目过多（上限 {limit} 个），未审查",
        "en": "the {format} package has too many entries (limit {limit}); not reviewed",
    },
    "package_dtd": {
        "zh": "{format} 的 XML 中含有文档类型声明（DTD/实体，该格式不允许），未审查",
        "en": "the {format} has a document type declaration (DTD, entities) in its XML, which "
        "the format does not allow; not reviewed",
    },
    "office_encrypted": {
        "zh": "Office 文件已加密，请先解除密码保护",
        "en": "the Office file is encrypted; remove the password protection first",
    },
    "xlsx_no_visible_sheet": {
        "zh": "XLSX 工作簿没有可见的工作表（全部隐藏），未输出副本",
        "en": "the XLSX workbook has no visible sheet (all are hidden); no copy was written",
    },
    "csv_not_text": {
        "zh": "CSV 文件无法识别编码（支持 UTF-8、GB18030 和带 BOM 的 UTF-16）",
        "en": "the CSV file's encoding is not recognised (UTF-8, GB18030 and UTF-16 with a BOM "
        "are supported)",
    },
    "copy_unencodable": {
        "zh": "{format} 文件的编码（{encoding}）无法写入替换文字，未输出副本",
        "en": "the replacement text cannot be written in the {format} file's encoding "
        "({encoding}); no copy was written",
    },
    "html_not_text": {
        "zh": "HTML 页面无法识别编码（支持 UTF-8、GB18030 和带 BOM 的 UTF-16）",
        "en": "the HTML page's encoding is not recognised (UTF-8, GB18030 and UTF-16 with a BOM "
        "are supported)",
    },
    "html_too_deep": {
        "zh": "HTML 页面嵌套过深（超过 {limit} 层），无法完整读取，未审查",
        "en": "the HTML page is nested too deeply (more than {limit} levels) to be read "
        "completely; not reviewed",
    },
    "ofd_encrypted": {
        "zh": "OFD 文件已加密（GM/T 0099），请先解密后再审查",
        "en": "the OFD is encrypted (GM/T 0099); decrypt it before the review",
    },
    "ofd_no_document": {
        "zh": "OFD 文件已损坏：OFD.xml 中没有文档（DocBody/DocRoot）",
        "en": "the OFD is corrupt: OFD.xml names no document (DocBody/DocRoot)",
    },
    "legacy_needs_libreoffice": {
        "zh": "{format} 文件须先转换为 {target} 再审查，但本机未安装 LibreOffice：请安装 Debian 软件包 "
        "{package}（apt-get install -y --no-install-recommends {package}）",
        "en": "a {format} file must be converted to {target} before the review, but LibreOffice is "
        "not installed: install the Debian package {package} (apt-get install -y "
        "--no-install-recommends {package})",
    },
    "legacy_conversion_failed": {
        "zh": "{format} 文件无法由 LibreOffice 转换为 {target}（{reason}），可能已损坏或已加密，未审查",
        "en": "LibreOffice could not convert the {format} file to {target} ({reason}); it may be "
        "corrupt or encrypted; not reviewed",
    },
    # notes in the review record on what making the copy changed
    "note_converted": {
        "zh": "原文件为 {source} 格式，已用 {converter} 转换为 {target} 格式后审查；可公开副本为 {target} 格式",
        "en": "the input is a {source} file, converted by {converter} to {target} for the review; "
        "the publishable copy is {target}",
    },
    "note_signatures_removed": {
        "zh": "删除处理改动了 {count} 个电子签章（签名）所保护的内容，签章已失效并从可公开副本中移除，"
        "副本不带签章",
        "en": "the redactions changed content protected by {count} electronic seal(s) or "
        "signature(s); they no longer hold and were removed: the copy is unsigned",
    },
    "note_hidden_sheets": {
        "zh": "已删除 {count} 个隐藏的工作表",
        "en": "{count} hidden sheet(s) removed",
    },
    "note_hidden_cells": {
        "zh": "已删除隐藏行、列中的 {count} 个单元格内容",
        "en": "the content of {count} cell(s) in hidden rows or columns removed",
    },
    "note_dropped_parts": {
        "zh": "已删除副本不应携带的 {count} 个部件（批注、数据透视缓存、外部链接、连接、自定义 XML 等）",
        "en": "{count} part(s) a copy must not carry removed (comments, pivot caches, external "
        "links, connections, custom XML…)",
    },
    "note_hidden_elements": {
        "zh": "已删除 {count} 个隐藏元素、注释或模板片段",
        "en": "{count} hidden element(s), comment(s) or template fragment(s) removed",
    },
    "note_ofd_dropped": {
        "zh": "已删除 OFD 中副本不应携带的 {count} 项（附件、自定义标引、扩展信息、版本、未引用文件等）",
        "en": "{count} OFD item(s) a copy must not carry removed (attachments, custom tags, "
        "extensions, versions, unreferenced files…)",
    },
}


def _merge_tables() -> None:
    """The register's people, roles and versions, the self-inspection and re-check, and the
    manual redactions, and the web desk's words have their own tables (kept apart so that no
    table grows past a readable size)."""
    from pipeline.messages_register import REGISTER_MESSAGES
    from pipeline.messages_reports import REPORT_MESSAGES
    from pipeline.messages_sweep import SWEEP_MESSAGES
    from pipeline.messages_web import WEB_MESSAGES
    from pipeline.messages_workflow import WORKFLOW_MESSAGES

    for table in (
        REGISTER_MESSAGES,
        SWEEP_MESSAGES,
        WEB_MESSAGES,
        WORKFLOW_MESSAGES,
        REPORT_MESSAGES,
    ):
        for key, entry in table.items():
            MESSAGES.setdefault(key, entry)


_merge_tables()

ATTRIBUTE_EN = {
    "主动公开": "proactive disclosure",
    "依申请公开": "disclosure on application",
    "不予公开": "withheld",
    "须报审": "refer to the secrecy office",
}


@dataclass(frozen=True, slots=True)
class Text:
    """A message as a parameter of another (``kind=Text("format_xlsx")``), rendered in the
    language the outer message is rendered in. Picklable: errors travel from workers."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str) -> str:
        return message(self.key, lang, **dict(self.params))


# Labels (formats, entity types, categories, places…) live in their own table.
MESSAGES.update(LABELS)


def message(key: str, lang: str = "zh", /, **params: Any) -> str:
    """Render message ``key`` in ``lang`` (falls back to Chinese, then to the key). Parameters
    with a ``render(lang)`` (``Text``, ``pipeline.formats.Supported``) are rendered in
    ``lang`` too."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["zh"]
    params = {
        k: v.render(lang) if callable(getattr(v, "render", None)) else v for k, v in params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def names_list_reason(origin: str, lang: str = "zh") -> str:
    """The reason of a name found because it is on a names list (``pipeline.names``)."""
    return message("reason_names_list", lang, origin=origin)


_NAMES_LIST_REASON = re.compile(
    re.escape(MESSAGES["reason_names_list"]["zh"]).replace(re.escape("{origin}"), "(?P<origin>.+)")
)


def reason_text(entity_type: str, category: str, reason: str, lang: str) -> str:
    """A finding's reason in ``lang``: the record's (Chinese) reason, or in English the reason
    of its kind of finding when the record has that one, else its category's."""
    if lang != "en":
        return reason
    listed = _NAMES_LIST_REASON.fullmatch(reason)
    if listed:
        return names_list_reason(listed["origin"], lang)
    from pipeline.messages_policy import CATEGORY_REASONS_EN, REASONS_EN
    from pipeline.policy import RULES

    rule = RULES.get(entity_type)
    if rule is not None and reason == rule.reason_text and entity_type in REASONS_EN:
        return REASONS_EN[entity_type]
    return CATEGORY_REASONS_EN.get(category, CATEGORY_REASONS_EN["none"])


def basis_text(basis: str, lang: str) -> str:
    """A legal basis in ``lang`` (the laws and articles it cites)."""
    if lang != "en":
        return basis
    from pipeline.messages_policy import basis_en

    return basis_en(basis)


def attribute_label(attribute: str, lang: str) -> str:
    return ATTRIBUTE_EN.get(attribute, attribute) if lang == "en" else attribute


def label(kind: str, value: str | None, lang: str) -> str:
    """The label of ``value`` in the ``kind`` table (``entity``, ``category``, ``status``,
    ``finding``, ``stage``, ``answer``, ``decision``): ``message(f"{kind}_{value}")``, or the
    value itself when it has none (an entity type a plug-in added)."""
    if value is None:
        return "-"
    key = f"{kind}_{value}"
    return message(key, lang) if key in MESSAGES else value
