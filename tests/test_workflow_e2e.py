"""The review workflow end to end, through the command line, on SQLite and on PostgreSQL: a
joint DOCX with personal data and a state-secret term from the unit's keyword list goes review
→ 初审 → 复审 → secrecy office → 审批 → consents → publish, each step taken by a registered user
whose role allows it, and every gate refuses (exit 1, naming what is missing) until its step is
done. The published copy carries the signed record and no original value."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from tests.conftest import make_docx

SECRET = "应急物资储备库布局调整方案"
ID_NUMBER = "11010519491231002X"
MOBILE = "13834409126"
ISSUERS = ("忻州市教育局", "忻州市财政局")


def cli(register: Path, *args: str) -> Result:
    """``baomi ARGS`` on ``register``, where the office of ``tests.office`` is registered,
    acting as the user ``--by`` names."""
    from tests.office import ensure_people, run

    ensure_people(register)
    return run(register, *args)


def ok(register: Path, *args: str) -> Result:
    result = cli(register, *args)
    assert result.exit_code == 0, result.output
    return result


def refused(register: Path, *args: str) -> str:
    """Run a step that must be refused: exit 1 and one line on stderr (no traceback)."""
    result = cli(register, *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def joint_docx(path: Path, extra: list[str] | None = None) -> Path:
    return make_docx(
        path,
        [
            "忻州市教育局",
            "忻州市财政局文件",
            "忻市教发〔2025〕3号",
            "忻州市教育局　忻州市财政局",
            "关于做好应急物资储备工作的通知",
            "各县（市、区）教育局：",
            f"根据工作安排，现将{SECRET}有关事项通知如下。",
            f"联系人身份证号：{ID_NUMBER}，手机：{MOBILE}。",
            *(extra or []),
            "忻州市教育局　　　　忻州市财政局",
            "2025年9月29日",
        ],
    )


def terms_file(path: Path) -> Path:
    path.write_text(f"state_secret\t{SECRET}\n", encoding="utf-8")
    return path


def review(register: Path, document: Path, out: Path, *extra: str) -> dict[str, Any]:
    result = cli(register, "review", str(document), "--out", str(out), "--json", *extra)
    assert result.exit_code in (0, 1), result.output
    entry = json.loads(result.stdout)["documents"][0]
    assert entry["error"] is None
    assert entry["case_id"]
    return entry


def show(register: Path, case: str) -> dict[str, Any]:
    return json.loads(ok(register, "case", "show", case, "--json").stdout)


def settle_review_findings(register: Path, case: str) -> None:
    """Whatever the recognizers left for a human (action review, not routed) is kept."""
    for finding in show(register, case)["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(
                register,
                "decide",
                case,
                finding["id"],
                "--action",
                "keep",
                "--by",
                "李审核",
                "--reason",
                "经核实属于应当公开的内容",
            )


def everything_in(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", errors="ignore") for name in archive.namelist()
        )


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """The whole workflow runs on a SQLite file and on a new database of the session's real
    PostgreSQL server (``tests.pg``)."""
    if request.param == "sqlite":
        return tmp_path / "register.sqlite3"
    return request.getfixturevalue("postgres").new_database()


def test_joint_document_through_every_gate(tmp_path: Path, register: Path) -> None:
    document = joint_docx(tmp_path / "notice.docx")
    entry = review(
        register, document, tmp_path / "out", "--terms", str(terms_file(tmp_path / "t.txt"))
    )
    case = entry["case_id"]

    detail = show(register, case)
    assert detail["issuers"] == list(ISSUERS)
    routed = [f for f in detail["findings"] if f["route"] == "secrecy_office"]
    assert routed and all(f["status"] == "pending_confirmation" for f in routed)
    assert {f["entity_type"] for f in detail["findings"]} >= {"KEYWORD", "CN_RESIDENT_ID"}

    # Nothing is signed: publishing lists everything that is missing.
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    for missing in ("初审", "复审", "审批", "保密工作部门", *ISSUERS):
        assert missing in line
    assert not (tmp_path / "pub").exists() or not any((tmp_path / "pub").iterdir())

    # The levels in order.
    line = refused(register, "sign", case, "--stage", "复审", "--by", "王处长", "--opinion", "同意")
    assert "初审" in line
    ok(
        register,
        "sign",
        case,
        "--stage",
        "初审",
        "--by",
        "赵科员",
        "--opinion",
        f"删除个人信息和“{SECRET}”后可公开",
        "--attribute",
        "主动公开",
        "--summary",
        "部署应急物资储备有关工作",
    )
    line = refused(register, "sign", case, "--stage", "初审", "--by", "赵科员", "--opinion", "再签")
    assert "已由 赵科员" in line
    line = refused(register, "sign", case, "--stage", "审批", "--by", "刘局长", "--opinion", "同意")
    assert "复审" in line
    ok(register, "sign", case, "--stage", "复审", "--by", "王处长", "--opinion", "同意初审意见")
    settle_review_findings(register, case)

    # The approval waits for the secrecy office.
    line = refused(register, "sign", case, "--stage", "审批", "--by", "刘局长", "--opinion", "同意")
    assert "保密工作部门" in line and routed[0]["id"] in line
    line = refused(
        register,
        "decide",
        case,
        routed[0]["id"],
        "--action",
        "keep",
        "--by",
        "王处长",
        "--reason",
        "不涉密",
    )
    assert "保密工作部门" in line

    queue = json.loads(ok(register, "secrecy", "queue", "--json").stdout)
    mine = [item for item in queue if item["case_id"] == case]
    assert {item["finding_id"] for item in mine} <= {f["id"] for f in routed}
    assert mine and set(mine[0]) >= {
        "case_id",
        "finding_id",
        "entity_type",
        "category",
        "due",
        "overdue",
    }
    assert mine[0]["overdue"] is False
    ok(
        register,
        "secrecy",
        "confirm",
        case,
        *[item["finding_id"] for item in mine],
        "--by",
        "市保密局张某",
        "--opinion",
        "属于国家秘密，同意删除",
    )
    line = refused(
        register,
        "secrecy",
        "confirm",
        case,
        mine[0]["finding_id"],
        "--by",
        "保密办",
        "--opinion",
        "again",
    )
    assert "已答复" in line
    assert json.loads(ok(register, "secrecy", "queue", "--json").stdout) == []

    ok(register, "sign", case, "--stage", "审批", "--by", "刘局长", "--opinion", "同意公开")

    # A joint document needs both issuers' consent.
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert all(issuer in line for issuer in ISSUERS)
    assert "初审" not in line and "保密工作部门" not in line
    ok(register, "consent", case, "--issuer", ISSUERS[0], "--by", "教育局办公室")
    line = refused(register, "consent", case, "--issuer", "忻州市公安局", "--by", "王处长")
    assert "不是该文件的发文机关" in line
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert ISSUERS[1] in line and ISSUERS[0] not in line
    ok(register, "consent", case, "--issuer", ISSUERS[1], "--by", "财政局办公室")

    result = ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    published = tmp_path / "pub" / "notice.approved.docx"
    assert published.is_file()
    assert published.stat().st_mode & 0o777 == 0o644
    assert str(published) in result.stdout

    content = everything_in(published)
    for value in (SECRET, ID_NUMBER, MOBILE):
        assert value not in content
    with zipfile.ZipFile(published) as archive:
        record = json.loads(archive.read("baomi/review-record.json"))
    approval = record["approval"]
    assert approval["case_id"] == case
    assert [(s["stage"], s["reviewer"]) for s in approval["signoffs"]] == [
        ("初审", "赵科员"),
        ("复审", "王处长"),
        ("审批", "刘局长"),
    ]
    assert all(len(s["signed_on"]) == 10 for s in approval["signoffs"])
    # The opinion quoted the secret: it is scrubbed in the signed record.
    assert SECRET not in approval["signoffs"][0]["opinion"]
    assert approval["secrecy_office"][0]["result"] == "confirmed"
    assert {c["issuer"] for c in approval["consents"]} == set(ISSUERS)
    assert approval["entered_by"] == "陈录入"
    assert record["disclosure_attribute"] == "主动公开"
    assert all("text" not in f for f in record["findings"])

    assert show(register, case)["status"] == "published"
    line = refused(register, "sign", case, "--stage", "初审", "--by", "赵科员", "--opinion", "y")
    assert "已公开" in line
    ok(register, "audit", "verify")


def test_unknown_case_is_a_usage_error(register: Path) -> None:
    result = cli(register, "sign", "C99999", "--stage", "初审", "--by", "赵", "--opinion", "y")
    assert result.exit_code == 2
    assert "C99999" in result.stderr and "Traceback" not in result.output
    result = cli(register, "case", "show", "nonsense", "--lang", "en")
    assert result.exit_code == 2
    assert "no case nonsense" in result.stderr


def test_english_messages(tmp_path: Path, register: Path) -> None:
    document = joint_docx(tmp_path / "notice.docx")
    case = review(register, document, tmp_path / "out")["case_id"]
    result = cli(
        register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "y", "--lang", "en"
    )
    assert result.exit_code == 1
    assert "must be signed first" in result.stderr


def test_same_content_is_the_same_case(tmp_path: Path, register: Path) -> None:
    document = joint_docx(tmp_path / "notice.docx")
    first = review(register, document, tmp_path / "out")["case_id"]
    copy = tmp_path / "again.docx"
    copy.write_bytes(document.read_bytes())
    assert review(register, copy, tmp_path / "out2")["case_id"] == first
    other = joint_docx(tmp_path / "other.docx", extra=["另附说明一则。"])
    assert review(register, other, tmp_path / "out3")["case_id"] != first
    listed = json.loads(ok(register, "case", "list", "--json").stdout)
    assert len(listed) == 2
    assert json.loads(ok(register, "case", "list", "--status", "published", "--json").stdout) == []


def test_new_findings_start_a_new_revision(tmp_path: Path, register: Path) -> None:
    """Reviewing the same document with another keyword list changes the findings: what was
    signed on the old ones no longer counts."""
    document = joint_docx(tmp_path / "notice.docx")
    case = review(register, document, tmp_path / "out")["case_id"]
    ok(register, "sign", case, "--stage", "初审", "--by", "赵科员", "--opinion", "可公开")
    assert show(register, case)["signed"] == ["初审"]
    review(register, document, tmp_path / "out", "--terms", str(terms_file(tmp_path / "t.txt")))
    detail = show(register, case)
    assert detail["revision"] == 2
    assert detail["signed"] == []
    ok(register, "audit", "verify")
