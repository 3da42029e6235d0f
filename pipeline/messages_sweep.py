"""Message tables of the self-inspection (``baomi sweep``) and the re-check (``baomi
recheck``), in Chinese and English; ``pipeline.messages`` merges them into its own table.

Also the short names of entity types and categories the inspector's report uses ("公民身份号码
×12"): a report names what was found by its type and count, never by its value.
"""

from __future__ import annotations

ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "CN_RESIDENT_ID": ("公民身份号码", "resident ID number"),
    "CN_MOBILE": ("手机号码", "mobile number"),
    "CN_LANDLINE": ("电话号码", "telephone number"),
    "CN_LANDLINE_PRIVATE": ("住宅电话", "home telephone"),
    "CN_LANDLINE_PUBLIC": ("办公电话", "office telephone"),
    "EMAIL_ADDRESS": ("电子邮箱", "e-mail address"),
    "EMAIL_PUBLIC": ("单位邮箱", "office e-mail"),
    "CN_BANK_CARD": ("银行账号", "bank account"),
    "CN_PASSPORT": ("护照号码", "passport number"),
    "CN_HKMO_PERMIT": ("往来港澳通行证号码", "Hong Kong/Macao permit"),
    "CN_HOME_RETURN_PERMIT": ("回乡证号码", "home-return permit"),
    "CN_TW_PERMIT": ("台胞证号码", "Taiwan compatriot permit"),
    "CN_MILITARY_ID": ("军人证件号码", "military ID"),
    "CN_PROPERTY_CERT": ("不动产权证号", "real-estate title certificate number"),
    "CN_DRIVING_LICENCE_FILE": ("驾驶证档案编号", "driving licence file number"),
    "CN_STUDENT_NUMBER": ("学号或学籍号", "student number"),
    "CN_LICENSE_PLATE": ("机动车号牌", "licence plate"),
    "CN_QQ": ("QQ号码", "QQ number"),
    "CN_WECHAT": ("微信号", "WeChat ID"),
    "CN_USCC": ("统一社会信用代码", "unified social credit code"),
    "CN_USCC_INDIVIDUAL": ("个体工商户信用代码", "sole trader's credit code"),
    "CN_POSTCODE": ("邮政编码", "postcode"),
    "CN_ADDRESS": ("个人住址", "home address"),
    "PERSON": ("自然人姓名", "private person's name"),
    "OFFICIAL_NAME": ("公职人员姓名", "official's name"),
    "NOTICE_RECIPIENT": ("依规公示对象姓名", "recipient named by a published notice"),
    "CN_VEHICLE_PUBLIC": ("依规公布的车辆号牌或识别代号", "vehicle published by a notice"),
    "MASKED_VALUE": ("已去标识化内容", "masked value"),
    "CLASSIFICATION_MARKING": ("国家秘密标志", "classification marking"),
    "CIPHER_TELEGRAM": ("密码电报", "cipher telegram"),
    "INTERNAL_MARKING": ("内部资料标志", "internal-use marking"),
    "KEYWORD": ("保密事项清单词语", "term of the unit's secrecy list"),
    "TRADE_SECRET": ("商业秘密提示", "trade-secret claim"),
    "PROCESS_INFO": ("过程性信息提示", "process-information cue"),
    "LAW_ENFORCEMENT": ("执法案卷提示", "law-enforcement cue"),
    "DISCLOSURE_NOTE": ("公开属性标注", "disclosure note"),
    "UNVERIFIABLE_CONTENT": ("无法核验的内容", "content that cannot be checked"),
}

CATEGORY_EN = {
    "state_secret": "state secret",
    "work_secret": "work secret",
    "trade_secret": "trade secret",
    "personal_privacy": "personal privacy",
    "security_stability": "security and stability",
    "internal_affairs": "internal affairs",
    "process_info": "process information",
    "law_enforcement": "law enforcement",
    "none": "none",
}

