"""Lists of people (公示, 名单, 花名册, 明细) in every format: the columns type their cells.

Each pattern is built here as a list of 150 rows (fictitious people) and written as TXT (tabs,
padded with one space, as a report writer pads), PDF (ruled and not), DOCX and XLSX/CSV:
card and account columns whose numbers fail Luhn and are written in groups, 残疾人证号 (an ID
number ending in X and two digits), social-security card numbers (a letter and eight digits),
minors' dates of birth, ages and grades, conditions under a reason column, and officials in a
任前公示 whose names stay.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.text_tables import find_tables
from tests.fixtures.tables import (
    card,
    disability_certificate,
    mistyped_card,
    name,
    padded,
    resident_id,
    social_card,
    spaced,
    tsv,
    write_docx,
    write_pdf,
)

ROWS = 150
SIGNED = ["", "特此公示。", "", "城关镇人民政府", "2026年9月1日"]


def _write(tmp_path: Path, layout: str, title: str, rows: list[list[str]]) -> Path:
    if layout == "tsv":
        path = tmp_path / "list.txt"
        path.write_text("\n".join([title, "", tsv(rows), *SIGNED]) + "\n", encoding="utf-8")
    elif layout in ("padded", "padded-chars"):
        path = tmp_path / "list.txt"
        body = padded(rows, sep=1, display=layout == "padded")
        path.write_text("\n".join([title, body, *SIGNED]) + "\n", encoding="utf-8")
    elif layout in ("pdf-ruled", "pdf"):
        path = write_pdf(tmp_path / "list.pdf", [title], rows, ruled=layout == "pdf-ruled")
    elif layout == "docx":
        path = write_docx(tmp_path / "list.docx", [title], rows, after=SIGNED)
    elif layout == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append([title])
        for row in rows:
            sheet.append(row)
        path = tmp_path / "list.xlsx"
        book.save(path)
    else:
        path = tmp_path / "list.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    return path


def _findings(tmp_path: Path, path: Path) -> list[dict]:
    return review(path, Config(), tmp_path / "out").findings


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def _redacted(findings: list[dict], entity: str | None = None) -> list[str]:
    return [_squeezed(f["text"]) for f in findings
            if f["action"] == "redact" and (entity is None or f["entity_type"] == entity)]


def _assert_each(findings: list[dict], values: list[str], entity: str) -> None:
    """Every occurrence of each value is redacted whole, as ``entity``."""
    got = _redacted(findings, entity)
    missed = [v for v in values if got.count(_squeezed(v)) < values.count(v)]
    assert not missed, (len(missed), missed[:5])


ALL_LAYOUTS = ["tsv", "padded", "padded-chars", "pdf-ruled", "pdf", "docx", "xlsx", "csv"]


# 1. An account or card column types its values: no Luhn, groups of four, single or double
# spaces, every row.
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_card_columns_hold_cards_without_a_check_digit(tmp_path: Path, layout: str) -> None:
    rng = random.Random(21)
    rows = [["序号", "户主姓名", "银行卡号", "一卡通账号", "补贴面积（亩）"]]
    cards = []
    for i in range(ROWS):
        first = mistyped_card(rng, rng.choice([16, 17, 19]))
        first = spaced(first, rng) if i % 2 else first
        second = spaced(mistyped_card(rng, 19), rng)
        cards += [first, second]
        rows.append([str(i + 1), name(rng), first, second, f"{rng.randint(1, 30)}.5"])
    findings = _findings(tmp_path, _write(tmp_path, layout, "2026年耕地地力保护补贴发放花名册", rows))
    _assert_each(findings, cards, "CN_BANK_CARD")


def test_a_card_header_never_switches_off_a_validated_id(tmp_path: Path) -> None:
    # An ID number typed into the card column is still an ID (its check digit holds).
    rng = random.Random(22)
    ids = [resident_id(rng) for _ in range(20)]
    rows = [["序号", "姓名", "收款账号"]] + [[str(i + 1), name(rng), v] for i, v in enumerate(ids)]
    findings = _findings(tmp_path, _write(tmp_path, "padded", "救助资金发放明细", rows))
    _assert_each(findings, ids, "CN_RESIDENT_ID")


# 2. 残疾人证号: the ID number (maybe ending in X) and two digits, redacted whole.
@pytest.mark.parametrize("layout", ["tsv", "padded", "padded-chars", "pdf-ruled", "pdf", "docx",
                                    "xlsx"])
def test_disability_certificate_numbers_are_redacted_whole(tmp_path: Path, layout: str) -> None:
    rng = random.Random(23)
    rows = [["序号", "姓名", "残疾人证号", "残疾类别", "残疾等级", "补贴（元）"]]
    numbers = []
    for i in range(ROWS):
        number = disability_certificate(rng, x=i % 3 == 0)
        numbers.append(number)
        rows.append([str(i + 1), name(rng), number, "肢体", "二级", "100"])
    findings = _findings(tmp_path, _write(tmp_path, layout, "困难残疾人生活补贴发放名单公示", rows))
    _assert_each(findings, numbers, "CN_RESIDENT_ID")


# 3. Social-security card numbers: a letter and eight digits under a 社保卡号-type header.
@pytest.mark.parametrize("layout", ["padded", "padded-chars", "pdf", "pdf-ruled", "xlsx"])
def test_social_security_card_numbers_in_a_list(tmp_path: Path, layout: str) -> None:
    rng = random.Random(24)
    rows = [["序号", "姓名", "社会保障卡号", "社会保障号码", "岗位类别"]]
    cards, ids = [], []
    for i in range(ROWS):
        cards.append(social_card(rng))
        ids.append(resident_id(rng))
        rows.append([str(i + 1), name(rng), cards[-1], ids[-1], "公益性岗位"])
    findings = _findings(tmp_path, _write(tmp_path, layout, "公益性岗位补贴拟发放人员名单", rows))
    _assert_each(findings, cards, "CN_SOCIAL_SECURITY_CARD")
    _assert_each(findings, ids, "CN_RESIDENT_ID")


def test_a_padded_table_keeps_a_grouped_card_in_one_cell() -> None:
    rows = [["序号", "姓名", "银行卡号", "金额"], ["1", "王海燕", "6214 4968 3033 3822 163", "500"],
            ["2", "欧阳娜娜", "6217001234567891", "1200"], ["3", "刘子涵", "6214  4968  3033  3822", "80"]]
    text = padded(rows, sep=1)
    (table,) = find_tables(text)
    grid = [[""] * table.columns for _ in range(table.rows)]
    for cell in table.cells:
        grid[cell.row][cell.column] = text[cell.start : cell.end]
    assert grid == rows


# 4. Minors: a date of birth or an age under eighteen on the document's date, or a school
# grade; adults' dates of birth are not minors.
BIRTH_STYLES = ["{y}年{m:02d}月{d:02d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}"]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_pupils_dates_of_birth_and_grades_are_a_minors(tmp_path: Path, layout: str) -> None:
    rng = random.Random(25)
    rows = [["序号", "学生姓名", "性别", "出生日期", "年级", "班级", "资助金额（元）"]]
    minors, adults = [], []
    for i in range(ROWS):
        # 2008-09-01 is eighteen on the document's date (2026年9月1日): no longer a minor.
        y = 2008 if i % 10 == 0 else rng.randint(2009, 2019)
        m, d = (rng.randint(1, 8), rng.randint(1, 28)) if y == 2008 else (
            rng.randint(1, 12), rng.randint(1, 28))
        born = BIRTH_STYLES[i % 3].format(y=y, m=m, d=d)
        grade, klass = f"{'一二三四五六'[i % 6]}年级", f"（{rng.randint(1, 6)}）班"
        rows.append([str(i + 1), name(rng), "女", born, grade, klass, "625"])
        if y == 2008:
            adults.append(born)
        else:
            minors += [born, grade, klass]
    title = "实验小学2026年秋季学期家庭经济困难学生生活补助拟资助名单公示"
    findings = _findings(tmp_path, _write(tmp_path, layout, title, rows))
    _assert_each(findings, minors, "SENSITIVE_MINOR")
    minor_texts = _redacted(findings, "SENSITIVE_MINOR")
    assert not set(map(_squeezed, adults)) & set(minor_texts)
    assert "625" not in minor_texts


@pytest.mark.parametrize("layout", ["tsv", "pdf", "docx", "csv"])
def test_an_age_column_of_children(tmp_path: Path, layout: str) -> None:
    rng = random.Random(26)
    rows = [["序号", "姓名", "性别", "年龄", "就读学校", "监护人"]]
    ages = []
    for i in range(ROWS):
        ages.append(str(rng.randint(6, 15)))
        rows.append([str(i + 1), name(rng), "男", ages[-1], "城关小学", name(rng)])
    title = "2026年农村义务教育学生营养改善计划受助学生名单"
    findings = _findings(tmp_path, _write(tmp_path, layout, title, rows))
    _assert_each(findings, ages, "SENSITIVE_MINOR")


def test_adults_birth_months_and_ages_are_not_minors(tmp_path: Path) -> None:
    rng = random.Random(27)
    rows = [["序号", "姓名", "出生年月", "年龄", "发放金额（元）"]]
    for i in range(40):
        y = rng.randint(1930, 1945)
        rows.append([str(i + 1), name(rng), f"{y}.{rng.randint(1, 12):02d}", str(2026 - y), "200"])
    findings = _findings(tmp_path, _write(tmp_path, "tsv", "2026年6月高龄津贴发放名单", rows))
    assert not [f for f in findings if f["entity_type"] == "SENSITIVE_MINOR"]


# 5. Health: a condition column types its cells; a reason column holds health only where the
# cell says so.
@pytest.mark.parametrize("layout", ["tsv", "padded", "pdf", "docx", "xlsx"])
def test_reason_and_condition_columns(tmp_path: Path, layout: str) -> None:
    rng = random.Random(28)
    rows = [["序号", "户主", "家庭人口", "致贫原因", "患病情况", "保障金额（元）"]]
    health, other = [], []
    reasons = ["因病", "因残", "重残", "患双相情感障碍", "缺劳力", "因学", "缺技术"]
    conditions = ["双相情感障碍", "系统性红斑狼疮", "重度抑郁症", "强直性脊柱炎", "血友病"]
    for i in range(ROWS):
        reason, condition = reasons[i % len(reasons)], conditions[i % len(conditions)]
        rows.append([str(i + 1), name(rng), str(rng.randint(1, 6)), reason, condition, "620"])
        (other if reason in {"缺劳力", "因学", "缺技术"} else health).append(reason)
        health.append(condition)
    findings = _findings(tmp_path, _write(tmp_path, layout, "最低生活保障对象的公示", rows))
    _assert_each(findings, health, "SENSITIVE_HEALTH")
    assert not set(other) & set(_redacted(findings))


# 6. Officials in a 任前公示: names stay, decided by the columns of posts; an ID is redacted.
OFFICIAL_HEADERS = [
    ["序号", "姓名", "性别", "出生年月", "籍贯", "学历", "现任职", "拟任职"],
    ["姓名", "性别", "民族", "出生年月", "学历学位", "现任单位及职位", "拟任单位及职位"],
    ["序号", "姓名", "出生年月", "现工作单位", "拟任", "身份证号码"],
]


@pytest.mark.parametrize("layout", ["tsv", "pdf", "docx", "xlsx"])
@pytest.mark.parametrize("header", range(len(OFFICIAL_HEADERS)))
def test_officials_in_a_list_of_posts_keep_their_names(tmp_path: Path, layout: str,
                                                       header: int) -> None:
    rng = random.Random(29)
    labels = OFFICIAL_HEADERS[header]
    rows, names, ids = [labels], [], []
    for i in range(30):
        post = f"县{'财政民政水利'[i % 3 * 2:i % 3 * 2 + 2]}局{'副局长' if i % 2 else '主任科员'}"
        values = {"序号": str(i + 1), "姓名": name(rng), "性别": "男", "民族": "汉族",
                  "出生年月": f"{rng.randint(1968, 1990)}.{rng.randint(1, 12):02d}",
                  "籍贯": "山西忻州", "学历": "大学", "学历学位": "研究生", "现任职": post,
                  "拟任职": "县审计局局长", "现任单位及职位": post, "拟任单位及职位": "县审计局局长",
                  "现工作单位": post, "拟任": "县审计局局长", "身份证号码": resident_id(rng)}
        rows.append([values[label] for label in labels])
        names.append(values["姓名"])
        if "身份证号码" in labels:
            ids.append(values["身份证号码"])
    findings = _findings(tmp_path, _write(tmp_path, layout, "领导干部任前公示", rows))
    redacted = _redacted(findings)
    assert not [n for n in names if n in redacted]
    assert not [f for f in findings if f["entity_type"] == "SENSITIVE_MINOR"]
    _assert_each(findings, ids, "CN_RESIDENT_ID")


def test_a_list_of_private_persons_is_no_list_of_officials(tmp_path: Path) -> None:
    # 岗位 names the job a subsidy pays for, not an office: the names are redacted.
    rng = random.Random(30)
    rows = [["序号", "姓名", "岗位类别", "银行卡号"]]
    names = []
    for i in range(20):
        names.append(name(rng))
        rows.append([str(i + 1), names[-1], "保洁员", card(rng)])
    findings = _findings(tmp_path, _write(tmp_path, "tsv", "公益性岗位补贴拟发放人员名单", rows))
    _assert_each(findings, names, "PERSON")


def test_a_card_in_groups_wider_than_its_column(tmp_path: Path) -> None:
    # Columns padded to the width of a card written whole, two spaces apart: a card written in
    # groups runs past its column and pushes the rest of its row right. The table stays one
    # table, and a card in groups one space apart stays whole in its cell.
    rng = random.Random(31)
    rows = [["序号", "姓名", "性别", "银行卡号", "发放金额（元）"]]
    single = []
    for i in range(ROWS):
        number = mistyped_card(rng, rng.choice([16, 19]))
        if i % 3 == 1:
            number = " ".join(number[k : k + 4] for k in range(0, len(number), 4))
            single.append(number)
        elif i % 3 == 2:
            number = spaced(number, rng)
        rows.append([str(i + 1), name(rng), "男", number, str(rng.randint(3, 20) * 100)])

    def width(value: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in value)

    widths = [max(width(r[c].replace(" ", "")) for r in rows) for c in range(5)]
    text = "\n".join("".join(v + " " * max(2, widths[c] - width(v) + 2) for c, v in enumerate(r))
                     for r in rows)
    (table,) = find_tables(text)
    assert (table.rows, table.columns, table.header_rows) == (ROWS + 1, 5, 1)
    path = tmp_path / "list.txt"
    path.write_text("临时救助资金发放情况的公示\n" + text + "\n", encoding="utf-8")
    covered = _redacted(_findings(tmp_path, path), "CN_BANK_CARD")
    missed = [c for c in single if not any(_squeezed(c) in got for got in covered)]
    assert not missed, (len(missed), missed[:3])


# Minors in prose: a date of birth that makes the person under eighteen.
@pytest.mark.parametrize(
    ("sentence", "minor"),
    [
        ("来电人反映，其子韦一鸣（2014年3月出生，城关小学四年级）在校受伤。", "2014年3月"),
        ("申请人闵红之女闵悦，2012年5月出生，现就读于县二中。", "2012年5月"),
        ("其父闵建军，1962年3月出生，在村小学任教。", None),
    ],
)
def test_a_childs_date_of_birth_in_prose(tmp_path: Path, sentence: str, minor: str | None) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(f"关于来电反映问题的答复\n{sentence}\n\n城关镇人民政府\n2026年9月1日\n",
                    encoding="utf-8")
    findings = _findings(tmp_path, path)
    got = _redacted(findings, "SENSITIVE_MINOR")
    if minor:
        assert minor in got
    else:
        assert not [g for g in got if re.match(r"\d{4}年", g)]


# Forms (申请表, 简历表): the label to the left of each value, one person per form.
def test_a_pupils_application_form(tmp_path: Path) -> None:
    rows = [["学生姓名", "韦小宝", "性别", "男"], ["出生日期", "2014年03月05日", "年级", "四年级"],
            ["就读学校", "城关小学", "班级", "（2）班"], ["监护人", "韦春花", "联系电话", "13912345678"]]
    path = write_docx(tmp_path / "form.docx", ["家庭经济困难学生资助申请表"], rows, after=SIGNED)
    findings = _findings(tmp_path, path)
    redacted = {_squeezed(f["text"]): f["entity_type"] for f in findings if f["action"] == "redact"}
    assert redacted == {"韦小宝": "PERSON", "韦春花": "PERSON", "13912345678": "CN_MOBILE",
                        "2014年03月05日": "SENSITIVE_MINOR", "四年级": "SENSITIVE_MINOR",
                        "（2）班": "SENSITIVE_MINOR"}


def test_an_officials_resume_form(tmp_path: Path) -> None:
    rng = random.Random(32)
    number = resident_id(rng)
    rows = [["姓名", "韦建国", "性别", "男"], ["出生年月", "1976.05", "民族", "汉族"],
            ["身份证号码", number, "学历", "大学"], ["现任职务", "县民政局副局长", "拟任职务", "县民政局局长"]]
    path = write_docx(tmp_path / "form.docx", ["领导干部任前公示"], rows, after=SIGNED)
    findings = _findings(tmp_path, path)
    redacted = {_squeezed(f["text"]): f["entity_type"] for f in findings if f["action"] == "redact"}
    assert redacted == {number: "CN_RESIDENT_ID"}
