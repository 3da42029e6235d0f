"""The publish gate beyond the main path: classification markings (in force: never; expired:
only after declassification), reviewers' decisions that change what is redacted (the review is
re-run on the original with them), copies and originals changed behind the register's back,
and every format."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_pdf, pdf_text_pypdf
from tests.test_workflow_e2e import cli, ok, refused, review, show

MOBILE = "13834409126"
ID_NUMBER = "11010519491231002X"


def approve(register: Path, case: str, attribute: str = "主动公开", decide: str = "keep") -> None:
    """Answer everything pending and sign the three levels."""
    detail = show(register, case)
    pending = [f["id"] for f in detail["findings"] if f["status"] == "pending_confirmation"]
    if pending:
        ok(register, "secrecy", "confirm", case, *pending, "--by", "保密办", "--opinion", "确认")
    for finding in show(register, case)["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(
                register,
                "decide",
                case,
                finding["id"],
                "--action",
                decide,
                "--by",
                "王",
                "--reason",
                "人工核实",
            )
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    ok(
        register,
        "sign",
        case,
        "--stage",
        "审批",
        "--by",
        "刘",
        "--opinion",
        "同意",
        "--attribute",
        attribute,
    )


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def txt(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_marking_in_force_blocks_outright(tmp_path: Path, register: Path) -> None:
    document = txt(
        tmp_path / "secret.txt",
        [
            "000123",
            "机密★10年",
            "某某局文件",
            "关于某事的通知",
            "正文内容。",
            "某某局",
            "2024年3月5日",
        ],
    )
    case = review(register, document, tmp_path / "out")["case_id"]
    assert show(register, case)["classification"]["level"] == "机密"
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "机密" in line and "2034-03-05" in line and "不得公开" in line
    line = refused(register, "declassify", case, "--by", "张", "--basis", "提前解密")
    assert "尚未届满" in line
    approve(register, case, attribute="不予公开")
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "不得公开" in line and "不予公开" in line
    assert not (tmp_path / "pub").exists()


def test_expired_marking_needs_declassification(tmp_path: Path, register: Path) -> None:
    document = txt(
        tmp_path / "old.txt",
        [
            "000123",
            "秘密★1年",
            "某某局文件",
            "关于某事的通知",
            "正文内容。",
            "某某局",
            "2020年3月5日",
        ],
    )
    case = review(register, document, tmp_path / "out")["case_id"]
    assert show(register, case)["classification"]["expired"] is True
    approve(register, case)
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "解密" in line
    assert "初审" not in line
    ok(register, "declassify", case, "--by", "张主任", "--basis", "保密期限已满，经审核解密")
    line = refused(register, "declassify", case, "--by", "张主任", "--basis", "again")
    assert "已由 张主任" in line
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    record = json.loads((tmp_path / "pub" / "old.approved.record.json").read_text(encoding="utf-8"))
    assert record["approval"]["declassification"]["reviewer"] == "张主任"
    assert (tmp_path / "pub" / "old.approved.txt").read_text(encoding="utf-8").startswith("000123")


def test_declassify_without_marking_is_refused(tmp_path: Path, register: Path) -> None:
    case = review(register, txt(tmp_path / "a.txt", ["普通通知。"]), tmp_path / "out")["case_id"]
    line = refused(register, "declassify", case, "--by", "张", "--basis", "x")
    assert "没有国家秘密标志" in line


def test_keep_decision_reruns_the_review(tmp_path: Path, register: Path) -> None:
    """A reviewer keeps a redacted value (e.g. a number the office must publish): publish
    re-runs the review on the original with that decision, every occurrence is kept, and the
    other redactions stay."""
    document = txt(
        tmp_path / "n.txt",
        [
            "关于某事的通知",
            f"咨询电话：{MOBILE}。",
            f"身份证号：{ID_NUMBER}。",
            f"再次提醒：{MOBILE}。",
        ],
    )
    out = tmp_path / "out"
    case = review(register, document, out)["case_id"]
    mobile = [f for f in show(register, case)["findings"] if f["entity_type"] == "CN_MOBILE"]
    assert mobile and mobile[0]["action"] == "redact"
    assert MOBILE not in (out / "n.redacted.txt").read_text(encoding="utf-8")
    ok(
        register,
        "decide",
        case,
        mobile[0]["id"],
        "--action",
        "keep",
        "--by",
        "王",
        "--reason",
        "该号码为单位公开的咨询电话",
    )
    approve(register, case)
    result = ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "重新生成" in result.stdout
    text = (tmp_path / "pub" / "n.approved.txt").read_text(encoding="utf-8")
    assert text.count(MOBILE) == 2
    assert ID_NUMBER not in text
    sidecar = (tmp_path / "pub" / "n.approved.record.json").read_text(encoding="utf-8")
    assert ID_NUMBER not in sidecar
    record = json.loads(sidecar)
    assert record["approval"]["decisions"][0]["action"] == "keep"
    assert {f["id"]: f["action"] for f in record["findings"]}[mobile[0]["id"]] == "keep"


def test_redact_decision_reruns_the_review(tmp_path: Path, register: Path) -> None:
    """With a high redact threshold the number is only flagged for review; the reviewer
    decides to redact it, and the published copy is made again without it."""
    config = tmp_path / "baomi.toml"
    config.write_text("[review]\nredact_threshold = 0.99\n", encoding="utf-8")
    document = txt(
        tmp_path / "n.txt", ["关于某事的通知", f"联系电话：{MOBILE}。", f"又：{MOBILE}。"]
    )
    case = review(register, document, tmp_path / "out", "--config", str(config))["case_id"]
    mobile = [f for f in show(register, case)["findings"] if f["entity_type"] == "CN_MOBILE"]
    if not mobile or mobile[0]["action"] != "review":
        pytest.skip("the mobile recognizer scores this number as validated")
    assert MOBILE in (tmp_path / "out" / "n.redacted.txt").read_text(encoding="utf-8")
    ok(
        register,
        "decide",
        case,
        mobile[0]["id"],
        "--action",
        "redact",
        "--by",
        "王",
        "--reason",
        "个人手机号码",
    )
    approve(register, case, decide="keep")  # any other finding for review is kept
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    text = (tmp_path / "pub" / "n.approved.txt").read_text(encoding="utf-8")
    assert MOBILE not in text
    assert "［已删除" in text


def test_changed_original_is_refused(tmp_path: Path, register: Path) -> None:
    document = txt(tmp_path / "n.txt", ["关于某事的通知", f"电话：{MOBILE}。"])
    case = review(register, document, tmp_path / "out")["case_id"]
    mobile = next(f for f in show(register, case)["findings"] if f["entity_type"] == "CN_MOBILE")
    ok(
        register,
        "decide",
        case,
        mobile["id"],
        "--action",
        "keep",
        "--by",
        "王",
        "--reason",
        "公开电话",
    )
    approve(register, case)
    document.write_text("关于某事的通知（修改稿）\n", encoding="utf-8")
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "原件已被改动" in line
    document.unlink()
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "原件无法读取" in line


def test_rerun_with_different_findings_asks_for_a_new_review(
    tmp_path: Path, register: Path
) -> None:
    document = txt(
        tmp_path / "n.txt", ["关于某事的通知", f"电话：{MOBILE}。", "某型号装备的参数。"]
    )
    case = review(register, document, tmp_path / "out")["case_id"]
    mobile = next(f for f in show(register, case)["findings"] if f["entity_type"] == "CN_MOBILE")
    ok(
        register,
        "decide",
        case,
        mobile["id"],
        "--action",
        "keep",
        "--by",
        "王",
        "--reason",
        "公开电话",
    )
    approve(register, case)
    # As if the keyword lists had changed since the review.
    connection = sqlite3.connect(register)
    with connection:
        row = connection.execute("SELECT config FROM cases").fetchone()
        config: dict[str, Any] = json.loads(row[0])
        config["terms"] = [["work_secret", "某型号装备", False, "test"]]
        connection.execute("UPDATE cases SET config = ?", (json.dumps(config),))
    connection.close()
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "请重新审查文件" in line


def test_tampered_copy_is_refused(tmp_path: Path, register: Path) -> None:
    document = txt(tmp_path / "n.txt", ["关于某事的通知", f"电话：{MOBILE}。"])
    out = tmp_path / "out"
    case = review(register, document, out)["case_id"]
    approve(register, case)
    copy = out / "n.redacted.txt"
    copy.write_text(copy.read_text(encoding="utf-8") + "追加内容\n", encoding="utf-8")
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "被改动" in line


def test_undecided_review_finding_blocks_approval(tmp_path: Path, register: Path) -> None:
    config = tmp_path / "baomi.toml"
    config.write_text("[review]\nredact_threshold = 0.99\n", encoding="utf-8")
    document = txt(tmp_path / "n.txt", ["关于某事的通知", f"联系电话：{MOBILE}。"])
    case = review(register, document, tmp_path / "out", "--config", str(config))["case_id"]
    open_items = [
        f["id"]
        for f in show(register, case)["findings"]
        if f["action"] == "review" and not f["route"]
    ]
    if not open_items:
        pytest.skip("nothing left for review")
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    line = refused(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")
    assert open_items[0] in line and "人工决定" in line


def test_pdf_copy_carries_the_signed_record(tmp_path: Path, register: Path) -> None:
    document = make_pdf(tmp_path / "n.pdf", ["关于某事的通知", f"联系电话：{MOBILE}。", "某某局"])
    case = review(register, document, tmp_path / "out")["case_id"]
    approve(register, case)
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    published = tmp_path / "pub" / "n.approved.pdf"
    assert MOBILE not in pdf_text_pypdf(published)
    from pypdf import PdfReader

    record = json.loads(PdfReader(published).attachments["review-record.json"][0])
    assert [s["stage"] for s in record["approval"]["signoffs"]] == ["初审", "复审", "审批"]
    assert MOBILE not in json.dumps(record, ensure_ascii=False)


def test_withheld_attribute_is_not_published(tmp_path: Path, register: Path) -> None:
    case = review(register, txt(tmp_path / "a.txt", ["普通通知。"]), tmp_path / "out")["case_id"]
    approve(register, case, attribute="不予公开")
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "不予公开" in line


def test_approved_case_is_closed_to_decisions(tmp_path: Path, register: Path) -> None:
    document = txt(tmp_path / "n.txt", ["关于某事的通知", f"电话：{MOBILE}。"])
    case = review(register, document, tmp_path / "out")["case_id"]
    approve(register, case)
    finding = show(register, case)["findings"][0]["id"]
    line = refused(
        register, "decide", case, finding, "--action", "keep", "--by", "王", "--reason", "x"
    )
    assert "已审批" in line


def test_secrecy_rejection_lifts_the_redaction(tmp_path: Path, register: Path) -> None:
    """The secrecy office finds no state secret: the term is published unless a reviewer
    redacts it on another ground."""
    terms = tmp_path / "terms.txt"
    terms.write_text("state_secret\t某型号装备\n", encoding="utf-8")
    document = txt(tmp_path / "n.txt", ["关于某事的通知", "某型号装备的采购已经完成。"])
    case = review(register, document, tmp_path / "out", "--terms", str(terms))["case_id"]
    routed = [f["id"] for f in show(register, case)["findings"] if f["route"]]
    ok(
        register,
        "secrecy",
        "confirm",
        case,
        *routed,
        "--by",
        "保密局",
        "--opinion",
        "不属于国家秘密",
        "--reject",
    )
    approve(register, case)
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert "某型号装备" in (tmp_path / "pub" / "n.approved.txt").read_text(encoding="utf-8")


def test_unknown_finding_is_a_usage_error(tmp_path: Path, register: Path) -> None:
    case = review(register, txt(tmp_path / "a.txt", ["普通通知。"]), tmp_path / "out")["case_id"]
    result = cli(
        register, "decide", case, "F9999", "--action", "keep", "--by", "王", "--reason", "y"
    )
    assert result.exit_code == 2
    assert "F9999" in result.stderr
