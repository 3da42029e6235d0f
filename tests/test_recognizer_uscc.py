"""Unified social credit codes: check character, agency codes kept, 92 个体工商户 private."""

from __future__ import annotations

import pytest
from stdnum.cn import uscc

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from pipeline.policy import rule_for
from recognizers.uscc import UsccRecognizer


def code(body17: str) -> str:
    return body17 + uscc.calc_check_digit(body17)


def test_enterprise_and_agency_codes_are_validated_and_kept() -> None:
    for value in (code("91140900MA0K3R7T7"), code("11140900013007252")):
        results = UsccRecognizer().analyze(f"统一社会信用代码：{value}", [])
        assert [(r.entity_type, r.score) for r in results] == [("CN_USCC", 1.0)]
        assert rule_for("CN_USCC").action == "keep"


def test_individual_business_code_is_told_apart_and_kept() -> None:
    value = code("92140902MA0L12345")
    results = UsccRecognizer().analyze(f"统一社会信用代码：{value}", [])
    assert [r.entity_type for r in results] == ["CN_USCC_INDIVIDUAL"]
    # Published registration data, like a company's (a penalty on a 个体工商户 names it).
    assert rule_for("CN_USCC_INDIVIDUAL").action == "keep"


@pytest.mark.parametrize(
    "value",
    [
        "91140900MA0K3R7T7A",  # wrong check character
        "91140900MA0K3R7I7H",  # I is not in the character set
        "91140900MA0K3R7T7H1",  # 19 characters
    ],
)
def test_invalid_codes_are_not_found(value: str) -> None:
    assert UsccRecognizer().analyze(f"信用代码：{value}", []) == []


def test_all_digit_code_without_label_is_not_trusted() -> None:
    digits = next(
        c for c in (code(f"6214838387{n:07d}") for n in range(200)) if c.isdigit()
    )
    text = f"银行卡号：{digits}"
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    assert all(r.entity_type != "CN_USCC" for r in results)
