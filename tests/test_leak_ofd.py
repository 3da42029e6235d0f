"""Every OFD hiding place, end to end: each fixture plants a unique token, `baomi review` runs
with a keyword list naming it, and the publishable copy must hold no trace of it in any layer of
the independent checker (every local ZIP entry, XML text and attributes, each TextObject's and
each part's characters joined) nor in ofdkit's page text and DocInfo; keep the harmless text;
have no glyph left under a redaction box; and be rebuilt from referenced parts only. Each
planted token is first shown to be visible to two independent readers."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pipeline.leakscan import find_values, fold
from pipeline.ofdxml import code_positions, object_matrix
from stages.verify.ofd import extract
from tests.conftest import review_json
from tests.fixtures.leak_scan import normalize
from tests.fixtures.leak_scan_formats import ofd_hits
from tests.fixtures.leaky_ofd import OFD_BUILDERS, VISIBLE_TEXT
from tests.fixtures.tokens import token_for

# A duplicate entry, and a page whose image is not read: the leak check says "skipped".
UNREVIEWABLE = {"duplicate_entry", "image_metadata"}
# Places redact removes with their part (no box is drawn): everything not on a page.
ON_PAGE = {
    "page_text", "split_objects", "split_codes", "explicit_deltas", "vertical_text", "page_block",
    "template", "composite", "transparent_text", "off_page", "cg_transform", "compat_variant",
    "namespace_variant", "clip_text", "watermark_appearance", "second_document", "no_deltas",
}  # fmt: skip


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


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parts(copy: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
        assert len(names) == len(set(names)), "duplicate entry names"
        return {
            n: etree.fromstring(archive.read(n))
            for n in names
            if n.endswith(".xml")
        }


def glyphs_and_boxes(trees: dict[str, etree._Element]) -> tuple[list[tuple[float, float]], list[tuple[float, float, float, float]]]:
    """Every glyph's position in its parent's space and every redaction box (same spaces on a
    page: both sit side by side in one layer)."""
    glyphs, boxes = [], []
    for root in trees.values():
        for element in root.iter():
            if _local(element.tag) == "TextObject":
                codes = [c for c in element if _local(c.tag) == "TextCode"]
                m = object_matrix(element)
                for places in code_positions(codes, float(element.get("Size", "3.5"))):
                    for x, y in places:
                        glyphs.append((m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]))
            if _local(element.tag) == "PathObject" and element.get("Name") == "baomi-redaction":
                x, y, w, h = (float(v) for v in element.get("Boundary").split())
                boxes.append((x, y, x + w, y + h))
    return glyphs, boxes


def assert_sound_copy(copy: Path, name: str) -> dict[str, etree._Element]:
    trees = parts(copy)
    assert "OFD.xml" in trees
    page_text = "".join(
        e.text or "" for t in trees.values() for e in t.iter() if _local(e.tag) == "TextCode"
    )
    assert VISIBLE_TEXT in normalize(page_text)
    drawn = 0
    for part_name, root in trees.items():
        glyphs, boxes = glyphs_and_boxes({part_name: root})
        drawn += len(boxes)
        for x0, y0, x1, y1 in boxes:
            inside = [g for g in glyphs if x0 + 0.01 < g[0] < x1 - 0.01 and y0 < g[1] < y1]
            assert not inside, f"glyphs under a redaction box: {inside}"
    if name in ON_PAGE:
        assert drawn, "no redaction box drawn"
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
    assert not [n for n in names if "/Signs/" in n or "/Attachs/" in n or "/Tags/" in n or "Versions" in n]
    return trees


@pytest.mark.parametrize(("index", "name"), list(enumerate(OFD_BUILDERS)), ids=list(OFD_BUILDERS))
def test_ofd_copy_keeps_no_trace(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.ofd"
    OFD_BUILDERS[name](source, token)

    document, record = review(tmp_path, source, token)

    assert document["error"] is None, document["error"]
    copy = Path(document["redacted"])
    assert ofd_hits(copy, token) == []
    assert_sound_copy(copy, name)
    expected = "skipped" if name in UNREVIEWABLE else "passed"
    assert record["output"]["leak_check"] == expected
    assert record["document"]["format"] == "ofd"


@pytest.mark.parametrize(("index", "name"), list(enumerate(OFD_BUILDERS)), ids=list(OFD_BUILDERS))
def test_two_readers_see_every_vector(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.ofd"
    OFD_BUILDERS[name](source, token)
    assert ofd_hits(source, token), "the checker does not see the planted token"
    assert any(find_values(text, {"t": fold(token)}, set()) for _, text in extract(source))


def test_signature_removed_and_said_so(tmp_path: Path) -> None:
    """The copy changes what the seal protects: the seal goes, the record says so, and the
    attached record says so too."""
    source = tmp_path / "signed.ofd"
    OFD_BUILDERS["signature"](source, "签章人")
    document, record = review(tmp_path, source, None)
    copy = Path(document["redacted"])
    notes = {n["code"]: n for n in record["output"]["notes"]}
    assert notes["note_signatures_removed"]["count"] == 1
    assert "签章已失效" in notes["note_signatures_removed"]["text"]
    trees = parts(copy)
    assert not [e for e in trees["OFD.xml"].iter() if _local(e.tag) == "Signatures"]
    with zipfile.ZipFile(copy) as archive:
        attached = [n for n in archive.namelist() if n.endswith("review-record.json")]
        assert attached == ["Doc_0/baomi/review-record.json"]
        inner = json.loads(archive.read(attached[0]))
    assert inner["output"]["notes"] == record["output"]["notes"]
    listing = trees["Doc_0/baomi/Attachments.xml"]
    assert [e.get("Name") for e in listing.iter() if _local(e.tag) == "Attachment"] == ["review-record"]


def test_characters_around_a_cut_keep_their_places(tmp_path: Path) -> None:
    """申请人<token>来电: the characters before and after stay where they were drawn; the box
    covers exactly the removed ones."""
    token = token_for(1)  # no character in common with 申请人来电
    source = tmp_path / "place.ofd"
    OFD_BUILDERS["page_text"](source, token)
    before = parts(source)
    document, _record = review(tmp_path, source, token)
    after = parts(Path(document["redacted"]))

    def positions(trees: dict[str, etree._Element]) -> dict[str, list[tuple[float, float]]]:
        found: dict[str, list[tuple[float, float]]] = {}
        for root in trees.values():
            for element in root.iter():
                if _local(element.tag) == "TextObject" and element.get("ID") == "11":
                    codes = [c for c in element if _local(c.tag) == "TextCode"]
                    for code, places in zip(codes, code_positions(codes), strict=True):
                        for char, place in zip(code.text, places, strict=True):
                            found.setdefault(char, []).append((round(place[0], 3), round(place[1], 3)))
        return found

    old, new = positions(before), positions(after)
    assert "".join(new) == "申请人来电"
    for char in "申请人来电":
        assert new[char] == old[char]
    _glyphs, boxes = glyphs_and_boxes(after)
    [(x0, _y0, x1, _y1)] = boxes
    assert abs((x1 - x0) - 4.2 * len(token)) < 0.01


def test_no_deltas_keep_the_following_characters_in_place(tmp_path: Path) -> None:
    """A TextCode without DeltaX (the viewer advances by the font): after the cut the rest of
    the line is written with explicit offsets, where it was drawn before."""
    source = tmp_path / "nodelta.ofd"
    OFD_BUILDERS["no_deltas"](source, token_for(1))
    document, _record = review(tmp_path, source, token_for(1))
    trees = parts(Path(document["redacted"]))
    [code] = [
        e for t in trees.values() for e in t.iter()
        if _local(e.tag) == "TextCode" and "来电" in (e.text or "")
    ]  # fmt: skip
    assert code.text == "申请人来电" and code.get("DeltaX") is not None
    [places] = code_positions([code], 4.2)
    assert [round(x, 3) for x, _ in places] == [0, 4.2, 8.4, round(4.2 * 7, 3), round(4.2 * 8, 3)]


def test_no_finding_still_sanitized(tmp_path: Path) -> None:
    source = tmp_path / "plain.ofd"
    OFD_BUILDERS["docinfo_author"](source, "起草人张三")
    document, record = review(tmp_path, source, None)
    copy = Path(document["redacted"])
    assert ofd_hits(copy, "起草人张三") == []
    assert record["output"]["leak_check"] == "passed"
