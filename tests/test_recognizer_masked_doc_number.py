"""Already-masked values and document numbers, and how detect settles overlaps."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.doc_number import DocNumberRecognizer
from recognizers.masked_value import MaskedValueRecognizer
from stages.detect import resolve_overlaps


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)]


@pytest.mark.parametrize(
    "value",
    ["张某", "李某某", "王××", "欧阳某", "赵*华", "138****5678", "110101********4514",
     "6222 **** **** 1234", "14092219**********"],
)
def test_masked_values(value: str) -> None:
    results = MaskedValueRecognizer().analyze(f"当事人{value}，", [])
    assert [f"当事人{value}，"[r.start : r.end] for r in results] == [value]


@pytest.mark.parametrize("text", ["14092219581123032X", "某某局", "13812345678"])
def test_not_masked(text: str) -> None:
    assert MaskedValueRecognizer().analyze(text, []) == []


def test_masked_values_are_kept_not_redacted() -> None:
    assert found("当事人李某某，电话138****5678") == [
        ("MASKED_VALUE", "李某某"), ("MASKED_VALUE", "138****5678")
    ]


@pytest.mark.parametrize(
    "value",
    [
        "忻府政秘函〔2018〕66号",
        "晋政办发[2024]8号",
        "(2018)晋09民初123号",
        "2018-140902-47-01-012345",
        "索引号：11140900013007252F/2018-00123",
        "项目编号：XZCG-2024-0087",
    ],
)
def test_document_numbers(value: str) -> None:
    results = DocNumberRecognizer().analyze(value, [])
    assert [value[r.start : r.end] for r in results][:1] == [value]


def test_document_numbers_shield_what_is_inside() -> None:
    text = "索引号：11140900013007252F/2018-00123"
    assert found(text) == [("DOC_NUMBER", text)]
    assert found("注册号：140902850712031") == [("DOC_NUMBER", "注册号：140902850712031")]


def _result(entity: str, start: int, end: int, score: float) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score, recognition_metadata={})


def test_overlap_priority() -> None:
    same = [_result("CN_USCC", 0, 18, 1.0), _result("CN_RESIDENT_ID", 0, 18, 1.0)]
    assert [r.entity_type for r in resolve_overlaps(same)] == ["CN_RESIDENT_ID"]
    longer = [_result("CN_LANDLINE", 5, 19, 0.5), _result("CN_BANK_CARD", 0, 23, 0.7)]
    assert [r.entity_type for r in resolve_overlaps(longer)] == ["CN_BANK_CARD"]
    validated = [_result("CN_MOBILE", 0, 11, 0.95), _result("CN_QQ", 0, 11, 0.65)]
    assert [r.entity_type for r in resolve_overlaps(validated)] == ["CN_MOBILE"]
    apart = [_result("PERSON", 0, 3, 0.85), _result("CN_MOBILE", 4, 15, 0.95)]
    assert len(resolve_overlaps(apart)) == 2
