"""Every DOCX hiding place, end to end: each adversarial fixture plants a unique token, `baomi
review` runs with a keyword list naming it, and the publishable copy must hold no trace of the
token in any layer of the independent checker (every local ZIP entry's bytes, XML text,
attributes and joined paragraphs, nested packages too), open in python-docx and PyMuPDF, keep
the harmless text, and be a consistent package: one entry per name, every relationship
target present, every part typed, every ``r:id`` resolved, no revision, comment or hidden run.
"""

from __future__ import annotations

import io
import json
import posixpath
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import docx
import pymupdf
import pytest
from docx.shared import RGBColor
from lxml import etree

from pipeline.leakscan import find_values, fold
from stages.verify.docx import extract
from tests.conftest import review_json
from tests.fixtures.leak_scan import docx_hits, normalize
from tests.fixtures.leaky_docx import DOCX_BUILDERS, VISIBLE_TEXT
from tests.fixtures.leaky_pdf import token_jpeg
from tests.fixtures.tokens import token_for

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# Parts that must never reach a publishable copy.
FORBIDDEN = (
    "docProps/thumbnail",
    "docProps/custom.xml",
    "customXml/",
    "word/comments",
    "word/people.xml",
    "word/glossary/",
    "word/embeddings/",
    "word/afchunk",
)
# Left out of the copy because they cannot be reviewed: the document needs a person's look.
UNREVIEWABLE = {"embedded_docx", "embedded_xlsx", "alt_chunk", "duplicate_entry"}
# Carry an image: read by OCR (with --ocr off it would be unverifiable, never "passed").
WITH_IMAGE = {"docpr_descr"}
# Detection folds only full-width ASCII; Kangxi radicals and CJK compatibility ideographs
# need pipeline/analysis.normalize_same_length to fold every one-character NFKC mapping.
# Vectors the detection is known to miss (none at present); each is an expected failure.
DETECTION_GAP: dict[str, str] = {}


