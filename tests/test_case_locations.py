"""Name, not just id: ``review``'s text output prints each document's case id, and ``case show``
shows each finding with its context (the sentence, the value masked) and a location a person
can find — PDF page and line; DOCX section and paragraph (every paragraph mark counted, as
Word counts them) or table, row and column."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import make_docx
from tests.test_workflow_e2e import cli, ok, review

MOBILE = "13834409126"
CELL_MOBILE = "13912345678"


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def sectioned_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for text in ("某某局文件", "", "关于某事的通知"):
        document.add_paragraph(text)
    document.add_section()  # the break paragraph ends section 1
    for text in ("各单位：", "", f"联系人：王某，联系电话{MOBILE}，请按时报送。"):
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=3)
    for column, head in enumerate(("姓名", "单位", "电话")):
        table.cell(0, column).text = head
    table.cell(1, 0).text = "王某"
    table.cell(1, 1).text = "某某局"
    table.cell(1, 2).text = CELL_MOBILE
    document.save(str(path))
    return path


def finding_for(detail: dict, value: str) -> dict:
    return next(f for f in detail["findings"] if f["text"] == value)


def test_review_text_prints_each_case_id(tmp_path: Path, register: Path) -> None:
    first = make_docx(tmp_path / "a.docx", [f"联系电话{MOBILE}。"])
    second = tmp_path / "b.txt"
    second.write_text("无个人信息的通知。\n", encoding="utf-8")
    result = cli(register, "review", str(first), str(second), "--out", str(tmp_path / "out"))
    lines = [line for line in result.stdout.splitlines() if "a.docx" in line or "b.txt" in line]
    assert len(lines) == 2
    assert all(re.search(r"案卷 C\d{5}", line) for line in lines), lines
    english = cli(
        register, "review", str(first), "--out", str(tmp_path / "o2"), "--lang", "en", "--force"
    )
    assert re.search(r"case C\d{5}", english.stdout)


def test_docx_places_as_word_counts(tmp_path: Path, register: Path) -> None:
    case = review(register, sectioned_docx(tmp_path / "notice.docx"), tmp_path / "out")["case_id"]
    detail = json.loads(ok(register, "case", "show", case, "--json").stdout)
    body = finding_for(detail, MOBILE)
    assert body["location"]["word"] == {"section": 2, "paragraph": 3}
    assert MOBILE not in body["location"]["context"]
    assert "联系电话［***］" in body["location"]["context"]
    cell = finding_for(detail, CELL_MOBILE)
    assert cell["location"]["word"] == {"section": 2, "table": 1, "row": 2, "column": 3}

    text = ok(register, "case", "show", case).stdout
    line = next(line for line in text.splitlines() if MOBILE in line and "节" in line)
    assert "第 2 节第 3 段" in line and "联系电话［***］" in line
    assert any("第 1 个表格第 2 行第 3 列" in line for line in text.splitlines())
    english = ok(register, "case", "show", case, "--lang", "en").stdout
    assert "section 2, paragraph 3" in english and "table 1, row 2, column 3" in english


def test_pdf_page_and_line(tmp_path: Path, register: Path) -> None:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "第一页", fontname="china-s", fontsize=12)
    page = pdf.new_page()
    for number, text in enumerate(("关于某事的通知", "各单位：", f"联系人电话{MOBILE}，特此通知。")):
        page.insert_text((72, 72 + number * 20), text, fontname="china-s", fontsize=12)
    path = tmp_path / "notice.pdf"
    pdf.save(path)
    case = review(register, path, tmp_path / "out")["case_id"]
    detail = json.loads(ok(register, "case", "show", case, "--json").stdout)
    finding = finding_for(detail, MOBILE)
    assert (finding["location"]["page"], finding["location"]["line"]) == (2, 3)
    text = ok(register, "case", "show", case).stdout
    assert any("第 2 页第 3 行" in line and "联系人电话［***］" in line for line in text.splitlines())
