"""QQ, WeChat, military IDs, postcodes, e-mail and plates: shapes and context."""

from __future__ import annotations

import pytest

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from pipeline.policy import rule_for
from recognizers.email import EmailRecognizer
from recognizers.license_plate import LicensePlateRecognizer
from stages.detect import resolve_overlaps


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("QQ：123456789。", "CN_QQ", "123456789"),
        ("微信号：wx_li1990", "CN_WECHAT", "wx_li1990"),
        ("军官证号：军1234567", "CN_MILITARY_ID", "军1234567"),
        ("士兵证号：兵12345678", "CN_MILITARY_ID", "兵12345678"),
        ("邮政编码：034000", "CN_POSTCODE", "034000"),
        ("邮箱：lixiaoyan1990@example.com", "EMAIL_ADDRESS", "lixiaoyan1990@example.com"),
        ("意见发送至xzsfj@example.com", "EMAIL_PUBLIC", "xzsfj@example.com"),
        ("电子邮箱：xzgk@xinzhou.gov.cn", "EMAIL_PUBLIC", "xzgk@xinzhou.gov.cn"),
        ("号牌号码为晋H12345的车辆", "CN_LICENSE_PLATE", "晋H12345"),
        ("车牌晋HD12345", "CN_LICENSE_PLATE", "晋HD12345"),
        ("车牌粤B12345D", "CN_LICENSE_PLATE", "粤B12345D"),
        ("挂车号牌晋A1234挂", "CN_LICENSE_PLATE", "晋A1234挂"),
    ],
)
def test_found_with_context(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["共123456789人", "文件名wx_li1990", "编号军1234567", "份号000123", "南字第12345678号",
     "京ICP备12345678号", "人均收入12345元"],
)
def test_context_only_values_need_context(text: str) -> None:
    assert [e for e, _ in found(text) if e in {"CN_QQ", "CN_WECHAT", "CN_MILITARY_ID",
                                                 "CN_POSTCODE", "CN_LICENSE_PLATE"}] == []


def test_postcode_is_kept_and_plate_shapes() -> None:
    assert rule_for("CN_POSTCODE").action == "keep"
    plates = LicensePlateRecognizer()
    assert plates.analyze("晋AB", []) == []
    assert plates.analyze("晋A·ABCDE", []) == []  # no digit
    assert plates.analyze("晋I12345", []) == []  # no I


def test_email_shapes() -> None:
    emails = EmailRecognizer()
    assert emails.analyze("a..b@example.com", []) == []
    assert emails.analyze("name@localhost", []) == []
    assert [r.entity_type for r in emails.analyze("本人邮箱 a.b@qq.com", [])] == ["EMAIL_ADDRESS"]


def test_a_bodys_own_mailbox_is_public_and_an_applicants_is_not() -> None:
    from pipeline.config import Config
    from pipeline.engines import get_engines

    text = (
        "本机关地址：忻州市和平街52号，联系电话：0350-2022510，电子邮箱：xzczj@163.com。"
        "申请人邮箱：zxm1988@qq.com。"
    )
    found = {
        text[r.start : r.end]: r.entity_type
        for r in get_engines(Config()).analyzer.analyze(text, "zh")
        if "@" in text[r.start : r.end]
    }
    assert found == {"xzczj@163.com": "EMAIL_PUBLIC", "zxm1988@qq.com": "EMAIL_ADDRESS"}
