"""Rows of a table of persons read as one person's record: a minor's row, a victim's row, a
row of a relief list.

Each list is built here (fictitious people) and written as DOCX, as a TXT table (tabs, or
columns padded with spaces) and as a PDF, with headers worded the way different offices word
them: the column is typed by its label's head noun (…号 an identifier, …类型 an attribute),
not by a list of labels.

- A pupil's or an examinee's row is a minor's when its date of birth, age, grade or school
  says so; then every identifier cell (中考报名号, 考籍号, 学籍号…) and every attribute cell
  (class, hardship type, health, address) is the minor's (个人信息保护法第二十八条、第三十一条).
  The same columns of an adult's row (a repeat examinee of nineteen) stay, but for the
  学籍号, a student number whoever holds it.
- An adult's hardship type holds sensitive information only where it tells a family's or a
  person's circumstances (孤儿, 特困供养, 残疾); 低保 in a 低保公示 is published by rule.
- An accident's casualty table: the injury cells are the victim's health, the victim's age
  is personal information.
- A table of counts per school names nobody: nothing in it is a minor's.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from tests.fixtures.tables import name, padded, resident_id_with, tsv, write_docx, write_pdf

ROWS = 120


def _write(tmp_path: Path, layout: str, before: list[str], rows: list[list[str]],
           after: list[str]) -> Path:
    if layout == "tsv":
        path = tmp_path / "list.txt"
        path.write_text("\n".join([*before, "", tsv(rows), *after]) + "\n", encoding="utf-8")
    elif layout == "padded":
        path = tmp_path / "list.txt"
        path.write_text("\n".join([*before, padded(rows, sep=2), *after]) + "\n",
                        encoding="utf-8")
    elif layout == "pdf":
        path = write_pdf(tmp_path / "list.pdf", before, rows, ruled=True, fontsize=7)
    else:
        path = write_docx(tmp_path / "list.docx", before, rows, after=after)
    return path


def _findings(tmp_path: Path, path: Path) -> list[dict]:
    return review(path, Config(), tmp_path / "out").findings


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def _redacted(findings: list[dict], *entities: str) -> list[str]:
    return [_squeezed(f["text"]) for f in findings
            if f["action"] == "redact" and (not entities or f["entity_type"] in entities)]


def _missed(findings: list[dict], values: list[str], *entities: str) -> list[str]:
    """The values not redacted whole (as one of ``entities``, any entity when none)."""
    got = _redacted(findings, *entities)
    return [v for v in values if got.count(_squeezed(v)) < values.count(v)]


# The headers of an examinee list as different offices word them: an identifier by its head
# (号, 编号, 序号), an attribute by its head (类型, 类别, 情况), the birth, grade or school that
# tells a minor.
EXAM_HEADERS = [
    ["序", "中考报名号", "考生姓名", "性别", "出生年月", "毕业学校", "所在班级", "家庭困难类型",
     "监护人", "家庭住址"],
    ["编号", "准考证号", "学生姓名", "考籍号", "出生日期", "帮扶类别", "身体健康情况", "资助金额（元）"],
    ["序号", "报名序号", "姓名", "学籍号", "就读年级", "资助类型", "家长姓名", "补助标准（元）"],
]
HARDSHIP = ["特困供养", "孤儿", "低保家庭", "建档立卡户", "残疾人家庭", "事实无人抚养儿童"]
HEALTH = ["良好", "先天性心脏病", "视力残疾", "健康"]


def _exam_rows(header: int, rng: random.Random) -> tuple[list[list[str]], list[str], list[str],
                                                         list[str]]:
    """The rows, the minors' identifier cells, the minors' attribute cells, and the cells of
    the adults' rows that stay (identifiers and attributes of a repeat examinee)."""
    labels = EXAM_HEADERS[header]
    rows = [labels]
    ids, attributes, adults = [], [], []
    for i in range(ROWS):
        adult = i % 12 == 5  # a repeat examinee, nineteen on the document's date
        year = 2007 if adult else rng.randint(2009, 2012)
        month = rng.randint(1, 4) if adult else rng.randint(1, 12)
        grade = "高三" if adult else rng.choice(["初三", "九年级", "初二", "七年级"])
        values = {
            "序": str(i + 1), "编号": str(i + 1), "序号": str(i + 1),
            "中考报名号": f"2614{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
            "准考证号": f"{rng.randint(100000000, 999999999)}",
            "报名序号": f"B{rng.randint(1000, 9999)}",
            "考籍号": f"14{rng.randint(10 ** 9, 10 ** 10 - 1)}",
            "学籍号": "G" + resident_id_with(rng, False)[:6] + f"{year}{month:02d}15"
                      + f"{rng.randint(0, 9999):04d}",
            "考生姓名": name(rng), "学生姓名": name(rng), "姓名": name(rng),
            "家长姓名": name(rng), "监护人": name(rng), "性别": rng.choice("男女"),
            "出生年月": f"{year}.{month:02d}", "出生日期": f"{year}年{month}月{rng.randint(1, 28)}日",
            "毕业学校": "城关中学", "所在班级": f"{'高' if adult else '初'}三（{rng.randint(1, 9)}）班",
            "就读年级": grade,
            "家庭困难类型": HARDSHIP[i % len(HARDSHIP)], "帮扶类别": HARDSHIP[(i + 1) % len(HARDSHIP)],
            "资助类型": HARDSHIP[(i + 2) % len(HARDSHIP)],
            "身体健康情况": HEALTH[i % len(HEALTH)],
            "家庭住址": f"城关镇{rng.choice(['东街', '西关', '南关'])}村{rng.randint(1, 99)}号",
            "资助金额（元）": "1000", "补助标准（元）": "625",
        }
        rows.append([values[label] for label in labels])
        identifiers = [values[k] for k in labels if k in {"中考报名号", "准考证号", "报名序号",
                                                          "考籍号", "学籍号"}]
        personal = [values[k] for k in labels if k in {"所在班级", "家庭困难类型", "帮扶类别",
                                                       "资助类型", "身体健康情况", "家庭住址"}]
        if adult:
            adults += identifiers + personal
        else:
            ids += identifiers
            attributes += personal
    return rows, ids, attributes, adults


