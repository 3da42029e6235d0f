"""The people of the register: the first user is an admin added by nobody, then only an admin
adds, disables or re-keys users; a token is shown once and kept only as an argon2 hash; the
login name stands for a user only on a private SQLite register; every change of a user is in
the audit chain, which catches a user's row edited behind its back."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import Result

from pipeline.workflow.cases import login_name
from tests.office import ADMIN, add_people, run


def cli(register: Path, *args: str, env: dict[str, str] | None = None, **kw: str) -> Result:
    from click.testing import CliRunner

    from pipeline.cli import main

    if "input" in kw:
        return CliRunner(env=env).invoke(
            main, [*args, "--register", str(register)], input=kw["input"]
        )
    return run(register, *args, env=env)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def test_the_first_user_is_an_admin_added_by_nobody(register: Path) -> None:
    result = cli(register, "user", "list")
    assert result.exit_code == 0 and "还没有用户" in result.stdout
    result = cli(register, "user", "add", "赵科员", "--role", "drafter")
    assert result.exit_code == 1
    assert "第一个用户（赵科员）须为管理员（--role admin）" in result.stderr
    result = cli(register, "user", "add", "赵科员", "--role", "drafter", "--lang", "en")
    assert "its first user (赵科员) must be an admin" in result.stderr
    result = cli(register, "user", "add", ADMIN, "--role", "admin", "--unit", "办公室", "--json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)
    token = added["token"]
    assert token.startswith("bm-") and len(token) > 30
    assert added["roles"] == ["admin"] and added["unit"] == "办公室"
    stored = sqlite3.connect(register).execute("SELECT secret_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and token not in stored
    audit = sqlite3.connect(register).execute("SELECT actor, action, payload FROM audit_log")
    actor, action, payload = audit.fetchone()
    assert (actor, action) == (ADMIN, "user_bootstrapped")
    assert "argon2" not in payload and token not in payload

    # Now nobody adds users but an admin with a credential.
    result = cli(register, "user", "add", "赵科员", "--role", "drafter", env={})
    assert result.exit_code == 1 and "没有指明操作人" in result.stderr
    admin = {"BAOMI_USER": ADMIN, "BAOMI_TOKEN": token}
    result = cli(register, "user", "add", "赵科员", "--role", "drafter,reviewer", env=admin)
    assert result.exit_code == 0, result.output
    assert "已添加用户 赵科员（承办人、审核人）" in result.stdout
    assert "只显示这一次" in result.stdout
    result = cli(register, "user", "add", "赵科员", "--role", "drafter", env=admin)
    assert result.exit_code == 1 and "用户 赵科员 已存在" in result.stderr
    result = cli(register, "user", "add", "某人", "--role", "boss", env=admin)
    assert result.exit_code == 1 and "未知角色：boss" in result.stderr
    result = cli(register, "user", "add", "  ", "--role", "drafter", env=admin)
    assert result.exit_code == 1 and "姓名不能为空" in result.stderr
    users = json.loads(cli(register, "user", "list", "--json").stdout)
    assert [(u["name"], u["roles"], u["active"]) for u in users] == [
        (ADMIN, ["admin"], True),
        ("赵科员", ["drafter", "reviewer"], True),
    ]
    assert all("secret_hash" not in u and "token" not in u for u in users)


def test_tokens_passwords_and_disabling(register: Path) -> None:
    add_people(register, {ADMIN: ("admin",), "赵科员": ("drafter",)})
    result = cli(
        register, "user", "add", "王处长", "--role", "reviewer", "--password-stdin", "--as", ADMIN,
        input="长长的口令-2025\n", env={"BAOMI_TOKEN": "pw-管理员-2025"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "令牌" not in result.stdout  # a password was chosen: no token to show
    wang = {"BAOMI_USER": "王处长", "BAOMI_TOKEN": "长长的口令-2025"}
    assert cli(register, "user", "token", "王处长", env=wang).exit_code == 0  # own credential
    result = cli(register, "user", "token", "王处长", env=wang)
    assert result.exit_code == 1 and "不正确" in result.stderr  # the old one stopped working
    result = cli(
        register, "user", "add", "x", "--role", "drafter", "--password-stdin", "--by", ADMIN,
        input="short\n", env={"BAOMI_TOKEN": "pw-管理员-2025"},
    )  # fmt: skip
    assert result.exit_code == 1 and "至少须有 8 个字符" in result.stderr
    result = cli(register, "user", "token", ADMIN, "--by", "赵科员")
    assert result.exit_code == 1 and "不能管理用户" in result.stderr  # not someone else's

    result = cli(register, "user", "disable", ADMIN, "--by", ADMIN)
    assert result.exit_code == 1 and "不能停用自己的账号" in result.stderr
    result = cli(register, "user", "disable", "赵科员", "--by", ADMIN)
    assert result.exit_code == 0 and "已停用用户 赵科员" in result.stdout
    result = cli(register, "user", "disable", "赵科员", "--by", ADMIN)
    assert result.exit_code == 1 and "已停用" in result.stderr
    result = cli(register, "user", "disable", "无名氏", "--by", ADMIN)
    assert result.exit_code == 2 and "没有用户 无名氏" in result.stderr
    listed = cli(register, "user", "list").stdout
    assert "赵科员" in listed and "已停用" in listed
    assert cli(register, "audit", "verify").exit_code == 0


def test_a_register_keeps_an_admin(register: Path) -> None:
    """Only an active admin disables users, and never themself: the last admin stays."""
    add_people(register, {ADMIN: ("admin",), "副管理员": ("admin",)})
    assert cli(register, "user", "disable", "副管理员", "--by", ADMIN).exit_code == 0
    result = cli(register, "user", "disable", ADMIN, "--by", "副管理员")
    assert result.exit_code == 1 and "用户 副管理员 已停用" in result.stderr
    result = cli(register, "user", "disable", ADMIN, "--by", ADMIN, "--lang", "en")
    assert result.exit_code == 1 and "you cannot disable your own account" in result.stderr
    users = json.loads(cli(register, "user", "list", "--json").stdout)
    assert [(u["name"], u["active"]) for u in users] == [(ADMIN, True), ("副管理员", False)]


def test_the_login_name_stands_for_a_user_on_a_private_sqlite_register(
    register: Path, tmp_path: Path
) -> None:
    """The solo drafter: one account mapped to the login, no token to type."""
    me = login_name()
    result = cli(register, "user", "add", "独立承办人", "--role", "admin,drafter", "--os-user", me)
    assert result.exit_code == 0, result.output
    document = tmp_path / "n.txt"
    document.write_text("关于某事的通知\n联系电话：13834409126。\n", encoding="utf-8")
    result = cli(
        register, "review", str(document), "--out", str(tmp_path / "out"), "--json", env={}
    )
    assert result.exit_code in (0, 1), result.output
    case = json.loads(result.stdout)["documents"][0]["case_id"]
    result = cli(register, "sign", case, "--stage", "初审", "--opinion", "可公开", env={})
    assert result.exit_code == 0, result.output
    detail = json.loads(cli(register, "case", "show", case, "--json").stdout)
    assert detail["drafter"] == "独立承办人"
    assert detail["signoffs"][0]["by"] == "独立承办人"
    assert me in cli(register, "user", "list", env={}).stdout
    result = cli(register, "user", "add", "另一人", "--role", "drafter", "--os-user", me,
                 "--by", "独立承办人", env={"BAOMI_TOKEN": ""})  # fmt: skip
    assert result.exit_code == 1 and f"系统账号 {me} 已对应用户 独立承办人" in result.stderr
    if os.getuid() == 0:
        # A register file of another account is not this login's private register: the login
        # stands for nobody there (root can still open it).
        os.chown(register, 65534, 65534)
        result = cli(register, "sign", case, "--stage", "复审", "--opinion", "同意", env={})
        assert result.exit_code == 1 and "没有指明操作人" in result.stderr


def test_a_user_edited_behind_the_register_is_caught(register: Path) -> None:
    add_people(register, {ADMIN: ("admin",), "赵科员": ("drafter",), "王处长": ("reviewer",)})
    assert cli(register, "user", "disable", "王处长", "--by", ADMIN).exit_code == 0
    assert cli(register, "audit", "verify").exit_code == 0
    # An insider makes 赵科员 an approver with plain SQL.
    connection = sqlite3.connect(register)
    with connection:
        connection.execute("UPDATE users SET roles = '[\"approver\"]' WHERE name = '赵科员'")
    result = cli(register, "audit", "verify")
    assert result.exit_code == 1 and "users 表第 2 行与审计日志不符" in result.stderr
    with connection:
        connection.execute("UPDATE users SET roles = '[\"drafter\"]' WHERE name = '赵科员'")
        # ... and enables 王处长 again by putting back the row as it was when added.
        first = connection.execute(
            "SELECT id FROM audit_log WHERE action = 'user_added' AND payload LIKE '%王处长%'"
        ).fetchone()[0]
        connection.execute(
            "UPDATE users SET active = 1, changed_at = created_at, audit_id = ? "
            "WHERE name = '王处长'",
            (first,),
        )
    connection.close()
    result = cli(register, "audit", "verify")
    assert result.exit_code == 1 and "users 表第 3 行与审计日志不符" in result.stderr
