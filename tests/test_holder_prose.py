"""Whose contact is it, in replies, 信访 opinions, hotline work orders and notices: the
applicant's or caller's landline is private (also one a digit off the numbering plan), the
office's own landline, address, mailbox and handling officer stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config


def findings(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    return [(f["entity_type"], f["action"], f["text"]) for f in result.findings]


def redacted(found: list[tuple[str, str, str]]) -> set[str]:
    return {text for _, action, text in found if action == "redact"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本机关于2026年4月2日收到您提交的政府信息公开申请，您留存的联系电话为0471-6653210。",
         "0471-6653210"),
        # One digit more than the plan allocates after a real area code: still the caller's.
        ("来电人褚女士（联系电话：0538-59974312）反映，小区路灯损坏。", "0538-59974312"),
        # Written without a dash.
        ("信访人反映的问题已转办，信访人电话08162981736。", "08162981736"),
        ("工单编号：20260417\n诉求人：宁先生\n联系方式：0472-7581346\n诉求内容：反映路面破损。",
         "0472-7581346"),
        # The body after the person's word only received the application (向…提出).
        ("你于2026年5月6日向市住房和城乡建设局提出申请，留存电话：0472-7581234。", "0472-7581234"),
        ("受理单位：12345热线\n来电号码：0472-7581234\n", "0472-7581234"),
    ],
)
def test_an_applicants_or_callers_landline_is_redacted(tmp_path: Path, text: str, value: str) -> None:
    assert value in redacted(findings(tmp_path, text))


def test_an_off_plan_number_needs_a_telephone_word(tmp_path: Path) -> None:
    assert not [f for f in findings(tmp_path, "项目编号0538-59974312已归档。") if "LANDLINE" in f[0]]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("热线工单\n来电人：宁先生\n来电号码：13904721234\n办理单位：市住房和城乡建设局\n"
         "经办人：苗丽娟\n联系电话：0472-6981234\n", ("苗丽娟", "0472-6981234")),
        ("我们于2026年5月8日收到您的来信。经办人：苗丽娟，联系电话：0472-6981234。",
         ("苗丽娟", "0472-6981234")),
    ],
)
def test_the_offices_handling_officer_and_line_stay(tmp_path: Path, text: str, kept: tuple[str, ...]) -> None:
    found = findings(tmp_path, text)
    assert not set(kept) & redacted(found)
    assert ("OFFICIAL_NAME", "keep", kept[0]) in found


def test_a_firms_agent_with_an_id_number_stays_private(tmp_path: Path) -> None:
    found = findings(tmp_path, "申请单位：安澜市某某商贸有限公司\n经办人：隆德明，身份证号：140502197008307684\n")
    assert "隆德明" in redacted(found)


@pytest.mark.parametrize(
    "text",
    [
        "公示期间，如有异议，请向凤栖县民政局反映。\n监督电话：0472-5123456\n通讯地址：凤栖县新华大街12号\n",
        "社会公众可通过信函提出意见，来信地址：安澜市河阳区人民路88号。",
        "关于征求意见的函\n请将意见反馈至我局法规科，反馈邮箱：anlanfgk@163.com，联系电话：0472-6981234。",
        "社会公众可将意见发送至电子邮箱2846193750@qq.com。",
        # A notice's contact lines: the officer, the office line and the mailbox are the body's.
        "关于征求意见的函\n各有关单位：\n请于6月30日前提出修改意见。\n联系人：韩梅\n"
        "联系电话：0472-6981234\n电子邮箱：2846193750@qq.com\n",
        "关于开展补贴申报工作的通知\n各乡镇：\n联系人：韩梅，联系电话：0472-6981234，邮箱：anlan_nj@163.com。",
        "您可向本机关咨询（电话：0472-6981234）。",
    ],
)
def test_a_bodys_contact_paragraph_stays(tmp_path: Path, text: str) -> None:
    assert redacted(findings(tmp_path, text)) == set()


def test_a_callers_contact_address_is_still_theirs(tmp_path: Path) -> None:
    found = findings(tmp_path, "来电人：宁先生\n联系电话：13904721234\n联系地址：凤栖县新华大街12号\n")
    assert "凤栖县新华大街12号" in redacted(found)


def test_an_applicants_contact_lines_stay_private(tmp_path: Path) -> None:
    found = findings(tmp_path, "申请人：韩梅\n联系电话：0472-6981234\n电子邮箱：2846193750@qq.com\n")
    assert {"韩梅", "0472-6981234", "2846193750@qq.com"} <= redacted(found)