@pytest.mark.parametrize(("layout", "header"),
                         [("docx", 0), ("docx", 1), ("docx", 2), ("tsv", 0), ("padded", 2),
                          ("pdf", 1), ("pdf", 2)])
def test_a_minors_row_withholds_its_identifiers_and_attributes(tmp_path: Path, layout: str,
                                                              header: int) -> None:
    rng = random.Random(40 + header)
    rows, ids, attributes, adults = _exam_rows(header, rng)
    before = ["城关中学2026年中考家庭经济困难考生减免报名考试费名单公示"]
    after = ["", "城关中学", "2026年5月20日"]
    findings = _findings(tmp_path, _write(tmp_path, layout, before, rows, after))
    missed = _missed(findings, ids)
    assert not missed, (len(missed), len(ids), missed[:5])
    missed = _missed(findings, attributes, "SENSITIVE_MINOR", "SENSITIVE_HEALTH", "CN_ADDRESS")
    assert not missed, (len(missed), len(attributes), missed[:5])
    # An adult's row keeps its identifiers and its attributes (its address aside), but not
    # its 学籍号 (G and the ID number: a student number, recognizers/student_number.py).
    redacted = set(_redacted(findings))
    student = [v for v in adults if re.fullmatch(r"G\d{18}", v)]
    assert not _missed(findings, student, "CN_STUDENT_NUMBER")
    kept = [v for v in adults if not v.startswith("城关镇") and v not in set(HEALTH[1:3])
            and v not in student]
    assert not [v for v in kept if _squeezed(v) in redacted and v not in attributes]
    # The amounts stay.
    assert not {"1000", "625"} & redacted


def test_a_table_of_counts_per_school_names_nobody(tmp_path: Path) -> None:
    rows = [["序号", "学校名称", "年级", "困难类型", "受助学生人数", "资助金额（元）"]]
    for i in range(ROWS):
        rows.append([str(i + 1), f"第{i + 1}小学", f"{'一二三四五六'[i % 6]}年级",
                     HARDSHIP[i % len(HARDSHIP)], str(i % 17 + 1), str((i % 17 + 1) * 625)])
    path = _write(tmp_path, "docx", ["2026年全县义务教育阶段家庭经济困难学生资助情况统计表"], rows,
                  ["", "县教育局", "2026年9月1日"])
    assert not _redacted(_findings(tmp_path, path))


