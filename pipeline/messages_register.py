"""User-facing messages of the register's people, roles, separation of duties, schema versions
and backups, in Chinese (default) and English; ``pipeline.messages`` merges them into its table.
Role and step names in parameters are translated by ``ROLE_LABELS``/``STEP_LABELS``."""

from __future__ import annotations

ROLE_LABELS: dict[str, dict[str, str]] = {
    "drafter": {"zh": "承办人", "en": "drafter"},
    "reviewer": {"zh": "审核人", "en": "reviewer"},
    "approver": {"zh": "审批人", "en": "approver"},
    "secrecy": {"zh": "保密工作部门", "en": "secrecy office"},
    "admin": {"zh": "管理员", "en": "admin"},
}

STEP_LABELS: dict[str, dict[str, str]] = {
    "sign:初审": {"zh": "签署初审意见", "en": "sign the first review"},
    "sign:复审": {"zh": "签署复审意见", "en": "sign the second review"},
    "sign:审批": {"zh": "签署审批意见", "en": "sign the approval"},
    "decide": {"zh": "决定审查项的处理", "en": "decide on a finding"},
    "secrecy": {"zh": "答复保密审查事项", "en": "answer for the secrecy office"},
    "declassify": {"zh": "登记解密", "en": "record a declassification"},
    "consent": {"zh": "登记联合发文机关同意意见", "en": "record a joint issuer's consent"},
    "third_party_consent": {"zh": "登记第三方同意公开", "en": "record a third party's consent"},
    "redact": {"zh": "手工删除内容", "en": "redact by hand"},
    "publish": {"zh": "公开文件", "en": "publish"},
    "users": {"zh": "管理用户", "en": "manage users"},
    "rules": {"zh": "调整职责分离规则", "en": "change the separation rules"},
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "opinion": {"zh": "意见", "en": "the opinion"},
    "reason": {"zh": "理由", "en": "the reason"},
    "basis": {"zh": "依据", "en": "the basis"},
    "issuer": {"zh": "发文机关", "en": "the issuer"},
    "party": {"zh": "第三方", "en": "the third party"},
}

RESULT_LABELS: dict[str, dict[str, str]] = {
    "confirmed": {"zh": "确认", "en": "confirmed"},
    "rejected": {"zh": "不予确认", "en": "rejected"},
}

RULE_LABELS: dict[str, dict[str, str]] = {
    "distinct_signers": {
        "zh": "初审、复审、审批由三个不同的人签署",
        "en": "the first review, second review and approval are signed by three different people",
    },
    "approver_not_drafter": {
        "zh": "审批人不得为承办人",
        "en": "the approver is not the drafter",
    },
}

