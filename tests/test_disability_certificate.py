"""A 残疾人证号 is the holder's ID number and two digits (category, grade): under its label
(残疾人证号, 残疾证号; a column or the clause before it) the twenty characters are redacted
whole in DOCX, PDF and TXT, also when the check character is mistyped (the first eighteen
still give the holder's area and birth date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from tests.conftest import make_docx
from tests.fixtures.tables import write_docx, write_pdf

# The example of the brief: 11010119900307123 with X in place of its check character 3.
MISTYPED = "11010119900307123X11"
VALID = "14090220030825965X61"
LABELS = ["残疾人证号", "残疾证号"]


def _review(path: Path, tmp_path: Path) -> tuple[list[tuple[str, str]], Path]:
    rec = review(path, Config(), tmp_path / "out")
    found = [(f["entity_type"], f["text"]) for f in rec.data["findings"] if f["action"] == "redact"]
    assert rec.redacted_path is not None
    return found, Path(rec.redacted_path)


def _ids(found: list[tuple[str, str]]) -> list[str]:
    return ["".join(v.split()) for e, v in found if e == "CN_RESIDENT_ID"]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("layout", ["docx", "pdf", "pdf-narrow"])
def test_a_column_of_certificate_numbers(tmp_path: Path, label: str, layout: str) -> None:
    rows = [["序号", "姓名", label, "补贴（元）"], ["1", "张三", MISTYPED, "100"],
            ["2", "李四", VALID, "100"]]
    if layout == "docx":
        source = write_docx(tmp_path / "list.docx", ["残疾人生活补贴发放名单"], rows)
    else:
        widths = [0.5, 1, 0.3 if layout == "pdf-narrow" else 1.5, 1]
        source = write_pdf(tmp_path / "list.pdf", ["残疾人生活补贴发放名单"], rows, widths=widths)
    found, _ = _review(source, tmp_path)
    assert sorted(_ids(found)) == sorted([MISTYPED, VALID])


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("layout", ["txt", "docx"])
def test_a_certificate_number_in_prose(tmp_path: Path, label: str, layout: str) -> None:
    sentence = f"申请人张某，{label}{MISTYPED}，申请重度残疾人护理补贴。"
    if layout == "txt":
        source = tmp_path / "reply.txt"
        source.write_text(f"关于补贴申请的答复\n{sentence}\n", encoding="utf-8")
    else:
        source = make_docx(tmp_path / "reply.docx", ["关于补贴申请的答复", sentence])
    found, redacted = _review(source, tmp_path)
    assert _ids(found) == [MISTYPED]
    if layout == "txt":
        published = redacted.read_text(encoding="utf-8")
        assert MISTYPED[-2:] + "，" not in published and MISTYPED[:6] not in published


def test_a_mistyped_id_with_two_digits_and_no_certificate_label_stays(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text(f"设备出厂编号{MISTYPED}，已登记入库。\n", encoding="utf-8")
    found, _ = _review(source, tmp_path)
    assert _ids(found) == []
