"""Real-estate title certificate numbers (recognizers/property_certificate.py): a private
person's 不动产权证号, 不动产证明 and older 房权证/国用 numbers are redacted; a company's is not a
person's privacy; a law describing the format holds no number."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from recognizers.doc_number import DocNumberRecognizer


def _txt(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = review(path, Config(), out_dir=tmp_path / "out")
    return {f["text"]: (f["entity_type"], f["action"]) for f in result.findings}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("申请人王某某持有的晋(2026)太原市不动产权第0012345号证书已遗失，特此声明。",
         "晋(2026)太原市不动产权第0012345号"),
        ("经核实，张某某房屋的不动产权证号为京（2025）朝阳区不动产权第0001234号。",
         "京（2025）朝阳区不动产权第0001234号"),
        ("李某抵押登记已办理，证明号：川（2024）成都市不动产证明第0098765号。",
         "川（2024）成都市不动产证明第0098765号"),
        ("被征收人刘某某，房屋所有权证号：并房权证杏字第00123456号。", "并房权证杏字第00123456号"),
        ("户主赵某某宅基地土地证号：晋国用(2019)第12345号。", "晋国用(2019)第12345号"),
    ],
)
def test_person_number_redacted(tmp_path: Path, text: str, value: str) -> None:
    found = _txt(tmp_path, text)
    assert found.get(value) == ("CN_PROPERTY_CERT", "redact"), found


def test_company_number_not_redacted(tmp_path: Path) -> None:
    found = _txt(tmp_path, "山西某某房地产开发有限公司名下晋(2026)太原市不动产权第0054321号土地已抵押。")
    assert not any(kind == "CN_PROPERTY_CERT" for kind, _ in found.values()), found
    # It stays a public reference number (recognizers.doc_number), shielding its digits.
    results = DocNumberRecognizer().analyze("某某有限公司名下晋(2018)忻州市不动产权第0001234号", [])
    assert any("不动产权第0001234号" in "某某有限公司名下晋(2018)忻州市不动产权第0001234号"[r.start : r.end]
               for r in results)


def test_company_in_another_cell_of_a_persons_row(tmp_path: Path) -> None:
    """A ledger row pasted as a TXT table: the company is the person's 工作单位 in another cell,
    not the holder, so the person's certificate number is still redacted."""
    text = ("序号\t姓名\t工作单位\t不动产权证号\n"
            "1\t张某某\t山西某某机械有限公司\t晋(2026)太原市不动产权第0012345号\n")
    found = _txt(tmp_path, text)
    assert found.get("晋(2026)太原市不动产权第0012345号") == ("CN_PROPERTY_CERT", "redact"), found


def test_law_text_format_not_hit(tmp_path: Path) -> None:
    found = _txt(tmp_path, "第二十条　不动产权证书编号采用“省级简称（年份）市县名称不动产权第×号”的形式。")
    assert not any(kind == "CN_PROPERTY_CERT" for kind, _ in found.values()), found
