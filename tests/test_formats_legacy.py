"""Legacy and WPS files (.doc, .wps, .xls, .et, .rtf, .odt, .ods) are converted by headless
LibreOffice, reviewed in the modern format and published in it, and the record says so; a
``.wps`` that is a DOCX is read as a DOCX. Without LibreOffice one message names the package.
The legacy inputs are made once per test session (one LibreOffice run for all of them)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.conftest import review_json
from tests.fixtures.leak_scan import docx_hits
from tests.fixtures.leak_scan_formats import xlsx_hits

SOFFICE = shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)",
)
SECRET = "机密山水"
VISIBLE = "公开内容正常保留"


@pytest.fixture(scope="session")
def legacy_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """.doc, .rtf, .odt from a DOCX with a tracked deletion, a comment and hidden text;
    .xls and .ods from an XLSX with a hidden sheet; .wps and .et are the .doc and .xls renamed."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("legacy")
    document = docx.Document()
    document.add_paragraph(VISIBLE)
    paragraph = document.add_paragraph("申请人")
    paragraph.add_run(SECRET)
    document.add_comment(paragraph.runs, text=f"批注{SECRET}", author="审核人")
    hidden = document.add_paragraph().add_run("隐藏" + SECRET)
    hidden.font.hidden = True
    document.save(folder / "source.docx")
    book = openpyxl.Workbook()
    book.active.title = "名单"
    book.active.append(["说明"])
    book.active.append([VISIBLE])
    book.active.append([SECRET])
    extra = book.create_sheet("附表")
    extra.append(["附表" + SECRET])
    extra.sheet_state = "hidden"
    book.save(folder / "source.xlsx")
    out = folder / "converted"
    for target, source in (("doc", "docx"), ("rtf", "docx"), ("odt", "docx"), ("xls", "xlsx"), ("ods", "xlsx")):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", target, "--outdir", str(out), str(folder / f"source.{source}")],
            capture_output=True, timeout=180, check=False, start_new_session=True,
        )  # fmt: skip
    files = {kind: out / f"source.{kind}" for kind in ("doc", "rtf", "odt", "xls", "ods")}
    files["wps"] = out / "notice.wps"
    shutil.copy(files["doc"], files["wps"])
    files["et"] = out / "list.et"
    shutil.copy(files["xls"], files["et"])
    return files


def _review(tmp_path: Path, source: Path, *extra: str) -> tuple[int, dict, dict | None]:
    terms = tmp_path / "terms.txt"
    terms.write_text(SECRET + "\n", encoding="utf-8")
    code, summary = review_json(str(source), "--terms", str(terms), "--out", str(tmp_path / "out"), *extra)
    [document] = summary["documents"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8")) if document["record"] else None
    return code, document, record


@needs_libreoffice
@pytest.mark.parametrize(("kind", "target"), [("doc", "docx"), ("wps", "docx"), ("rtf", "docx"), ("odt", "docx"), ("xls", "xlsx"), ("et", "xlsx"), ("ods", "xlsx")])
def test_converted_reviewed_and_published_in_the_modern_format(tmp_path: Path, legacy_files: dict[str, Path], kind: str, target: str) -> None:
    code, document, record = _review(tmp_path, legacy_files[kind])
    assert document["error"] is None, document["error"]
    copy = Path(document["redacted"])
    assert copy.name.endswith(f".{kind}.redacted.{target}")
    assert record["document"]["format"] == target or record["document"]["file_format"] == target
    assert record["output"]["conversion"]["from"] == kind and record["output"]["conversion"]["to"] == target
    assert record["output"]["conversion"]["converter"].startswith("LibreOffice")
    note = next(n for n in record["output"]["notes"] if n["code"] == "note_converted")
    assert kind.upper() in note["text"] and target.upper() in note["text"]
    hits = docx_hits(copy, SECRET) if target == "docx" else xlsx_hits(copy, SECRET)
    assert hits == []
    with zipfile.ZipFile(copy) as archive:
        assert any(n.endswith("review-record.json") for n in archive.namelist())
    if target == "docx":
        assert VISIBLE in "\n".join(p.text for p in docx.Document(str(copy)).paragraphs)
    else:
        assert openpyxl.load_workbook(copy).sheetnames == ["名单"]
    assert code == 1


def test_wps_that_is_a_docx_is_read_as_docx(tmp_path: Path) -> None:
    source = tmp_path / "notice.wps"
    document = docx.Document()
    document.add_paragraph(f"申请人{SECRET}")
    document.save(source)
    _code, result, record = _review(tmp_path, source)
    assert result["error"] is None and record["document"]["format"] == "docx"
    assert "conversion" not in record["output"]
    assert docx_hits(Path(result["redacted"]), SECRET) == []


def test_without_libreoffice_one_message_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAOMI_SOFFICE", "")
    source = tmp_path / "old.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "WordDocument".encode("utf-16-le") + b"\0\0")
    code, summary = review_json(str(source), "--out", str(tmp_path / "out"), "--lang", "en")
    error = summary["documents"][0]["error"]
    assert code == 2
    assert "LibreOffice is not installed" in error and "libreoffice-writer-nogui" in error
    spreadsheet = tmp_path / "old.et"
    spreadsheet.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "Workbook".encode("utf-16-le") + b"\0\0")
    _code, summary = review_json(str(spreadsheet), "--out", str(tmp_path / "out"))
    assert "libreoffice-calc-nogui" in summary["documents"][0]["error"]
    assert "LibreOffice" in summary["documents"][0]["error"]


@needs_libreoffice
def test_unconvertible_file_gets_one_line(tmp_path: Path) -> None:
    source = tmp_path / "broken.xls"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 2048)
    code, summary = review_json(str(source), "--out", str(tmp_path / "out"), "--lang", "en")
    assert code == 2
    assert "could not convert the XLS file" in summary["documents"][0]["error"]
