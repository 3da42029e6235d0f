"""Student numbers (recognizers/student_number.py): a school's 学号 and the national 学籍号 under
their label, in prose and in a column; a school's own codes and phone stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum.cn import ric

from pipeline.api import review
from pipeline.config import Config
from pipeline.policy import rule_for
from recognizers.student_number import student_column, student_number_ok
from tests.fixtures.tables import persons, tsv, write_docx

_REDACTED = ("CN_STUDENT_NUMBER", "redact")


def _findings(path: Path, out: Path) -> dict[str, tuple[str, str]]:
    result = review(path, Config(), out_dir=out)
    return {f["text"]: (f["entity_type"], f["action"]) for f in result.findings}


def _txt(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return _findings(path, tmp_path / "out")


def test_shapes_and_labels() -> None:
    assert student_number_ok("2023010123")
    assert student_number_ok("L140900201104152826")
    assert not student_number_ok("1234")  # too few digits
    id_number = persons(1, seed=2)[0].id
    assert not student_number_ok("G" + id_number)  # the ID number's (recognizers.resident_id)
    assert student_column("学号")
    assert student_column("全国学籍号")
    assert student_column("学籍号（学号）")
    assert not student_column("学校代码")
    assert not student_column("学生人数")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("经审核，王小军（学号：20230105117）获评校级三好学生。", "20230105117"),
        ("该生全国学籍号为L140902200812150017，现就读于城关中学。", "L140902200812150017"),
        ("学籍号 G14090220081215001X 的学生李小红转入我校。", "G14090220081215001X"),
        ("同意张明（学生编号S2025030118）休学一年。", "S2025030118"),
    ],
)
def test_prose(tmp_path: Path, text: str, value: str) -> None:
    assert _txt(tmp_path, text).get(value) == _REDACTED


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本校学校代码为4114010123，学校标识码：3114001234。", "4114010123"),
        ("本校学校代码为4114010123，学校标识码：3114001234。", "3114001234"),
        ("本次共资助学生20230105人次。", "20230105"),
        ("按照教学号20230105117安排课程。", "20230105117"),
    ],
)
def test_not_taken(tmp_path: Path, text: str, value: str) -> None:
    assert _txt(tmp_path, text).get(value, ("", "keep"))[1] != "redact"


def _scholarship_rows() -> tuple[list[list[str]], list[str]]:
    people = persons(4, seed=8)
    rows = [["序号", "姓名", "学号", "全国学籍号", "专业", "奖励金额（元）"]]
    values = []
    for i, person in enumerate(people):
        number = f"20230{i + 1}0{123 + i}"
        # A temporary number: no ID number's check character (that one would be the ID's).
        wrong = next(d for d in "0123456789" if d != ric.calc_check_digit(person.id[:17]))
        national = f"L{person.id[:17]}{wrong}"
        rows.append([str(i + 1), person.name, number, national, "机电一体化技术", "5000"])
        values += [number, national]
    return rows, values


def test_docx_scholarship_list(tmp_path: Path) -> None:
    rows, values = _scholarship_rows()
    path = write_docx(tmp_path / "list.docx",
                      ["某职业技术学院", "2025—2026学年国家励志奖学金获奖学生名单公示"], rows,
                      after=["公示期间如有异议，请与学生资助中心联系，联系电话：0350-3039999。",
                             "某职业技术学院学生资助管理中心", "2026年3月1日"])
    found = _findings(path, tmp_path / "out")
    for value in values:
        assert found.get(value) == _REDACTED, (value, found.get(value))
    assert found.get("0350-3039999", ("", "keep"))[1] != "redact"


def test_txt_and_xlsx_scholarship_list(tmp_path: Path) -> None:
    rows, values = _scholarship_rows()
    found = _txt(tmp_path, "国家励志奖学金获奖学生名单\n\n" + tsv(rows) + "\n")
    for value in values:
        assert found.get(value) == _REDACTED, (value, found.get(value))
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    found = _findings(path, tmp_path / "out2")
    for value in values:
        assert found.get(value, ("", ""))[1] == "redact", (value, found.get(value))


def test_short_numbers(tmp_path: Path) -> None:
    people = persons(2, seed=9)
    rows = [["学号", "姓名", "获奖等级"], ["20312", people[0].name, "一等"],
            ["0315", people[1].name, "二等"]]
    path = write_docx(tmp_path / "list.docx", ["三年级（2）班期末表彰名单"], rows,
                      after=["2026年1月15日"])
    found = _findings(path, tmp_path / "out")
    assert found.get("20312") == _REDACTED
    # Four digits are too few: a redacted value is removed wherever it occurs again, and four
    # digits occur inside dates and amounts.
    assert found.get("0315", ("", "keep"))[1] != "redact"
    assert _txt(tmp_path, "第4组学号：0312。").get("0312", ("", "keep"))[1] != "redact"


def test_policy_and_english_reason() -> None:
    from pipeline.messages import reason_text

    rule = rule_for("CN_STUDENT_NUMBER")
    assert (rule.category, rule.action) == ("personal_privacy", "redact")
    english = reason_text("CN_STUDENT_NUMBER", rule.category, rule.reason_text, "en")
    assert "student" in english