def test_an_adults_hardship_type_tells_circumstances_not_low_income(tmp_path: Path) -> None:
    rng = random.Random(44)
    rows = [["序号", "救助对象", "性别", "救助类别", "救助金额（元）"]]
    sensitive, kept = [], []
    categories = ["特困供养人员", "孤儿", "残疾人家庭", "低保户", "因灾", "城市低保"]
    for i in range(ROWS):
        category = categories[i % len(categories)]
        rows.append([str(i + 1), name(rng), rng.choice("男女"), category, "800"])
        (kept if category in {"低保户", "因灾", "城市低保"} else sensitive).append(category)
    path = _write(tmp_path, "docx", ["城关镇2026年9月临时救助对象名单公示"], rows,
                  ["", "城关镇人民政府", "2026年9月1日"])
    findings = _findings(tmp_path, path)
    missed = _missed(findings, sensitive)
    assert not missed, (len(missed), missed[:5])
    assert not set(kept) & set(_redacted(findings))
    assert "800" not in _redacted(findings)


CASUALTY_HEADERS = [
    ["序号", "姓名", "性别", "年龄", "籍贯", "工种", "伤亡情况", "伤情"],
    ["序号", "伤者姓名", "年龄", "用工单位", "受伤情况", "救治医院"],
    # A post column (职务) in a casualty table is the job the victim did: no list of officials.
    ["序号", "姓名", "年龄", "职务", "伤亡情况"],
]
INJURIES = ["死亡", "重伤", "轻伤", "颅脑损伤", "左股骨骨折", "多处软组织挫伤", "失血性休克"]


@pytest.mark.parametrize(("layout", "header"), [("docx", 0), ("tsv", 0), ("pdf", 1),
                                                ("docx", 1), ("docx", 2), ("pdf", 2)])
def test_a_casualty_table_withholds_the_victims_injuries_and_ages(tmp_path: Path, layout: str,
                                                                  header: int) -> None:
    rng = random.Random(45 + header)
    labels = CASUALTY_HEADERS[header]
    rows = [labels]
    names, ages, injuries = [], [], []
    for i in range(12):
        values = {"序号": str(i + 1), "姓名": name(rng), "伤者姓名": name(rng), "性别": "男",
                  "年龄": str(rng.randint(22, 61)), "籍贯": "四川省达州市", "工种": "钢筋工",
                  "伤亡情况": INJURIES[i % 3], "伤情": INJURIES[3 + i % 4],
                  "用工单位": "某建筑劳务有限公司", "受伤情况": INJURIES[i % len(INJURIES)],
                  "救治医院": "县人民医院", "职务": ["项目经理", "安全员", "钢筋工"][i % 3]}
        rows.append([values[label] for label in labels])
        names.append(values["姓名"] if "姓名" in labels else values["伤者姓名"])
        ages.append(values["年龄"])
        injuries += [values[k] for k in labels if k in {"伤亡情况", "伤情", "受伤情况"}]
    before = ["关于城关镇某小区“5·12”较大坍塌事故的调查报告", "二、事故伤亡人员情况"]
    after = ["", "城关县“5·12”较大坍塌事故调查组", "2026年7月1日"]
    findings = _findings(tmp_path, _write(tmp_path, layout, before, rows, after))
    assert not _missed(findings, names, "PERSON")
    missed = _missed(findings, injuries, "SENSITIVE_HEALTH")
    assert not missed, (len(missed), missed[:5])
    missed = _missed(findings, ages, "PERSONAL_AGE")
    assert not missed, (len(missed), missed[:5])
    assert "县人民医院" not in _redacted(findings)


@pytest.mark.parametrize("layout", ["docx", "tsv"])
def test_a_teachers_school_and_grade_are_not_a_pupils(tmp_path: Path, layout: str) -> None:
    # 任教学校 and 任教年级 are where the teacher works; the certificate number is the teacher's
    # (an adult's), found by its own recognizer or not at all, never as a minor's.
    rng = random.Random(46)
    rows = [["序号", "姓名", "性别", "任教学校", "任教年级", "资格种类", "证书编号"]]
    for i in range(ROWS):
        rows.append([str(i + 1), name(rng), rng.choice("男女"), f"城关第{i % 9 + 1}小学",
                     f"{'一二三四五六'[i % 6]}年级", "小学教师资格", f"2026140{rng.randint(10 ** 9, 10 ** 10 - 1)}"])
    path = _write(tmp_path, layout, ["2026年上半年中小学教师资格认定结果公示"], rows,
                  ["", "县教育局", "2026年6月1日"])
    findings = _findings(tmp_path, path)
    assert not [f for f in findings if f["entity_type"] == "SENSITIVE_MINOR"]


