"""Landlines in a ledger of persons (recognizers/_row_subject.py, recognizers/landline.py): the
row decides whose number it is. A 医疗救助台账's 联系电话 column holds the aided persons' own
fixed lines (redacted); the office's line in the footer, a list of bodies' contact officers, an
official's office line and a school's enquiry line stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from tests.fixtures.tables import persons, tsv, write_docx, write_pdf

_HOMES = ["0350-3336712", "0350 3345678", "(0350)3029476", "03503361205"]
_OFFICE = "0350-3032899"
_HEADER_LINE = "0350-3032811"


def _findings(path: Path, out: Path) -> dict[str, tuple[str, str]]:
    result = review(path, Config(), out_dir=out)
    return {f["text"]: (f["entity_type"], f["action"]) for f in result.findings}


def _ledger() -> tuple[list[str], list[list[str]], list[str]]:
    people = persons(len(_HOMES), seed=21)
    rows = [["序号", "姓名", "身份证号", "救助类别", "联系电话", "救助金额（元）"]]
    for i, (person, home) in enumerate(zip(people, _HOMES, strict=True)):
        rows.append([str(i + 1), person.name, person.id, "住院救助", home, str(800 + 100 * i)])
    before = ["某县医疗保障局", "2026年第一季度医疗救助台账",
              f"填报单位：某县医疗保障局　联系人：王敏　联系电话：{_HEADER_LINE}"]
    after = [f"经办人：刘洋　联系电话：{_OFFICE}", "某县医疗保障局（盖章）", "2026年4月1日"]
    return before, rows, after


def _assert_ledger(found: dict[str, tuple[str, str]]) -> None:
    for home in _HOMES:
        assert found.get(home) == ("CN_LANDLINE_PRIVATE", "redact"), (home, found.get(home))
    # The office's own lines in the header and the footer are the body's contact.
    assert found.get(_OFFICE, ("", "keep"))[1] != "redact"
    assert found.get(_HEADER_LINE, ("", "keep"))[1] != "redact"


def test_docx_ledger_landlines_are_the_persons(tmp_path: Path) -> None:
    before, rows, after = _ledger()
    path = write_docx(tmp_path / "ledger.docx", before, rows, after=after)
    _assert_ledger(_findings(path, tmp_path / "out"))


def test_txt_ledger_landlines_are_the_persons(tmp_path: Path) -> None:
    before, rows, after = _ledger()
    path = tmp_path / "ledger.txt"
    path.write_text("\n".join(before) + "\n\n" + tsv(rows) + "\n\n" + "\n".join(after) + "\n",
                    encoding="utf-8")
    _assert_ledger(_findings(path, tmp_path / "out"))


def test_pdf_ledger_landlines_are_the_persons(tmp_path: Path) -> None:
    before, rows, after = _ledger()
    path = write_pdf(tmp_path / "ledger.pdf", before, rows + [[line] for line in after])
    found = _findings(path, tmp_path / "out")
    for home in _HOMES:
        assert found.get(home, ("", ""))[1] == "redact", (home, found.get(home))


def test_xlsx_ledger_with_masked_names(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "救助对象", "联系电话", "救助金额（元）"])
    for i, home in enumerate(_HOMES):
        # Names masked before the ledger was made: still the rows of private persons.
        sheet.append([i + 1, f"{'王李张赵'[i]}某", home, 500])
    sheet.append([f"经办人：刘洋　联系电话：{_OFFICE}"])
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    found = _findings(path, tmp_path / "out")
    for home in _HOMES:
        assert found.get(home, ("", ""))[1] == "redact", (home, found.get(home))
    assert found.get(_OFFICE, ("", "keep"))[1] != "redact"


def test_bodies_and_officials_keep_their_lines(tmp_path: Path) -> None:
    # A list of bodies with their contact officers, and officials with their office lines:
    # the rows' subjects are bodies and officials acting officially.
    bodies = [["序号", "单位名称", "联系人", "联系电话"],
              ["1", "某县人民医院", "王建国", "0350-3021111"],
              ["2", "某县中医院", "李秀英", "0350-3022222"]]
    path = write_docx(tmp_path / "bodies.docx", ["定点医疗机构名单"], bodies)
    found = _findings(path, tmp_path / "out")
    for line in ("0350-3021111", "0350-3022222"):
        assert found.get(line, ("", "keep"))[1] != "redact", (line, found.get(line))
    # Each body's liaison officer for disclosure work: a body's line, whoever answers it.
    liaisons = [["序号", "单位", "姓名", "联系电话"],
                ["1", "县发展和改革局", "王建国", "0350-3025555"],
                ["2", "县教育局", "李秀英", "0350-3026666"]]
    path = write_docx(tmp_path / "liaisons.docx", ["各单位政府信息公开工作联络员名单"], liaisons)
    found = _findings(path, tmp_path / "out3")
    for line in ("0350-3025555", "0350-3026666"):
        assert found.get(line, ("", "keep"))[1] != "redact", (line, found.get(line))
    officials = [["姓名", "职务", "办公电话"],
                 ["王建国", "局长", "0350-3023333"],
                 ["李秀英", "副局长", "0350-3024444"]]
    path = write_docx(tmp_path / "officials.docx", ["局领导分工"], officials)
    found = _findings(path, tmp_path / "out2")
    for line in ("0350-3023333", "0350-3024444"):
        assert found.get(line, ("", "keep"))[1] != "redact", (line, found.get(line))


def test_school_line_under_a_students_list_stays(tmp_path: Path) -> None:
    people = persons(2, seed=3)
    rows = [["序号", "姓名", "专业", "资助金额（元）"]] + [
        [str(i + 1), p.name, "护理", "2000"] for i, p in enumerate(people)]
    path = write_docx(tmp_path / "aid.docx", ["某职业技术学院国家助学金名单"], rows,
                      after=["学校资助中心咨询电话：0350-3039999", "某职业技术学院"])
    found = _findings(path, tmp_path / "out")
    assert found.get("0350-3039999", ("", "keep"))[1] != "redact"


def test_local_numbers_alone_in_a_phone_column(tmp_path: Path) -> None:
    # A county ledger writes its residents' lines without the area code.
    people = persons(3, seed=22)
    locals_ = ["3336712", "3345678", "6029476"]
    rows = [["序号", "户主姓名", "联系电话", "救助金额（元）"]] + [
        [str(i + 1), p.name, home, "600"] for i, (p, home) in enumerate(zip(people, locals_, strict=True))]
    path = write_docx(tmp_path / "ledger.docx", ["城关镇2026年临时救助台账"], rows,
                      after=["经办人：刘洋　联系电话：3032899", "城关镇人民政府"])
    found = _findings(path, tmp_path / "out")
    for home in locals_:
        assert found.get(home) == ("CN_LANDLINE_PRIVATE", "redact"), (home, found.get(home))
    assert found.get("3032899", ("", "keep"))[1] != "redact"
    # Seven digits in another column are no phone.
    rows = [["序号", "姓名", "救助金额（元）", "审批单号"],
            ["1", people[0].name, "600", "3336712"]]
    path = write_docx(tmp_path / "other.docx", ["城关镇2026年临时救助台账"], rows)
    found = _findings(path, tmp_path / "out2")
    assert found.get("3336712", ("", "keep"))[1] != "redact"


def test_a_schools_line_in_a_students_row_stays(tmp_path: Path) -> None:
    people = persons(2, seed=4)
    rows = [["序号", "学生姓名", "就读学校", "学校联系电话", "家庭联系电话"]] + [
        [str(i + 1), p.name, "城关中学", "0350-3039999", home]
        for i, (p, home) in enumerate(zip(people, ["0350-3336001", "0350-3336002"], strict=True))]
    path = write_docx(tmp_path / "aid.docx", ["2026年春季学期生活费补助学生名单"], rows)
    found = _findings(path, tmp_path / "out")
    assert found.get("0350-3039999", ("", "keep"))[1] != "redact"
    assert found.get("0350-3336001", ("", ""))[1] == "redact"
    assert found.get("0350-3336002", ("", ""))[1] == "redact"


def test_off_plan_numbers_in_a_phone_column(tmp_path: Path) -> None:
    """0579-2277816: a four-digit area code with a seven-digit local number, which the plan does
    not allocate there but people write: in a phone column's cell it is still a telephone."""
    homes = ["0579-2277816", "0579-5775236", "0579-2071369"]
    people = persons(len(homes), seed=22)
    rows = [["序号", "姓名", "公民身份号码", "病种", "联系方式"]]
    for i, (person, home) in enumerate(zip(people, homes, strict=True)):
        rows.append([str(i + 1), person.name, person.id, "尿毒症", home])
    path = tmp_path / "ledger.txt"
    path.write_text("2026年重特大疾病医疗救助审批台账\n\n" + tsv(rows) + "\n", encoding="utf-8")
    found = _findings(path, tmp_path / "out")
    for home in homes:
        assert found.get(home, ("", ""))[1] == "redact", (home, found.get(home))
