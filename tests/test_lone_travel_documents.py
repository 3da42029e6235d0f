"""A passport or permit number that stands alone (the whole of its line, or in a clause about
an identity document) is found without a passport word; a code of the same shape in a
sentence, under a label or in a spec table is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from tests.conftest import make_docx
from tests.fixtures.tables import write_docx, write_pdf


def _redacted(path: Path, tmp_path: Path) -> list[tuple[str, str]]:
    data = review(path, Config(), tmp_path / "out").data
    return [(f["entity_type"], f["text"]) for f in data["findings"] if f["action"] == "redact"]


@pytest.mark.parametrize(
    ("value", "entity"),
    [
        ("E12345678", "CN_PASSPORT"),
        ("G12345678", "CN_PASSPORT"),
        ("EA1234567", "CN_PASSPORT"),
        ("C12345678", "CN_HKMO_PERMIT"),
        ("H12345678", "CN_HOME_RETURN_PERMIT"),
    ],
)
def test_a_value_alone_in_its_file(tmp_path: Path, value: str, entity: str) -> None:
    source = tmp_path / "value.txt"
    source.write_text(f"{value}\n", encoding="utf-8")
    assert _redacted(source, tmp_path) == [(entity, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "经核查，证件E12345678已过期，请申请人重新办理。",
        "申请人持G12345678号证件于2026年3月出境。",
        "申请人提交的证照EA1234567与登记信息不符。",
    ],
)
def test_a_value_in_an_identity_document_clause(tmp_path: Path, sentence: str) -> None:
    source = make_docx(tmp_path / "reply.docx", ["关于来信的答复", sentence])
    values = [v for e, v in _redacted(source, tmp_path) if e == "CN_PASSPORT"]
    assert len(values) == 1 and values[0] in sentence


def test_a_value_on_its_own_line_under_a_person(tmp_path: Path) -> None:
    source = tmp_path / "form.txt"
    source.write_text("出境人员情况\n张某\nE12345678\n", encoding="utf-8")
    assert ("CN_PASSPORT", "E12345678") in _redacted(source, tmp_path)


@pytest.mark.parametrize(
    "lines",
    [
        ["本批设备型号G12345678，规格见附表。"],
        ["产品型号：", "G12345678"],
        ["文号：G12345678"],
        ["采购编号C12345678的项目已完成验收，合同金额见附件。"],
        ["有效证件办理，", "本次采购型号G12345678的设备。"],
    ],
)
def test_codes_in_text_stay(tmp_path: Path, lines: list[str]) -> None:
    source = tmp_path / "notice.txt"
    source.write_text("\n".join(["关于设备采购的通知", *lines]) + "\n", encoding="utf-8")
    assert _redacted(source, tmp_path) == []


SPEC = [
    ["序号", "设备名称", "型号", "数量"],
    ["1", "交换机", "G12345678", "2"],
    ["2", "服务器", "E12345678", "1"],
    ["3", "打印机", "C12345678", "4"],
]


@pytest.mark.parametrize("layout", ["docx", "pdf"])
def test_model_numbers_in_a_spec_table_stay(tmp_path: Path, layout: str) -> None:
    before = ["设备采购清单"]
    if layout == "docx":
        source = write_docx(tmp_path / "spec.docx", before, SPEC)
    else:
        source = write_pdf(tmp_path / "spec.pdf", before, SPEC)
    assert _redacted(source, tmp_path) == []


def test_a_spec_table_without_header_stays(tmp_path: Path) -> None:
    rows = [["交换机", "G12345678"], ["服务器", "E12345678"]]
    source = write_docx(tmp_path / "spec.docx", ["设备清单"], rows)
    assert _redacted(source, tmp_path) == []
