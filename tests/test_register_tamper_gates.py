"""A tampered register is not used: every step that acts on a case (``case show``, ``form``,
``publish`` and each signing action) first checks the audit chain of that case and refuses,
naming what does not match, when a row of the case was edited or deleted behind the
register's back. Other cases of the same register go on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import make_docx


def cli(register: Path, *args: str) -> Result:
    """``baomi ARGS`` on ``register``, acting as the registered user ``--by`` names (the
    office of ``tests.office``)."""
    from tests.office import ensure_people, run

    ensure_people(register)
    return run(register, *args)


def sql(register: Path, statement: str) -> None:
    connection = sqlite3.connect(register)
    with connection:
        connection.execute(statement)
    connection.close()


def reviewed_case(register: Path, tmp_path: Path, name: str) -> str:
    document = make_docx(
        tmp_path / f"{name}.docx",
        ["某某局文件", f"关于{name}的通知", "正文内容，无个人信息。", "2025年3月5日"],
    )
    result = cli(register, "review", str(document), "--out", str(tmp_path / name), "--json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["documents"][0]["case_id"]


def sign(register: Path, case: str, stage: str, by: str) -> Result:
    return cli(register, "sign", case, "--stage", stage, "--by", by, "--opinion", "同意")


@pytest.fixture
def forged(tmp_path: Path) -> tuple[Path, str, str]:
    """Two cases; the first had its 初审 signer changed with raw SQL after signing."""
    register = tmp_path / "register.sqlite3"
    case = reviewed_case(register, tmp_path, "甲")
    other = reviewed_case(register, tmp_path, "乙")
    assert sign(register, case, "初审", "赵").exit_code == 0
    sql(register, "UPDATE signoffs SET reviewer = '伪造者' WHERE stage = '初审'")
    return register, case, other


def refused_as_tampered(result: Result, case: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "审计" in lines[0] and case in lines[0] and "signoffs" in lines[0]
    return lines[0]


def test_every_gate_refuses_a_forged_signer(forged: tuple[Path, str, str], tmp_path: Path) -> None:
    register, case, _ = forged
    refused_as_tampered(cli(register, "case", "show", case), case)
    refused_as_tampered(cli(register, "case", "show", case, "--json"), case)
    refused_as_tampered(cli(register, "form", case, "--out", str(tmp_path / "f.pdf")), case)
    assert not (tmp_path / "f.pdf").exists()
    refused_as_tampered(sign(register, case, "复审", "王"), case)
    refused_as_tampered(
        cli(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员"), case
    )
    refused_as_tampered(cli(register, "declassify", case, "--by", "保密办", "--basis", "x"), case)
    refused_as_tampered(cli(register, "consent", case, "--issuer", "某某局", "--by", "王"), case)
    refused_as_tampered(
        cli(register, "decide", case, "F0001", "--action", "keep", "--by", "王", "--reason", "x"),
        case,
    )
    refused_as_tampered(
        cli(register, "secrecy", "confirm", case, "F0001", "--by", "保密办", "--opinion", "x"), case
    )


def test_other_cases_go_on(forged: tuple[Path, str, str]) -> None:
    register, _, other = forged
    assert cli(register, "case", "show", other).exit_code == 0
    assert sign(register, other, "初审", "赵").exit_code == 0


def test_english_refusal(forged: tuple[Path, str, str]) -> None:
    register, case, _ = forged
    result = cli(register, "case", "show", case, "--lang", "en")
    assert result.exit_code == 1
    assert "audit" in result.stderr and case in result.stderr


def test_deleted_and_edited_audit_events_are_caught(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite3"
    case = reviewed_case(register, tmp_path, "甲")
    assert sign(register, case, "初审", "赵").exit_code == 0
    # The sign-off's event rewritten (payload and all): its hash no longer matches.
    sql(register, "UPDATE audit_log SET actor = '伪造者' WHERE action = 'signed'")
    result = cli(register, "case", "show", case)
    assert result.exit_code == 1 and "审计" in result.stderr


def test_an_intact_case_is_shown(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite3"
    case = reviewed_case(register, tmp_path, "甲")
    assert sign(register, case, "初审", "赵").exit_code == 0
    assert cli(register, "case", "show", case).exit_code == 0
