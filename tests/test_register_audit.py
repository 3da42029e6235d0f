"""The register: private file, where it lives, how it is chosen, and the audit chain that
detects an edited or deleted row (rows changed with raw SQL, as an insider would)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import make_docx


def cli(*args: str, env: dict[str, str] | None = None) -> Result:
    """``baomi ARGS``; with ``--register``, the office of ``tests.office`` is registered there
    and ``--by`` acts with its password."""
    from tests.office import ensure_people, run

    if "--register" in args and "--by" in args:
        ensure_people(args[args.index("--register") + 1])
    return run(None, *args, env=env)


@pytest.fixture
def worked_register(tmp_path: Path) -> Path:
    """A register with one case carried through several steps."""
    register = tmp_path / "register.sqlite3"
    document = make_docx(
        tmp_path / "n.docx",
        ["某某局文件", "关于某事的通知", "联系人手机：13834409126。", "2025年3月5日"],
    )
    result = cli(
        "review",
        str(document),
        "--out",
        str(tmp_path / "out"),
        "--json",
        "--register",
        str(register),
    )
    assert result.exit_code in (0, 1), result.output
    case = json.loads(result.stdout)["documents"][0]["case_id"]
    for stage, name in (("初审", "赵"), ("复审", "王")):
        result = cli(
            "sign",
            case,
            "--stage",
            stage,
            "--by",
            name,
            "--opinion",
            "同意",
            "--register",
            str(register),
        )
        assert result.exit_code == 0, result.output
    assert cli("audit", "verify", "--register", str(register)).exit_code == 0
    return register


def sql(register: Path, statement: str) -> None:
    connection = sqlite3.connect(register)
    with connection:
        connection.execute(statement)
    connection.close()


def verify(register: Path) -> Result:
    return cli("audit", "verify", "--register", str(register))


def test_register_file_is_owner_only(tmp_path: Path) -> None:
    register = tmp_path / "sub" / "register.sqlite3"
    document = make_docx(tmp_path / "n.docx", ["联系人手机：13834409126。"])
    result = cli(
        "review",
        str(document),
        "--out",
        str(tmp_path / "out"),
        "--json",
        "--register",
        str(register),
    )
    assert result.exit_code in (0, 1), result.output
    assert stat.S_IMODE(register.stat().st_mode) == 0o600
    assert stat.S_IMODE(register.parent.stat().st_mode) == 0o700


def test_default_register_in_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without option, variable or configuration, the register is in the user's data folder
    (here a temporary HOME), created 0600."""
    monkeypatch.delenv("BAOMI_REGISTER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.chdir(tmp_path)
    from pipeline.workflow.register import default_location, resolve_url

    location = default_location()
    assert str(location).startswith(str(tmp_path / "home"))
    assert resolve_url(None, None) == f"sqlite:///{location}"
    document = make_docx(tmp_path / "n.docx", ["普通通知正文。"])
    result = cli("review", str(document), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code in (0, 1), result.output
    assert location.is_file()
    assert stat.S_IMODE(location.stat().st_mode) == 0o600


def test_register_choice_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.config import load_config
    from pipeline.workflow.register import resolve_url

    config_file = tmp_path / "baomi.toml"
    config_file.write_text('[workflow]\nregister = "office.sqlite3"\n', encoding="utf-8")
    configured = load_config(config_file).register_url
    assert configured == str(tmp_path / "office.sqlite3")
    monkeypatch.delenv("BAOMI_REGISTER", raising=False)
    assert resolve_url(None, configured) == f"sqlite:///{tmp_path / 'office.sqlite3'}"
    monkeypatch.setenv("BAOMI_REGISTER", "postgresql://u:p@localhost/baomi")
    assert resolve_url(None, configured) == "postgresql://u:p@localhost/baomi"
    assert resolve_url("sqlite:///x.db", configured) == "sqlite:///x.db"


def test_unopenable_register_is_one_line_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    document = make_docx(tmp_path / "n.docx", ["普通通知正文。"])
    result = cli(
        "review",
        str(document),
        "--out",
        str(tmp_path / "out"),
        "--register",
        str(blocker / "register.sqlite3"),
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert "审查登记库" in result.stderr
    result = cli("case", "list", "--register", "nosuchdriver://x/y")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_password_is_not_printed(tmp_path: Path) -> None:
    result = cli("case", "list", "--register", "postgresql+nosuchdriver://u:secretpw@localhost/db")
    assert result.exit_code == 2
    assert "secretpw" not in result.output


def test_intact_chain_verifies(worked_register: Path) -> None:
    result = verify(worked_register)
    assert result.exit_code == 0
    assert "审计链完整" in result.stdout


def test_edited_audit_row(worked_register: Path) -> None:
    sql(worked_register, "UPDATE audit_log SET actor = '某人' WHERE id = 2")
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "审计日志第 2 条记录被修改" in result.stderr


def test_edited_signoff_row(worked_register: Path) -> None:
    sql(worked_register, "UPDATE signoffs SET reviewer = '冒名' WHERE stage = '初审'")
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "signoffs 表第 1 行" in result.stderr


def test_deleted_audit_row(worked_register: Path) -> None:
    sql(worked_register, "DELETE FROM audit_log WHERE id = 2")
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "第 2–2 条记录被删除" in result.stderr


def test_deleted_last_audit_row(worked_register: Path) -> None:
    sql(worked_register, "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "被删除" in result.stderr


def test_deleted_signoff_row(worked_register: Path) -> None:
    sql(worked_register, "DELETE FROM signoffs WHERE stage = '复审'")
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "signoffs 表第 2 行被删除" in result.stderr


def test_edited_finding_text(worked_register: Path) -> None:
    sql(worked_register, "UPDATE findings SET action = 'keep'")
    result = verify(
        worked_register,
    )
    assert result.exit_code == 1
    assert "C00001" in result.stderr


def test_rewritten_chain_from_the_middle_is_caught_by_the_head(worked_register: Path) -> None:
    """Recomputing one event's hash is not enough: the next event and the head disagree."""
    from pipeline.workflow.audit import event_hash
    from pipeline.workflow.register import open_register
    from pipeline.workflow.tables import AuditEvent

    register = open_register(f"sqlite:///{worked_register}")
    with register.session() as session:
        item = session.get(AuditEvent, 2)
        assert item is not None
        item.actor = "某人"
        item.hash = event_hash(item)
    register.close()
    result = verify(worked_register)
    assert result.exit_code == 1
    assert "第 3 条记录被修改" in result.stderr


def test_english_report(worked_register: Path) -> None:
    sql(worked_register, "UPDATE audit_log SET actor = 'x' WHERE id = 1")
    result = cli("audit", "verify", "--register", str(worked_register), "--lang", "en")
    assert result.exit_code == 1
    assert "audit log row 1 was edited" in result.stderr


def test_new_rows_after_verification_keep_the_chain(worked_register: Path, tmp_path: Path) -> None:
    before = (
        sqlite3.connect(worked_register).execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    )
    result = cli("case", "list", "--json", "--register", str(worked_register))
    case = json.loads(result.stdout)[0]["case_id"]
    assert (
        cli(
            "sign",
            case,
            "--stage",
            "审批",
            "--by",
            "刘",
            "--opinion",
            "同意",
            "--attribute",
            "主动公开",
            "--register",
            str(worked_register),
        ).exit_code
        == 0
    )
    after = sqlite3.connect(worked_register).execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    assert after == before + 1
    assert verify(worked_register).exit_code == 0
    assert os.access(worked_register, os.R_OK)


def test_unreadable_document_has_no_case(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = cli(
        "review",
        str(bad),
        "--out",
        str(tmp_path / "out"),
        "--json",
        "--register",
        str(tmp_path / "r.sqlite3"),
    )
    assert result.exit_code == 2
    entry = json.loads(result.stdout)["documents"][0]
    assert entry["case_id"] is None and entry["error"]


def test_help_does_not_load_the_register() -> None:
    import subprocess
    import sys

    code = "import sys, pipeline.cli; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
