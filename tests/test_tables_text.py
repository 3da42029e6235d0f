"""Tables in plain text, recognised by their layout (tab-separated, space-aligned, single
spaces under a header row, CSV), and detection over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.tables import TableIndex
from pipeline.text_tables import find_tables
from stages.ingest import run as ingest
from tests.fixtures.tables import aligned, persons, tsv

HEADERS = ["序号", "户主", "身份证号码", "社保卡号", "一卡通账号", "联系电话", "现住址"]


def _rows(count: int, seed: int = 3) -> list[list[str]]:
    rows = [HEADERS]
    for i, p in enumerate(persons(count, seed=seed)):
        rows.append([str(i + 1), p.name, p.id, f"C{p.id[6:14]}", p.card, p.mobile, p.address])
    return rows


def _cells(text: str) -> list[list[str]]:
    (table,) = find_tables(text)
    grid = [[""] * table.columns for _ in range(table.rows)]
    for cell in table.cells:
        grid[cell.row][cell.column] = text[cell.start : cell.end]
    return grid


def test_tab_separated_rows_with_empty_cells() -> None:
    text = "名单如下：\n姓名\t身份证号\t备注\n王海燕\t\t无\n刘子涵\t140902198507120319\n\n以上。"
    assert _cells(text) == [["姓名", "身份证号", "备注"], ["王海燕", "", "无"],
                            ["刘子涵", "140902198507120319", ""]]
    (table,) = find_tables(text)
    assert table.header_rows == 1 and table.source == "tabs"


def test_space_aligned_rows_place_cells_by_column() -> None:
    rows = [["序号", "姓名", "银行卡号", "住址"], ["1", "王海燕", "6217  0012  3456  7890", "和平街1号"],
            ["2", "刘子涵", "", "长征街3号"], ["3", "欧阳娜娜", "6217001234567891", ""]]
    text = aligned(rows)
    assert _cells(text) == rows


def test_single_space_rows_under_a_header_join_digit_groups() -> None:
    text = "序号 姓名 卡号\n1 王海燕 6217 0012 3456 7890\n2 刘子涵 6217001234567891\n"
    assert _cells(text) == [["序号", "姓名", "卡号"], ["1", "王海燕", "6217 0012 3456 7890"],
                            ["2", "刘子涵", "6217001234567891"]]


def test_prose_with_double_spaces_is_not_a_table() -> None:
    assert find_tables("签发人：王建国    2024年5月6日\n") == []
    assert find_tables("一、总体要求\n  （一）指导思想。坚持以人民为中心。\n") == []


def test_a_padded_name_is_one_cell() -> None:
    text = "姓名\t性别\n张　三\t男\n李四\t女\n"
    assert _cells(text)[1] == ["张　三", "男"]


@pytest.mark.parametrize("layout", ["tsv", "aligned"])
def test_every_cell_of_a_150_row_txt_table(tmp_path: Path, layout: str) -> None:
    rows = _rows(150)
    body = tsv(rows) if layout == "tsv" else aligned(rows)
    path = tmp_path / f"{layout}.txt"
    path.write_text("关于发放补贴的公示\n" + body + "\n\n公示期七天。\n", encoding="utf-8")
    document = ingest(path, Config())
    (table,) = document.tables
    assert (table.rows, table.columns, table.header_rows) == (151, 7, 1)
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"].strip() for f in result.findings if f["action"] == "redact"}
    copy = result.redacted_path.read_text(encoding="utf-8")
    for row in rows[1:]:
        for value in row[1:]:
            assert value in redacted, value
            assert value not in copy, value
    assert "公示期七天" in copy


def test_totals_rows_hold_no_names(tmp_path: Path) -> None:
    rows = _rows(3, seed=5)
    # Offices name what a total adds up (本页小计, 全村合计) in the name column.
    rows += [["", "本页小计", "", "", "", "", ""], ["", "全村合计", "", "", "", "", ""]]
    path = tmp_path / "list.txt"
    path.write_text("补贴发放花名册\n" + tsv(rows) + "\n", encoding="utf-8")
    result = review(path, Config(), tmp_path / "out")
    names = {f["text"] for f in result.findings if f["entity_type"] == "PERSON"}
    assert names == {r[1] for r in rows[1:4]}


def test_csv_is_a_table(tmp_path: Path) -> None:
    rows = _rows(5, seed=8)
    path = tmp_path / "list.csv"
    title = "关于2026年第一批困难群众慰问金发放的公示" + "," * 6
    path.write_text(title + "\n" + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    document = ingest(path, Config())
    (table,) = document.tables
    assert (table.rows, table.columns, table.source, table.header_rows) == (7, 7, "csv", 2)
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"] for f in result.findings if f["action"] == "redact"}
    assert {r[1] for r in rows[1:]} | {r[3] for r in rows[1:]} | {r[4] for r in rows[1:]} <= redacted


def test_xlsx_sheet_with_a_title_and_a_two_level_header(tmp_path: Path) -> None:
    import openpyxl

    rows = _rows(20, seed=9)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["石盘乡2026年春节慰问金发放名单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    sheet.append(["序号", "救助对象基本情况", None, None, "发放信息", None, None])
    sheet.merge_cells(start_row=2, start_column=2, end_row=2, end_column=4)
    sheet.merge_cells(start_row=2, start_column=5, end_row=2, end_column=7)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    document = ingest(path, Config())
    (table,) = document.tables
    assert table.header_rows == 3
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"]: f["entity_type"] for f in result.findings if f["action"] == "redact"}
    for row in rows[1:]:
        assert redacted.get(row[1]) == "PERSON"
        assert redacted.get(row[3]) == "CN_SOCIAL_SECURITY_CARD"
        assert redacted.get(row[4]) == "CN_BANK_CARD"


def test_lookup_outside_detection_uses_the_text_layout() -> None:
    text = tsv(_rows(3))
    index = TableIndex(find_tables(text), text)
    view = index.cell_at(text.index(_rows(3)[2][4]))
    assert view is not None and view.header == "一卡通账号"


def _two_level_list(rows_per_page: int, pages: int) -> tuple[str, list[str], list[str]]:
    """A 低保 list pasted from Excel: a two-level header (申请人信息 over 申请人/性别/户主证件号,
    发放信息 over 一卡通账号) and a 本页小计 row, with only its first cell filled, after each page."""
    import random

    from tests.fixtures.tables import mistyped_card, name

    rng = random.Random(91)
    lines = [
        "某镇2026年第三季度城乡低保对象发放情况",
        "序号\t所在村\t申请人信息\t\t\t保障情况\t\t发放信息\t\t备注",
        "\t\t申请人\t性别\t户主证件号\t家庭人口\t保障金额（元/月）\t一卡通账号\t发放银行\t",
    ]
    names, cards = [], []
    person = persons(rows_per_page * pages, seed=17)
    for page in range(pages):
        for i in range(rows_per_page):
            number = page * rows_per_page + i
            names.append(name(rng))
            cards.append(mistyped_card(rng, 19))
            lines.append(f"{number + 1}\t下洋村\t{names[-1]}\t女\t{person[number].id}\t2\t600\t"
                         f"{cards[-1]}\t农村信用合作联社\t")
        lines.append("本页小计" + "\t" * 9)
    lines += ["合计\t\t\t\t\t\t\t\t\t", "", "某镇人民政府", "2026年9月1日"]
    return "\n".join(lines) + "\n", names, cards


def test_a_two_level_header_and_subtotal_rows_keep_every_column_typed(tmp_path: Path) -> None:
    """Before: the second header row was read as a body row (so 一卡通账号 typed nothing) and a
    本页小计 row ended the table (so the rows after it had no header at all)."""
    text, names, cards = _two_level_list(rows_per_page=40, pages=3)
    (table,) = find_tables(text)
    assert table.header_rows == 2
    path = tmp_path / "list.txt"
    path.write_text(text, encoding="utf-8")
    findings = review(path, Config(), tmp_path / "out").findings
    redacted = {"".join(f["text"].split()) for f in findings if f["action"] == "redact"}
    assert [c for c in cards if c not in redacted] == []
    assert [n for n in names if n not in redacted] == []


def test_a_one_level_header_over_a_text_only_first_row_stays_one_row() -> None:
    """A body row of words only (names, no numbers) under a header with an empty column is no
    second header row: it does not leave empty a cell the header fills."""
    text = "姓名\t性别\t民族\t备注\n张建国\t男\t汉族\t退役军人\n李秀兰\t女\t回族\t\n"
    (table,) = find_tables(text)
    assert table.header_rows == 1
