"""Identifiers in PDFs the way registers print them: first-generation 15-digit ID numbers
(``recognizers.resident_id15``) in a column and in prose, and ID, social-security card and
残疾人证 numbers wrapped over two or three lines of a narrow table cell (ruled or not): each is
redacted whole."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from pipeline.api import review
from pipeline.config import Config
from tests.fixtures.tables import disability_certificate, resident_id, social_card, write_pdf

IDS15 = ["140902650315123", "110105720101002", "370102580923041"]
NAMES = ["张三", "李四", "王五"]


def _redacted(path: Path, tmp_path: Path) -> list[str]:
    data = review(path, Config(), tmp_path / "out").data
    return ["".join(f["text"].split()) for f in data["findings"] if f["action"] == "redact"]


def _wrapped(path: Path, values: list[str]) -> bool:
    """Whether every value is broken over lines in the PDF's text (the case under test)."""
    text = "".join(page.get_text() for page in pymupdf.open(path))
    return all(v not in text for v in values)


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("width", [1.5, 0.3, 0.15])
def test_15_digit_ids_in_a_pdf_column(tmp_path: Path, ruled: bool, width: float) -> None:
    rows = [["序号", "姓名", "身份证号", "备注"]]
    rows += [[str(i + 1), n, v, "无"] for i, (n, v) in enumerate(zip(NAMES, IDS15, strict=True))]
    source = write_pdf(tmp_path / "list.pdf", ["1998年户籍登记名册"], rows,
                       widths=[0.5, 1, width, 2], ruled=ruled)
    if width < 1:
        assert _wrapped(source, IDS15)
    found = _redacted(source, tmp_path)
    assert all(v in found for v in IDS15)


@pytest.mark.parametrize(
    "lines",
    [
        ["经查，申请人张某（身份证号码：140902650315123）于1998年3月提出申请。"],
        ["经查，申请人张某（公民身份号码14090265", "0315123）于1998年3月提出申请。"],
    ],
)
def test_a_15_digit_id_in_pdf_prose(tmp_path: Path, lines: list[str]) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    for i, line in enumerate(lines):
        page.insert_text((50, 80 + i * 16), line, fontname="F0", fontsize=10)
    source = tmp_path / "reply.pdf"
    pdf.save(source)
    assert "140902650315123" in _redacted(source, tmp_path)


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("width", [0.3, 0.15])
@pytest.mark.parametrize(
    ("header", "make"),
    [("身份证号", resident_id), ("社会保障卡号", social_card),
     ("残疾人证号", disability_certificate)],
)
def test_values_wrapped_in_a_narrow_cell(tmp_path: Path, ruled: bool, width: float,
                                         header: str, make: Callable[[random.Random], str]) -> None:
    rng = random.Random(7)
    values = [make(rng) for _ in range(4)]
    rows = [["序号", "姓名", header, "备注"]]
    rows += [[str(i + 1), NAMES[i % 3], v, "无"] for i, v in enumerate(values)]
    source = write_pdf(tmp_path / "list.pdf", ["发放名单"], rows, widths=[0.5, 1, width, 2],
                       ruled=ruled)
    assert _wrapped(source, values)
    found = _redacted(source, tmp_path)
    assert all(v in found for v in values), (values, found)
