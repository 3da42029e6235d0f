"""Driving-licence file numbers (recognizers/driving_licence_file.py): twelve digits under a
档案编号 label that names the licence, or a bare 档案编号 where the paragraph or the table speaks
of a driving licence; never a bare twelve-digit number, never a body's archive number."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.policy import rule_for
from recognizers.driving_licence_file import file_number_ok
from tests.fixtures.tables import tsv, write_docx, write_pdf


def _findings(path: Path, out: Path) -> dict[str, tuple[str, str]]:
    result = review(path, Config(), out_dir=out)
    return {f["text"]: (f["entity_type"], f["action"]) for f in result.findings}


def _txt(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return _findings(path, tmp_path / "out")


_REDACTED = ("CN_DRIVING_LICENCE_FILE", "redact")


def test_format() -> None:
    assert file_number_ok("140900123456")
    assert file_number_ok("510100000123")
    assert not file_number_ok("991234567890")  # no province 99
    assert not file_number_ok("14090012345")  # eleven digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("当事人王建国，持C1驾驶证，驾驶证档案编号：140900778899，记满12分。", "140900778899"),
        ("经查，驾驶人李秀英（驾驶证号码略）持有的机动车驾驶证已逾期未换证，其档案编号为"
         "140900778811，现予公告注销。", "140900778811"),
        ("驾照档案号 1409 0077 8822，准驾车型C1。", "1409 0077 8822"),
        ("申请人提交的驾驶证副页显示，档案编号是370100123456。", "370100123456"),
        # A party's particulars, one field a line.
        ("当事人：王建国\n驾驶证号：略\n档案编号：140900778833\n准驾车型：C1", "140900778833"),
    ],
)
def test_prose_labels(tmp_path: Path, text: str, value: str) -> None:
    assert _txt(tmp_path, text).get(value) == _REDACTED


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A bare twelve-digit number, however close to a licence word.
        ("驾驶人王建国已于2026年3月1日缴纳罚款，回执140900112233。", "140900112233"),
        # A body's archive: the modifier names another archive.
        ("本局驾驶证业务文书档案编号：140900000017，保管期限为永久。", "140900000017"),
        ("其人事档案号为140900000018，现存于县人力资源和社会保障局。", "140900000018"),
        # A bare 档案编号 with nothing of a licence around it.
        ("该批工程竣工资料已移交城建档案馆，档案编号为140900000019。", "140900000019"),
        # Not a province code.
        ("驾驶证档案编号：991234567890。", "991234567890"),
    ],
)
def test_not_taken(tmp_path: Path, text: str, value: str) -> None:
    assert _txt(tmp_path, text).get(value, ("", "keep"))[1] != "redact"


_DRIVERS = [["序号", "姓名", "驾驶证档案编号", "准驾车型", "注销原因"],
            ["1", "张伟明", "140900123456", "C1", "逾期未换证"],
            ["2", "李秀英", "140900654321", "B2", "逾期未换证"],
            ["3", "赵国强", "1409 0065 4322", "C1", "逾期未审验"]]


def test_docx_column_and_footer(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "notice.docx", ["某县公安局交通警察大队", "关于注销机动车驾驶证的公告"],
                      _DRIVERS, after=["本公告文书档案编号：140900000017", "某县公安局交通警察大队",
                                       "2026年3月1日"])
    found = _findings(path, tmp_path / "out")
    for row in _DRIVERS[1:]:
        assert found.get(row[2]) == _REDACTED, (row[2], found.get(row[2]))
    assert found.get("140900000017", ("", "keep"))[1] != "redact"


def test_txt_bare_column_in_a_drivers_list(tmp_path: Path) -> None:
    rows = [["序号", "姓名", "档案编号", "准驾车型"],
            ["1", "张伟明", "140900123456", "C1"],
            ["2", "李秀英", "140900654321", "B2"]]
    found = _txt(tmp_path, "驾驶证注销名单\n\n" + tsv(rows) + "\n")
    assert found.get("140900123456") == _REDACTED
    assert found.get("140900654321") == _REDACTED


def test_docx_archive_list_is_not_a_licence(tmp_path: Path) -> None:
    # A 档案移交清单 of a body's files: its 档案编号 column numbers the body's records.
    rows = [["序号", "档案编号", "题名", "年度", "保管期限"],
            ["1", "140900000101", "关于印发工作要点的通知", "2025", "永久"],
            ["2", "140900000102", "年度工作总结", "2025", "30年"]]
    path = write_docx(tmp_path / "archive.docx", ["某县交通运输局文书档案移交清单"], rows)
    found = _findings(path, tmp_path / "out")
    for value in ("140900000101", "140900000102"):
        assert found.get(value, ("", "keep"))[1] != "redact"


def test_pdf_and_xlsx_columns(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "notice.pdf", ["关于注销机动车驾驶证的公告"], _DRIVERS)
    found = _findings(path, tmp_path / "out")
    for row in _DRIVERS[1:3]:
        assert found.get(row[2], ("", ""))[1] == "redact", (row[2], found.get(row[2]))
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in _DRIVERS:
        book.active.append(row)
    path = tmp_path / "notice.xlsx"
    book.save(path)
    found = _findings(path, tmp_path / "out2")
    for row in _DRIVERS[1:3]:
        assert found.get(row[2], ("", ""))[1] == "redact", (row[2], found.get(row[2]))


def test_policy_and_english_reason() -> None:
    from pipeline.messages import reason_text

    rule = rule_for("CN_DRIVING_LICENCE_FILE")
    assert (rule.category, rule.action) == ("personal_privacy", "redact")
    assert "驾驶证档案编号" in rule.reason_text
    english = reason_text("CN_DRIVING_LICENCE_FILE", rule.category, rule.reason_text, "en")
    assert "driving licence" in english
