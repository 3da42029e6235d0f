"""Passports, 往来港澳/台湾通行证, 回乡证 and 台胞证: shapes, and context required."""

from __future__ import annotations

import pytest

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.hkmo_permit import HkMoPermitRecognizer
from recognizers.home_return_permit import HomeReturnPermitRecognizer
from recognizers.passport import PassportRecognizer
from recognizers.taiwan_permit import TaiwanPermitRecognizer
from stages.detect import resolve_overlaps


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)]


@pytest.mark.parametrize(
    ("recognizer", "valid", "invalid"),
    [
        (PassportRecognizer, ["E12345678", "EA1234567", "G12345678", "PE1234567", "S.1234567",
                              "K12345678", "MA1234567"], ["EI1234567", "E1234567", "X12345678"]),
        (HkMoPermitRecognizer, ["C12345678", "CA1234567", "W12345678", "L12345678"],
         ["CO1234567", "C1234567", "C123456789"]),
        (HomeReturnPermitRecognizer, ["H1234567800", "M12345678"], ["H123456789", "H1234567"]),
        (TaiwanPermitRecognizer, ["12345678", "0123456701(B)"], ["1234567", "20180305"]),
    ],
)
def test_shapes(recognizer: type, valid: list[str], invalid: list[str]) -> None:
    instance = recognizer()
    for value in valid:
        assert [value[r.start - 1 : r.end - 1] for r in instance.analyze(f" {value} ", [])] == [value]
    for value in invalid:
        assert instance.analyze(f" {value} ", []) == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("护照号码：EA1234567。", "CN_PASSPORT", "EA1234567"),
        ("往来港澳通行证号码：C12345678", "CN_HKMO_PERMIT", "C12345678"),
        ("回乡证号码：H1234567800", "CN_HOME_RETURN_PERMIT", "H1234567800"),
        ("台胞证号码：12345678。", "CN_TW_PERMIT", "12345678"),
    ],
)
def test_found_with_context(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text)


@pytest.mark.parametrize("text", ["型号EA1234567。", "产品C12345678", "批号H1234567800",
                                  "共计12345678", "台胞证办理日期20180305"])
def test_not_found_without_context(text: str) -> None:
    assert [e for e, _ in found(text) if e.startswith("CN_")] == []
