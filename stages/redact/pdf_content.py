"""PDF: a page's content rewritten under redaction boxes, so that everything under a box is gone
and nothing else moves.

MuPDF's redaction (``pdf_redact_page``) runs every operator of the page through its content
filter, and in MuPDF 1.28 that filter moves text even where it removes nothing: it rescales
the numbers of a ``TJ`` array under horizontal scaling (``Tz``), and where it removes a glyph
it loses the advance of the first glyph removed from a string inside ``TJ``, of character
spacing (``Tc``) and of word spacing (``Tw``), so the rest of the line slides under the box.
Here the content is rewritten instead, and every operator not rewritten is copied byte for
byte:

- a show operator with a glyph under a box becomes a ``TJ`` array of the glyphs kept, each
  removed glyph replaced by the number that advances the text position exactly as the glyph
  did (its width as MuPDF reads the font, ``stages.redact.pdf_fonts``, plus character and word
  spacing). A glyph is under a box by MuPDF's own rule: its box (the font's descender to
  ascender over its advance) shrunk by a tenth of its width and height on each side
  intersects the box;
- a path entirely inside a box (line art) is dropped, unless it clips;
- an image drawn under a box is replaced, for this page, by a copy with the pixels under the
  box painted black (``stages.redact.pdf_images``);
- a form XObject with anything to change is replaced, for this page, by a rewritten copy;
  names the page no longer uses are taken out of its (own copy of its) resources, so the
  originals are not kept for it;
- each box is painted black over the page.

What cannot be done exactly raises ``Unsupported`` before the page is changed (new objects
made until then are unreferenced, and dropped when the file is written): an inline image
under a box, a vertical font, a CMap whose code space is not known, a font set by an
ExtGState, a font size or scale of zero, more ``Q`` than ``q``. The caller lets MuPDF redact
such a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.pdflib import pymupdf
from stages.redact.pdf_fonts import Font, Fonts
from stages.redact.pdf_images import redacted_copy
from stages.redact.pdf_lexer import Name, Unsupported, hexstring, lex, number

mupdf = pymupdf.mupdf

Matrix = tuple[float, float, float, float, float, float]
Rect = tuple[float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}
CONSTRUCT = {b"m", b"l", b"c", b"v", b"y", b"re", b"h"}


def concat(a: Matrix, b: Matrix) -> Matrix:
    """``a`` then ``b`` (row vectors, as PDF writes matrices)."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def invert(m: Matrix) -> Matrix:
    det = m[0] * m[3] - m[1] * m[2]
    if abs(det) < 1e-12:
        raise Unsupported("a singular matrix")
    a, b, c, d = m[3] / det, -m[1] / det, -m[2] / det, m[0] / det
    return (a, b, c, d, -(m[4] * a + m[5] * c), -(m[4] * b + m[5] * d))


def transform_rect(rect: Rect, m: Matrix) -> Rect:
    xs, ys = [], []
    for x, y in ((rect[0], rect[1]), (rect[2], rect[1]), (rect[0], rect[3]), (rect[2], rect[3])):
        xs.append(x * m[0] + y * m[2] + m[4])
        ys.append(x * m[1] + y * m[3] + m[5])
    return (min(xs), min(ys), max(xs), max(ys))


def _point(x: float, y: float, m: Matrix) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _intersects(a: Rect, b: Rect) -> bool:
    return max(a[0], b[0]) < min(a[2], b[2]) and max(a[1], b[1]) < min(a[3], b[3])