SWEEP_MESSAGES: dict[str, dict[str, str]] = {
    # Why an item was not reviewed, or not fetched.
    "fetch_timeout": {
        "zh": "请求超时（超过 {seconds} 秒）",
        "en": "request timed out (over {seconds} s)",
    },
    "fetch_failed": {"zh": "无法获取：{reason}", "en": "could not be fetched: {reason}"},
    "fetch_too_large": {
        "zh": "文件过大（{size} 字节，单个文件上限 {limit} 字节），未审查",
        "en": "file too large ({size} bytes, limit per file {limit}); not reviewed",
    },
    "http_status": {"zh": "服务器返回 {status}", "en": "the server answered {status}"},
    "redirect_loop": {
        "zh": "重定向循环（{hops} 次后回到已访问地址）",
        "en": "redirect loop (back to an address visited {hops} hops before)",
    },
    "redirect_too_many": {"zh": "重定向次数过多（{hops} 次）", "en": "too many redirects ({hops})"},
    "redirect_no_location": {"zh": "重定向缺少目标地址", "en": "a redirect without a target"},
    "redirect_offsite": {
        "zh": "重定向到站外（{target}），未跟随",
        "en": "redirects off the site ({target}); not followed",
    },
    "redirect_out_of_scope": {
        "zh": "重定向到检查范围之外（{target}），未跟随",
        "en": "redirects outside the swept path ({target}); not followed",
    },
    "robots_disallowed": {
        "zh": "robots.txt 禁止访问，未获取",
        "en": "disallowed by robots.txt; not fetched",
    },
    "budget_pages": {
        "zh": "已达请求数上限（--max-pages），未访问",
        "en": "request budget reached (--max-pages); not visited",
    },
    "budget_bytes": {
        "zh": "已达下载总量上限（--max-bytes），未访问",
        "en": "byte budget reached (--max-bytes); not visited",
    },
    "mirror_unreadable": {"zh": "无法读取：{reason}", "en": "cannot be read: {reason}"},
    "not_reviewable": {
        "zh": "格式暂不支持审查（{suffix}）",
        "en": "format not reviewed by the pipeline ({suffix})",
    },
    "review_error": {"zh": "审查失败：{reason}", "en": "review failed: {reason}"},
    "older_than_since": {
        "zh": "发布日期早于 --since，未审查",
        "en": "published before --since; not reviewed",
    },
    # Urgency and item kinds.
    "urgency_1": {"zh": "紧急", "en": "urgent"},
    "urgency_2": {"zh": "高", "en": "high"},
    "urgency_3": {"zh": "中", "en": "medium"},
    "kind_page": {"zh": "网页", "en": "page"},
    "kind_attachment": {"zh": "附件", "en": "attachment"},
    "found_marking_in_force": {"zh": "{marking}（保密期限内）", "en": "{marking} (in force)"},
    "found_marking_expired": {
        "zh": "{marking}（保密期限已满，须解密审核）",
        "en": "{marking} (period over: declassification review)",
    },
    "found_marking_unknown": {
        "zh": "{marking}（期限无法计算）",
        "en": "{marking} (period cannot be counted)",
    },
    "id_list": {"zh": "身份证件号码清单（{count} 个）", "en": "a list of ID numbers ({count})"},
    "unverifiable_content": {
        "zh": "含无法核验的内容（扫描页、无文字映射的字体等）",
        "en": "content that cannot be checked (scans, fonts without text)",
    },
    "attribute_found": {"zh": "公开属性：{attribute}", "en": "attribute: {attribute}"},
    "date_unknown": {"zh": "未知", "en": "unknown"},
    # The report.
    "report_title": {
        "zh": "已公开信息保密自查报告",
        "en": "Self-inspection of published information",
    },
    "col_no": {"zh": "序号", "en": "No."},
    "col_urgency": {"zh": "紧急程度", "en": "Urgency"},
    "col_address": {"zh": "网址或路径", "en": "URL or path"},
    "col_title": {"zh": "标题", "en": "Title"},
    "col_date": {"zh": "发布日期", "en": "Published"},
    "col_kind": {"zh": "类型", "en": "Kind"},
    "col_linked_from": {"zh": "所在页面", "en": "Linked from"},
    "col_found": {"zh": "发现内容（类型×数量）", "en": "Found (type × count)"},
    "col_categories": {"zh": "类别", "en": "Categories"},
    "col_basis": {"zh": "法律依据", "en": "Legal basis"},
    "col_action": {"zh": "处置建议", "en": "Remedy"},
    "col_status": {"zh": "状态", "en": "Status"},
    "col_reason": {"zh": "原因", "en": "Reason"},
    "sheet_found": {"zh": "发现问题", "en": "Findings"},
    "sheet_unchecked": {"zh": "未审查", "en": "Not reviewed"},
    "sheet_summary": {"zh": "概况", "en": "Summary"},
    "action_1": {
        "zh": "立即撤下，报保密工作部门",
        "en": "take down at once; inform the secrecy office",
    },
    "action_2": {
        "zh": "撤下，删除处理后重新审查发布",
        "en": "take down; redact and re-publish after review",
    },
    "action_3": {"zh": "人工核查", "en": "check by hand"},
    "status_unreviewable": {"zh": "无法审查", "en": "not reviewable"},
    "status_failed": {"zh": "获取失败", "en": "fetch failed"},
    "status_unvisited": {"zh": "未访问", "en": "not visited"},
    "status_broken": {"zh": "失效链接", "en": "broken link"},
    "status_older": {"zh": "早于检查起始日期", "en": "older than --since"},
    "chart_by_category": {"zh": "按类别统计（条目数）", "en": "Items by category"},
    "chart_by_month": {"zh": "按发布月份统计（条目数）", "en": "Items by month of publication"},
    "summary_sources": {"zh": "检查对象", "en": "Sources"},
    "summary_items": {"zh": "已审查条目", "en": "Items reviewed"},
    "summary_found": {"zh": "发现问题条目", "en": "Items with findings"},
    "summary_unchecked": {"zh": "未审查或未访问条目", "en": "Items not reviewed or not visited"},
    "summary_broken": {"zh": "失效链接", "en": "Broken links"},
    "summary_offsite": {"zh": "站外链接（未访问）", "en": "Off-site links (not followed)"},
    "summary_requests": {"zh": "请求数 / 未修改（304）", "en": "Requests / not modified (304)"},
    "summary_generated": {"zh": "生成时间", "en": "Generated"},
    "summary_since": {"zh": "检查起始日期", "en": "Published since"},
    "report_note": {
        "zh": "本报告只列出发现内容的类型和数量，不含任何原值。撤稿清单另行提供。",
        "en": "This report names what was found by type and count only, never a value. The "
        "takedown list is a separate file.",
    },
    "nothing_found": {
        "zh": "未发现不应公开的内容。",
        "en": "Nothing that should not be public was found.",
    },
    # Command-line lines.
    "sweep_line": {
        "zh": "[{urgency}] {address}：{found}",
        "en": "[{urgency}] {address}: {found}",
    },
    "sweep_unchecked_line": {
        "zh": "未审查：{address}：{reason}",
        "en": "not reviewed: {address}: {reason}",
    },
    "sweep_total": {
        "zh": "共 {items} 项已审查，{found} 项发现问题，{unchecked} 项未审查或未访问，{broken} 个失效链接；报告：{report}",
        "en": "{items} item(s) reviewed, {found} with findings, {unchecked} not reviewed or not "
        "visited, {broken} broken link(s); report: {report}",
    },
    "sweep_bad_source": {
        "zh": "检查对象既不是文件夹也不是 http(s) 网址：{source}",
        "en": "a source is neither a folder nor an http(s) URL: {source}",
    },
    "sweep_jobs_and_dask": {
        "zh": "--jobs 与 --executor dask 不能同时使用",
        "en": "--jobs and --executor dask cannot be used together",
    },
    "sweep_cases_opened": {
        "zh": "已为 {count} 项登记案卷：{cases}",
        "en": "{count} case(s) opened: {cases}",
    },
    "sweep_takedown": {
        "zh": "撤稿清单：{path}（{count} 项）",
        "en": "takedown list: {path} ({count} item(s))",
    },
    # 复查
    "recheck_declassify_due": {
        "zh": "保密期限已于 {expires} 届满（{marking}），应进行解密审核",
        "en": "the classification period ran out on {expires} ({marking}): declassification review due",
    },
    "recheck_process_ended": {
        "zh": "作为过程性信息不予公开，过程已结束（{case} 为正式文本，{status}）",
        "en": "withheld as process information; the process has ended ({case} is the final text, {status})",
    },
    "recheck_consent": {
        "zh": "第三方 {party} 已于 {date} 同意公开（{count} 处删除内容），可重新审查公开",
        "en": "third party {party} consented on {date} ({count} redacted item(s)): may be re-reviewed for disclosure",
    },
    "recheck_new_findings": {
        "zh": "以旧版识别规则审查后公开，现用规则复查原件发现新的问题：{found}",
        "en": "published after a review with older recognizers; the current ones find more in the original: {found}",
    },
    "recheck_original_missing": {
        "zh": "以旧版识别规则审查后公开，但原件已不存在或已改变（{path}），无法复查",
        "en": "published after a review with older recognizers, but the original is gone or changed ({path}); cannot be re-checked",
    },
    "recheck_line": {"zh": "{case} {name}：{why}", "en": "{case} {name}: {why}"},
    "recheck_total": {
        "zh": "共复查 {cases} 个案卷，{listed} 个情况有变化",
        "en": "{cases} case(s) re-checked, {listed} whose situation changed",
    },
    "third_party_recorded": {
        "zh": "已登记第三方 {party} 对 {case} 的同意（{count} 处）",
        "en": "recorded the consent of {party} for {case} ({count} item(s))",
    },
    "third_party_no_findings": {
        "zh": "{case} 中没有可由第三方同意公开的删除内容（商业秘密或个人隐私）",
        "en": "{case} has no redacted trade secret or personal data a third party could consent to",
    },
    "third_party_unknown_finding": {
        "zh": "{case} 中没有可由第三方同意公开的审查项 {finding}",
        "en": "{case} has no finding {finding} a third party could consent to",
    },
}


def entity_label(entity_type: str, lang: str) -> str:
    pair = ENTITY_LABELS.get(entity_type)
    if pair is None:
        return entity_type
    return pair[1] if lang == "en" else pair[0]


def category_label(category: str, lang: str) -> str:
    if lang == "en":
        return CATEGORY_EN.get(category, category)
    from pipeline.policy import label

    return label(category)
