"""DOCX tables read from their structure: the table model (rows, columns, merged cells,
nested tables, tables in headers and text boxes, header rows), and detection over it — every
cell of a 150-row table reviewed whatever its headers, a header typing its column."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.tables import TableIndex
from stages.ingest import run as ingest
from tests.conftest import docx_text_python_docx
from tests.fixtures.tables import card, persons, write_docx

HEADERS = ["序号", "收款人", "公民身份号码（18位）", "惠农一卡通账号", "监护人", "家庭详细住址", "备注"]


def _table_rows(count: int) -> tuple[list[list[str]], list]:
    people = persons(count * 2, seed=5)
    rows = [HEADERS]
    for i in range(count):
        payee, guardian = people[2 * i], people[2 * i + 1]
        rows.append([str(i + 1), payee.name, payee.id, payee.card, guardian.name,
                     payee.address, "已核实"])
    return rows, people


def _copy_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
            if n.endswith(".xml")
        )


def test_model_rows_columns_merges_and_header(tmp_path: Path) -> None:
    rows = [
        ["基本信息", "", "补助信息", ""],
        ["姓名", "身份证号", "金额（元）", "账号"],
        ["张建国", "140902198507120319", "500", "6217001234567890122"],
        ["李秀英", "同上", "", ""],
    ]
    path = write_docx(tmp_path / "t.docx", ["名单"], rows, merges=((0, 0, 0, 1), (0, 2, 0, 3),
                                                                     (3, 2, 3, 3)))
    document = ingest(path, Config())
    (table,) = document.tables
    assert (table.rows, table.columns, table.source, table.depth) == (4, 4, "docx", 0)
    assert table.header_rows == 2  # a two-level header: the top row has merged cells
    texts = {(c.row, c.column): document.text[c.start : c.end] for c in table.cells}
    assert texts[(0, 0)] == "基本信息" and texts[(0, 2)] == "补助信息"
    assert texts[(2, 1)] == "140902198507120319"
    spans = {(c.row, c.column): c.column_span for c in table.cells}
    assert spans[(0, 0)] == 2 and spans[(3, 2)] == 2
    index = TableIndex(document.tables, document.text)
    view = index.cell_at(document.text.index("6217001234567890122") + 3)
    assert view is not None and view.header == "补助信息账号"
    assert index.cell_at(document.text.index("名单")) is None


def test_vertical_merge_and_repeated_header_rows(tmp_path: Path) -> None:
    rows = [["户主", "家庭成员", "与户主关系"], ["王海燕", "刘子涵", "之子"], ["", "刘佳怡", "之女"]]
    path = write_docx(tmp_path / "v.docx", [], rows, merges=((1, 0, 2, 0),), repeat_header=1)
    (table,) = ingest(path, Config()).tables
    assert table.header_rows == 1
    (merged,) = [c for c in table.cells if c.row == 1 and c.column == 0]
    assert merged.row_span == 2
    assert not [c for c in table.cells if c.row == 2 and c.column == 0]


def test_nested_table_header_table_and_text_box(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "事项", "明细"
    outer.cell(1, 0).text = "补助"
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "领取人", "联系电话"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "赵德明", "13912345678"
    footer = document.sections[0].footer.add_table(rows=2, cols=1, width=docx.shared.Inches(3))
    footer.cell(0, 0).text, footer.cell(1, 0).text = "领款人", "孙丽娟"
    path = tmp_path / "n.docx"
    document.save(path)
    doc = ingest(path, Config())
    depths = sorted((t.depth, t.rows, t.columns) for t in doc.tables)
    assert depths == [(0, 2, 1), (0, 2, 2), (1, 2, 2)]
    index = TableIndex(doc.tables, doc.text)
    inner_view = index.cell_at(doc.text.index("赵德明"))
    assert inner_view is not None and inner_view.header == "领取人"  # the innermost cell
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"] for f in result.findings if f["action"] == "redact"}
    assert {"赵德明", "孙丽娟", "13912345678"} <= redacted


def test_table_in_a_text_box(tmp_path: Path) -> None:
    import random

    import docx
    from docx.oxml import parse_xml

    number = card(random.Random(3), 17, valid=False)
    document = docx.Document()
    paragraph = document.add_paragraph("见下框")
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    rows = [("申请人", "卡号"), ("周振宇", number)]
    table = "".join("<w:tr>" + "".join(cell.format(t) for t in row) + "</w:tr>" for row in rows)
    paragraph._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        f"<w:tbl>{table}</w:tbl></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    ))
    path = tmp_path / "box.docx"
    document.save(path)
    doc = ingest(path, Config())
    assert [(t.rows, t.columns) for t in doc.tables] == [(2, 2)]
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"]: f["entity_type"] for f in result.findings if f["action"] == "redact"}
    assert redacted == {"周振宇": "PERSON", number: "CN_BANK_CARD"}


def test_every_cell_of_a_150_row_table_with_unusual_headers(tmp_path: Path) -> None:
    rows, _ = _table_rows(150)
    path = write_docx(tmp_path / "list.docx", ["关于2024年春节困难群众慰问金发放情况的公示"], rows,
                      after=["公示期为7天。"])
    result = review(path, Config(), tmp_path / "out")
    redacted = [f["text"] for f in result.findings if f["action"] == "redact"]
    copy = _copy_text(result.redacted_path)
    for row in rows[1:]:
        _, payee, number, account, guardian, home, _ = row
        for value in (payee, number, account, guardian, home):
            assert value in redacted, value
            assert value not in copy, value
    assert "已核实" in copy and "公示期为7天" in copy
    assert docx_text_python_docx(result.redacted_path).count("序号") == 1


@pytest.mark.parametrize("label", ["编号", "备注", "银行账号"])
def test_a_header_never_switches_off_a_validated_id(tmp_path: Path, label: str) -> None:
    person = persons(1, seed=9)[0]
    rows = [["姓名", label], [person.name, person.id]]
    path = write_docx(tmp_path / "h.docx", [], rows)
    result = review(path, Config(), tmp_path / "out")
    ids = [f for f in result.findings if f["entity_type"] == "CN_RESIDENT_ID"]
    assert [f["action"] for f in ids] == ["redact"]


def test_a_serial_column_lowers_an_unvalidated_number(tmp_path: Path) -> None:
    import random

    number = card(random.Random(4), 16)  # Luhn-valid, no bank word anywhere
    rows = [["项目编号", "项目名称"], [number, "道路维修"]]
    path = write_docx(tmp_path / "s.docx", ["项目清单"], rows)
    result = review(path, Config(), tmp_path / "out")
    assert not [f for f in result.findings if f["action"] == "redact"]


def test_a_form_reads_the_label_to_the_left(tmp_path: Path) -> None:
    person = persons(1, seed=21)[0]
    rows = [
        ["申请人", person.name, "性别", "女"],
        ["身份证号", person.id, "联系电话", person.mobile],
        ["社保卡号", "A12345678", "开户银行", "农业银行"],
        ["银行账号", card(__import__("random").Random(8), 19, valid=False), "", ""],
    ]
    path = write_docx(tmp_path / "form.docx", ["临时救助申请表"], rows)
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"]: f["entity_type"] for f in result.findings if f["action"] == "redact"}
    assert redacted.get(person.name) == "PERSON"
    assert redacted.get(person.id) == "CN_RESIDENT_ID"
    assert redacted.get("A12345678") == "CN_SOCIAL_SECURITY_CARD"
    assert redacted.get(rows[3][1]) == "CN_BANK_CARD"
    assert "农业银行" not in redacted and "女" not in redacted


def test_a_headerless_table_after_a_list_of_officials_is_not_one(tmp_path: Path) -> None:
    """A table without a header after one of the same shape takes its labels (a list over
    pages), but borrowed post labels never make its persons officials: only posts in its own
    cells would."""
    import docx

    document = docx.Document()
    document.add_paragraph("干部任前公示")
    officials = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("姓名", "现任职务", "拟任职务"), ("赵德明", "办公室主任", "副局长"),
                             ("孙丽娟", "科长", "副主任")]):
        for c, value in enumerate(row):
            officials.cell(r, c).text = value
    document.add_paragraph("附：信访人登记")
    private = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("周振宇", "男", "13912345678"), ("吴秀英", "女", "13812345679")]):
        for c, value in enumerate(row):
            private.cell(r, c).text = value
    path = tmp_path / "two.docx"
    document.save(path)
    findings = review(path, Config(), tmp_path / "out").findings
    kept = {f["text"] for f in findings if f["action"] == "keep"}
    redacted = {f["text"] for f in findings if f["action"] == "redact"}
    assert {"赵德明", "孙丽娟"} <= kept
    assert {"周振宇", "吴秀英"} <= redacted
