"""A declassified document is published as practice records it: its marking (``秘密★1年``)
replaced by a 已解密 note with the decision's number and date (the unit's template,
``[workflow] declassified_note``); and a drafter's note that contradicts the approved attribute
(``（此件不公开）`` on a document approved for 主动公开) is refused at 审批 until resolved (the
approver sets the note's attribute, or a decision removes the note), with a warning when an
earlier level sets the contradicting attribute."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_workflow_e2e import cli, ok, refused, review, show

MOBILE = "13834409126"


def txt(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def expired(tmp_path: Path, note: str | None = None) -> Path:
    return txt(
        tmp_path / "old.txt",
        [
            "000123",
            "秘密★1年",
            "某某局文件",
            "关于某事的通知",
            "正文内容。",
            "某某局",
            "2019年3月5日",
            *([note] if note else []),
        ],
    )


def noted(tmp_path: Path) -> Path:
    return txt(
        tmp_path / "noted.txt",
        ["某某局文件", "关于某事的通知", "正文内容。", "某某局", "2025年3月5日", "（此件不公开）"],
    )


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def settle(register: Path, case: str) -> None:
    for finding in show(register, case)["findings"]:
        if finding["status"] == "pending_confirmation":
            ok(register, "secrecy", "confirm", case, finding["id"], "--by", "保密办", "--opinion", "同意")
    for finding in show(register, case)["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(register, "decide", case, finding["id"], "--action", "keep", "--by", "王", "--reason", "核实")


def approve(register: Path, case: str, *approval: str) -> None:
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    ok(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意", *approval)


def test_declassified_copy_carries_the_note_not_the_marking(tmp_path: Path, register: Path) -> None:
    case = review(register, expired(tmp_path), tmp_path / "out")["case_id"]
    ok(
        register, "declassify", case, "--by", "保密办", "--basis", "保密期限届满，经审核解密",
        "--number", "某保解〔2025〕7号", "--date", "2025-06-30",
    )  # fmt: skip
    settle(register, case)
    approve(register, case, "--attribute", "主动公开")
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    published = (tmp_path / "pub" / "old.approved.txt").read_text(encoding="utf-8")
    assert "秘密★1年" not in published and "★" not in published
    assert "已解密（某保解〔2025〕7号，2025-06-30）" in published
    assert published.startswith("000123") and "关于某事的通知" in published
    record = json.loads((tmp_path / "pub" / "old.approved.record.json").read_text(encoding="utf-8"))
    declassification = record["approval"]["declassification"]
    assert declassification["decision_number"] == "某保解〔2025〕7号"
    assert declassification["decision_date"] == "2025-06-30"


def test_the_note_follows_the_units_template(tmp_path: Path, register: Path) -> None:
    config = tmp_path / "baomi.toml"
    config.write_text('[workflow]\ndeclassified_note = "【{date}经{number}解密】"\n', encoding="utf-8")
    case = review(register, expired(tmp_path), tmp_path / "out")["case_id"]
    ok(register, "declassify", case, "--by", "保密办", "--basis", "期限届满，经审核解密")
    settle(register, case)
    approve(register, case, "--attribute", "主动公开")
    ok(
        register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员",
        "--config", str(config),
    )  # fmt: skip
    published = (tmp_path / "pub" / "old.approved.txt").read_text(encoding="utf-8")
    assert "秘密★1年" not in published
    assert "经期限届满，经审核解密解密】" in published  # no number given: the basis


def test_a_contradicting_note_is_refused_at_approval(tmp_path: Path, register: Path) -> None:
    case = review(register, noted(tmp_path), tmp_path / "out")["case_id"]
    assert show(register, case)["disclosure_attribute"] == "不予公开"
    settle(register, case)
    # 初审 overrides the drafter's note: done, with a warning.
    result = cli(
        register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开",
        "--attribute", "主动公开",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "注意" in result.stderr and "此件不公开" not in result.stdout
    assert "不予公开" in result.stderr and "主动公开" in result.stderr
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    line = refused(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")
    assert "拟稿单位的标注" in line
    english = cli(
        register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意", "--lang", "en"
    )
    assert "contradicts the attribute proactive disclosure" in english.stderr
    # Resolved: the note is removed by a decision; the copy then has no trace of it.
    note = next(f for f in show(register, case)["findings"] if f["entity_type"] == "DISCLOSURE_NOTE")
    ok(register, "decide", case, note["id"], "--action", "redact", "--by", "王", "--reason", "公开属性已改定")
    ok(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    published = (tmp_path / "pub" / "noted.approved.txt").read_text(encoding="utf-8")
    assert "不公开" not in published and "已删除" not in published and "正文内容" in published


def test_an_approval_that_follows_the_note_is_not_refused(tmp_path: Path, register: Path) -> None:
    case = review(register, noted(tmp_path), tmp_path / "out")["case_id"]
    settle(register, case)
    approve(register, case, "--attribute", "不予公开")
    assert show(register, case)["status"] == "approved"


def test_a_declassification_logged_before_migration_0004_still_verifies(tmp_path: Path) -> None:
    """Migration 0004 adds the decision's number and date to ``declassifications``: a row an
    older release wrote (its event holds no such columns) still matches its event, before the
    upgrade (a backup being checked) and after it."""
    import datetime

    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    from pipeline.workflow import audit
    from tests.test_register_migrations import migrate_to

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    migrate_to(url, "0003")
    engine = create_engine(url)
    row = {"id": 1, "case_id": 1, "reviewer": "保密办", "basis": "期限届满", "decided_at": "2025-01-02"}
    with Session(engine) as session, session.begin():
        event = audit.append_event(
            session,
            actor="保密办",
            action="declassified",
            case_id=1,
            payload={"table": "declassifications", "row_id": 1, "row": row},
            at=datetime.datetime(2025, 1, 2, tzinfo=datetime.UTC),
        )
        session.execute(
            text(
                "INSERT INTO declassifications (id, case_id, reviewer, basis, decided_at, audit_id)"
                " VALUES (1, 1, '保密办', '期限届满', '2025-01-02', :audit)"
            ),
            {"audit": event.id},
        )
    with Session(engine) as session:
        assert audit.verify(session)[1] == []
    engine.dispose()
    migrate_to(url, "head")
    engine = create_engine(url)
    with Session(engine) as session:
        assert audit.verify(session)[1] == []
    engine.dispose()