REGISTER_MESSAGES: dict[str, dict[str, str]] = {
    # who acts
    "actor_missing": {
        "zh": "没有指明操作人：请用 --as 用户名（或环境变量 BAOMI_USER），并用环境变量 BAOMI_TOKEN "
        "提供令牌或密码",
        "en": "nobody is acting: give --as USER (or BAOMI_USER) and the token or password in "
        "BAOMI_TOKEN",
    },
    "token_without_user": {
        "zh": "提供了令牌（BAOMI_TOKEN），但没有指明用户（--as 或 BAOMI_USER）",
        "en": "a token was given (BAOMI_TOKEN) but no user (--as or BAOMI_USER)",
    },
    "credential_wrong": {
        "zh": "用户 {user} 不存在，或令牌/密码不正确",
        "en": "no user {user}, or the token or password is wrong",
    },
    "credential_missing": {
        "zh": "用户 {user} 须提供令牌或密码（环境变量 BAOMI_TOKEN，或在终端中输入）",
        "en": "user {user} needs a token or password (BAOMI_TOKEN, or typed at the terminal)",
    },
    "user_not_registered": {
        "zh": "“{user}”不是审查登记库中的用户（由管理员用 baomi user add 添加）",
        "en": "{user} is not a user of the register (an admin adds users with baomi user add)",
    },
    "user_disabled": {"zh": "用户 {user} 已停用", "en": "user {user} is disabled"},
    "user_not_found": {"zh": "没有用户 {user}", "en": "no user {user}"},
    "empty_name": {"zh": "姓名不能为空", "en": "the name is empty"},
    "bad_name": {
        "zh": "用户名无效：{user}（不得含换行、制表符，最长 128 个字符）",
        "en": "invalid user name {user} (no line breaks or tabs, at most 128 characters)",
    },
    "unknown_role": {
        "zh": "未知角色：{role}（可用角色：{choices}）",
        "en": "unknown role {role} (roles: {choices})",
    },
    "no_role": {
        "zh": "请至少指定一个角色（{choices}）",
        "en": "give at least one role ({choices})",
    },
    "first_user_admin": {
        "zh": "审查登记库中还没有用户：第一个用户（{user}）须为管理员（--role admin），再由其添加其他人员",
        "en": "the register has no users yet: its first user ({user}) must be an admin "
        "(--role admin), who then adds the others",
    },
    "user_exists": {"zh": "用户 {user} 已存在", "en": "user {user} already exists"},
    "os_user_taken": {
        "zh": "系统账号 {login} 已对应用户 {user}",
        "en": "login {login} already stands for user {user}",
    },
    "password_short": {
        "zh": "密码至少须有 {length} 个字符",
        "en": "the password needs at least {length} characters",
    },
    "user_already_disabled": {"zh": "用户 {user} 已停用", "en": "user {user} is already disabled"},
    "disable_self": {"zh": "不能停用自己的账号", "en": "you cannot disable your own account"},
    "role_refused": {
        "zh": "{user}（角色：{roles}）不能{step}：须由{allowed}办理",
        "en": "{user} (roles: {roles}) may not {step}: that is for the {allowed}",
    },
    "user_added": {"zh": "已添加用户 {user}（{roles}）", "en": "user {user} added ({roles})"},
    "token_once": {
        "zh": "令牌（只显示这一次，请交本人妥善保管）：{token}",
        "en": "token (shown this once; hand it to the user): {token}",
    },
    "user_disabled_done": {"zh": "已停用用户 {user}", "en": "user {user} disabled"},
    "credential_reset": {
        "zh": "已为用户 {user} 设置新的令牌或密码，原有的已失效",
        "en": "user {user} has a new token or password; the old one no longer works",
    },
    "no_users": {
        "zh": "审查登记库中还没有用户（第一个用户须为管理员：baomi user add 姓名 --role admin）",
        "en": "the register has no users (the first must be an admin: baomi user add NAME "
        "--role admin)",
    },
    "user_line": {
        "zh": "{name}  角色：{roles}  单位：{unit}  系统账号：{login}  {state}",
        "en": "{name}  roles: {roles}  unit: {unit}  login: {login}  {state}",
    },
    "user_active": {"zh": "有效", "en": "active"},
    "user_inactive": {"zh": "已停用", "en": "disabled"},
    # separation of duties
    "same_signer": {
        "zh": "{user} 已签署{other}，不能再签署{stage}：初审、复审、审批须由三个不同的人签署"
        "（人员不足的单位，管理员可用 baomi register relax distinct_signers --reason 说明理由后放宽）",
        "en": "{user} signed {other} and cannot sign {stage} as well: the first review, second "
        "review and approval are signed by three different people (a unit too small for that: an admin may run baomi "
        "register relax distinct_signers --reason WHY)",
    },
    "approver_is_drafter": {
        "zh": "{user} 是案卷 {case} 的承办人（提交审查的人），不能审批本案卷"
        "（人员不足的单位，管理员可用 baomi register relax approver_not_drafter --reason 说明理由后放宽）",
        "en": "{user} submitted case {case} and cannot approve it (a unit too small for that: an "
        "admin may run baomi register relax approver_not_drafter --reason WHY)",
    },
    "empty_text": {"zh": "{field}不能为空", "en": "{field} is empty"},
    "bad_stage": {
        "zh": "未知的审查环节：{stage}（应为 {stages}）",
        "en": "unknown review level {stage} (one of {stages})",
    },
    "bad_action": {
        "zh": "未知的处理方式：{action}（应为 keep 或 redact）",
        "en": "unknown action {action} (keep or redact)",
    },
    "no_findings_given": {"zh": "没有指定审查项", "en": "no finding given"},
    "unknown_rule": {
        "zh": "未知规则：{rule}（规则：{rules}）",
        "en": "unknown rule {rule} ({rules})",
    },
    "rule_unchanged": {"zh": "规则 {rule} 已是该状态", "en": "rule {rule} is already so"},
    "rule_relaxed": {
        "zh": "已放宽规则 {rule}；此后依此签署的意见将在审查记录和台账中注明",
        "en": "rule {rule} relaxed; sign-offs that rely on it say so in the record and the ledger",
    },
    "rule_enforced": {"zh": "已恢复执行规则 {rule}", "en": "rule {rule} enforced again"},
    "rule_line": {
        "zh": "{rule}（{label}）：{state}{reason}",
        "en": "{rule} ({label}): {state}{reason}",
    },
    "rule_on": {"zh": "执行", "en": "enforced"},
    "rule_off": {"zh": "已放宽", "en": "relaxed"},
    "relaxed_note": {
        "zh": "{stage}：经放宽“{label}”规则签署（{reviewer}；理由：{reason}）",
        "en": "{stage}: signed under the relaxed rule “{label}” ({reviewer}; reason: {reason})",
    },
    # the register's version, backup and restore
    "register_needs_upgrade": {
        "zh": "审查登记库 {url} 的结构版本为 {version}，早于本程序所需的 {head}："
        "请先备份，再运行 baomi register upgrade",
        "en": "the register {url} is at schema version {version}, older than this baomi's "
        "{head}: back it up, then run baomi register upgrade",
    },
    "register_too_new": {
        "zh": "审查登记库 {url} 的结构版本 {version} 比本程序所知的 {head} 更新：请升级 baomi 后再使用",
        "en": "the register {url} is at schema version {version}, newer than this baomi knows "
        "({head}): upgrade baomi to use it",
    },
    "register_foreign": {
        "zh": "{url} 不是 baomi 审查登记库（其中有其他数据表），未作改动",
        "en": "{url} is not a baomi register (it holds other tables); nothing was changed",
    },
    "register_upgraded": {
        "zh": "审查登记库已从版本 {from} 升级到 {to}",
        "en": "the register was upgraded from version {from} to {to}",
    },
    "register_up_to_date": {
        "zh": "审查登记库已是当前版本 {to}，无需升级",
        "en": "the register is at the current version {to}; nothing to upgrade",
    },
    "register_status_current": {
        "zh": "审查登记库结构版本 {version}（当前版本）",
        "en": "register schema version {version} (current)",
    },
    "register_status_old": {
        "zh": "审查登记库结构版本 {version}，须升级到 {head}（baomi register upgrade）",
        "en": "register schema version {version}; upgrade it to {head} (baomi register upgrade)",
    },
    "register_status_newer": {
        "zh": "审查登记库结构版本 {version}，比本程序（{head}）新",
        "en": "register schema version {version}, newer than this baomi ({head})",
    },
    "register_status_empty": {
        "zh": "审查登记库为空，首次使用时建立（版本 {head}）",
        "en": "the register is empty; it is created on first use (version {head})",
    },
    "register_status_foreign": {
        "zh": "这不是 baomi 审查登记库",
        "en": "this is not a baomi register",
    },
    "backup_sqlite_only": {
        "zh": "backup 和 restore 仅用于 SQLite 登记库；PostgreSQL 登记库请用 pg_dump 和 pg_restore（见 README）",
        "en": "backup and restore are for a SQLite register; back up PostgreSQL with pg_dump "
        "and pg_restore (see the README)",
    },
    "backup_same_file": {
        "zh": "备份文件不能是登记库本身：{path}",
        "en": "the backup cannot be the register itself: {path}",
    },
    "backup_failed": {
        "zh": "无法写入备份 {path}：{reason}",
        "en": "cannot write the backup {path}: {reason}",
    },
    "backup_written": {"zh": "已备份审查登记库：{path}", "en": "register backed up to {path}"},
    "restore_not_a_register": {
        "zh": "{path} 不是本程序可用的 baomi 审查登记库备份，未恢复",
        "en": "{path} is not a baomi register this version can use; nothing was restored",
    },
    "restore_chain_broken": {
        "zh": "备份 {path} 的审计链校验未通过（{count} 处问题），未恢复",
        "en": "the audit chain of the backup {path} does not verify ({count} problem(s)); "
        "nothing was restored",
    },
    "register_restored": {
        "zh": "已从备份恢复审查登记库 {path}（原登记库保存为 {kept}）",
        "en": "the register {path} was restored from the backup (the one it replaced is kept "
        "as {kept})",
    },
    "register_restored_old": {
        "zh": "已从备份恢复审查登记库 {path}（原登记库保存为 {kept}）；备份的结构版本较旧，请运行 baomi register upgrade",
        "en": "the register {path} was restored (the one it replaced is kept as {kept}); the "
        "backup's schema is older: run baomi register upgrade",
    },
}
