"""Resident ID numbers: 18 digits with check character, 15 digits with context, residence
permits of Hong Kong, Macau and Taiwan residents (810000/820000/830000)."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.resident_id import ResidentIdRecognizer, id18_ok
from recognizers.resident_id15 import ResidentId15Recognizer, upgrade
from stages.detect import resolve_overlaps


def make_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)]


VALID = make_id("14090219850712031")
OLD_AREA = make_id("14090219900101123")  # 140902 (忻府区) created in 2000, born 1990: still valid


@pytest.mark.parametrize(
    "number",
    [VALID, OLD_AREA, make_id("81000019900101123"), make_id("82000019851212456"),
     make_id("83000020000229789"), "11010519491231002X"],
)
def test_valid_numbers_are_validated(number: str) -> None:
    results = ResidentIdRecognizer().analyze(f"号码{number}。", ["CN_RESIDENT_ID"])
    assert [(r.start, r.end, r.score) for r in results] == [(2, 20, 1.0)]


@pytest.mark.parametrize(
    "number",
    [
        VALID[:-1] + str((int(VALID[-1]) + 1) % 10) if VALID[-1] != "X" else VALID[:-1] + "0",
        make_id("14090219850230031"),  # 30 February
        make_id("14090221000101031"),  # born in the future
        VALID + "1",  # 19 digits
        "x" + VALID,
    ],
)
def test_invalid_and_look_alike_numbers_are_not_found(number: str) -> None:
    assert ResidentIdRecognizer().analyze(number, ["CN_RESIDENT_ID"]) == []


def test_lower_case_check_character_and_grouped_and_broken_forms() -> None:
    assert id18_ok("11010519491231002x")
    grouped = f"{VALID[:6]} {VALID[6:14]} {VALID[14:]}"
    broken = f"{VALID[:10]}\n{VALID[10:]}"
    for text in (grouped, broken):
        assert [r.score for r in ResidentIdRecognizer().analyze(text, [])] == [1.0]


def test_unknown_province_needs_context() -> None:
    odd = make_id("19090219850712031")
    assert [r.score for r in ResidentIdRecognizer().analyze(odd, [])] == [0.3]
    assert ("CN_RESIDENT_ID", odd) in found(f"身份证号：{odd}")
    assert found(f"编码{odd}") == []


def test_id15_needs_context_and_upgrades() -> None:
    old = "140902850712031"
    assert upgrade(old) == "140902198507120319"
    assert [r.score for r in ResidentId15Recognizer().analyze(old, [])] == [0.3]
    assert ("CN_RESIDENT_ID", old) in found(f"身份证号码：{old}，")
    assert found(f"工商注册号：{old}") == [("DOC_NUMBER", f"工商注册号：{old}")] or all(
        e != "CN_RESIDENT_ID" for e, _ in found(f"工商注册号：{old}")
    )
    assert ResidentId15Recognizer().analyze("140902851312031", []) == []  # month 13


def test_id_wins_over_an_all_digit_credit_code_and_a_card() -> None:
    text = f"身份证号：{VALID}"
    assert found(text) == [("CN_RESIDENT_ID", VALID)]
