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


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet>110105194912310021</worksheet>")
    return buffer.getvalue()


def ofd_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD/>")
        archive.writestr("Doc_0/Document.xml", "<ofd:Document/>")
    return buffer.getvalue()


def legacy_doc_bytes() -> bytes:
    """An OLE container whose directory names a WordDocument stream."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("联系电话：13812345678。\n", encoding="utf-8")
    make_docx(folder / "sub" / "b.docx", ["关于某事的通知"])
    (folder / "table.xlsx").write_bytes(xlsx_bytes())
    (folder / "page.html").write_text("<html><body>张三</body></html>", encoding="utf-8")
    (folder / "doc.ofd").write_bytes(ofd_bytes())
    (folder / "old.doc").write_bytes(legacy_doc_bytes())
    (folder / "note.wps").write_bytes(legacy_doc_bytes())
    return folder


def test_folder_names_every_file_it_cannot_review(mixed: Path, tmp_path: Path) -> None:
    result = run_cli("review", str(mixed), "--out", str(tmp_path / "out"), "--json", "--lang", "en")
    assert result.exit_code == 2
    summary = json.loads(result.stdout)
    by_name = {Path(d["name"]).name: d for d in summary["documents"]}
    assert set(by_name) == {"a.txt", "b.docx", "table.xlsx", "page.html", "doc.ofd", "old.doc", "note.wps"}
    assert summary["summary"]["documents"] == 7
    assert by_name["a.txt"]["error"] is None and by_name["b.docx"]["error"] is None
    assert "an XLSX workbook" in by_name["table.xlsx"]["error"]
    assert "an HTML page" in by_name["page.html"]["error"]
    assert "an OFD document" in by_name["doc.ofd"]["error"]
    for name in ("table.xlsx", "page.html", "doc.ofd", "old.doc", "note.wps"):
        assert "unsupported file type" in by_name[name]["error"]
        assert name in result.stderr
        assert "DOCX" not in by_name[name]["error"].split("(")[0]


def test_text_summary_counts_them(mixed: Path, tmp_path: Path) -> None:
    result = run_cli("review", str(mixed), "--out", str(tmp_path / "out"))
    assert "共 7 个文件" in result.stdout
    assert result.stderr.count("不支持的文件类型") == 5


def test_skip_unsupported_lists_them_and_goes_on(mixed: Path, tmp_path: Path) -> None:
    result = run_cli(
        "review", str(mixed), "--out", str(tmp_path / "out"), "--json", "--skip-unsupported"
    )
    assert result.exit_code == 1  # a.txt needs redaction; nothing failed
    summary = json.loads(result.stdout)
    assert sorted(Path(n["name"]).name for n in summary["not_reviewed"]) == [
        "doc.ofd", "note.wps", "old.doc", "page.html", "table.xlsx",
    ]  # fmt: skip
    assert all(n["reason"] for n in summary["not_reviewed"])
    assert result.stderr.count("--skip-unsupported") == 5


def test_check_fails_on_a_file_it_cannot_review(mixed: Path) -> None:
    result = run_cli("check", str(mixed / "table.xlsx"), "--lang", "en")
    assert result.exit_code == 2
    assert "an XLSX workbook" in result.stderr
    result = run_cli("check", str(mixed), "--format", "json")
    assert result.exit_code == 2
    result = run_cli("check", str(mixed / "table.xlsx"), "--skip-unsupported")
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
    from pipeline.messages import message

    assert runner.SUFFIXES == formats.SUFFIXES
    assert "DOCX" in message("unsupported_type", "en")
    formats_text = formats.supported("zh")
    assert all(message(f.label, "zh") in formats_text for f in formats.FORMATS)


def test_image_only_pdf_is_reviewed_not_empty(tmp_path: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
    pixmap.clear_with(230)
    pdf = pymupdf.open()
    pdf.new_page().insert_image(pymupdf.Rect(72, 72, 272, 172), pixmap=pixmap)
    path = tmp_path / "scan.pdf"
    pdf.save(path)
    result = run_cli("review", str(path), "--out", str(tmp_path / "out"), "--json", "--lang", "en")
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
        ("sheet.xlsx", xlsx_bytes(), "XLSX 电子表格", "an XLSX workbook"),
        ("paper.ofd", ofd_bytes(), "OFD 版式文档", "an OFD document"),
        ("named.docx", xlsx_bytes(), "XLSX 电子表格", "an XLSX workbook"),
        ("old.doc", legacy_doc_bytes(), "DOC 文档（旧版 Word）", "a DOC document (legacy Word)"),
    ],
)
def test_precise_messages_in_both_languages(
    tmp_path: Path, name: str, data: bytes, zh: str, en: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    chinese = run_cli("review", str(path), "--out", str(tmp_path / "z"))
    assert zh in chinese.stderr and "word/document.xml" not in chinese.stderr
    reason = chinese.stderr.split(f"{path}：", 1)[1]
    # No English words in the Chinese message (format acronyms and "Word" aside).
    assert not re.findall(r"[a-z]{3,}", re.sub(r"[A-Z]{2,5}|Word", "", reason)), reason
    english = run_cli("review", str(path), "--out", str(tmp_path / "e"), "--lang", "en")
    assert en in english.stderr


def test_a_docx_without_a_body_says_so_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    result = run_cli("review", str(path), "--out", str(tmp_path / "o"))
    assert "缺少正文" in result.stderr and "missing" not in result.stderr
