"""The shared data model: what every stage of the review pipeline reads and writes.

A document is turned by *ingest* into one flat string (``Document.text``) plus a list of
``Segment``s, each tying a contiguous range of that string to the place in the source it came
from (a TXT line, a DOCX text node, a run of PDF characters with their boxes). *Detect* adds
``Finding``s, which are spans of the flat text; *decide* fills in their category, action and
legal basis; *redact* maps each redacted span back to the source through the segments; *verify*
and *record* report on the result. Stages communicate only through a ``Review``.

Tables are recorded by ingest as they are read from the structure of the source (a DOCX
``w:tbl``) or from its layout (tab- or space-aligned TXT lines, PDF ruling lines and column
alignment): a ``Table`` of ``TableCell``s, each cell a span of the flat text with its row,
column and spans, and the number of header rows. Detection reads them through
``pipeline.tables``.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

Format = Literal["txt", "docx", "pdf", "xlsx", "csv", "ofd", "html"]
Action = Literal["redact", "review", "keep"]
Status = Literal["proposed", "pending_confirmation", "confirmed", "rejected"]
LeakCheck = Literal["passed", "failed", "skipped"]

CATEGORIES = (
    "state_secret",
    "work_secret",
    "trade_secret",
    "personal_privacy",
    "security_stability",
    "internal_affairs",
    "process_info",
    "law_enforcement",
    "none",
)
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开", "须报审")

Box = tuple[float, float, float, float]
# What kind of part of a document the leak check cannot verify (``Unverifiable.kind``):
# a page that is only an image, an image on a page with text, text in a font without a
# text mapping, an embedded object, a page read incompletely, a region OCR read with too
# little confidence.
UNVERIFIABLE_KINDS = ("scanned_page", "image", "font", "object", "damaged", "ocr_uncertain")


class Boxes(Sequence[Box]):
    """The character boxes of a segment, packed four numbers a box (as 32-bit floats when that
    is exact, which it is for MuPDF's boxes; 64-bit otherwise). A tuple of tuples of floats took
    about 170 bytes a character, the largest part of the memory a long PDF needed."""

    __slots__ = ("_data",)

    def __init__(self, boxes: Iterable[Sequence[float]] = ()) -> None:
        flat = [float(v) for box in boxes for v in _four(box)]
        data = array("f", flat)
        self._data = data if data.tolist() == flat else array("d", flat)

    def __len__(self) -> int:
        return len(self._data) // 4

    @property
    def single_precision(self) -> bool:
        """Every number is a 32-bit float (as MuPDF computes)."""
        return self._data.typecode == "f"

    @overload
    def __getitem__(self, index: int) -> Box: ...

    @overload
    def __getitem__(self, index: slice) -> list[Box]: ...

    def __getitem__(self, index: int | slice) -> Box | list[Box]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            values = self._data[4 * start : 4 * max(start, stop)].tolist()
            return [tuple(values[i : i + 4]) for i in range(0, len(values), 4)]  # type: ignore[misc]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("box index out of range")
        return tuple(self._data[4 * index : 4 * index + 4].tolist())  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Box]:
        return iter(self[:])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Boxes):
            return self._data.tolist() == other._data.tolist()
        if isinstance(other, (tuple, list)):
            return list(self) == [tuple(box) for box in other]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._data.tolist()))

    def __repr__(self) -> str:
        return f"Boxes(<{len(self)} boxes>)"


def _four(box: Sequence[float]) -> Sequence[float]:
    if len(box) != 4:
        raise ValueError("a box has four numbers")
    return box


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a segment of flat text lives in the source file.

    Only the fields of the document's format are set: ``line`` for TXT; ``part``,
    ``paragraph``, ``run`` and ``node`` (index of the text node in the part, in document
    order; a node may also stand for an attribute value or a link target) for DOCX; ``page``
    and one ``boxes`` entry per character for PDF (``part="structure"`` and no boxes for text
    read from the structure tree, which the copy drops). XLSX: ``part`` (the sheet's part),
    ``node`` and ``cell`` (its A1 reference); CSV: ``line`` and ``cell``; OFD: ``part``,
    ``node`` and ``page``; HTML: ``line`` and ``node``.
    """

    line: int | None = None
    part: str | None = None
    paragraph: int | None = None
    run: int | None = None
    node: int | None = None
    page: int | None = None
    boxes: Sequence[Box] = ()
    image: str | None = None
    cell: str | None = None
    # DOCX: where the paragraph is, counted as Word counts ((name, number) pairs: section and
    # paragraph, or table, row and column; see ``stages.ingest.docx_places``).
    place: tuple[tuple[str, int], ...] = ()

    def describe(self) -> dict[str, Any]:
        """The JSON form used in a finding's ``location`` (no character boxes)."""
        keys = ("line", "part", "paragraph", "run", "page", "image", "cell")
        found: dict[str, Any] = {k: getattr(self, k) for k in keys if getattr(self, k) is not None}
        if self.place:
            found["word"] = dict(self.place)
        return found


@dataclass(frozen=True, slots=True)
class Segment:
    """``Document.text[start:end]`` came from ``locator`` (character ``i`` of the range is
    character ``offset + i - start`` of the source node)."""

    start: int
    end: int
    locator: Locator
    offset: int = 0


@dataclass(frozen=True, slots=True)
class TableCell:
    """One cell of a table: ``Document.text[start:end]`` is its text (``start == end`` for an
    empty cell). ``row`` and ``column`` are grid positions counted from 0; a merged cell
    covers ``row_span`` rows and ``column_span`` grid columns from there."""

    row: int
    column: int
    start: int
    end: int
    row_span: int = 1
    column_span: int = 1


@dataclass(slots=True)
class Table:
    """A table as ingest read it: its cells in reading order (row by row), the size of its
    grid and how many of its first rows are header rows (0: none recognised). ``source``
    says how it was recognised (``docx``: the ``w:tbl`` structure; ``tabs``, ``spaces``: TXT
    layout; ``ruled``, ``aligned``: PDF ruling lines or column alignment); ``depth`` is 0 for
    a table in running text and 1 or more for a table inside a cell of another."""

    cells: list[TableCell]
    rows: int
    columns: int
    header_rows: int = 0
    source: str = ""
    depth: int = 0

    @property
    def start(self) -> int:
        return min((c.start for c in self.cells), default=0)

    @property
    def end(self) -> int:
        return max((c.end for c in self.cells), default=0)


@dataclass(frozen=True, slots=True)
class Unverifiable:
    """A part of the document the leak check cannot verify: what it is (``kind``, one of
    ``UNVERIFIABLE_KINDS``), where it is (PDF ``page`` and ``box`` in page points, as text
    extraction gives them; a DOCX ``part`` such as ``word/media/image1.png``, whose ``box``
    if any is in pixels) and where it is anchored in the flat text (``offset``). ``note``
    is a developer's note in English (no value, no name from the file).

    Detect makes each one a finding of its own (``UNVERIFIABLE_CONTENT``) that blocks
    publication until a reviewer decides on it."""

    kind: str
    note: str
    page: int | None = None
    box: Box | None = None
    part: str | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Area:
    """An area to redact as a whole (not a span of text): a box of a PDF page (page points,
    as text extraction gives them; no box: the whole page), or of an image part of a DOCX
    (``part``; the box in pixels, or none for the whole image). Redact removes everything
    under it, glyphs and image pixels, and verify checks that nothing is left."""

    page: int | None = None
    box: Box | None = None
    part: str | None = None

    @classmethod
    def of(cls, value: dict[str, Any]) -> Area:
        box = value.get("box")
        return cls(value.get("page"), tuple(box) if box else None, value.get("part"))  # type: ignore[arg-type]


@dataclass(slots=True)
class DocumentMeta:
    """Facts read from the document's GB/T 9704 layout (header zone, signature, 版记)."""

    title: str | None = None
    doc_number: str | None = None
    # 索引号 of a disclosure platform, when the document carries one.
    index_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    issued_on: str | None = None


@dataclass(slots=True)
class Scan:
    """An image that ingest read with OCR, and how its pixels lie on the page.

    ``kind`` is ``page`` (a PDF page rendered at ``dpi``: a scan, or any page under
    ``--ocr force``), ``image`` (image object ``xref`` on a PDF page) or ``part`` (a DOCX
    media part). ``rect`` is where the image is drawn on its page in PDF points (a ``page``
    scan: the visible page), so pixel (x, y) is at ``rect.x0 + x * (rect.width / width)``.
    ``uncertain`` holds the flat-text spans read with too little confidence, each with its
    confidence: they become ``review`` findings."""

    key: str
    kind: Literal["page", "image", "part"]
    width: int
    height: int
    page: int | None = None
    dpi: float | None = None
    xref: int | None = None
    part: str | None = None
    rect: Box | None = None
    rotation: int = 0
    uncertain: list[tuple[int, int, float]] = field(default_factory=list)
    # Every line as ingest read it: (box in pixels, text, fingerprint of its pixels; see
    # ``pipeline.ocr.fingerprint``). Verify re-reads a line of the copy whose pixels are not
    # these, and trusts this reading (searched for every redacted value) for the rest.
    lines: list[tuple[Box, str, Any]] = field(default_factory=list)

    def to_page(self, box: Box) -> Box:
        """``box`` (pixels) in page points; pixels when the image has no place on a page."""
        if self.rect is None:
            return box
        x0, y0, x1, y1 = self.rect
        sx, sy = (x1 - x0) / max(self.width, 1), (y1 - y0) / max(self.height, 1)
        return (x0 + box[0] * sx, y0 + box[1] * sy, x0 + box[2] * sx, y0 + box[3] * sy)


@dataclass(slots=True)
class Document:
    """An input document as ingest leaves it.

    ``text`` is built by ``add_segment`` and ``add_separator`` from pieces joined when it is
    first read (appending to one growing string copied it on every append: quadratic in the
    length of the document)."""

    path: Path
    name: str
    format: Format
    data: bytes
    sha256: str
    segments: list[Segment] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    # Format-specific parsed source that redact works on (lxml parts, a PyMuPDF document).
    source: Any = None
    # Things ingest could not read reliably (e.g. PDF pages without a text layer), as notes;
    # ``unverifiable_parts`` holds the same with their place (``add_unverifiable``).
    unverifiable: list[str] = field(default_factory=list)
    # Images read by OCR (see ``Scan``), by key.
    scans: dict[str, Scan] = field(default_factory=dict)
    # A legacy or WPS file reviewed in the modern format LibreOffice converted it to: the
    # input's own format (``doc``, ``wps``, ``xls``…) and the converter's name and version.
    converted_from: str | None = None
    converter: str | None = None
    unverifiable_parts: list[Unverifiable] = field(default_factory=list)
    # Read, and no text in it (an empty DOCX, blank pages): reviewed, and said so.
    empty: bool = False
    # Every table ingest read (see ``Table``), in the order of the flat text.
    tables: list[Table] = field(default_factory=list)
    # PDF pages (1-based) on which ingest found no image drawn at all: redacting them adds
    # none, so redact does not look for images left under its boxes there.
    image_free_pages: set[int] = field(default_factory=set)
    _starts: list[int] = field(default_factory=list, repr=False)
    _text: str = field(default="", repr=False)
    _pieces: list[str] = field(default_factory=list, repr=False)
    _length: int = field(default=0, repr=False)

    @property
    def text(self) -> str:
        """The flat text of the document."""
        if self._pieces:
            self._text = "".join([self._text, *self._pieces])
            self._pieces.clear()
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value
        self._pieces.clear()
        self._length = len(value)

    @property
    def length(self) -> int:
        """The length of the flat text so far (without joining it): where the next segment
        will start."""
        return self._length

    def add_unverifiable(
        self,
        kind: str,
        note: str,
        *,
        page: int | None = None,
        box: Box | None = None,
        part: str | None = None,
    ) -> None:
        """Report a part the leak check cannot verify, anchored at the end of the flat text
        read so far."""
        if kind not in UNVERIFIABLE_KINDS:
            raise ValueError(f"unknown kind of unverifiable content: {kind}")
        self.unverifiable.append(note)
        self.unverifiable_parts.append(
            Unverifiable(kind, note, page=page, box=box, part=part, offset=self._length)
        )

    def add_segment(self, text: str, locator: Locator, offset: int = 0) -> None:
        """Append ``text`` to the flat text as coming from ``locator``."""
        start = self._length
        if text:
            self._pieces.append(text)
            self._length += len(text)
            self.segments.append(Segment(start, start + len(text), locator, offset))
            self._starts.append(start)

    def add_separator(self, text: str) -> None:
        """Append text that exists only in the flat view (line and paragraph breaks)."""
        if text:
            self._pieces.append(text)
            self._length += len(text)

    def ocr_box(self, start: int, end: int) -> tuple[str, Box] | None:
        """The scan and the box (page points, or pixels of a DOCX image) around the OCR
        characters of ``[start, end)``, if they were read by OCR from one image."""
        for segment, lo, hi in self.segments_in(start, end):
            scan = self.scans.get(segment.locator.image or "")
            if scan is None:
                continue
            boxes = segment.locator.boxes[lo - segment.start : hi - segment.start]
            if not boxes:
                continue
            x0 = min(b[0] for b in boxes)
            y0 = min(b[1] for b in boxes)
            x1 = max(b[2] for b in boxes)
            y1 = max(b[3] for b in boxes)
            return scan.key, scan.to_page((x0, y0, x1, y1))
        return None

    def segments_in(self, start: int, end: int) -> list[tuple[Segment, int, int]]:
        """The segments covering ``[start, end)``, each with the covered sub-range."""
        out: list[tuple[Segment, int, int]] = []
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        while i < len(self.segments):
            seg = self.segments[i]
            if seg.start >= end:
                break
            lo, hi = max(seg.start, start), min(seg.end, end)
            if lo < hi:
                out.append((seg, lo, hi))
            i += 1
        return out


@dataclass(slots=True)
class Finding:
    """A span of the flat text that a recognizer or a keyword list flagged."""

    id: str
    entity_type: str
    start: int
    end: int
    text: str
    score: float
    recognizer: str
    category: str = "none"
    action: Action = "review"
    basis: str = ""
    reason: str = ""
    route: str | None = None
    status: Status = "proposed"
    location: dict[str, Any] = field(default_factory=dict)
    # Recognizer output that decide uses (keyword category, parsed marking, validation).
    metadata: dict[str, Any] = field(default_factory=dict)

    def propagated_at(self, start: int, end: int, text: str, id: str) -> Finding:
        """The redaction of another occurrence of this finding's value ("propagation"):
        ``text`` is the flat text at ``[start, end)``. Same entity type, score, category,
        basis, reason, route and status; recognizer ``propagation``, action ``redact``, no
        location, and ``metadata`` naming only the finding it came from."""
        return Finding(
            id=id,
            entity_type=self.entity_type,
            start=start,
            end=end,
            text=text,
            score=self.score,
            recognizer="propagation",
            category=self.category,
            action="redact",
            basis=self.basis,
            reason=self.reason,
            route=self.route,
            status=self.status,
            metadata={"propagated_from": self.id},
        )


@dataclass(slots=True)
class Classification:
    """The document's own state-secret marking (密级和保密期限)."""

    level: str | None = None
    period: str | None = None
    marked_on: str | None = None
    expires_on: str | None = None
    expired: bool | None = None


@dataclass(slots=True)
class Outputs:
    """Where this document's outputs go, and what was written."""

    directory: Path
    record_path: Path
    redacted_path: Path
    sidecar_path: Path | None = None
    # Temporary files written by redact (final path → temporary path); verify renames them
    # into place only if the copy is clean, and deletes them otherwise.
    pending: dict[Path, Path] = field(default_factory=dict)
    written: bool = False
    # A document that may not be published after redaction (不予公开, 须报审) gets no
    # publishable copy: ``withheld`` is its attribute; ``preview`` says the copy written is
    # the reviewers' preview (``*.preview.*``, 须报审 only) and not a copy to publish.
    withheld: str | None = None
    preview: bool = False


@dataclass(slots=True)
class Review:
    """Everything the pipeline knows about one document; the stages fill it in order."""

    document: Document
    outputs: Outputs
    findings: list[Finding] = field(default_factory=list)
    classification: Classification = field(default_factory=Classification)
    disclosure_attribute: str = "主动公开"
    proposed_attribute: str | None = None
    # Why decide proposes ``disclosure_attribute`` (``pipeline.attribute.AttributeReason``).
    attribute_reason: Any = None
    # Replacement strings written into the copy (placeholders), which verify must ignore.
    replacements: set[str] = field(default_factory=set)
    leak_check: LeakCheck = "skipped"
    leaks: list[str] = field(default_factory=list)
    # What making the copy changed beyond the redactions, for the record (``code``, ``text``
    # and counts): hidden sheets dropped, signatures removed, the format converted.
    notes: list[dict[str, Any]] = field(default_factory=list)
    # Areas redacted as a whole (set by redact from the redacted findings that have one).
    areas: list[Area] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)

    def redacted(self) -> list[Finding]:
        return [f for f in self.findings if f.action == "redact"]

    def counts(self) -> dict[str, int]:
        counts = {"redact": 0, "review": 0, "keep": 0}
        for f in self.findings:
            counts[f.action] += 1
        return counts
