"""Every file given or found is either reviewed or reported as not reviewable (items 9 and 10
of issue 13): a folder's unsupported files are named, one line each, with what they are;
``check`` and the pre-commit hook fail on them unless ``--skip-unsupported``; the supported
set comes from one table (``pipeline.formats``). Messages are precise in both languages: an
image-only PDF is reviewed (its page is a finding), an XLSX or OFD is not "a corrupt DOCX", an
empty DOCX is a clean review that says it has no text."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pymupdf
import pytest
import yaml

from tests.conftest import make_docx, run_cli

ROOT = Path(__file__).resolve().parents[1]


def zip_bytes(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def pptx_bytes() -> bytes:
    return zip_bytes({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"})


def legacy_ppt_bytes() -> bytes:
    """An OLE container whose directory names a PowerPoint Document stream."""
    name = "PowerPoint Document".encode("utf-16-le") + b"\x00\x00"
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + name


UNSUPPORTED = {
    "slides.pptx": ("a PPTX presentation", "PPTX 演示文稿"),
    "deck.ppt": ("a PPT presentation (legacy)", "PPT 演示文稿（旧版）"),
    "bundle.zip": ("a ZIP archive", "ZIP 压缩包"),
    "data.json": ("a JSON data file", "JSON 数据文件"),
    "logo.gif": ("a GIF image", "GIF 图片"),
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("联系电话：13812345678。\n", encoding="utf-8")
    make_docx(folder / "sub" / "b.docx", ["关于某事的通知"])
    (folder / "slides.pptx").write_bytes(pptx_bytes())
    (folder / "deck.ppt").write_bytes(legacy_ppt_bytes())
    (folder / "bundle.zip").write_bytes(zip_bytes({"a.txt": "张三 11010519491231002X"}))
    (folder / "data.json").write_text('{"身份证": "11010519491231002X"}', encoding="utf-8")
    (folder / "logo.gif").write_bytes(b"GIF89a" + b"\x00" * 32)
    return folder


def test_folder_names_every_file_it_cannot_review(mixed: Path, tmp_path: Path) -> None:
    result = run_cli("review", str(mixed), "--out", str(tmp_path / "out"), "--json", "--lang", "en")
    assert result.exit_code == 2
    summary = json.loads(result.stdout)
    by_name = {Path(d["name"]).name: d for d in summary["documents"]}
    assert set(by_name) == {"a.txt", "b.docx", *UNSUPPORTED}
    assert summary["summary"]["documents"] == 2 + len(UNSUPPORTED)
    assert by_name["a.txt"]["error"] is None and by_name["b.docx"]["error"] is None
    for name, (english, _) in UNSUPPORTED.items():
        error = by_name[name]["error"]
        assert "unsupported file type" in error and english in error, (name, error)
        assert name in result.stderr
        assert "DOCX is corrupt" not in error


def test_text_summary_counts_them(mixed: Path, tmp_path: Path) -> None:
    result = run_cli("review", str(mixed), "--out", str(tmp_path / "out"))
    assert f"共 {2 + len(UNSUPPORTED)} 个文件" in result.stdout
    assert result.stderr.count("不支持的文件类型") == len(UNSUPPORTED)
    for name, (_, chinese) in UNSUPPORTED.items():
        assert any(name in line and chinese in line for line in result.stderr.splitlines())


def test_skip_unsupported_lists_them_and_goes_on(mixed: Path, tmp_path: Path) -> None:
    result = run_cli(
        "review", str(mixed), "--out", str(tmp_path / "out"), "--json", "--skip-unsupported"
    )
    assert result.exit_code == 1  # a.txt needs redaction; nothing failed
    summary = json.loads(result.stdout)
    assert sorted(Path(n["name"]).name for n in summary["not_reviewed"]) == sorted(UNSUPPORTED)
    assert all(n["reason"] for n in summary["not_reviewed"])
    assert result.stderr.count("--skip-unsupported") == len(UNSUPPORTED)


def test_check_fails_on_a_file_it_cannot_review(mixed: Path) -> None:
    for name, (english, _) in UNSUPPORTED.items():  # named directly: read by content
        result = run_cli("check", str(mixed / name), "--lang", "en")
        assert result.exit_code == 2, name
        assert english in result.stderr, (name, result.stderr)
    result = run_cli("check", str(mixed), "--format", "json")
    assert result.exit_code == 2
    result = run_cli("check", str(mixed / "slides.pptx"), "--skip-unsupported")
    assert result.exit_code == 0


def test_hook_passes_every_document_to_check() -> None:
    """The hook's file pattern is every kind baomi reviews and every document kind it knows
    and does not review (so the hook fails on those), from the one table."""
    from pipeline import formats

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "baomi-check")
    pattern = re.compile(hook["files"])
    for suffix in sorted(formats.SUFFIXES | set(formats.KNOWN) - {".json"}):
        assert pattern.search(f"docs/x{suffix.upper()}"), suffix
    assert pattern.search("x.review.json") and not pattern.search("x.approved.record.json")
    assert not pattern.search("package.json")
    assert hook["files"] == formats.hook_pattern()


def test_whitespace_only_text_is_a_clean_review(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n　\n", encoding="utf-8")
    result = run_cli("review", str(path), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"][0]["no_text"] is True


def test_supported_set_is_one_table() -> None:
    from pipeline import formats, runner
    from pipeline.errors import InputError

    assert runner.SUFFIXES == formats.SUFFIXES
    text = InputError("unsupported_type").render("en")
    assert all(f.short in text for f in formats.FORMATS)


def test_image_only_pdf_is_reviewed_not_empty(tmp_path: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
    pixmap.clear_with(230)
    pdf = pymupdf.open()
    pdf.new_page().insert_image(pymupdf.Rect(72, 72, 272, 172), pixmap=pixmap)
    path = tmp_path / "scan.pdf"
    pdf.save(path)
    result = run_cli(
        "review", str(path), "--out", str(tmp_path / "out"), "--json", "--lang", "en", "--ocr", "off"
    )
    document = json.loads(result.stdout)["documents"][0]
    assert document["error"] is None
    assert result.exit_code == 1 and document["findings"]["review"] == 1
    assert "empty" not in result.stderr


def test_empty_docx_is_a_clean_review_that_says_so(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    result = run_cli("review", str(path), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["documents"][0]
    assert document["error"] is None and document["no_text"] is True
    text = run_cli("review", str(path), "--out", str(tmp_path / "o2"))
    assert "没有文字内容" in text.stdout
    english = run_cli("review", str(path), "--out", str(tmp_path / "o3"), "--lang", "en")
    assert "has no text" in english.stdout


@pytest.mark.parametrize(
    ("name", "data", "zh", "en"),
    [
        (
            "sheet.xlsx",
            zip_bytes({"xl/other.xml": "<x/>"}),
            "XLSX 文件已损坏：缺少部件 xl/workbook.xml",
            "the XLSX is corrupt: xl/workbook.xml is missing",
        ),
        (
            "paper.ofd",
            zip_bytes({"Doc_0/Document.xml": "<x/>"}),
            "OFD 文件已损坏：缺少部件 OFD.xml",
            "the OFD is corrupt: OFD.xml is missing",
        ),
        ("named.docx", pptx_bytes(), "PPTX 演示文稿", "a PPTX presentation"),
        ("bundle.zip", zip_bytes({"a.txt": "x"}), "ZIP 压缩包", "a ZIP archive"),
    ],
)
def test_precise_messages_in_both_languages(
    tmp_path: Path, name: str, data: bytes, zh: str, en: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    chinese = run_cli("review", str(path), "--out", str(tmp_path / "z"))
    assert zh in chinese.stderr and "DOCX 文件已损坏" not in chinese.stderr
    reason = chinese.stderr.split(f"{path}：", 1)[1]
    # No English words in the Chinese message (format acronyms and part names aside).
    words = re.sub(r"[A-Z]{2,5}", "", re.sub(r"[\w./]+\.xml", "", reason))
    assert not re.findall(r"[a-z]{3,}", words), reason
    english = run_cli("review", str(path), "--out", str(tmp_path / "e"), "--lang", "en")
    assert en in english.stderr


def test_a_docx_without_a_body_says_so_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    result = run_cli("review", str(path), "--out", str(tmp_path / "o"))
    assert "缺少部件 word/document.xml" in result.stderr and "missing" not in result.stderr
