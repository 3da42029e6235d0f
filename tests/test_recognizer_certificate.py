"""A person's practice or qualification certificate number: after its label, in a column of
such certificates; a body's licences and an official's 执法证 are not a person's certificate,
and a document-number label never shields an ID number."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum.cn import ric

from pipeline.analysis import normalize_same_length
from pipeline.api import review
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers._columns import CERTIFICATE, kind_of
from stages.detect import resolve_overlaps

ID = "14220219760305181"
ID += ric.calc_check_digit(ID + "0")


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)
            if r.score >= 0.6 and r.entity_type not in {"PERSON", "OFFICIAL_NAME"}]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("项目经理：注册建造师注册证书编号为冀1132008200903321，", "冀1132008200903321"),
        ("主治医师，医师执业证书编码：210130000432781。", "210130000432781"),
        ("其律师执业证号：11101201610233445，", "11101201610233445"),
        ("持有特种作业操作证（证号T20190876543），", "T20190876543"),
    ],
)
def test_certificate_numbers_after_their_label(text: str, value: str) -> None:
    assert found(text) == [("CN_PERSONAL_CERTIFICATE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：王某某（执法证号：14090012345），",  # an official's service card
        "医疗机构执业许可证登记号：PDY00012314090211A1001，",  # a body's licence
        "建筑业企业资质证书编号：D214012345，",
        "证书编号：2026-0012，",  # no person's qualification named
    ],
)
def test_bodies_and_officials_certificates_are_not_a_persons(text: str) -> None:
    assert "CN_PERSONAL_CERTIFICATE" not in [t for t, _ in found(text)]


def test_a_number_label_does_not_shield_an_id_number() -> None:
    assert found(f"受理编号：{ID}。") == [("CN_RESIDENT_ID", ID)]
    assert found(f"医师执业证书编号：{ID}。") == [("CN_RESIDENT_ID", ID)]


def test_certificate_columns_are_typed_by_their_head() -> None:
    for label in ("资格证书编号", "执业证号", "建造师注册证书号", "教师资格证书号码"):
        assert kind_of(label) == CERTIFICATE, label
    for label in ("许可证编号", "执法证号", "残疾人证号", "资质证书编号"):
        assert kind_of(label) != CERTIFICATE, label


def test_a_column_of_certificates_in_a_text_table(tmp_path: Path) -> None:
    rows = [("序号", "姓名", "资格种类", "资格证书编号"),
            ("1", "郝俊峰", "初级中学", "20191410021000123"),
            ("2", "武丽娟", "小学", "晋20201410032000456")]
    path = tmp_path / "list.txt"
    path.write_text("教师资格认定名单\n" + "\n".join("\t".join(r) for r in rows) + "\n",
                    encoding="utf-8")
    result = review(path, Config(), tmp_path / "out")
    redacted = {f["text"] for f in result.findings if f["entity_type"] == "CN_PERSONAL_CERTIFICATE"
                and f["action"] == "redact"}
    assert redacted == {"20191410021000123", "晋20201410032000456"}
    copy = result.redacted_path.read_text(encoding="utf-8")
    assert "20191410021000123" not in copy and "晋20201410032000456" not in copy
