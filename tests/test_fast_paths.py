"""The fast paths of the pipeline give what the straightforward code they replaced gave.

Each test states the plain version (a value at a time, a span against every other span, a
regular expression per value) and checks the fast one against it on generated input, so a
long document is processed in about linear time without changing a result.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote, unquote

from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import RecognizerResult

import pipeline.leakscan as leakscan
from pipeline.analysis import normalize_same_length
from pipeline.leakscan import FoldedSpans, Masker, ValueFinder, find_values, fold, fold_spans
from pipeline.model import Boxes, Document, Finding, Locator, Outputs, Review
from stages import decide
from stages.detect import _resolve_pairwise, resolve_overlaps

ATOMS = [*"ab张三丰 \n\u3000１2.*()[]\\?+", "\u200b", "\u00ad", "\ufb01", "fi", "⑴", "\u2f00"]


def texts(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(ATOMS), min_size=min_size, max_size=max_size).map("".join)


# --- the multi-value search ----------------------------------------------------------------


def _positions(text: str, values: list[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for value in set(values):
        start = text.find(value) if value else -1
        while start >= 0:
            found.setdefault(value, []).append(start)
            start = text.find(value, start + 1)
    return found


@settings(max_examples=400, deadline=None)
@given(texts(max_size=30), st.lists(texts(min_size=1, max_size=4), max_size=8))
def test_value_finder_finds_every_occurrence(text: str, values: list[str]) -> None:
    assert ValueFinder(values).positions(text) == _positions(text, values)


@settings(max_examples=200, deadline=None)
@given(texts(max_size=30), st.lists(texts(min_size=1, max_size=4), max_size=8))
def test_value_finder_long_values(text: str, values: list[str]) -> None:
    limit = leakscan._TRIE_MAX
    leakscan._TRIE_MAX = 2  # every longer value goes the str.find way
    try:
        assert ValueFinder(values).positions(text) == _positions(text, values)
    finally:
        leakscan._TRIE_MAX = limit


def test_value_finder_many_values() -> None:
    values = [f"{n:018d}" for n in range(0, 10**6, 97)] + ["张三", "张三丰", "三丰"]
    text = "编号000000000000000097、张三丰和000000000000000194"
    found = ValueFinder(values).positions(text)
    assert found == _positions(text, values)
    assert set(found) == {"000000000000000097", "000000000000000194", "张三", "张三丰", "三丰"}


@settings(max_examples=300, deadline=None)
@given(texts(max_size=30), st.lists(texts(min_size=1, max_size=4), max_size=5), st.booleans())
def test_find_values_is_a_search_per_value(text: str, values: list[str], ignore: bool) -> None:
    folded_values = {f"k{i}": fold(v) for i, v in enumerate(values)}
    placeholders = {"［已删除］", "张"} if ignore else set()
    haystack = fold(text)
    # A placeholder that holds a whole value is no placeholder (a public-notice mask that
    # shows a redacted value): it stays in the text, and the value is found.
    kept = {fold(p) for p in placeholders}
    kept = {p for p in kept if not any(v and v in p for v in folded_values.values())}
    for placeholder in sorted(kept, key=len, reverse=True):
        haystack = haystack.replace(placeholder, "\u0000")
    expected = {k for k, v in folded_values.items() if v and v in haystack}
    assert find_values(text, folded_values, placeholders) == expected


# --- folding spans and masking -------------------------------------------------------------


def _fold_chars(text: str) -> tuple[str, list[int]]:
    out, origin = [], []
    for index, char in enumerate(text):
        folded = leakscan._invisible().sub("", unicodedata.normalize("NFKC", char))
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def _fold_spans(text: str, value: str) -> list[tuple[int, int]]:
    folded, origin = _fold_chars(text)
    spans, position = [], folded.find(value)
    while position >= 0:
        spans.append((origin[position], origin[position + len(value) - 1] + 1))
        position = folded.find(value, position + len(value))
    return spans


@settings(max_examples=400, deadline=None)
@given(texts(max_size=25), st.lists(texts(min_size=1, max_size=4), max_size=6))
def test_folded_spans_are_fold_spans_per_value(text: str, values: list[str]) -> None:
    values = [v for v in (fold(v) for v in values) if v]
    assert leakscan._fold_chars(text)[0] == _fold_chars(text)[0]
    assert list(leakscan._fold_chars(text)[1]) == _fold_chars(text)[1]
    expected = sorted(span for v in dict.fromkeys(values) for span in _fold_spans(text, v))
    assert sorted(FoldedSpans(values).spans(text)) == expected
    for value in values:
        assert fold_spans(text, value) == _fold_spans(text, value)


def _mask(text: str, secrets: list[tuple[str, str]]) -> str:
    if not text or not secrets:
        return text
    if "%" in text:
        decoded = unquote(text)
        if decoded != text:
            masked = _mask(decoded, secrets)
            return text if masked == decoded else quote(masked, safe=leakscan.URL_SAFE)
    whole = fold(text)
    values = [(fold(s), p) for s, p in secrets]
    values = [(v, p) for v, p in values if len(v) >= 2 and v in whole]
    folded, origin = _fold_chars(text)
    spans: list[tuple[int, int, str]] = []
    for value, placeholder in values:
        position = folded.find(value)
        while position >= 0:
            start, end = origin[position], origin[position + len(value) - 1] + 1
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, placeholder))
            position = folded.find(value, position + len(value))
    for start, end, placeholder in sorted(spans, reverse=True):
        text = text[:start] + placeholder + text[end:]
    return text


URL_ATOMS = ["张", "三", "a", " ", "\u200b", "%E5%BC%A0", "%25", "%", "１", "\u0301", "\uffff"]


def url_texts(min_size: int = 0, max_size: int = 8) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(URL_ATOMS), min_size=min_size, max_size=max_size).map("".join)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(url_texts(), max_size=4),
    st.lists(st.tuples(url_texts(1, 4), st.sampled_from(["［X］", "", "Y"])), max_size=4),
)
def test_masker_is_mask(strings: list[str], secrets: list[tuple[str, str]]) -> None:
    secrets = sorted(secrets, key=lambda pair: -len(pair[0]))
    masker = Masker(secrets)
    for text in strings:
        assert masker(text) == _mask(text, secrets)
    if not masker.touches(strings):
        assert all(masker(text) == text for text in strings)


@settings(max_examples=300, deadline=None)
@given(url_texts(max_size=10), url_texts(max_size=10))
def test_folding_stops_at_the_separator(a: str, b: str) -> None:
    assert fold(a + "\uffff" + b) == fold(a) + "\uffff" + fold(b)


def test_invisible_ranges_table_matches_the_unicode_database() -> None:
    known = leakscan._KNOWN_RANGES.get(unicodedata.unidata_version)
    if known is None:  # another Python: computed at run time, nothing to compare
        return
    assert known == leakscan._invisible_ranges()


# --- overlaps and propagation --------------------------------------------------------------

ENTITIES = ["DOC_NUMBER", "KEYWORD", "CN_MOBILE", "PERSON", "CN_RESIDENT_ID", "OTHER"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ENTITIES),
            st.integers(0, 30),
            st.integers(1, 8),
            st.sampled_from([0.3, 0.6, 1.0]),
            st.booleans(),
        ),
        max_size=14,
    )
)
def test_resolve_overlaps_is_pairwise(specs: list[tuple[str, int, int, float, bool]]) -> None:
    def results() -> list[RecognizerResult]:
        return [
            RecognizerResult(e, s, s + n, sc, recognition_metadata={"validated": v})
            for e, s, n, sc, v in specs
        ]

    def key(found: list[RecognizerResult]) -> list[tuple]:
        return [(r.entity_type, r.start, r.end, r.score) for r in found]

    assert key(resolve_overlaps(results())) == key(_resolve_pairwise(results()))


def _propagate(review: Review) -> None:
    """The old propagation: a regular expression per value, every span compared."""
    text = normalize_same_length(review.document.text)
    redacted = review.redacted()
    spans = [(f.start, f.end) for f in redacted]
    seen: set[str] = set()
    added: list[Finding] = []
    for finding in redacted:
        value = "".join(normalize_same_length(finding.text).split())
        if len(value) < 2 or value in seen:
            continue
        seen.add(value)
        for match in re.finditer(r"\s*".join(re.escape(c) for c in value), text):
            start, end = match.span()
            if any(start < e and end > s for s, e in spans):
                continue
            spans.append((start, end))
            added.append(
                Finding(
                    id=f"{finding.id}-{len(added) + 1}",
                    entity_type=finding.entity_type,
                    start=start,
                    end=end,
                    text=review.document.text[start:end],
                    score=finding.score,
                    recognizer="propagation",
                    action="redact",
                    metadata={"propagated_from": finding.id},
                )
            )
    review.findings.extend(added)
    review.findings.sort(key=lambda f: (f.start, f.end))


def _review(text: str, spans: list[tuple[int, int, str]]) -> Review:
    document = Document(path=Path("x.txt"), name="x.txt", format="txt", data=b"", sha256="")
    document.text = text
    review = Review(document=document, outputs=Outputs(Path("."), Path("r"), Path("c")))
    for i, (start, length, action) in enumerate(spans):
        start, end = min(start, len(text)), min(len(text), start + length)
        if start < end:
            review.findings.append(
                Finding(f"F{i}", "X", start, end, text[start:end], 1.0, "r", action=action)
            )
    return review


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(list("ab张三 \n\u3000ＡA１1.*")), max_size=40).map("".join),
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(1, 6), st.sampled_from(["redact", "keep"])),
        max_size=6,
    ),
)
def test_propagation_is_a_regex_per_value(text: str, spans: list[tuple[int, int, str]]) -> None:
    old, new = _review(text, spans), _review(text, spans)
    _propagate(old)
    decide._propagate(new)

    def key(review: Review) -> list[tuple]:
        return [(f.id, f.start, f.end, f.text, f.metadata) for f in review.findings]

    assert key(new) == key(old)


# --- the document model --------------------------------------------------------------------


def test_document_text_is_built_from_pieces() -> None:
    document = Document(path=Path("x.txt"), name="x.txt", format="txt", data=b"", sha256="")
    document.add_segment("第一行", Locator(line=1))
    document.add_separator("\n")
    assert document.text == "第一行\n"
    document.add_segment("13812345678", Locator(line=2))
    document.add_segment("", Locator(line=3))
    assert document.text == "第一行\n13812345678"
    [(segment, lo, hi)] = document.segments_in(5, 9)
    assert segment.locator.line == 2 and (lo, hi) == (5, 9)
    document.text = "替换"
    document.add_separator("。")
    assert document.text == "替换。"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(*[st.floats(-1e4, 1e4, allow_nan=False)] * 4), max_size=6))
def test_boxes_keep_every_number(boxes: list[tuple[float, float, float, float]]) -> None:
    packed = Boxes(boxes)
    assert list(packed) == boxes and len(packed) == len(boxes)
    assert packed[1:3] == boxes[1:3] and packed == boxes
    if boxes:
        assert packed[-1] == boxes[-1] and packed[0] == boxes[0]


# --- PDF: the rectangle union and the parts of payloads that hold no strings -----------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(*[st.floats(-1000, 1000, width=32, allow_nan=False)] * 4), min_size=1, max_size=6
    )
)
def test_union_is_pymupdfs(boxes: list[tuple[float, float, float, float]]) -> None:
    from pipeline.pdflib import pymupdf
    from stages.redact.pdf import _union

    slow = pymupdf.Rect(boxes[0])
    for box in boxes[1:]:
        slow |= pymupdf.Rect(box)
    assert tuple(_union(boxes, True)) == tuple(slow)


def _sfnt(tables: dict[bytes, bytes]) -> bytes:
    head = struct.pack(">4sHHHH", b"\x00\x01\x00\x00", len(tables), 0, 0, 0)
    offset = 12 + 16 * len(tables)
    directory, body = b"", b""
    for tag, data in tables.items():
        directory += struct.pack(">4sIII", tag, 0, offset + len(body), len(data))
        body += data
    return head + directory + body


def test_font_program_outlines_are_left_out_names_are_read() -> None:
    from stages.verify.pdf import _decodings, _pieces

    secret = "王建军".encode("utf-16-be")
    font = _sfnt({b"glyf": b"\x13\x57" * 5000, b"name": b"\x00\x03" + secret, b"zzzz": b"x" + secret})
    pieces = _pieces(font)
    assert sum(map(len, pieces)) < 200
    text = "".join(t for piece in pieces for t in _decodings(piece))
    assert text.count("王建军") >= 2  # the name table and the unknown table

    overlapping = bytearray(_sfnt({b"glyf": b"\x00" * 64, b"name": secret}))
    struct.pack_into(">I", overlapping, 12 + 16 + 8, 12 + 32)  # name inside glyf
    assert _pieces(bytes(overlapping)) == [bytes(overlapping)]
    assert _pieces(font[:40]) == [font[:40]]  # a table past the end: read whole


def test_jpeg_entropy_data_is_left_out_segments_are_read() -> None:
    from stages.verify.pdf import _decodings, _pieces
    from tests.fixtures.leaky_pdf import token_jpeg

    jpeg = token_jpeg("张三丰") + "\n张三丰".encode()  # a comment, and bytes after the end
    pieces = _pieces(jpeg)
    assert sum(map(len, pieces)) < len(jpeg) / 2
    text = "".join(t for piece in pieces for t in _decodings(piece))
    assert text.count("张三丰") >= 2
    assert _pieces(b"\xff\xd8\xff\xe0\x00") == [b"\xff\xd8\xff\xe0\x00"]  # truncated: whole


def test_each_payload_is_decoded_once() -> None:
    from stages.verify.pdf import _Decoder

    decode = _Decoder()
    assert list(decode(b"abc" * 100)) and not list(decode(b"abc" * 100))
    assert list(decode.payload(b"short")) and not list(decode(b"short"))


def test_pymupdf_is_loaded_without_its_layout_model() -> None:
    code = (
        "import sys; from pipeline.pdflib import pymupdf; pymupdf.open();"
        "print(sorted(m for m in ('onnxruntime', 'numpy', 'pymupdf.layout', 'pymupdf4llm')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
