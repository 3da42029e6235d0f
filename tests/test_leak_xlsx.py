"""Every XLSX hiding place, end to end: each fixture plants a unique token, `baomi review` runs
with a keyword list naming it, and the publishable copy must hold no trace of it in any layer
of the independent checker (every local ZIP entry, XML text and attributes, string items
joined, numbers as digits, and openpyxl's view of the workbook), open in openpyxl with the
harmless cell intact, and be a consistent package. Each planted token is first shown to be
visible to two independent readers (the checker and the verify stage's own reader)."""

from __future__ import annotations

import json
import posixpath
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import openpyxl
import pytest
from lxml import etree

from pipeline.leakscan import find_values, fold
from stages.verify.xlsx import extract
from tests.conftest import review_json
from tests.fixtures.leak_scan_formats import xlsx_hits
from tests.fixtures.leaky_xlsx import VISIBLE_TEXT, XLSX_BUILDERS
from tests.fixtures.tokens import token_for

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
FORBIDDEN = (
    "xl/comments", "xl/threadedComments/", "xl/persons/", "xl/pivotCache/", "xl/pivotTables/",
    "xl/externalLinks/", "xl/connections.xml", "customXml/", "docProps/custom.xml",
    "xl/revisions/", "xl/printerSettings/", "xl/calcChain.xml", "xl/drawings/vmlDrawing",
)  # fmt: skip
# Copies that hold content the check cannot read (a duplicate entry; a picture, whose pixels
# are not read): their leak check is "skipped", never "passed".
UNREVIEWABLE = {"duplicate_entry", "image_alt_text", "image_metadata"}


