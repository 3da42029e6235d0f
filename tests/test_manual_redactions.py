"""A reviewer adds a redaction the tool missed, and takes one back: every occurrence of a text,
or an area of a PDF page (``baomi redact CASE --text … | --page N --box x0,y0,x1,y1 --as USER
--reason …``, ``--remove M001``), through the service layer with the acting user's role checked,
recorded and audited like a decision, applied by ``publish`` and checked by verify (the text
nowhere in the copy; PDFium finds no character and no light pixel inside the area)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import make_docx
from tests.test_workflow_e2e import (
    cli,
    everything_in,
    ok,
    refused,
    review,
    settle_review_findings,
    show,
)

CODENAME = "青松工程"  # a project's code name: no recognizer knows it
NICKNAME = "老马头"
SIGNATURE = "经办人签名潦草字迹"
AREA = (70.0, 90.0, 330.0, 112.0)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def notice(path: Path) -> Path:
    return make_docx(
        path,
        [
            "关于做好物资储备工作的通知",
            f"根据工作安排，{CODENAME}有关事项通知如下。",
            f"请{NICKNAME}所在单位配合，{CODENAME}于年底完成。",
            "特此通知。",
        ],
    )


def signed_pdf(path: Path) -> Path:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "行政处罚决定书（公开版）", fontname="china-s", fontsize=12)
    page.insert_text((72, 106), SIGNATURE, fontname="china-s", fontsize=12)
    page.insert_text((72, 140), "本决定自送达之日起生效。", fontname="china-s", fontsize=12)
    pdf.save(path)
    return path


def approve(register: Path, case: str) -> None:
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    ok(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")


def publish(register: Path, case: str, out: Path) -> None:
    ok(register, "publish", case, "--out", str(out), "--by", "录入员")


def test_text_redaction_is_applied_everywhere_and_recorded(tmp_path: Path, register: Path) -> None:
    case = review(register, notice(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    added = ok(
        register, "redact", case, "--text", CODENAME, "--as", "王", "--reason", "项目代号属于工作秘密",
        "--category", "work_secret",
    )  # fmt: skip
    assert "M001" in added.stdout
    detail = show(register, case)
    assert detail["manual_redactions"][0]["id"] == "M001"
    assert detail["manual_redactions"][0]["text"] == CODENAME
    text = cli(register, "case", "show", case, "--lang", "en").stdout
    assert f"every occurrence of '{CODENAME}'" in text
    approve(register, case)
    out = tmp_path / "pub"
    publish(register, case, out)
    copy = out / "notice.approved.docx"
    body = everything_in(copy)
    assert CODENAME not in body and "工作秘密" in body  # its placeholder, twice
    assert NICKNAME in body and "特此通知" in body
    with zipfile.ZipFile(copy) as archive:
        signed = json.loads(archive.read("baomi/review-record.json"))
    (entry,) = signed["approval"]["manual_redactions"]
    assert entry["id"] == "M001" and entry["reviewer"] == "王" and "text" not in entry
    assert sum(f["entity_type"] == "MANUAL_REDACTION" for f in signed["findings"]) == 2
    # Audited: the chain holds the event, and verifies.
    events = sqlite3.connect(register).execute("SELECT action FROM audit_log").fetchall()
    assert ("redaction_added",) in events
    ok(register, "audit", "verify")


def test_a_redaction_taken_back_is_not_applied(tmp_path: Path, register: Path) -> None:
    case = review(register, notice(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    ok(register, "redact", case, "--text", CODENAME, "--by", "王", "--reason", "工作秘密")
    ok(register, "redact", case, "--text", NICKNAME, "--by", "赵", "--reason", "绰号指向个人")
    ok(register, "redact", case, "--remove", "M001", "--by", "王", "--reason", "代号已公开")
    assert [m["id"] for m in show(register, case)["manual_redactions"]] == ["M002"]
    line = cli(register, "redact", case, "--remove", "M001", "--by", "王", "--reason", "x")
    assert line.exit_code == 2 and "M001" in line.stderr
    approve(register, case)
    publish(register, case, tmp_path / "pub")
    body = everything_in(tmp_path / "pub" / "notice.approved.docx")
    assert CODENAME in body and NICKNAME not in body
    actions = [a for (a,) in sqlite3.connect(register).execute("SELECT action FROM audit_log")]
    assert actions.count("redaction_added") == 2 and actions.count("redaction_removed") == 1


def test_who_may_redact_and_when(tmp_path: Path, register: Path) -> None:
    case = review(register, notice(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    before = sqlite3.connect(register).execute("SELECT COUNT(*) FROM audit_log").fetchone()
    line = refused(register, "redact", case, "--text", CODENAME, "--by", "刘", "--reason", "x")
    assert "手工删除内容" in line  # the approver's role does not redact
    line = refused(register, "redact", case, "--text", CODENAME, "--by", "王", "--reason", " ")
    line = refused(register, "redact", case, "--text", "青", "--by", "王", "--reason", "x")
    assert "太短" in line
    line = refused(
        register, "redact", case, "--page", "1", "--box", "1,2,3,4", "--by", "王", "--reason", "x"
    )
    assert "DOCX" in line  # no pages to put a box on
    after = sqlite3.connect(register).execute("SELECT COUNT(*) FROM audit_log").fetchone()
    assert before == after  # refusals write nothing
    approve(register, case)
    line = refused(register, "redact", case, "--text", CODENAME, "--by", "王", "--reason", "x")
    assert case in line


def test_service_layer_returns_refusals_with_keys(tmp_path: Path, register: Path) -> None:
    from pipeline.service import steps
    from pipeline.service.outcome import Actor
    from pipeline.workflow.register import open_register

    case = review(register, signed_pdf(tmp_path / "decision.pdf"), tmp_path / "out")["case_id"]
    handle = open_register(f"sqlite:///{register}")
    try:
        refusal = steps.redact(handle, Actor("王"), case, page=1, box="5,5,1,1", reason="签名")
        assert not refusal.ok and refusal.key == "manual_bad_box"
        assert "x0<x1" in refusal.render("en")
        done = steps.redact(handle, Actor("王"), case, page=1, box=list(AREA), reason="签名")
        assert done.ok and done.value["redaction"] == "M001" and done.value["box"] == list(AREA)
        assert done.render("en").startswith("manual redaction M001 recorded")
    finally:
        handle.close()


def test_area_redaction_removes_what_is_under_it(tmp_path: Path, register: Path) -> None:
    from stages.verify.areas import leftovers

    document = signed_pdf(tmp_path / "decision.pdf")
    assert leftovers(document, [(1, AREA)]) == [1]  # the original has text there
    case = review(register, document, tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    box = ",".join(str(v) for v in AREA)
    ok(register, "redact", case, "--page", "1", "--box", box, "--by", "王", "--reason", "签名")
    approve(register, case)
    publish(register, case, tmp_path / "pub")
    copy = tmp_path / "pub" / "decision.approved.pdf"
    assert leftovers(copy, [(1, AREA)]) == []
    with pymupdf.open(document) as before, pymupdf.open(copy) as after:
        kept = before[0].get_text("words")
        now = after[0].get_text()
    assert "潦草" not in now and "行政处罚决定书" in now and "本决定自送达之日起生效" in now
    assert kept  # the public lines are still where they were (compared by the glyph tests)


def test_a_text_that_is_not_in_the_document_blocks_publish(tmp_path: Path, register: Path) -> None:
    case = review(register, notice(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    ok(register, "redact", case, "--text", "不存在的文字", "--by", "王", "--reason", "x")
    approve(register, case)
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    assert "M001" in line and "找不到" in line
    assert not (tmp_path / "pub").exists() or not any((tmp_path / "pub").iterdir())


def test_a_forged_manual_redaction_is_refused(tmp_path: Path, register: Path) -> None:
    case = review(register, notice(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    settle_review_findings(register, case)
    ok(register, "redact", case, "--text", CODENAME, "--by", "王", "--reason", "工作秘密")
    with sqlite3.connect(register) as db:
        db.execute("UPDATE manual_redactions SET text = '特此通知'")
    line = refused(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    assert "审计" in line and case in line and "manual_redactions" in line


@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_area_check_reads_rotated_and_cropped_pages(tmp_path: Path, rotation: int) -> None:
    """Boxes are in MuPDF's unrotated page space, from the crop box's corner; PDFium's check
    maps them to user space: text inside is found, and once blacked out, nothing is."""
    from stages.verify.areas import leftovers

    pdf = pymupdf.open()
    page = pdf.new_page(width=500, height=700)
    page.set_cropbox(pymupdf.Rect(10, 20, 480, 690))
    page.insert_text((100, 200), "SECRET NAME", fontsize=20)
    page.insert_text((100, 400), "public text", fontsize=20)
    page.set_rotation(rotation)
    path = tmp_path / "rotated.pdf"
    pdf.save(path)
    with pymupdf.open(path) as reread:
        box = tuple(reread[0].search_for("SECRET NAME")[0])
    assert leftovers(path, [(1, box)]) == [1]
    with pymupdf.open(path) as redacting:
        target = redacting[0]
        # Unrotated while redacting, as stages.redact.pdf does: on a rotated, cropped page
        # MuPDF paints the box off by the crop box's corner (which the check would catch).
        target.set_rotation(0)
        target.add_redact_annot(pymupdf.Rect(box), fill=(0, 0, 0))
        target.apply_redactions()
        target.set_rotation(rotation)
        redacting.save(tmp_path / "done.pdf")
    assert leftovers(tmp_path / "done.pdf", [(1, box)]) == []
    assert leftovers(tmp_path / "done.pdf", [(1, box), (2, box)]) == [2]  # no page 2
