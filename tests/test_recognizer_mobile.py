"""Mobile numbers: allocated segments, country codes, separators, amounts and long numbers."""

from __future__ import annotations

import pytest

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.mobile import MobileRecognizer


def scores(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in MobileRecognizer().analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("手机13935071286。", "13935071286"),
        ("+86 139 3507 1286", "+86 139 3507 1286"),
        ("0086-13935071286", "0086-13935071286"),
        ("(+86)19203501234", "(+86)19203501234"),
        ("联系电话：199-0350-6613", "199-0350-6613"),
        ("140922196211050135 13703501124 6217", "13703501124"),
    ],
)
def test_mobiles_are_found(text: str, value: str) -> None:
    assert [v for v, _ in scores(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "13567891234元",  # an amount
        "1356789123456",  # glued to a longer number
        "14212345678",  # 142 is not allocated
        "19412345678",  # 194 is not allocated
        "12345678901",  # second digit 2
        "3.13935071286",
    ],
)
def test_look_alikes_are_not_found(text: str) -> None:
    assert scores(text) == []


def test_context_raises_and_an_order_number_label_lowers() -> None:
    analyzer = get_engines(Config()).analyzer
    with_context = analyzer.analyze(normalize_same_length("手机：13935071286"), "zh")
    assert [r.score for r in with_context if r.entity_type == "CN_MOBILE"] == [0.95]
    order = analyzer.analyze(normalize_same_length("订单号：13935071286"), "zh")
    assert [r for r in order if r.entity_type == "CN_MOBILE"] == []
