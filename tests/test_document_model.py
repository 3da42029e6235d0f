"""Ingest maps every character of the flat text back to its source, and a value split across
DOCX runs or wrapped across PDF lines is still one string for detection and redaction."""

from __future__ import annotations

from pathlib import Path

import docx

from pipeline.config import Config
from stages import ingest
from tests.conftest import docx_text_python_docx, make_docx, make_pdf, pdf_text_pypdf, review_json

ID = "110101199003071233"  # a valid check digit


def test_txt_segments_are_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("第一行\r\n第二行 13812345678\n", encoding="utf-8")
    document = ingest.run(path, Config())
    assert document.text == "第一行\r\n第二行 13812345678\n"
    start = document.text.index("138")
    [(segment, lo, hi)] = document.segments_in(start, start + 11)
    assert segment.locator.line == 2 and (lo, hi) == (start, start + 11)


def test_docx_runs_tables_headers_map_back(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    document = docx.Document()
    document.add_paragraph().add_run("身份证号：")
    paragraph = document.paragraphs[0]
    paragraph.add_run(ID[:7]).bold = True
    paragraph.add_run(ID[7:])
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "手机"
    table.cell(0, 1).text = "13812345678"
    document.sections[0].header.paragraphs[0].text = "页眉 13987654321"
    document.save(path)

    doc = ingest.run(path, Config())
    start = doc.text.index(ID)
    pieces = doc.segments_in(start, start + len(ID))
    assert [p[0].locator.run for p in pieces] == [1, 2]
    assert {p[0].locator.part for p in pieces} == {"word/document.xml"}
    header = doc.text.index("13987654321")
    assert doc.segments_in(header, header + 1)[0][0].locator.part.startswith("word/header")
    for segment in doc.segments:
        node = doc.source.nodes[segment.locator.part][segment.locator.node]
        assert node.text == doc.text[segment.start : segment.end]


def test_split_values_are_redacted_everywhere(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "split.docx", [["公民身份号码", ID[:3], ID[3:10], ID[10:], "。"]])
    code, summary = review_json(str(path), "--out", str(tmp_path / "out"))
    assert code == 1
    text = docx_text_python_docx(Path(summary["documents"][0]["redacted"]))
    assert ID not in text and "［已删除：个人隐私］" in text
    assert "公民身份号码［已删除：个人隐私］。" in text


def test_pdf_line_wrap_is_joined(tmp_path: Path) -> None:
    # The first line is the longest, so it defines the right margin the wrap ends at.
    path = make_pdf(
        tmp_path / "wrap.pdf",
        [
            "经查，申请人的联系电话为138123",
            "45678，特此告知。",
        ],
    )
    document = ingest.run(path, Config())
    assert "13812345678" in document.text
    start = document.text.index("13812345678")
    pages = {s.locator.page for s, _, _ in document.segments_in(start, start + 11)}
    assert pages == {1}
    _code, summary = review_json(str(path), "--out", str(tmp_path / "out"))
    copy = Path(summary["documents"][0]["redacted"])
    text = pdf_text_pypdf(copy).replace("\n", "")
    assert "138123" not in text and "45678" not in text
    assert "特此告知" in text and "经查" in text


def test_short_lines_are_not_joined(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "list.pdf", ["电话：13812345678", "2024年3月5日至今天的情况说明如下"]
    )
    document = ingest.run(path, Config())
    assert "13812345678\n2024" in document.text
