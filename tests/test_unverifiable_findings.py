"""Content the leak check cannot verify is a finding of its own (UNVERIFIABLE_CONTENT), with its
page and box or its part, and blocks publication until a reviewer decides on it: redact the
area (MuPDF removes the pixels under it; a DOCX image is painted black) or keep it with a
reason. ``check``, ``review``'s exit code and ``publish`` agree. Run with ``--ocr off``: with
OCR, scanned pages and images are read instead (tests/test_ocr_scans.py)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import run_cli
from tests.test_workflow_e2e import cli, ok, refused, show
from tests.test_workflow_e2e import review as review_with_ocr


def review(register: Path, document: Path, out: Path, *extra: str) -> dict:
    """These tests are about content that stays unread: with OCR off (--ocr off), as a unit
    that does not OCR would review. With OCR, scans are read (tests/test_ocr_scans.py)."""
    return review_with_ocr(register, document, out, "--ocr", "off", *extra)

ID_NUMBER = "11010519491231002X"
MOBILE = "13834409126"
UNVERIFIABLE = "UNVERIFIABLE_CONTENT"
SCAN_BOX = (72, 100, 472, 300)


def scanned_image() -> pymupdf.Pixmap:
    """A penalty decision as a picture: rendered text, no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=400, height=200)
    page.insert_text(
        (20, 60), f"当事人张三丰 身份证{ID_NUMBER} 手机{MOBILE}", fontname="china-s", fontsize=12
    )
    pixmap = page.get_pixmap(dpi=144)
    src.close()
    return pixmap


def text_and_scan_pdf(path: Path) -> Path:
    """Page 1 text (public), page 2 a scanned page: only an image."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "行政处罚决定书（公开版）", fontname="china-s", fontsize=12)
    page = pdf.new_page()
    page.insert_image(pymupdf.Rect(*SCAN_BOX), pixmap=scanned_image())
    pdf.save(path)
    return path


def image_on_text_page_pdf(path: Path) -> Path:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "关于某事项的通知", fontname="china-s", fontsize=12)
    page.insert_image(pymupdf.Rect(*SCAN_BOX), pixmap=scanned_image())
    pdf.save(path)
    return path


def unverifiable(record_or_detail: dict) -> list[dict]:
    return [f for f in record_or_detail["findings"] if f["entity_type"] == UNVERIFIABLE]


def image_pixels(path: Path, page_number: int) -> list[bytes]:
    """The pixels of every image object on the page, read by PDFium (not MuPDF, which wrote
    the copy)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[page_number - 1]
        found = []
        for obj in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]):
            bitmap = obj.get_bitmap(render=False)
            found.append(bytes(bitmap.buffer))
        return found
    finally:
        pdf.close()