def review(
    tmp_path: Path, source: Path, token: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    args = [str(source), "--out", str(tmp_path / "out")]
    if token is not None:
        terms = tmp_path / "terms.txt"
        terms.write_text(f"{token}\n", encoding="utf-8")
        args += ["--terms", str(terms)]
    _code, summary = review_json(*args)
    [document] = summary["documents"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    return document, record


def _rels_owner(name: str) -> str:
    folder, _, file = name.rpartition("_rels/")
    return posixpath.join(folder, file.removesuffix(".rels"))


def assert_consistent_package(copy: Path) -> dict[str, bytes]:
    """One entry per name; every internal relationship target present; every part typed;
    every ``r:`` reference resolved; nothing forbidden, no revision or hidden run."""
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
        assert len(names) == len(set(names)), "duplicate entry names"
        assert archive.testzip() is None
        parts = {name: archive.read(name) for name in names}
    assert not [n for n in names if n.startswith(FORBIDDEN)]
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {d.get("Extension").lower() for d in types.iter(f"{CT}Default")}
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{CT}Override")}
    assert overrides <= set(names), overrides - set(names)
    for name in names:
        if name != "[Content_Types].xml":
            assert name in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
    for name in (n for n in names if n.endswith(".rels")):
        owner = _rels_owner(name)
        assert owner in parts or name == "_rels/.rels", f"orphan {name}"
        ids = set()
        for rel in etree.fromstring(parts[name]):
            ids.add(rel.get("Id"))
            if rel.get("TargetMode") != "External":
                target = rel.get("Target")
                base = "" if name == "_rels/.rels" else posixpath.dirname(owner)
                resolved = posixpath.normpath(posixpath.join(base, unquote(target))).lstrip("/")
                assert resolved in parts, f"{name}: missing {target}"
        if name != "_rels/.rels" and owner.endswith(".xml"):
            root = etree.fromstring(parts[owner])
            used = {
                v
                for e in root.iter()
                if isinstance(e.tag, str)
                for k, v in e.attrib.items()
                if k.startswith(f"{{{R_NS}}}")
            }
            assert used <= ids, f"{owner}: dangling {used - ids}"
    for name, data in parts.items():
        if name.startswith("word/") and name.endswith(".xml"):
            root = etree.fromstring(data)
            for tag in (
                "del",
                "ins",
                "moveFrom",
                "moveTo",
                "delText",
                "vanish",
                "specVanish",
                "commentReference",
                "commentRangeStart",
                "rPrChange",
                "docVars",
                "dataBinding",
                "altChunk",
                "object",
            ):
                if name == "word/styles.xml" and tag.endswith("anish"):
                    continue  # a hiding style may stay: the text it hid is gone
                assert next(root.iter(W + tag), None) is None, f"{name}: w:{tag}"
            assert not any(
                k.startswith(W + "rsid")
                for e in root.iter()
                if isinstance(e.tag, str)
                for k in e.attrib
            ), f"{name}: rsid"
    core = parts.get("docProps/core.xml", b"")
    for field in (b"creator", b"lastModifiedBy", b"title", b"keywords", b"description"):
        assert field not in core
    return parts


def assert_sound_copy(copy: Path) -> None:
    assert_consistent_package(copy)
    document = docx.Document(str(copy))
    assert any(VISIBLE_TEXT in p.text for p in document.paragraphs)
    with pymupdf.open(copy) as pdf:
        assert VISIBLE_TEXT in normalize(pdf[0].get_text())


CASES = [
    pytest.param(
        index,
        name,
        id=name,
        marks=[pytest.mark.xfail(reason=DETECTION_GAP[name])] if name in DETECTION_GAP else [],
    )
    for index, name in enumerate(DOCX_BUILDERS)
]


@pytest.mark.parametrize(("index", "name"), CASES)
def test_docx_copy_keeps_no_trace(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.docx"
    DOCX_BUILDERS[name](source, token)

    document, record = review(tmp_path, source, token)

    assert document["error"] is None
    copy = Path(document["redacted"])
    assert docx_hits(copy, token) == []
    assert_sound_copy(copy)
    # An image in the package is read by OCR now: its copy is checked like the rest.
    expected = "skipped" if name in UNREVIEWABLE else "passed"
    assert record["output"]["leak_check"] == expected


def test_no_finding_still_sanitized(tmp_path: Path) -> None:
    """Nothing to redact: the copy still has no author, comment, revision, hidden text,
    thumbnail, custom property or document variable."""
    source = tmp_path / "plain.docx"
    doc = docx.Document()
    paragraph = doc.add_paragraph(VISIBLE_TEXT)
    doc.add_comment(paragraph.runs, text="请核实", author="李四", initials="LS")
    doc.add_paragraph().add_run("隐藏的批注文字").font.hidden = True
    doc.add_paragraph().add_run("白色文字").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    body = doc.add_paragraph()._p
    body.append(
        etree.fromstring(
            f'<w:ins xmlns:w="{W[1:-1]}" w:id="9" w:author="王五" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:t>新增内容</w:t></w:r></w:ins>"
        )
    )
    body.append(
        etree.fromstring(
            f'<w:del xmlns:w="{W[1:-1]}" w:id="10" w:author="王五" w:date="2024-01-01T00:00:00Z">'
            "<w:r><w:delText>删除内容</w:delText></w:r></w:del>"
        )
    )
    doc.core_properties.author = "张三"
    doc.core_properties.last_modified_by = "张三"
    doc.save(source)
    with zipfile.ZipFile(source) as zin:
        entries = {i.filename: zin.read(i) for i in zin.infolist()}
    entries["docProps/thumbnail.jpeg"] = token_jpeg("缩略图")
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zout:
        for entry, data in entries.items():
            zout.writestr(entry, data)

    document, record = review(tmp_path, source, None)

    assert document["error"] is None and record["findings"] == []
    copy = Path(document["redacted"])
    parts = assert_consistent_package(copy)
    assert "docProps/thumbnail.jpeg" not in parts
    for text in ("张三", "李四", "王五", "请核实", "隐藏的批注文字", "删除内容"):
        assert docx_hits(copy, text) == [], text
    body_text = "".join(p.text for p in docx.Document(str(copy)).paragraphs)
    assert VISIBLE_TEXT in body_text and "新增内容" in body_text and "白色文字" in body_text
    with zipfile.ZipFile(io.BytesIO(copy.read_bytes())) as archive:
        assert json.loads(archive.read("baomi/review-record.json"))["findings"] == []


@pytest.mark.parametrize(("index", "name"), list(enumerate(DOCX_BUILDERS)), ids=list(DOCX_BUILDERS))
def test_verifier_sees_every_vector(tmp_path: Path, index: int, name: str) -> None:
    """The verify stage's own reader (local ZIP headers and the standard-library XML parser)
    finds each planted token in the unredacted fixture: a copy that kept it fails closed."""
    token = token_for(index)
    source = tmp_path / f"{name}.docx"
    DOCX_BUILDERS[name](source, token)
    layers = extract(source)
    assert any(find_values(text, {"t": fold(token)}, set()) for _, text in layers)


def test_bookmarks_renamed_with_their_references(tmp_path: Path) -> None:
    """A bookmark named by a person is renamed (its name may be a value), and the fields and
    links that point to it follow; Word's own bookmarks keep their names."""
    source = tmp_path / "refs.docx"
    doc = docx.Document()
    doc.add_paragraph(VISIBLE_TEXT)
    w = W[1:-1]
    paragraph = doc.add_paragraph()._p
    for xml in (
        f'<w:bookmarkStart xmlns:w="{w}" w:id="1" w:name="张三住址"/>',
        f'<w:r xmlns:w="{w}"><w:t>见下文</w:t></w:r>',
        f'<w:bookmarkEnd xmlns:w="{w}" w:id="1"/>',
        f'<w:bookmarkStart xmlns:w="{w}" w:id="2" w:name="_Toc123456"/>',
        f'<w:bookmarkEnd xmlns:w="{w}" w:id="2"/>',
        f'<w:hyperlink xmlns:w="{w}" w:anchor="张三住址"><w:r><w:t>跳转</w:t></w:r></w:hyperlink>',
        f'<w:r xmlns:w="{w}"><w:instrText xml:space="preserve"> REF 张三住址 \\h </w:instrText></w:r>',
    ):
        paragraph.append(etree.fromstring(xml))
    doc.save(source)

    document, _record = review(tmp_path, source, None)

    copy = Path(document["redacted"])
    assert docx_hits(copy, "张三住址") == []
    with zipfile.ZipFile(copy) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    names = [b.get(W + "name") for b in root.iter(W + "bookmarkStart")]
    assert names[1] == "_Toc123456" and names[0].startswith("_baomi")
    assert [h.get(W + "anchor") for h in root.iter(W + "hyperlink")] == [names[0]]
    assert names[0] in "".join(t.text for t in root.iter(W + "instrText"))


def test_text_hidden_by_a_style_is_dropped(tmp_path: Path) -> None:
    """``w:vanish`` inherited from a character style (through ``basedOn``) hides text too."""
    from docx.enum.style import WD_STYLE_TYPE

    source = tmp_path / "styled.docx"
    doc = docx.Document()
    doc.add_paragraph(VISIBLE_TEXT)
    base = doc.styles.add_style("隐藏基础", WD_STYLE_TYPE.CHARACTER)
    base.font.hidden = True
    child = doc.styles.add_style("隐藏派生", WD_STYLE_TYPE.CHARACTER)
    child.base_style = base
    doc.add_paragraph().add_run("样式隐藏的文字", style=child)
    doc.save(source)

    document, _record = review(tmp_path, source, None)

    copy = Path(document["redacted"])
    assert docx_hits(copy, "样式隐藏的文字") == []
    assert_sound_copy(copy)
