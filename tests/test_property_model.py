"""Property tests of the text model (``pipeline.model.Document``): whatever segments and
separators ingest appends, and whenever the flat text is read in between, every segment maps
back to exactly the source characters it came from, and ``segments_in`` returns exactly the
segments covering a range, clipped to it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import Document, Locator

# Source text: CJK, ASCII, full-width forms, digits, control characters, astral characters.
CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from("\n\r\t\x00\x0b\x0c\x1f\x7f\u3000\u200b\ufeff\U0001f600\U00020000"),
)
SOURCE = st.text(CHARS, max_size=20)


@st.composite
def operations(draw: st.DrawFn) -> list[tuple]:
    """("segment", source node, offset, length) | ("separator", text) | ("read",)."""
    ops = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["segment", "segment", "separator", "read"]))
        if kind == "segment":
            source = draw(SOURCE)
            offset = draw(st.integers(0, len(source)))
            length = draw(st.integers(0, len(source) - offset))
            ops.append(("segment", source, offset, length))
        elif kind == "separator":
            ops.append(("separator", draw(st.text(CHARS, max_size=3))))
        else:
            ops.append(("read",))
    return ops


def _build(ops: list[tuple]) -> tuple[Document, str, dict[int, tuple[str, int, int]]]:
    """The document, the expected flat text, and node → (source, offset, length)."""
    document = Document(path=Path("x.txt"), name="x.txt", format="txt", data=b"", sha256="")
    expected = []
    nodes = {}
    for number, op in enumerate(ops):
        if op[0] == "segment":
            _, source, offset, length = op
            document.add_segment(source[offset : offset + length], Locator(node=number), offset)
            expected.append(source[offset : offset + length])
            nodes[number] = (source, offset, length)
        elif op[0] == "separator":
            document.add_separator(op[1])
            expected.append(op[1])
        else:
            assert document.text == "".join(expected)  # read between appends
    return document, "".join(expected), nodes


@settings(max_examples=300, deadline=None)
@given(operations())
def test_segments_map_back_to_their_source(ops: list[tuple]) -> None:
    document, expected, nodes = _build(ops)
    text = document.text
    assert text == expected
    previous_end = 0
    for segment in document.segments:
        source, offset, length = nodes[segment.locator.node]
        assert segment.end - segment.start == length > 0  # empty pieces make no segment
        assert segment.start >= previous_end  # ordered, never overlapping
        previous_end = segment.end
        assert segment.offset == offset
        # Character i of the segment is character offset + i of its source node.
        for position in range(segment.start, segment.end):
            assert text[position] == source[segment.offset + position - segment.start]
    # Every segment that ingest was given a non-empty piece for is there.
    assert len(document.segments) == sum(1 for _, _, n in nodes.values() if n)


@settings(max_examples=300, deadline=None)
@given(operations(), st.data())
def test_segments_in_covers_exactly_the_range(ops: list[tuple], data: st.DataObject) -> None:
    document, expected, _ = _build(ops)
    size = len(expected)
    start = data.draw(st.integers(0, size + 2))
    end = data.draw(st.integers(start, size + 4))
    pieces = document.segments_in(start, end)
    wanted = [
        (s, max(s.start, start), min(s.end, end))
        for s in document.segments
        if max(s.start, start) < min(s.end, end)
    ]
    assert pieces == wanted
    for segment, lo, hi in pieces:
        assert segment.start <= lo < hi <= segment.end
        assert start <= lo and hi <= end
    # The covered characters are the range minus what only separators hold.
    covered = "".join(document.text[lo:hi] for _, lo, hi in pieces)
    in_segments = {p for s in document.segments for p in range(s.start, s.end)}
    assert covered == "".join(
        ch for p, ch in enumerate(expected) if start <= p < end and p in in_segments
    )


@settings(max_examples=100, deadline=None)
@given(operations(), st.text(CHARS, max_size=30))
def test_setting_the_text_replaces_it(ops: list[tuple], replacement: str) -> None:
    document, _, _ = _build(ops)
    document.text = replacement
    assert document.text == replacement
    document.add_separator("尾")
    assert document.text == replacement + "尾"