def approve(register: Path, case: str) -> None:
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    ok(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def test_scanned_page_is_a_finding_with_page_and_box(tmp_path: Path, register: Path) -> None:
    document = text_and_scan_pdf(tmp_path / "decision.pdf")
    entry = review(register, document, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = unverifiable(record)
    assert len(found) == 1, record["findings"]
    finding = found[0]
    assert finding["action"] == "review" and finding["text"] == ""
    assert finding["location"]["page"] == 2
    assert finding["location"]["kind"] == "scanned_page"
    assert finding["location"]["box"] == pytest.approx(list(SCAN_BOX), abs=0.5)
    assert finding["reason"] and "第三十五条" in finding["basis"]
    assert entry["findings"]["review"] >= 1

    # review exits 1, check exits 1 and names the page; the case lists it as missing.
    result = cli(
        register, "review", str(document), "--out", str(tmp_path / "again"), "--ocr", "off"
    )
    assert result.exit_code == 1
    checked = run_cli("check", str(document), "--format", "json", "--ocr", "off")
    assert checked.exit_code == 1
    items = json.loads(checked.stdout)["documents"][0]["items"]
    assert [i["location"]["page"] for i in items if i["entity_type"] == UNVERIFIABLE] == [2]
    detail = show(register, entry["case_id"])
    assert [m["key"] for m in detail["missing"]].count("missing_unverifiable") == 1


def test_undecided_scan_blocks_approval_and_publish(tmp_path: Path, register: Path) -> None:
    document = text_and_scan_pdf(tmp_path / "decision.pdf")
    case = review(register, document, tmp_path / "out")["case_id"]
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    line = refused(register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意")
    assert "无法自动核验" in line
    line = refused(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    assert "无法自动核验" in line
    assert not (tmp_path / "pub").exists() or not any((tmp_path / "pub").iterdir())


def test_redacted_scan_is_published_without_its_pixels(tmp_path: Path, register: Path) -> None:
    document = text_and_scan_pdf(tmp_path / "decision.pdf")
    case = review(register, document, tmp_path / "out")["case_id"]
    finding = unverifiable(show(register, case))[0]["id"]
    ok(register, "decide", case, finding, "--action", "redact", "--by", "王", "--reason", "含个人信息")
    approve(register, case)
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    published = tmp_path / "pub" / "decision.approved.pdf"
    before = image_pixels(document, 2)
    after = image_pixels(published, 2)
    assert before and max(before[0]) > 200  # the scan has white paper
    # The pixels under the box are gone (black), whatever box is painted over them.
    assert all(max(pixels, default=0) < 16 for pixels in after)


def test_kept_scan_is_published_with_the_reason(tmp_path: Path, register: Path) -> None:
    document = text_and_scan_pdf(tmp_path / "decision.pdf")
    case = review(register, document, tmp_path / "out")["case_id"]
    finding = unverifiable(show(register, case))[0]["id"]
    ok(
        register,
        "decide",
        case,
        finding,
        "--action",
        "keep",
        "--by",
        "王",
        "--reason",
        "人工核对：图片为公开的印章图样",
    )
    approve(register, case)
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    published = tmp_path / "pub" / "decision.approved.pdf"
    assert max(image_pixels(published, 2)[0]) > 200
    with pymupdf.open(published) as pdf:
        signed = json.loads(pdf.embfile_get("review-record.json"))
    decisions = signed["approval"]["decisions"]
    assert decisions == [
        {
            "finding_id": finding,
            "action": "keep",
            "reviewer": "王",
            "reason": "人工核对：图片为公开的印章图样",
            "decided_on": decisions[0]["decided_on"],
        }
    ]


def test_image_on_a_text_page(tmp_path: Path, register: Path) -> None:
    entry = review(register, image_on_text_page_pdf(tmp_path / "notice.pdf"), tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = unverifiable(record)
    assert [(f["location"]["kind"], f["location"]["page"]) for f in found] == [("image", 1)]


def test_font_without_text_mapping(tmp_path: Path, register: Path) -> None:
    from tests.fixtures.leaky_pdf import build_no_tounicode

    path = tmp_path / "font.pdf"
    build_no_tounicode(path, "张三丰")
    entry = review(register, path, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    kinds = {f["location"]["kind"] for f in unverifiable(record)}
    assert "font" in kinds
    font = next(f for f in unverifiable(record) if f["location"]["kind"] == "font")
    box = font["location"]["box"]
    # The box is where the unmapped glyphs are, not the whole page.
    assert box[2] - box[0] < 400 and box[3] - box[1] < 200


def test_embedded_object_must_be_left_out(tmp_path: Path, register: Path) -> None:
    from tests.fixtures.leaky_docx import build_embedded_docx

    path = tmp_path / "object.docx"
    build_embedded_docx(path, "张三丰")
    case = review(register, path, tmp_path / "out")["case_id"]
    found = unverifiable(show(register, case))
    assert [f["location"]["kind"] for f in found] == ["object"]
    assert found[0]["location"]["part"].startswith("word/embeddings/")
    line = refused(
        register, "decide", case, found[0]["id"], "--action", "keep", "--by", "王", "--reason", "x"
    )
    assert "嵌入对象" in line
    ok(register, "decide", case, found[0]["id"], "--action", "redact", "--by", "王", "--reason", "x")


def test_docx_image_redacted_is_painted_black(tmp_path: Path, register: Path) -> None:
    import docx

    picture = tmp_path / "scan.png"
    picture.write_bytes(scanned_image().tobytes("png"))
    document = docx.Document()
    document.add_paragraph("关于某事项的通知")
    document.add_picture(str(picture))
    path = tmp_path / "notice.docx"
    document.save(str(path))
    case = review(register, path, tmp_path / "out")["case_id"]
    found = unverifiable(show(register, case))
    assert [f["location"]["kind"] for f in found] == ["image"]
    part = found[0]["location"]["part"]
    ok(register, "decide", case, found[0]["id"], "--action", "redact", "--by", "王", "--reason", "x")
    approve(register, case)
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    with zipfile.ZipFile(tmp_path / "pub" / "notice.approved.docx") as archive:
        data = archive.read(part)
    pixmap = pymupdf.Pixmap(data)
    assert max(pixmap.samples) == 0
    assert (pixmap.width, pixmap.height) == (scanned_image().width, scanned_image().height)
