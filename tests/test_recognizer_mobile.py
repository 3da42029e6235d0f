"""Mobile numbers: allocated segments, country codes, separators, amounts and long numbers."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.analysis import normalize_same_length
from pipeline.api import review
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.mobile import MobileRecognizer
from tests.fixtures.tables import persons, write_docx


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
        # A segment not allocated today, labelled as a phone just before it.
        ("手机19412345678", "19412345678"),
        ("联系电话：154 1058 3979", "154 1058 3979"),
    ],
)
def test_mobiles_are_found(text: str, value: str) -> None:
    assert [v for v, _ in scores(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "13567891234元",  # an amount
        "1356789123456",  # glued to a longer number
        "14212345678",  # 142 is not allocated, and nothing says it is a phone
        "19412345678",  # 194 is not allocated
        "编号19412345678",
        "手机号码见附件。19412345678",  # the label is in another clause
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


def test_an_unallocated_segment_in_a_phone_column_is_redacted(tmp_path: Path) -> None:
    """A 公租房 list's 联系电话 column holds numbers of a new segment (194, 154): the column
    says they are phones, so they are redacted and gone from the copy; the same digits in a
    编号 column stay."""
    people = persons(30, seed=11)
    rows = [["序号", "申请人", "联系电话", "登记编号"]]
    phones, serials = [], []
    for i, person in enumerate(people):
        phone = f"{154 if i % 3 == 0 else 194}{i:04d}{(7 * i) % 10000:04d}"
        serial = f"14{2 + i % 2}{i:04d}{(5 * i) % 10000:04d}"
        phones.append(phone)
        serials.append(serial)
        rows.append([str(i + 1), person.name, phone, serial])
    path = write_docx(tmp_path / "list.docx", ["公租房配租名单"], rows)
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"] for f in result.findings if f["action"] == "redact"}
    assert set(phones) <= redacted
    assert not set(serials) & redacted
    with zipfile.ZipFile(result.redacted_path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert not [p for p in phones if p in xml]
    assert all(s in xml for s in serials)
