"""PDFs the whole-review fuzz (``fuzz/fuzz_ingest.py --stage review``) found ending in
"internal error": ingest reads them, but writing or verifying the copy failed. Those MuPDF
cannot write must end in one specific line on stderr and exit 2, with no copy written and the
input untouched. Those whose fonts pypdf could not read (its text extraction was verify's page
reader then) are now read by PDFium and verified; a copy an independent reader cannot read
still fails closed, with its own message.

The damage is made here, deterministically, on a PDF written with PyMuPDF: the same broken
structure each fuzz finding had (a page whose ``/Contents`` points past the end of the file,
a page tree with a kid that does not exist, a CID font whose ``/W`` widths or ``/ToUnicode``
map exceed pypdf's limits or name a character beyond Unicode)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.messages import MESSAGES
from pipeline.pdflib import pymupdf
from tests.conftest import make_pdf, run_cli
from tests.fixtures.leak_scan import pdf_hits

PHONE = "申请人联系电话：13712345678"
PLAIN = "关于做好年度工作的通知"  # nothing to redact: the page keeps its own contents


def _missing(pdf: pymupdf.Document) -> int:
    """An object number past the end of the cross-reference table."""
    return pdf.xref_length() + 100


def _contents_point_nowhere(pdf: pymupdf.Document) -> None:
    # Fuzz: a truncated file, repaired; the page's /Contents array names objects that are
    # gone. PyMuPDF's xref_stream raises ValueError("bad xref") while sanitizing.
    page = pdf[0]
    pdf.xref_set_key(page.xref, "Contents", f"[{page.get_contents()[0]} 0 R {_missing(pdf)} 0 R]")


def _null_page_in_tree(pdf: pymupdf.Document) -> None:
    # Fuzz: a truncated or spliced file whose page tree has a kid that is no object at all;
    # the page is null and removing its annotations raises FzErrorArgument.
    pages = int(pdf.xref_get_key(pdf.pdf_catalog(), "Pages")[1].split()[0])
    pdf.xref_set_key(pages, "Kids", f"[{pdf[0].xref} 0 R {_missing(pdf)} 0 R]")
    pdf.xref_set_key(pages, "Count", "2")


def _descendant_font(pdf: pymupdf.Document) -> int:
    font = pdf[0].get_fonts()[0][0]
    return int(re.search(r"\d+", pdf.xref_get_key(font, "DescendantFonts")[1]).group())  # type: ignore[union-attr]


def _widths_too_wide(pdf: pymupdf.Document) -> None:
    # pypdf: LimitReachedError("CID width range too large"); MuPDF keeps /W as it is.
    pdf.xref_set_key(_descendant_font(pdf), "W", "[1 70000 500]")


def _width_beyond_unicode(pdf: pymupdf.Document) -> None:
    # pypdf: ValueError("chr() arg not in range(0x110000)"), raised inside pypdf.
    pdf.xref_set_key(_descendant_font(pdf), "W", "[2000000 [500]]")


def _to_unicode_too_large(pdf: pymupdf.Document) -> None:
    # pypdf: LimitReachedError("Maximum /ToUnicode size limit reached"), the most frequent
    # finding (numbers and lengths changed in the map).
    font = pdf[0].get_fonts()[0][0]
    xref = int(pdf.xref_get_key(font, "ToUnicode")[1].split()[0])
    cmap = re.sub(
        rb"\d+ beginbfrange.*?endbfrange",
        b"2 beginbfrange\n<0000> <ffff> <0020>\n<0000> <ffff> <0020>\nendbfrange",
        pdf.xref_stream(xref),
        count=1,
        flags=re.S,
    )
    pdf.update_stream(xref, cmap)


Damage = Callable[[pymupdf.Document], None]
CASES: dict[str, tuple[str, Damage, str]] = {
    "contents-point-nowhere": (PLAIN, _contents_point_nowhere, "pdf_cannot_redact"),
    "null-page-in-tree": (PHONE, _null_page_in_tree, "pdf_cannot_redact"),
    "widths-too-wide": (PHONE, _widths_too_wide, "pypdf_cannot_read_fonts"),
    "width-beyond-unicode": (PHONE, _width_beyond_unicode, "pypdf_cannot_read_fonts"),
    "to-unicode-too-large": (PHONE, _to_unicode_too_large, "pypdf_cannot_read_fonts"),
}
UNWRITABLE = [n for n, case in CASES.items() if case[2] == "pdf_cannot_redact"]


def _damaged(folder: Path, name: str) -> Path:
    line, damage, _ = CASES[name]
    source = make_pdf(folder / "clean.pdf", [line])
    with pymupdf.open(source) as pdf:
        damage(pdf)
        data = pdf.tobytes()
    path = folder / f"{name}.pdf"
    path.write_bytes(data)
    return path


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _copies(out: Path) -> list[Path]:
    """Publishable copies and temporary files left in the output folder."""
    if not out.exists():
        return []
    return [p for p in out.rglob("*") if ".redacted." in p.name or p.name.endswith(".part")]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", UNWRITABLE)
def test_damaged_pdf_ends_in_one_specific_line(tmp_path: Path, name: str, lang: str) -> None:
    source = _damaged(tmp_path, name)
    key = CASES[name][2]
    before = _state(source)
    out = tmp_path / "out"
    result = run_cli("review", str(source), "--out", str(out), "--lang", lang)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert MESSAGES[key][lang] in errors[0]
    assert str(source) in errors[0]
    assert "internal error" not in errors[0] and "内部错误" not in errors[0]
    assert not _copies(out)
    assert _state(source) == before


# The broken /ToUnicode map of the third maps every code to a space: no reader finds the number.
@pytest.mark.parametrize("name", ["widths-too-wide", "width-beyond-unicode"])
def test_fonts_pypdf_cannot_read_are_verified_by_pdfium(tmp_path: Path, name: str) -> None:
    source = _damaged(tmp_path, name)
    result = run_cli("review", str(source), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)["documents"][0]
    assert document["error"] is None
    copy = Path(document["redacted"])
    # The test-side checker reads with pypdf's text extraction too, which cannot read these
    # fonts (that is the point); every other layer must be clean.
    assert [h for h in pdf_hits(copy, "13712345678") if h != "pypdf.text:error"] == []
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    assert record["output"]["leak_check"] == "passed"


def _pypdf_gives_up(*_args: object) -> None:
    from pypdf.errors import LimitReachedError

    raise LimitReachedError("Maximum /ToUnicode size limit reached")


def _pdfium_gives_up(*_args: object) -> None:
    from pypdfium2 import PdfiumError

    raise PdfiumError("Failed to load document (PDFium: Data format error).")


@pytest.mark.parametrize(
    ("target", "reader"),
    [
        ("stages.verify.pdf.PdfReader", _pypdf_gives_up),
        ("stages.verify.pdf.pdfium.PdfDocument", _pdfium_gives_up),
    ],
    ids=["pypdf", "pdfium"],
)
def test_unverifiable_copy_fails_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, reader: Callable[..., None]
) -> None:
    """A copy an independent reader gives up on is discarded like a leaking one — an earlier
    run's copy too — and the record says the leak check failed: never clean."""
    source = make_pdf(tmp_path / "reply.pdf", [PHONE])
    out = tmp_path / "out"
    result = run_cli("review", str(source), "--out", str(out), "--json")
    stale = Path(json.loads(result.stdout)["documents"][0]["redacted"])
    assert result.exit_code == 1 and stale.is_file()

    monkeypatch.setattr(target, reader)
    result = run_cli("review", str(source), "--out", str(out), "--json", "--lang", "en", "--force")
    document = json.loads(result.stdout)["documents"][0]
    assert result.exit_code == 2
    assert document["error"] == MESSAGES["copy_unverifiable"]["en"]
    assert document["redacted"] is None
    assert not stale.exists() and not _copies(out)
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    assert record["output"]["redacted_path"] is None
    assert record["output"]["leak_check"] == "failed"


