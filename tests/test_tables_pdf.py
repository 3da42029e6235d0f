"""PDF tables recognised from their layout: ruling lines and column alignment, a cell's text
wrapped over two lines read as one cell, a table going on over several pages, and every cell
redacted in the copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.tables import TableIndex
from stages.ingest import run as ingest
from tests.conftest import pdf_text_pypdf
from tests.fixtures.tables import persons, write_pdf

HEADERS = ["序号", "申请人", "公民身份号码", "一卡通账号", "车牌", "家庭住址"]


def _rows(count: int, seed: int = 4) -> list[list[str]]:
    rows = [HEADERS]
    for i, p in enumerate(persons(count, seed=seed)):
        plate = f"晋H{10000 + i * 37 % 90000}"
        rows.append([str(i + 1), p.name, p.id, p.card, plate, p.address])
    return rows


def _grid(path: Path) -> tuple[list[list[str]], object]:
    document = ingest(path, Config())
    (table,) = document.tables
    grid = [[""] * table.columns for _ in range(table.rows)]
    for cell in table.cells:
        grid[cell.row][cell.column] = document.text[cell.start : cell.end]
    return grid, table


@pytest.mark.parametrize("ruled", [True, False])
def test_cells_wrapped_in_narrow_columns_are_one_cell(tmp_path: Path, ruled: bool) -> None:
    rows = _rows(4)
    # Narrow columns: the ID, the account and the plate wrap onto a second line.
    path = write_pdf(tmp_path / "t.pdf", ["公示"], rows, ruled=ruled,
                     widths=[0.4, 0.8, 1.1, 1.1, 0.45, 2.2])
    grid, table = _grid(path)
    assert grid == rows
    assert table.header_rows == 1
    assert table.source == ("ruled" if ruled else "aligned")


def test_a_table_over_several_pages_is_one_table(tmp_path: Path) -> None:
    rows = _rows(120)
    path = write_pdf(tmp_path / "long.pdf", ["名单"], rows, widths=[0.4, 0.8, 1.6, 1.6, 0.8, 3])
    document = ingest(path, Config())
    assert document.pages >= 3
    (table,) = document.tables
    # The header row repeated at the top of each further page is a row of the table too.
    assert table.rows == len(rows) + document.pages - 1
    index = TableIndex(document.tables, document.text)
    last = rows[-1]
    view = index.cell_at(document.text.index(last[3]))
    assert view is not None and view.header == "一卡通账号"


@pytest.mark.parametrize("ruled", [True, False])
def test_every_cell_of_a_pdf_table_is_redacted(tmp_path: Path, ruled: bool) -> None:
    rows = _rows(60, seed=11)
    path = write_pdf(tmp_path / "list.pdf", ["关于春节慰问金发放的公示"], rows, ruled=ruled,
                     widths=[0.4, 0.8, 1.1, 1.1, 0.45, 2.2])
    result = review(path, Config(), tmp_path / "out")
    assert result.leak_check == "passed"
    copy = "".join(pdf_text_pypdf(result.redacted_path).split())
    for row in rows[1:]:
        for value in row[1:]:
            assert value not in copy, value
    assert "关于春节慰问金发放的公示" in copy


def test_running_text_pages_have_no_tables(tmp_path: Path) -> None:
    from tests.conftest import make_pdf

    lines = ["关于做好2024年防汛工作的通知", "各县（市、区）人民政府：", "现将有关事项通知如下。"]
    assert ingest(make_pdf(tmp_path / "p.pdf", lines), Config()).tables == []


def test_two_aligned_tables_and_a_paragraph_close_under_them(tmp_path: Path) -> None:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    xs = [72, 100, 140, 230, 320]
    rows = [["序号", "姓名", "身份证号", "银行卡号", "家庭住址"]]
    for i, p in enumerate(persons(3, seed=30)):
        rows.append([str(i + 1), p.name, p.id, p.card, "五台县东冶镇南街村7组"])
    y = 100.0
    for row in rows:
        for x, text in zip(xs, row, strict=True):
            page.insert_text((x, y), text, fontname="F0", fontsize=7)
        y += 11
    for left, right in (("统计项目", "数值"), ("发放总额（元）", "8,400.00")):
        page.insert_text((72, y), left, fontname="F0", fontsize=7)
        page.insert_text((200, y), right, fontname="F0", fontsize=7)
        y += 11
    page.insert_text((72, y), "以上名单公示期为七天，如有异议请向镇人民政府反映。", fontname="F0", fontsize=7)
    path = tmp_path / "two.pdf"
    pdf.save(path)
    document = ingest(path, Config())
    assert [(t.rows, t.columns) for t in document.tables] == [(4, 5), (2, 2)]
    index = TableIndex(document.tables, document.text)
    view = index.cell_at(document.text.index(rows[2][3]))
    assert view is not None and view.header == "银行卡号"
    assert "以上名单公示期为七天" in document.text


def test_a_later_page_without_the_header_continues_the_table(tmp_path: Path) -> None:
    """A list printed over several pages with its header on the first only: the later pages'
    rows are still typed by it (a 残疾证号码 with a mistyped check character, a card failing
    Luhn: values only their column says what they are). Before, page 2 on was a table without
    labels and those values stayed in the copy."""
    import random

    from tests.fixtures.tables import disability_certificate, mistyped_card, name, write_pdf

    rng = random.Random(93)
    rows = [["序号", "乡镇（街道）", "申请人", "残疾证号码", "残疾类别", "月保障金（元）", "打卡账号"]]
    certificates, cards = [], []
    for i in range(150):
        good = disability_certificate(rng)
        wrong = "0" if good[17] != "0" else "1"  # the ID part's check character mistyped
        certificates.append(good[:17] + wrong + good[18:])
        cards.append(mistyped_card(rng, 19))
        rows.append([str(i + 1), "新兴镇", name(rng), certificates[-1], "肢体", "100", cards[-1]])
    path = write_pdf(tmp_path / "list.pdf", ["清河县残疾人两项补贴名单"], rows, repeat_header=False,
                     widths=[0.5, 1, 0.8, 2, 0.7, 0.8, 2])
    findings = review(path, Config(), tmp_path / "out").findings
    redacted = {"".join(f["text"].split()) for f in findings if f["action"] == "redact"}
    assert [c for c in certificates if c not in redacted] == []
    assert [c for c in cards if c not in redacted] == []