def review(tmp_path: Path, source: Path, token: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    args = [str(source), "--out", str(tmp_path / "out")]
    if token is not None:
        terms = tmp_path / "terms.txt"
        terms.write_text(f"{token}\n", encoding="utf-8")
        args += ["--terms", str(terms)]
    _code, summary = review_json(*args)
    [document] = summary["documents"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8")) if document["record"] else {}
    return document, record


def assert_consistent_package(copy: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
        assert len(names) == len(set(names)), "duplicate entry names"
        parts = {name: archive.read(name) for name in names}
    assert not [n for n in names if n.startswith(FORBIDDEN)], names
    types = etree.fromstring(parts["[Content_Types].xml"])
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{CT}Override")}
    assert overrides <= set(names), overrides - set(names)
    for name in (n for n in names if n.endswith(".rels")):
        folder, _, file = name.rpartition("_rels/")
        owner = posixpath.join(folder, file.removesuffix(".rels"))
        base = posixpath.dirname(owner) if name != "_rels/.rels" else ""
        for rel in etree.fromstring(parts[name]):
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(base, unquote(rel.get("Target")))).lstrip("/")
                assert target in parts, f"{name}: missing {target}"
    assert b"<dc:creator" not in parts.get("docProps/core.xml", b"")
    return parts


def assert_sound_copy(copy: Path) -> None:
    assert_consistent_package(copy)
    book = openpyxl.load_workbook(copy)
    assert book.worksheets[0]["A2"].value == VISIBLE_TEXT


@pytest.mark.parametrize(("index", "name"), list(enumerate(XLSX_BUILDERS)), ids=list(XLSX_BUILDERS))
def test_xlsx_copy_keeps_no_trace(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.xlsx"
    XLSX_BUILDERS[name](source, token)

    document, record = review(tmp_path, source, token)

    assert document["error"] is None
    copy = Path(document["redacted"])
    assert xlsx_hits(copy, token) == []
    assert_sound_copy(copy)
    expected = "skipped" if name in UNREVIEWABLE else "passed"
    assert record["output"]["leak_check"] == expected
    assert record["document"]["file_format"] == "xlsx"


@pytest.mark.parametrize(("index", "name"), list(enumerate(XLSX_BUILDERS)), ids=list(XLSX_BUILDERS))
def test_two_readers_see_every_vector(tmp_path: Path, index: int, name: str) -> None:
    """The planted token is visible to the independent checker and to the verify stage's own
    reader in the unredacted fixture: a copy that kept it would fail both."""
    token = token_for(index)
    source = tmp_path / f"{name}.xlsx"
    XLSX_BUILDERS[name](source, token)
    assert xlsx_hits(source, token), "the checker does not see the planted token"
    assert any(find_values(text, {"t": fold(token)}, set()) for _, text in extract(source))


def test_hidden_content_dropped_and_counted(tmp_path: Path) -> None:
    """No finding at all: hidden sheets, hidden rows and columns, comments and pivot caches
    still go, and the record says what was removed."""
    source = tmp_path / "hidden.xlsx"
    XLSX_BUILDERS["hidden_sheet"](source, "附表内容")
    document, record = review(tmp_path, source, None)
    copy = Path(document["redacted"])
    assert xlsx_hits(copy, "附表内容") == []
    assert openpyxl.load_workbook(copy).sheetnames == ["名单"]
    codes = {note["code"]: note for note in record["output"]["notes"]}
    assert codes["note_hidden_sheets"]["count"] == 1
    with zipfile.ZipFile(copy) as archive:
        attached = json.loads(archive.read("baomi/review-record.json"))
    assert attached["output"]["notes"] == record["output"]["notes"]


def test_shared_string_redacted_only_where_it_is_a_value(tmp_path: Path) -> None:
    """A shared string shown by two cells: the redacted cell gets its own inline copy, the
    string table is rebuilt from what cells still show (no stale item)."""
    from tests.fixtures.leaky_xlsx import Book, _cell_row, write

    book = Book()
    index = book.string("<t>机密人日</t>")
    book.sheets[0].rows.append(_cell_row(3, f'<c r="A3" t="s"><v>{index}</v></c><c r="B3" t="s"><v>{index}</v></c>'))
    source = tmp_path / "shared.xlsx"
    write(book, source)
    document, _record = review(tmp_path, source, "机密人日")
    copy = Path(document["redacted"])
    sheet = openpyxl.load_workbook(copy).worksheets[0]
    assert sheet["A3"].value == sheet["B3"].value == "［已删除：工作秘密］"
    with zipfile.ZipFile(copy) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "机密人日" not in strings and VISIBLE_TEXT in strings


def _id(body: str) -> str:
    from stdnum.cn import ric

    return body + ric.calc_check_digit(body + "0")


@pytest.mark.parametrize(
    "stored",
    [
        pytest.param(lambda n: n, id="exact-integer"),
        pytest.param(lambda n: "1.10101199003071E+17", id="excel-15-digits"),
        pytest.param(lambda n: "1.101011990030712e+17", id="openpyxl-16-digits"),
    ],
)
def test_id_typed_as_a_number_is_still_an_id(tmp_path: Path, stored) -> None:  # type: ignore[no-untyped-def]
    """An 18-digit ID in a numeric cell, exact or cut to 15 or 16 significant digits, is found
    in its ID column and removed; no 15-digit prefix survives anywhere in the copy."""
    from tests.fixtures.leaky_xlsx import Book, write

    number = _id("11010119900307123")
    book = Book()
    header = book.string("<t>身份证号码</t>")
    book.sheets[0].rows = [
        f'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>{header}</v></c></row>',
        f'<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>{stored(number)}</v></c></row>',
    ]
    source = tmp_path / "ids.xlsx"
    write(book, source)
    document, record = review(tmp_path, source, None)
    assert document["error"] is None, document["error"]
    assert [f["entity_type"] for f in record["findings"] if f["action"] == "redact"] == ["CN_RESIDENT_ID"]
    copy = Path(document["redacted"])
    assert xlsx_hits(copy, number[:15]) == []
    assert openpyxl.load_workbook(copy).worksheets[0]["B2"].value == "［已删除：个人隐私］"


def test_copy_that_keeps_a_partial_id_fails_closed(tmp_path: Path) -> None:
    """A redacted ID whose 15-digit prefix is still in the copy (a second cell the detection
    did not type): the leak check refuses the copy."""
    from tests.fixtures.leaky_xlsx import Book, _cell_row, write

    number = _id("11010119900307123")
    book = Book()
    cell = book.string(f"<t>身份证号码：{number}</t>")
    book.sheets[0].rows.append(_cell_row(3, f'<c r="A3" t="s"><v>{cell}</v></c><c r="B3"><v>1.10101199003071E+10</v></c>'))
    book.sheets[0].rows.append(_cell_row(4, '<c r="C4"><v>1101011990030710000</v></c>'))
    source = tmp_path / "partial.xlsx"
    write(book, source)
    document, record = review(tmp_path, source, None)
    assert document["redacted"] is None and record["output"]["leak_check"] == "failed"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-calc-nogui) is not installed")
def test_libreoffice_opens_the_copies(tmp_path: Path) -> None:
    """A second spreadsheet program opens copies with charts, drawings, tables and removed
    hidden sheets, and shows the harmless cell."""
    copies = []
    for index, name in enumerate(("chart_cache", "image_alt_text", "table_name", "hidden_sheet", "external_link")):
        source = tmp_path / f"{name}.xlsx"
        XLSX_BUILDERS[name](source, token_for(index))
        (tmp_path / name).mkdir()
        document, _ = review(tmp_path / name, source, token_for(index))
        copies.append(Path(document["redacted"]))
    out = tmp_path / "csv"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out), *map(str, copies)],
        capture_output=True, timeout=240, check=False, start_new_session=True,
    )  # fmt: skip
    for copy in copies:
        text = (out / f"{copy.stem}.csv").read_text(encoding="utf-8")
        assert VISIBLE_TEXT in text, copy.name
