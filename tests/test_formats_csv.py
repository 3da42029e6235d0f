"""CSV and TSV as offices export them (UTF-8 with and without BOM, GB18030 with characters
outside GBK, UTF-16 "Unicode text"): every cell reviewed in its column, the copy written in
place in the same encoding (every other byte unchanged), no planted value left for the
independent checker (raw bytes in every encoding, the csv module's cells, E-notation digits)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stdnum.cn import ric

from tests.conftest import review_json
from tests.fixtures.leak_scan_formats import csv_hits

ID = "11010119900307123" + ric.calc_check_digit("110101199003071230")
ROWS = [
    ["序号", "姓名", "身份证号码", "联系电话", "备注"],
    ["1", "张伟", ID, "13812345678", "住址，某村"],
    ["2", "李娜", "1.10101199003071E+17", "13987654321", '说"好"'],
]


def _csv(rows: list[list[str]], sep: str = ",") -> str:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in (sep, '"')) else value

    return "".join(sep.join(cell(v) for v in row) + "\r\n" for row in rows)


CASES = {
    "utf8-bom.csv": (b"\xef\xbb\xbf", "utf-8", ","),
    "utf8.csv": (b"", "utf-8", ","),
    "gb18030.csv": (b"", "gb18030", ","),
    "unicode.tsv": (b"", "utf-16", "\t"),
}


def review(tmp_path: Path, source: Path) -> tuple[dict, dict]:
    _code, summary = review_json(str(source), "--out", str(tmp_path / "out"))
    [document] = summary["documents"]
    return document, json.loads(Path(document["record"]).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(CASES))
def test_csv_cells_redacted_in_place(tmp_path: Path, name: str) -> None:
    bom, encoding, sep = CASES[name]
    rows = [list(r) for r in ROWS]
    rows[2][1] = "䶮王"  # outside GBK: GB18030 only
    source = tmp_path / name
    source.write_bytes(bom + _csv(rows, sep).encode(encoding))
    document, record = review(tmp_path, source)
    assert document["error"] is None, document["error"]
    copy = Path(document["redacted"])
    data = copy.read_bytes()
    assert data.startswith(bom or data[:0])
    text = data.decode("utf-16" if encoding == "utf-16" else encoding).lstrip("\ufeff")
    assert text.splitlines()[0] == sep.join(ROWS[0])
    for value in ("张伟", ID, "13812345678", "13987654321", "1.10101199003071E+17"):
        assert csv_hits(copy, value) == [], value
    assert ID[:15] not in text
    assert "住址，某村" in text and '"说""好"""' in text and "䶮王" in text
    assert record["document"]["file_format"] == "csv"
    sidecar = copy.with_name(copy.name.split(".redacted.")[0] + ".redacted.record.json")
    assert json.loads(sidecar.read_text(encoding="utf-8"))["output"]["leak_check"] == "passed"


def test_csv_columns_type_their_cells(tmp_path: Path) -> None:
    """Locations name the cell; the E-notation ID in the ID column is redacted."""
    source = tmp_path / "list.csv"
    source.write_text(_csv(ROWS), encoding="utf-8")
    _document, record = review(tmp_path, source)
    cells = {f["location"].get("cell"): f["entity_type"] for f in record["findings"] if f["action"] == "redact"}
    assert cells.get("C2") == "CN_RESIDENT_ID" and cells.get("C3") == "CN_RESIDENT_ID"
    assert cells.get("D2") == "CN_MOBILE"


def test_csv_in_an_unknown_encoding(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(b"\x80\xff\x81\x30\xfe," * 20)
    code, summary = review_json(str(source), "--out", str(tmp_path / "out"), "--lang", "en")
    assert code == 2 and "CSV file's encoding is not recognised" in summary["documents"][0]["error"]
