"""Postal and courier tracking numbers of an applicant's mail (recognizers/tracking_number.py):
UPU S10 with its check digit, courier waybills only after their label."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.policy import rule_for
from recognizers.tracking_number import s10_check_digit, s10_ok


def findings(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    return [(f["entity_type"], f["action"], f["text"]) for f in result.findings]


def test_s10_check_digit() -> None:
    # The UPU's own example (S10 annex: RB 12345678 5 US) and the two special cases.
    assert s10_check_digit("12345678") == 5
    assert s10_ok("RB123456785US")
    assert s10_ok("RB 123 456 785 US")  # groups with spaces, as printed under a barcode
    assert not s10_ok("RB123456784US")
    # 11 - 0 % 11 = 11 is written 5; a result of 10 is written 0.
    assert s10_check_digit("00000000") == 5
    serial = next(f"{n:08d}" for n in range(10**6) if 11 - sum(
        int(d) * w for d, w in zip(f"{n:08d}", (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11 == 10)
    assert s10_check_digit(serial) == 0


def _valid_s10(prefix: str = "EM", serial: str = "60218437") -> str:
    return f"{prefix}{serial}{s10_check_digit(serial)}CN"


@pytest.mark.parametrize(
    "template",
    [
        "本机关于2026年2月9日收到您通过中国邮政EMS（单号{v}）寄送的政府信息公开申请。",
        "申请人以挂号信方式邮寄申请材料，邮件号码：{v}。",
        "本机关已于当日将告知书通过邮政特快专递寄出，邮件号为{v}，请注意查收。",
    ],
)
def test_an_applicants_postal_item_is_redacted(tmp_path: Path, template: str) -> None:
    value = _valid_s10()
    assert ("CN_TRACKING_NUMBER", "redact", value) in findings(tmp_path, template.format(v=value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我局已通过顺丰速运将答复书寄出，快递单号：SF3096127754018，请注意查收。", "SF3096127754018"),
        ("申请人于3月5日通过快递提交申请（运单号773120945566）。", "773120945566"),
        ("本机关收到您通过中通快递寄来的申请书，快递单号为 548812097731。", "548812097731"),
    ],
)
def test_a_courier_waybill_after_its_label_is_redacted(tmp_path: Path, text: str, value: str) -> None:
    assert ("CN_TRACKING_NUMBER", "redact", value) in findings(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        # A case number, a project code, an amount: numbers of the same length, no mail label.
        "案件编号：773120945566，罚款10000元。",
        "项目编号548812097731已于5月完成验收。",
        # An S10 shape whose check digit fails, without a waybill label: not a tracking number.
        "型号EM602184376CN的设备已入库。",
        # A hotline's work order and other 单号 that number no mail item.
        "12345政务服务热线网民留言办理回复（工单号202623337364）",
        "工单号：202616424128，办理单位：区住建局。",
        "订单号 548812097731 的采购已结算。",
    ],
)
def test_other_numbers_are_not_tracking_numbers(tmp_path: Path, text: str) -> None:
    assert not [f for f in findings(tmp_path, text) if f[0] == "CN_TRACKING_NUMBER"]


def test_a_valid_s10_without_a_mail_word_goes_to_review(tmp_path: Path) -> None:
    value = _valid_s10("RR", "31570249")
    found = findings(tmp_path, f"附件编码 {value} 见第三页。")
    assert ("CN_TRACKING_NUMBER", "review", value) in found


def test_policy_withholds_it_as_personal_information() -> None:
    rule = rule_for("CN_TRACKING_NUMBER")
    assert rule.category == "personal_privacy"
    assert rule.action == "redact"