class BoxIndex:
    """Boxes looked up by horizontal band: a page has thousands of glyphs and a redacted page
    a hundred boxes, and checking every glyph against every box was most of the time."""

    BAND = 16.0

    def __init__(self, rects: list[Rect]) -> None:
        self.rects = rects
        self.bands: dict[int, list[Rect]] = {}
        for r in rects:
            for band in range(int(r[1] // self.BAND), int(r[3] // self.BAND) + 1):
                self.bands.setdefault(band, []).append(r)

    def near(self, box: Rect) -> list[Rect]:
        found: list[Rect] = []
        for band in range(int(box[1] // self.BAND), int(box[3] // self.BAND) + 1):
            for r in self.bands.get(band, ()):
                if r not in found:
                    found.append(r)
        return found

    def intersects(self, box: Rect) -> bool:
        return any(_intersects(box, r) for r in self.near(box))

    def hit(self, box: Rect) -> bool:
        """MuPDF's rule for a glyph: its box shrunk by a tenth of its width and height on
        each side intersects a box."""
        w, h = box[2] - box[0], box[3] - box[1]
        return self.intersects((box[0] + w / 10, box[1] + h / 10, box[2] - w / 10, box[3] - h / 10))


@dataclass(slots=True)
class State:
    ctm: Matrix = IDENTITY
    char_space: float = 0.0
    word_space: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    font: Font | None = None
    size: float = 0.0
    rise: float = 0.0

    def copy(self) -> State:
        return State(
            self.ctm,
            self.char_space,
            self.word_space,
            self.scale,
            self.leading,
            self.font,
            self.size,
            self.rise,
        )


@dataclass(slots=True)
class Rewritten:
    """A rewritten stream and the XObjects it names that its resources do not have yet."""

    data: bytes
    names: dict[str, int] = field(default_factory=dict)


def _xobject_names(data: bytes) -> set[str]:
    return {
        op.operands[0].value.decode("latin-1")
        for op in lex(data)
        if op.name == b"Do" and op.operands and isinstance(op.operands[0], Name)
    }


class Rewriter:
    """Rewrites the content of one page under ``rects`` (PDF space)."""

    def __init__(self, pdf: pymupdf.Document, rects: list[Rect], fonts: Fonts | None = None) -> None:
        self.pdf = pdf
        self.native = mupdf.pdf_document_from_fz_document(pdf)
        self.fonts = fonts if fonts is not None else Fonts(pdf)
        self.rects = rects
        self.index = BoxIndex(rects)
        self.glyphs = 0
        self.images: set[int] = set()
        self.depth = 0
        self._serial = 0

    # --- the page -------------------------------------------------------------------------

    def page(self, page: pymupdf.Page) -> int:
        """Rewrite ``page``; returns the number of glyphs removed."""
        native = mupdf.pdf_page_from_fz_page(page.this)
        resources = mupdf.pdf_page_resources(native)
        xrefs = page.get_contents()
        data = b"\n".join(self.pdf.xref_stream(x) or b"" for x in xrefs)
        result = self.stream(data, resources, IDENTITY, top=True)
        body = result.data if result else data
        boxes = b"".join(
            number(r[0]) + b" " + number(r[1]) + b" " + number(r[2] - r[0]) + b" "
            + number(r[3] - r[1]) + b" re\n"
            for r in self.rects
        )  # fmt: skip
        content = b"q\n" + body + b"\n" + b"Q\n" * (self.depth + 1) + b"q 0 g\n" + boxes + b"f\nQ\n"
        if result is not None and result.names:
            owner = mupdf.pdf_load_object(self.native, page.xref)
            self._own_resources(owner, resources, result.names, body)
        if xrefs:
            self.pdf.update_stream(xrefs[0], content)
            for xref in xrefs[1:]:
                self.pdf.update_stream(xref, b"")
        else:
            page.set_contents(page.parent.get_new_xref())
            self.pdf.update_stream(page.get_contents()[0], content, new=True)
        return self.glyphs

    def _own_resources(self, owner: Any, resources: Any, names: dict[str, int], data: bytes) -> None:
        """Give ``owner`` its own copy of ``resources`` with the new XObject names and without
        the names its content no longer uses."""
        copy = mupdf.pdf_copy_dict(resources) if resources.m_internal else mupdf.pdf_new_dict(
            self.native, 4
        )
        old = mupdf.pdf_dict_gets(copy, "XObject")
        xobjects = mupdf.pdf_copy_dict(old) if old.m_internal else mupdf.pdf_new_dict(self.native, 4)
        for key, xref in names.items():
            mupdf.pdf_dict_puts(xobjects, key, mupdf.pdf_new_indirect(self.native, xref, 0))
        used = _xobject_names(data)
        for i in reversed(range(mupdf.pdf_dict_len(xobjects))):
            key = mupdf.pdf_to_name(mupdf.pdf_dict_get_key(xobjects, i))
            if key not in used:
                mupdf.pdf_dict_dels(xobjects, key)
        mupdf.pdf_dict_puts(copy, "XObject", xobjects)
        mupdf.pdf_dict_puts(owner, "Resources", copy)

    def _fresh_name(self, resources: Any) -> str:
        xobjects = mupdf.pdf_dict_gets(resources, "XObject")
        while True:
            self._serial += 1
            candidate = f"BaomiR{self._serial}"
            if not xobjects.m_internal or not mupdf.pdf_dict_gets(xobjects, candidate).m_internal:
                return candidate

    # --- a stream -------------------------------------------------------------------------

    def stream(self, data: bytes, resources: Any, ctm: Matrix, top: bool = False) -> Rewritten | None:
        """The rewritten stream, or None when nothing in it (or what it draws) changes."""
        ops = lex(data)
        state = State(ctm=ctm)
        stack: list[State] = []
        tm = tlm = IDENTITY
        pieces: list[bytes] = []
        names: dict[str, int] = {}
        position = 0
        path_start: int | None = None
        path_box: Rect | None = None
        clips = False
        for op in ops:
            name, args = op.name, op.operands
            replacement: bytes | None = None
            start = op.start
            if name in CONSTRUCT:
                if path_start is None:
                    path_start, path_box, clips = op.start, None, False
                path_box = self._extend(path_box, name, args, state.ctm)
            elif name in (b"W", b"W*"):
                clips = True
            elif name in PAINT:
                if (
                    path_start is not None
                    and not clips
                    and name != b"n"
                    and path_box is not None
                    and any(
                        r[0] <= path_box[0] and r[1] <= path_box[1]
                        and path_box[2] <= r[2] and path_box[3] <= r[3]
                        for r in self.index.near(path_box)
                    )
                ):  # fmt: skip
                    replacement, start = b"", path_start
                path_start = None
            elif name == b"q":
                stack.append(state.copy())
            elif name == b"Q":
                if not stack:
                    raise Unsupported("more Q than q")
                state = stack.pop()
            elif name == b"cm" and len(args) == 6:
                state.ctm = concat(tuple(args), state.ctm)  # type: ignore[arg-type]
            elif name == b"BT":
                tm = tlm = IDENTITY
            elif name == b"Tc" and args:
                state.char_space = float(args[0])
            elif name == b"Tw" and args:
                state.word_space = float(args[0])
            elif name == b"Tz" and args:
                state.scale = float(args[0]) / 100
            elif name == b"TL" and args:
                state.leading = float(args[0])
            elif name == b"Ts" and args:
                state.rise = float(args[0])
            elif name == b"Tf" and len(args) == 2 and isinstance(args[0], Name):
                state.font = self.fonts.get(resources, args[0].value)
                state.size = float(args[1])
            elif name == b"gs" and args and isinstance(args[0], Name):
                self._check_gs(resources, args[0].value)
            elif name in (b"Td", b"TD") and len(args) == 2:
                tlm = tm = concat((1, 0, 0, 1, float(args[0]), float(args[1])), tlm)
                if name == b"TD":
                    state.leading = -float(args[1])
            elif name == b"Tm" and len(args) == 6:
                tlm = tm = tuple(float(a) for a in args)  # type: ignore[assignment]
            elif name == b"T*":
                tlm = tm = concat((1, 0, 0, 1, 0, -state.leading), tlm)
            elif name in (b"Tj", b"TJ", b"'", b'"'):
                prefix = b""
                if name == b'"' and len(args) == 3:
                    state.word_space, state.char_space = float(args[0]), float(args[1])
                    prefix = number(args[0]) + b" Tw " + number(args[1]) + b" Tc "
                    args = args[2:]
                if name in (b"'", b'"'):
                    tlm = tm = concat((1, 0, 0, 1, 0, -state.leading), tlm)
                    prefix += b"T* "
                items = args[0] if args and isinstance(args[0], list) else args[:1]
                tm, shown = self._show(items, state, tm)
                if shown is not None:
                    replacement = prefix + shown + b" TJ"
            elif name == b"BI":
                if self.index.intersects(transform_rect((0, 0, 1, 1), state.ctm)):
                    raise Unsupported("an inline image under a box")
            elif name == b"Do" and args and isinstance(args[0], Name):
                renamed = self._do(resources, args[0].value, state.ctm, names)
                if renamed is not None:
                    replacement = b"/" + renamed.encode("ascii") + b" Do"
            if replacement is not None:
                pieces.append(data[position:start])
                pieces.append(replacement)
                position = op.end
        if top:
            self.depth = len(stack)  # q left open by the page: closed before the boxes
        if not pieces:
            return None
        pieces.append(data[position:])
        return Rewritten(b"".join(pieces), names)

    def _extend(self, box: Rect | None, name: bytes, args: list[Any], ctm: Matrix) -> Rect | None:
        numbers = [float(a) for a in args if isinstance(a, float)]
        if name == b"re" and len(numbers) == 4:
            x, y, w, h = numbers
            points = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
        else:
            points = list(zip(numbers[0::2], numbers[1::2], strict=False))
        for x, y in points:
            px, py = _point(x, y, ctm)
            box = (px, py, px, py) if box is None else (
                min(box[0], px), min(box[1], py), max(box[2], px), max(box[3], py)
            )  # fmt: skip
        return box

    def _check_gs(self, resources: Any, key: bytes) -> None:
        states = mupdf.pdf_dict_gets(resources, "ExtGState")
        if not states.m_internal:
            return
        entry = mupdf.pdf_dict_gets(states, key.decode("latin-1"))
        if entry.m_internal and mupdf.pdf_dict_gets(entry, "Font").m_internal:
            raise Unsupported("a font set by an ExtGState")

    def _show(self, items: list[Any], state: State, tm: Matrix) -> tuple[Matrix, bytes | None]:
        """Lay out one show operator's strings and numbers from ``tm``; the ``TJ`` array that
        replaces it if a glyph is removed (else None), and the text matrix after it."""
        font, size, h = state.font, state.size, state.scale
        if font is None:
            raise Unsupported("text shown without a font")
        near = self._near_line(font, state, tm)
        if near is not None and not near.rects:
            return self._advance(items, font, state, tm), None
        index = self.index if near is None else near
        out: list[bytes] = []
        pending = 0.0  # a TJ number not written yet
        removed = False
        for item in items:
            if isinstance(item, float):
                pending += item
                tm = concat((1, 0, 0, 1, -item / 1000 * size * h, 0), tm)
                continue
            if not isinstance(item, bytes):
                continue
            kept = bytearray()
            for code, start, end in font.codes(item):
                width = font.width(code)
                spacing = state.char_space
                if end - start == 1 and code == 32:
                    spacing += state.word_space
                trm = concat((size * h, 0, 0, size, 0, state.rise), concat(tm, state.ctm))
                box = transform_rect((0.0, font.descender, width / 1000, font.ascender), trm)
                advance = (width / 1000 * size + spacing) * h
                if index.hit(box):
                    if size == 0 or h == 0:
                        raise Unsupported("a font size or scale of zero")
                    if kept:
                        out.append(hexstring(bytes(kept)))
                        kept.clear()
                    pending -= advance / (size * h) * 1000
                    removed = True
                    self.glyphs += 1
                else:
                    if not kept and pending:
                        out.append(number(pending))
                        pending = 0.0
                    kept += item[start:end]
                tm = concat((1, 0, 0, 1, advance, 0), tm)
            if kept:
                out.append(hexstring(bytes(kept)))
        if pending:
            out.append(number(pending))
        if not removed:
            return tm, None
        return tm, b"[" + b" ".join(out) + b"]"

    def _near_line(self, font: Font, state: State, tm: Matrix) -> BoxIndex | None:
        """The boxes a glyph of a show operator starting at ``tm`` can be under, or None when
        that is not known before laying it out (rotated or skewed text: every box). Text laid
        out without rotation or skew keeps its vertical extent along the whole operator (each
        glyph and each ``TJ`` number only moves the text matrix along the line), so only the
        boxes across that band can take one of its glyphs: a line with none is not laid out
        glyph by glyph. The band is widened a little, so rounding never leaves out a box
        that the glyph test would take."""
        m = concat(tm, state.ctm)
        if m[1] != 0.0 or m[2] != 0.0:
            return None
        size = state.size
        a = (font.descender * size + state.rise) * m[3] + m[5]
        b = (font.ascender * size + state.rise) * m[3] + m[5]
        low, high = min(a, b), max(a, b)
        shrink = (high - low) / 10
        low, high = low + shrink - 1e-3, high - shrink + 1e-3
        return BoxIndex([r for r in self.index.rects if r[1] < high and low < r[3]])

    def _advance(self, items: list[Any], font: Font, state: State, tm: Matrix) -> Matrix:
        """The text matrix after a show operator that removes nothing (as ``_show`` moves it)."""
        size, h = state.size, state.scale
        for item in items:
            if isinstance(item, float):
                tm = concat((1, 0, 0, 1, -item / 1000 * size * h, 0), tm)
                continue
            if not isinstance(item, bytes):
                continue
            for code, start, end in font.codes(item):
                spacing = state.char_space
                if end - start == 1 and code == 32:
                    spacing += state.word_space
                advance = (font.width(code) / 1000 * size + spacing) * h
                tm = concat((1, 0, 0, 1, advance, 0), tm)
        return tm

    def _do(self, resources: Any, key: bytes, ctm: Matrix, names: dict[str, int]) -> str | None:
        """For ``Do``: the new name of a rewritten copy of the XObject, if it changes."""
        xobjects = mupdf.pdf_dict_gets(resources, "XObject")
        if not xobjects.m_internal:
            return None
        obj = mupdf.pdf_dict_gets(xobjects, key.decode("latin-1"))
        if not obj.m_internal:
            return None
        subtype = mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype"))
        if subtype == "Image":
            placed = transform_rect((0, 0, 1, 1), ctm)
            under = [r for r in self.rects if _intersects(placed, r)]
            if not under:
                return None
            if not mupdf.pdf_is_indirect(obj):
                raise Unsupported("an image that is not an indirect object")
            inverse = invert(ctm)
            copy = redacted_copy(
                self.pdf, mupdf.pdf_to_num(obj), [transform_rect(r, inverse) for r in under]
            )
            self.images.add(copy)
        elif subtype == "Form":
            if not mupdf.pdf_is_indirect(obj):
                raise Unsupported("a form that is not an indirect object")
            matrix = mupdf.pdf_dict_gets(obj, "Matrix")
            m: Matrix = IDENTITY
            if matrix.m_internal and mupdf.pdf_array_len(matrix) == 6:
                m = tuple(mupdf.pdf_to_real(mupdf.pdf_array_get(matrix, i)) for i in range(6))  # type: ignore[assignment]
            own = mupdf.pdf_dict_gets(obj, "Resources")
            inner = own if own.m_internal else resources
            xref = mupdf.pdf_to_num(obj)
            result = self.stream(self.pdf.xref_stream(xref) or b"", inner, concat(m, ctm))
            if result is None:
                return None
            copy = self.pdf.get_new_xref()
            self.pdf.update_object(copy, self.pdf.xref_object(xref, compressed=True))
            self.pdf.update_stream(copy, result.data, new=True)
            target = mupdf.pdf_load_object(self.native, copy)
            if own.m_internal:
                self._own_resources(target, own, result.names, result.data)
            else:
                names.update(result.names)  # they go where the form finds its resources
        else:
            return None
        new = self._fresh_name(resources)
        while new in names:
            new = self._fresh_name(resources)
        names[new] = copy
        return new


def rewrite_page(
    pdf: pymupdf.Document, page: pymupdf.Page, rects: list[Rect], fonts: Fonts | None = None
) -> Rewriter:
    """Redact ``rects`` (PDF space) on ``page`` by rewriting its content (see the module).
    ``fonts``: the document's fonts as loaded for an earlier page (each font is loaded, and
    each code's width looked up, once per document rather than once per page)."""
    rewriter = Rewriter(pdf, rects, fonts)
    rewriter.page(page)
    return rewriter
