"""Fixed lines: area codes checked, office numbers public, home numbers private, card groups."""

from __future__ import annotations

import pytest

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.landline import LandlineRecognizer
from stages.detect import resolve_overlaps


def kinds(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in LandlineRecognizer().analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("忻州市城市管理局，联系电话：0350-3036617。", ("CN_LANDLINE_PUBLIC", "0350-3036617")),
        ("监督电话：0350-6522316", ("CN_LANDLINE_PUBLIC", "0350-6522316")),
        ("当事人王五，住宅电话：(010)62345678。", ("CN_LANDLINE_PRIVATE", "(010)62345678")),
        ("电话：03503032811转8001", ("CN_LANDLINE", "03503032811转8001")),
        ("传真：3032811", ("CN_LANDLINE_PUBLIC", "3032811")),
    ],
)
def test_landlines_and_their_holder(text: str, expected: tuple[str, str]) -> None:
    assert kinds(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "0350-303281",  # six-digit local number
        "0123-4567890",  # no such area code
        "投诉电话：12315",
        "客服电话：400-600-1234",
        "95588",
        "金额03503032811元",
        "编号3032811",  # a bare local number needs a telephone label
        "卡号6222 0212 3456 7890 123",  # a group of a card number
    ],
)
def test_look_alikes_are_not_landlines(text: str) -> None:
    assert kinds(text) == []


def test_card_number_wins_over_a_landline_inside_it() -> None:
    text = "银行卡号：6222 0212 3456 7890 123"
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    assert [r.entity_type for r in resolve_overlaps(results)] == ["CN_BANK_CARD"]


def test_a_body_named_before_the_number_is_its_holder_even_after_a_private_sentence() -> None:
    text = (
        "被征收户家庭住址：和平小区3号楼101室。"
        "如有异议，请向忻州市自然资源局反映，联系电话：0350-3366123。"
    )
    assert kinds(text) == [("CN_LANDLINE_PUBLIC", "0350-3366123")]