def test_damage_reaches_the_intended_reader(tmp_path: Path) -> None:
    """The cases test what they claim: MuPDF opens every damaged file (ingest succeeds), and
    pypdf cannot read the fonts of the others (so PDFium, not pypdf, reads their text)."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    for name, (_, _, key) in CASES.items():
        path = _damaged(tmp_path, name)
        with pymupdf.open(path) as pdf:
            assert pdf.page_count >= 1
        if key == "pypdf_cannot_read_fonts":
            with pytest.raises((LimitReachedError, ValueError)):
                PdfReader(path).pages[0].extract_text()


@pytest.mark.parametrize(
    ("module", "function"), [("stages.redact.pdf", "redact"), ("stages.verify.pdf", "iter_layers")]
)
def test_our_own_errors_are_not_blamed_on_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, function: str
) -> None:
    """Only MuPDF's and pypdf's own failures become "damaged" or "could not be verified": a
    ValueError of ours in the PDF redactor or verifier stays an internal error (a bug to see),
    and still fails closed."""
    source = make_pdf(tmp_path / "good.pdf", [PHONE])

    def broken(*_args: object) -> bytes:
        raise ValueError("a bug of ours")

    monkeypatch.setattr(f"{module}.{function}", broken)
    out = tmp_path / "out"
    result = run_cli("review", str(source), "--out", str(out), "--lang", "en")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "internal error (ValueError)" in errors[0], result.stderr
    assert not _copies(out)


def test_publish_rerun_says_the_copy_could_not_be_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``baomi publish`` re-runs the review when a decision changed what is redacted; a copy
    pypdf cannot read then is refused with its own message, not as a leak of no values."""
    from pypdf.errors import LimitReachedError

    from tests.test_workflow_e2e import cli, ok, review, show
    from tests.test_workflow_publish import approve

    register = tmp_path / "register.sqlite3"
    document = make_pdf(tmp_path / "n.pdf", [PHONE, "咨询电话：13834409126。"])
    case = review(register, document, tmp_path / "out")["case_id"]
    finding = next(f for f in show(register, case)["findings"] if f["text"] == "13834409126")
    reason = ("--by", "王", "--reason", "单位公开的咨询电话")
    ok(register, "decide", case, finding["id"], "--action", "keep", *reason)
    approve(register, case)

    def unreadable(*_args: object) -> None:
        raise LimitReachedError("Maximum /ToUnicode size limit reached")

    monkeypatch.setattr("stages.verify.pdf.PdfReader", unreadable)
    result = cli(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and MESSAGES["copy_unverifiable"]["zh"] in errors[0], result.stderr
    assert not (tmp_path / "pub" / "n.approved.pdf").exists()


def test_publish_check_says_the_copy_could_not_be_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a re-run, ``baomi publish`` still re-reads the approved copy it writes; a
    reader that gives up there refuses with the same message, and nothing is published."""
    from tests.test_workflow_e2e import cli, review
    from tests.test_workflow_publish import approve

    register = tmp_path / "register.sqlite3"
    document = make_pdf(tmp_path / "n.pdf", [PHONE])
    case = review(register, document, tmp_path / "out")["case_id"]
    approve(register, case)

    monkeypatch.setattr("stages.verify.pdf.PdfReader", _pypdf_gives_up)
    result = cli(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "陈录入")
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and MESSAGES["copy_unverifiable"]["zh"] in errors[0], result.stderr
    published = tmp_path / "pub"
    assert not published.exists() or not list(published.glob("*.pdf"))
