"""Notices whose rule publishes their recipients (pipeline.published_lists).

A 低保, 公租房 or 农机购置补贴 公示 must name who receives the benefit: the recipients' names stay
(NOTICE_RECIPIENT, kept with the rule as basis), while the rest of each row — ID numbers, bank
cards, family members, mobiles — is redacted as before. A list of pupils is never such a
notice, and an office that masks its recipients sets ``[notices] recipients = "redact"``.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config, config_from_dict
from pipeline.errors import ConfigError
from tests.fixtures.tables import card, mobile, name, resident_id, tsv, write_docx, write_pdf

ROWS = 120
SIGNED = ["", "公示期间如有异议，请向镇民政办反映。", "城关镇人民政府", "2026年9月1日"]


def _rows(seed: int, headers: list[str]) -> tuple[list[list[str]], dict[str, list[str]]]:
    rng = random.Random(seed)
    rows, values = [headers], {"recipient": [], "member": [], "id": [], "card": [], "mobile": []}
    for i in range(ROWS):
        recipient, member = name(rng), name(rng)
        row = {"recipient": recipient, "member": member, "id": resident_id(rng),
               "card": card(rng), "mobile": mobile(rng)}
        for key, value in row.items():
            values[key].append(value)
        rows.append([str(i + 1), recipient, member, row["id"], row["card"], row["mobile"], "620"])
    return rows, values


def _write(tmp_path: Path, layout: str, title: str, rows: list[list[str]]) -> Path:
    if layout == "docx":
        return write_docx(tmp_path / "list.docx", [title], rows, after=SIGNED)
    if layout == "pdf":
        return write_pdf(tmp_path / "list.pdf", [title], rows)
    path = tmp_path / "list.txt"
    path.write_text("\n".join([title, "", tsv(rows), *SIGNED]) + "\n", encoding="utf-8")
    return path


def _by_action(findings: list[dict], action: str) -> list[str]:
    return ["".join(f["text"].split()) for f in findings if f["action"] == action]


NOTICES = [
    ("2026年第三季度城乡最低生活保障对象审核确认结果公示", ["序号", "户主姓名", "家庭成员", "身份证号",
                                         "银行卡号", "联系电话", "月保障金额"]),
    ("城关镇特困人员供养对象公示", ["序号", "申请人", "共同生活家庭成员", "公民身份号码", "一卡通账号",
                           "手机", "供养标准（元）"]),
    ("市区公共租赁住房第十二批配租结果公示", ["编号", "承租人", "配偶姓名", "证件号码", "账号", "联系方式",
                                "租金（元/月）"]),
    ("2026年农机购置与应用补贴受益信息公示", ["序号", "购机者姓名", "代理人", "身份证号码", "补贴账号",
                                  "电话", "补贴额（元）"]),
]
# Kinds whose names a rule publishes as well: who gets urgent aid, the disability allowances or a
# farm subsidy, whom a body intends to hire, whom it honours, a university's scholars.
MORE_NOTICES = [
    ("城关镇2026年10月份临时救助对象公示", ["序号", "申请人", "家庭成员", "身份证号", "银行卡号",
                                "联系电话", "救助金额（元）"]),
    ("青树镇2026年困难残疾人生活补贴和重度残疾人护理补贴发放名单公示",
     ["序号", "姓名", "监护人", "残疾证号", "银行卡号", "联系电话", "补贴金额（元）"]),
    ("桥头村2026年耕地地力保护补贴发放情况公示", ["序号", "户主姓名", "家庭成员", "身份证号", "一卡通账号",
                                    "电话", "补贴金额（元）"]),
    ("县教育局2026年公开招聘事业单位工作人员拟聘用人员公示",
     ["序号", "姓名", "紧急联系人", "身份证号", "银行卡号", "手机", "岗位代码"]),
    ("关于表彰2026年度见义勇为先进个人的决定", ["序号", "姓名", "家属", "身份证号", "银行卡号", "联系电话",
                                   "奖金（元）"]),
    ("北岭师范学院2026年本专科生国家奖学金获奖学生名单公示",
     ["序号", "姓名", "家长", "身份证号", "银行卡号", "手机", "奖励金额（元）"]),
]


@pytest.mark.parametrize("layout", ["docx", "tsv", "pdf"])
@pytest.mark.parametrize("notice", range(len(NOTICES)))
def test_recipients_stay_and_the_rest_of_the_row_goes(tmp_path: Path, layout: str,
                                                      notice: int) -> None:
    title, headers = NOTICES[notice]
    rows, values = _rows(40 + notice, headers)
    findings = review(_write(tmp_path, layout, title, rows), Config(), tmp_path / "out").findings
    kept = _by_action(findings, "keep")
    redacted = _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in kept] == []
    assert not set(values["recipient"]) & set(redacted) - set(values["member"])
    for key in ("member", "id", "card", "mobile"):
        missed = [v for v in values[key] if v not in redacted]
        assert not missed, (key, len(missed), missed[:3])
    recipient = next(f for f in findings if f["entity_type"] == "NOTICE_RECIPIENT")
    assert "民发〔2021〕57号" in recipient["basis"]


@pytest.mark.parametrize("notice", range(len(MORE_NOTICES)))
def test_more_kinds_publish_their_names(tmp_path: Path, notice: int) -> None:
    title, headers = MORE_NOTICES[notice]
    rows, values = _rows(90 + notice, headers)
    findings = review(_write(tmp_path, "docx", title, rows), Config(), tmp_path / "out").findings
    kept, redacted = _by_action(findings, "keep"), _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in kept and v not in values["member"]] == []
    for key in ("member", "id", "card", "mobile"):
        assert [v for v in values[key] if v not in redacted] == [], key


@pytest.mark.parametrize("title", [
    "2026年秋季学期家庭经济困难学生资助名单公示",  # pupils: minors' data, whatever the benefit
    "城关中学2026年中等职业教育国家奖学金获奖学生名单公示",  # a school's pupils, not a university's
    "2026年义务教育家庭经济困难学生生活补助名单公示",
    "实验小学2026年度三好学生表彰名单",  # honoured, but pupils
    "2026年耕地地力保护补贴发放花名册",  # an internal roll, not a notice of a rule
    "城关镇最低生活保障工作情况报告",  # about the benefit, names nobody by rule
])
def test_other_lists_keep_redacting_names(tmp_path: Path, title: str) -> None:
    rows, values = _rows(50, ["序号", "姓名", "家庭成员", "身份证号", "银行卡号", "联系电话", "金额"])
    findings = review(_write(tmp_path, "docx", title, rows), Config(), tmp_path / "out").findings
    redacted = _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in redacted] == []
    assert not [f for f in findings if f["entity_type"] == "NOTICE_RECIPIENT"]


def test_an_office_that_masks_recipients_redacts_them(tmp_path: Path) -> None:
    title, headers = NOTICES[0]
    rows, values = _rows(60, headers)
    config = config_from_dict({"notices": {"recipients": "redact"}}, tmp_path)
    findings = review(_write(tmp_path, "docx", title, rows), config, tmp_path / "out").findings
    redacted = _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in redacted] == []
    with pytest.raises(ConfigError):
        config_from_dict({"notices": {"recipients": "mask"}}, tmp_path)


def test_a_later_name_column_is_someone_else(tmp_path: Path) -> None:
    """持卡人 after 补贴对象: the card holder is not the recipient the notice publishes."""
    rng = random.Random(70)
    rows = [["序号", "村（社区）", "补贴对象", "年龄", "持卡人", "社保卡银行账号", "金额（元）"]]
    recipients, holders = [], []
    for i in range(ROWS):
        recipient, holder = name(rng), name(rng)
        recipients.append(recipient)
        holders.append(holder)
        rows.append([str(i + 1), "下洋村", recipient, str(80 + i % 20), holder, card(rng), "300"])
    path = _write(tmp_path, "tsv", "南坪镇2026年10月高龄津贴发放名单公示", rows)
    findings = review(path, Config(), tmp_path / "out").findings
    kept, redacted = _by_action(findings, "keep"), _by_action(findings, "redact")
    others = set(holders)
    assert [v for v in recipients if v not in kept and v not in others] == []
    assert [v for v in holders if v not in redacted] == []


def test_an_expropriations_compensation_list_keeps_names_private(tmp_path: Path) -> None:
    """第二十九条 publishes the 分户补偿情况 to those expropriated, within the area: a copy for
    the website is no such notice, and its names stay redacted."""
    rows, values = _rows(80, ["序号", "被征收人", "家庭成员", "身份证号", "银行卡号", "联系电话", "补偿金额"])
    path = _write(tmp_path, "docx", "关于长兴街片区更新项目房屋征收分户补偿情况的公示", rows)
    findings = review(path, Config(), tmp_path / "out").findings
    redacted = _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in redacted] == []
    assert not [f for f in findings if f["entity_type"] == "NOTICE_RECIPIENT"]


def test_a_holder_who_is_the_recipient_is_not_withheld(tmp_path: Path) -> None:
    """持卡人 repeating the row's 补贴对象: the name is published in the row already."""
    rng = random.Random(71)
    rows = [["序号", "补贴对象", "年龄", "持卡人", "社保卡银行账号", "金额（元）"]]
    recipients = []
    for i in range(40):
        recipients.append(name(rng))
        rows.append([str(i + 1), recipients[-1], "92", recipients[-1], card(rng), "300"])
    path = _write(tmp_path, "tsv", "南坪镇2026年10月高龄津贴发放名单", rows)
    findings = review(path, Config(), tmp_path / "out").findings
    redacted = _by_action(findings, "redact")
    assert not set(recipients) & set(redacted)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_sheets_title_row_makes_the_notice(tmp_path: Path, suffix: str) -> None:
    """In a workbook the title is the merged first row of the sheet, a cell of its table; in a
    CSV it is the first line."""
    import csv

    import openpyxl

    rows, values = _rows(72, ["序号", "户主姓名", "家庭成员", "身份证号", "银行卡号", "联系电话", "救助金额"])
    title = "澄潭县2026年9月临时救助对象公示名单"
    path = tmp_path / f"list.{suffix}"
    if suffix == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Sheet1"
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        for row in rows:
            sheet.append(row)
        book.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([title])
            writer.writerows(rows)
    findings = review(path, Config(), tmp_path / "out").findings
    kept, redacted = _by_action(findings, "keep"), _by_action(findings, "redact")
    assert [v for v in values["recipient"] if v not in kept and v not in values["member"]] == []
    for key in ("member", "id", "card", "mobile"):
        assert [v for v in values[key] if v not in redacted] == [], key


def test_a_title_broken_inside_a_word(tmp_path: Path) -> None:
    """…最低生活保 | 障对象公示: a PDF title line may break inside a word."""
    rows, values = _rows(73, ["序号", "户主", "家庭成员", "证件号码", "银行卡号", "联系电话", "月补差（元）"])
    path = write_pdf(tmp_path / "list.pdf", ["清河县油坊镇2026年第二季度农村最低生活保", "障对象公示"], rows)
    findings = review(path, Config(), tmp_path / "out").findings
    kept = _by_action(findings, "keep")
    assert [v for v in values["recipient"] if v not in kept and v not in values["member"]] == []