# A 低保 公示 publishes by rule (《最低生活保障审核确认办法》，民发〔2021〕57号) the applicant's name, the
# household's size and the amount; the rest of a row (ID number, account) is "无关信息" and is
# redacted.
@pytest.mark.parametrize(("layout", "title"), [
    ("docx", "城关镇2026年9月份城乡最低生活保障对象公示"),
    ("tsv", "关于2026年第三季度农村低保对象名单的公示"),
    # A title that runs onto a second line (a PDF's line ends inside 最低生活保障).
    ("pdf", "- 1 -\n城关镇民政办关于2026年9月份城乡最低生活保\n障对象的公示"),
])
def test_a_low_income_notice_publishes_names_and_amounts(tmp_path: Path, layout: str,
                                                         title: str) -> None:
    rng = random.Random(47)
    rows = [["序号", "户主姓名", "保障类别", "保障人数", "月保障金额（元）", "身份证号码"]]
    names, ids, amounts = [], [], []
    for i in range(ROWS):
        names.append(name(rng))
        ids.append(resident_id_with(rng, False))
        amounts.append(str(rng.randint(3, 12) * 60))
        rows.append([str(i + 1), names[-1], rng.choice(["城市低保", "农村低保A类", "农村低保B类"]),
                     f"{rng.randint(1, 5)}人", amounts[-1], ids[-1]])
    path = _write(tmp_path, layout, title.split("\n"), rows, ["", "城关镇人民政府", "2026年9月1日"])
    findings = _findings(tmp_path, path)
    redacted = set(_redacted(findings))
    assert not [n for n in names if n in redacted]
    assert not set(amounts) & redacted
    assert not {"城市低保", "农村低保A类", "农村低保B类"} & redacted
    assert not _missed(findings, ids, "CN_RESIDENT_ID")


def test_a_relief_notice_names_its_recipients_but_not_why(tmp_path: Path) -> None:
    # A 临时救助 公示 names whom the aid is for (拟给予救助的申请人应当公示: 《上海市社会救助条例》
    # 第三十一条); the illness that made a family need it is not what the rule publishes.
    rng = random.Random(48)
    rows = [["序号", "户主姓名", "救助事由", "保障人数", "救助金额（元）"]]
    names = []
    for i in range(30):
        names.append(name(rng))
        rows.append([str(i + 1), names[-1], "患尿毒症长期透析", "2人", "800"])
    path = _write(tmp_path, "docx", ["城关镇2026年9月份临时救助对象公示"], rows,
                  ["", "城关镇人民政府", "2026年9月1日"])
    findings = _findings(tmp_path, path)
    kept = {f["text"] for f in findings if f["entity_type"] == "NOTICE_RECIPIENT" and f["action"] == "keep"}
    assert set(names) <= kept
    assert sum(f["text"] == "患尿毒症长期透析" and f["action"] == "redact" for f in findings) == 30


def test_a_destitute_notice_publishes_the_status_it_is_about(tmp_path: Path) -> None:
    # A 特困人员 公示 is published by rule with its names (《特困人员认定办法》): its 供养类别 is
    # the list's subject, not a circumstance to withhold; the ID numbers are still redacted.
    rng = random.Random(49)
    rows = [["序号", "姓名", "性别", "供养类别", "供养方式", "月供养金额（元）", "身份证号码"]]
    names, ids = [], []
    for i in range(ROWS):
        names.append(name(rng))
        ids.append(resident_id_with(rng, False))
        rows.append([str(i + 1), names[-1], rng.choice("男女"), "特困供养人员",
                     rng.choice(["集中供养", "分散供养"]), "1050", ids[-1]])
    path = _write(tmp_path, "docx", ["城关镇关于2026年9月份新增特困人员救助供养对象的公示"], rows,
                  ["", "城关镇人民政府", "2026年9月1日"])
    findings = _findings(tmp_path, path)
    redacted = set(_redacted(findings))
    assert "特困供养人员" not in redacted
    assert not [n for n in names if n in redacted]
    assert not _missed(findings, ids, "CN_RESIDENT_ID")
