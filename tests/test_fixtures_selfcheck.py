"""Self-check of the adversarial fixtures and of the independent leak checker.

Every *unredacted* fixture must really plant its token (the checker finds it in
at least one layer), keep the visible text, and open in the usual readers.  The
negative controls make sure the checker does not report hits on a clean file.
These tests guard the redaction tests: a fixture that plants nothing, or a
checker that sees nothing, would make every "zero hits after redaction"
assertion pass vacuously.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

import docx
import pymupdf
import pytest
from pypdf import PdfReader

from tests.fixtures.leak_scan import compat_variant, docx_hits, normalize, pdf_hits
from tests.fixtures.leaky_docx import DOCX_BUILDERS, VISIBLE_TEXT
from tests.fixtures.leaky_docx import build_clean as build_clean_docx
from tests.fixtures.leaky_pdf import PDF_BUILDERS
from tests.fixtures.leaky_pdf import build_clean as build_clean_pdf

# Characters that all have a Kangxi-radical look-alike, so variant fixtures differ.
_RADICAL_CHARS = "一人日月山水火木金土田石"
_PAIRS = list(itertools.permutations(_RADICAL_CHARS, 2))


def token_for(index: int) -> str:
    """A distinct four-character CJK token per fixture, e.g. ``机密人日``."""
    first, second = _PAIRS[index % len(_PAIRS)]
    return f"机密{first}{second}"


def _real_hits(hits: list[str]) -> list[str]:
    return [h for h in hits if not h.endswith(":error")]


@pytest.mark.parametrize(("index", "name"), list(enumerate(PDF_BUILDERS)), ids=list(PDF_BUILDERS))
def test_pdf_fixture_plants_token(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    path = tmp_path / f"{name}.pdf"
    PDF_BUILDERS[name](path, token)

    hits = pdf_hits(path, token)
    assert _real_hits(hits), f"{name}: token not detected by any layer"
    assert hits == _real_hits(hits), f"{name}: checker crashed: {hits}"

    with pymupdf.open(path) as doc:
        assert doc.page_count >= 1
        assert VISIBLE_TEXT in normalize(doc[0].get_text())
    reader = PdfReader(path)
    assert VISIBLE_TEXT in normalize(reader.pages[0].extract_text())


@pytest.mark.parametrize(("index", "name"), list(enumerate(DOCX_BUILDERS)), ids=list(DOCX_BUILDERS))
def test_docx_fixture_plants_token(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    path = tmp_path / f"{name}.docx"
    DOCX_BUILDERS[name](path, token)

    hits = docx_hits(path, token)
    assert _real_hits(hits), f"{name}: token not detected by any layer"
    assert hits == _real_hits(hits), f"{name}: checker crashed: {hits}"

    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
    document = docx.Document(str(path))
    assert any(VISIBLE_TEXT in p.text for p in document.paragraphs)
    with pymupdf.open(path) as doc:
        assert VISIBLE_TEXT in normalize(doc[0].get_text())


def test_clean_controls_have_no_hits(tmp_path: Path) -> None:
    token = token_for(0)
    build_clean_pdf(tmp_path / "clean.pdf", token)
    build_clean_docx(tmp_path / "clean.docx", token)
    assert pdf_hits(tmp_path / "clean.pdf", token) == []
    assert docx_hits(tmp_path / "clean.docx", token) == []


def test_variant_fixtures_need_normalisation(tmp_path: Path) -> None:
    """The variant fixtures must not contain the token verbatim, only its look-alike."""
    token = token_for(1)
    assert compat_variant(token) != token
    assert normalize(compat_variant(token)) == normalize(token)

    PDF_BUILDERS["compat_variant"](tmp_path / "v.pdf", token)
    text = PdfReader(tmp_path / "v.pdf").pages[0].extract_text()
    assert token not in text and token in normalize(text)

    DOCX_BUILDERS["compat_variant"](tmp_path / "v.docx", token)
    body = "".join(p.text for p in docx.Document(str(tmp_path / "v.docx")).paragraphs)
    assert token not in body and token in normalize(body)


def test_shadowed_vectors_are_invisible_to_plain_readers(tmp_path: Path) -> None:
    """Old revisions and shadowed zip entries hide from readers that follow the index."""
    token = token_for(2)
    PDF_BUILDERS["incremental_revision"](tmp_path / "r.pdf", token)
    reader = PdfReader(tmp_path / "r.pdf")
    assert token not in normalize(reader.pages[0].extract_text())
    assert "raw.strings" in pdf_hits(tmp_path / "r.pdf", token)

    DOCX_BUILDERS["duplicate_entry"](tmp_path / "d.docx", token)
    body = "".join(p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs)
    assert token not in normalize(body)
    assert "xml.paragraphs" in docx_hits(tmp_path / "d.docx", token)


def test_no_tounicode_is_reported_unverifiable(tmp_path: Path) -> None:
    """P12: extractors cannot read the token, so the checker must fail closed."""
    token = token_for(3)
    PDF_BUILDERS["no_tounicode"](tmp_path / "n.pdf", token)
    assert "policy.unverifiable_font" in pdf_hits(tmp_path / "n.pdf", token)
