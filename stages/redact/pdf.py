"""PDF: the document is sanitized first (below), then each cut becomes one redaction
rectangle per text line it touches (the union of its characters' boxes, trimmed vertically so
neighbouring lines are spared); MuPDF removes the glyphs and the image pixels under them, and
the line art they fully cover, and paints a black box. As a safety net the pages are then read
again and any character sequence that still folds (NFKC, no whitespace) to a redacted value is
redacted the same way: invisible, white, transparent and off-page text included, since ingest
and this reading see them all. Sanitizing has removed every ``/ActualText`` by then, so one
reading of a page is its glyphs (ingest read both).

Sanitizing, whatever is found:

- annotations of every kind (form fields, links, notes, FreeText, file attachments, popups,
  unapplied redactions) are removed before redacting, so no annotation keeps a value;
- the catalog keeps only what displays the pages (``/Pages``, layout, mode, language,
  viewer preferences): outlines, named destinations (``/Dests`` and ``/Names``), page
  labels, embedded files, JavaScript and other actions (``/OpenAction``, ``/AA``), the
  AcroForm, the structure tree (``/Alt``), optional content, XMP and ``/PieceInfo`` go;
  pages likewise keep only their boxes, resources and contents (no ``/Thumb``, ``/AA``,
  ``/PieceInfo``, ``/Metadata``);
- every object loses ``/Metadata``, ``/PieceInfo``, ``/Thumb``, ``/AF``, ``/ActualText``,
  ``/Alt`` and string ``/E``, also in nested dictionaries (marked-content property lists);
  content streams lose the same inside their ``BDC`` property lists; optional-content
  groups keep a neutral name;
- the document information dictionary and XMP are emptied; JPEG images lose their metadata
  segments (EXIF, XMP, comments).

Text read by OCR (scanned pages, images on text pages) is redacted in the pixels, and a
scanned page gets an invisible text layer: see ``stages/redact/raster.py``.

The sanitized record is embedded as ``review-record.json`` and the file is written as one
revision with unreferenced objects dropped (``garbage=4``). Content streams are not "cleaned"
(``clean=False``): MuPDF's cleaning runs them through the content filter, which moves text
under horizontal scaling on every page (see ``stages.redact.pdf_content``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.leakscan import FoldedSpans, fold
from pipeline.model import Box, Boxes, Document
from pipeline.pdflib import MUPDF_ERRORS, pymupdf
from stages.redact.jpeg import strip_jpeg_metadata
from stages.redact.pdf_content import BoxIndex, rewrite_page
from stages.redact.pdf_fonts import Fonts
from stages.redact.pdf_lexer import Unsupported
from stages.redact.raster import rebuild_pages, replace_images

mupdf = pymupdf.mupdf
RECORD_NAME = "review-record.json"
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES
RawText = dict  # a page's ``rawdict`` reading
CATALOG_KEPT = {"Type", "Pages", "PageLayout", "PageMode", "Lang", "ViewerPreferences", "Version"}
PAGE_KEPT = {
    "Type",
    "Parent",
    "Resources",
    "MediaBox",
    "CropBox",
    "BleedBox",
    "TrimBox",
    "ArtBox",
    "Contents",
    "Rotate",
    "Group",
    "UserUnit",
}
PAGES_KEPT = {"Type", "Parent", "Kids", "Count", "Resources", "MediaBox", "CropBox", "Rotate"}
# /Alternates and /OPI: other versions of an image (another resolution, a print master),
# which OCR did not read.
DROPPED_KEYS = (
    "Metadata", "PieceInfo", "Thumb", "AF", "ActualText", "Alt", "StructParents", "Alternates",
    "OPI",
)
# MuPDF prints every name of an object, however the file spelled it (``/Actual#54ext``), in
# its plain form: an object whose printout names none of these has nothing to drop.
_DROPPED_HINT = re.compile("/(?:" + "|".join((*DROPPED_KEYS, "E")) + r")(?![^\s/<>\[\](){}%])")
MARKED_TEXT_KEYS = {b"ActualText", b"Alt", b"E"}


# --- redaction --------------------------------------------------------------------------------


def _trimmed(rect: pymupdf.Rect) -> pymupdf.Rect:
    """The box less 15% at the top and bottom, so the lines above and below are spared."""
    inset = rect.height * 0.15
    return pymupdf.Rect(rect.x0, rect.y0 + inset, rect.x1, rect.y1 - inset)


_INFINITE = (pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MAX_INF_RECT)


def _union(boxes: list[Box], single_precision: bool) -> pymupdf.Rect:
    """``Rect(boxes[0]) | Rect(boxes[1]) | …`` as PyMuPDF computes it: an empty box adds
    nothing, an empty union takes the next box, otherwise the bounding box, which MuPDF
    computes in 32-bit floats. When every number is a 32-bit float already (MuPDF's boxes
    are) and no box is the infinite one, the same result is computed here, without a round
    trip through MuPDF for every character."""
    if not single_precision or any(box[0] in _INFINITE or box[2] in _INFINITE for box in boxes):
        rect = pymupdf.Rect(boxes[0])
        for box in boxes[1:]:
            rect |= pymupdf.Rect(box)
        return rect
    x0, y0, x1, y1 = boxes[0]
    for a, b, c, d in boxes[1:]:
        if a >= c or b >= d:
            continue
        if x0 >= x1 or y0 >= y1:
            x0, y0, x1, y1 = a, b, c, d
            continue
        x0, y0, x1, y1 = min(x0, a), min(y0, b), max(x1, c), max(y1, d)
    return pymupdf.Rect(x0, y0, x1, y1)


def _rects(document: Document, cuts: list) -> dict[int, list[pymupdf.Rect]]:
    rects: dict[int, list[pymupdf.Rect]] = defaultdict(list)
    for cut in cuts:
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            page_boxes = segment.locator.boxes
            boxes: list[Box] = list(page_boxes[lo - segment.start : hi - segment.start])
            if not boxes or segment.locator.page is None:
                continue  # structure text: the structure tree is dropped as a whole
            if segment.locator.image is not None:
                continue  # read by OCR: painted in its image's pixels (stages/redact/raster)
            exact = isinstance(page_boxes, Boxes) and page_boxes.single_precision
            rects[segment.locator.page].append(_trimmed(_union(boxes, exact)))
    return rects


def _apply(
    page: pymupdf.Page, rects: list[pymupdf.Rect], fonts: Fonts | None = None,
    images: bool = True,
) -> RawText | None:
    """Redact ``rects`` (page coordinates, as text extraction gives them): everything under
    them is removed and each box is painted black. The page's content is rewritten by
    ``stages.redact.pdf_content``, which removes the glyphs, line art and image pixels under
    the boxes and keeps every other glyph where it was (MuPDF's content filter moves text,
    removed or not). MuPDF's own redaction is left for a page that module cannot do exactly,
    and for anything it left under a box. ``images``: the page may draw an image (one ingest
    found drawing none draws none after redacting either: nothing is added but black boxes).

    Returns the reading of the redacted page that found no glyph left under a box, when the
    page was not changed after it and is not rotated (so its coordinates are the page's): the
    safety net reads the page from it instead of extracting it again."""
    if not rects:
        return None
    native = mupdf.pdf_page_from_fz_page(page.this)
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)  # as PyMuPDF does: an annotation's box is in unrotated space
    try:
        to_pdf = ~page.transformation_matrix
        boxes = [tuple((pymupdf.Rect(r) * to_pdf).normalize()) for r in rects]
        try:
            painted = rewrite_page(page.parent, page, boxes, fonts).images
            exact = True
        except Unsupported:
            painted, exact = set(), False
        raw = _raw_text(page) if exact else None
        if (
            not exact
            or _glyphs_under(raw, rects)
            or (images and _images_under(page, rects, painted))
        ):
            _redact_page(native, rects, pymupdf.PDF_REDACT_TEXT_REMOVE)
            raw = None
    finally:
        if rotation:
            page.set_rotation(rotation)
    return None if rotation else raw


def _redact_page(native, rects: list[pymupdf.Rect], text: int) -> None:  # type: ignore[no-untyped-def]
    """MuPDF's redaction of ``rects`` (unrotated page coordinates), ``text`` saying what it
    does with glyphs: one bare redaction annotation per box, then ``pdf_redact_page``
    (PyMuPDF's ``add_redact_annot`` and ``apply_redactions`` do the same around these two
    calls, plus an appearance stream per annotation and the boxes painted from Python)."""
    for rect in rects:
        annot = mupdf.pdf_create_annot(native, mupdf.PDF_ANNOT_REDACT)
        mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(rect.x0, rect.y0, rect.x1, rect.y1))
    options = mupdf.PdfRedactOptions()
    options.black_boxes = 1
    options.image_method = pymupdf.PDF_REDACT_IMAGE_PIXELS
    # Only line art inside a box: a table rule that merely touches one stays.
    options.line_art = pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED
    options.text = text
    if not mupdf.pdf_redact_page(native.doc(), native, options):
        raise ValueError("MuPDF did not apply the redactions")


def _images_under(page: pymupdf.Page, rects: list[pymupdf.Rect], painted: set[int]) -> bool:
    """Whether an image other than the painted copies is still drawn under a box."""
    index = BoxIndex([tuple(r) for r in rects])
    for info in page.get_image_info(xrefs=True):
        if info.get("xref") not in painted and index.intersects(tuple(info["bbox"])):
            return True
    return False


def _raw_text(page: pymupdf.Page) -> RawText:
    """The page's characters and their boxes, as ingest reads them (``rawdict``)."""
    return page.get_text("rawdict", flags=_FLAGS, clip=pymupdf.INFINITE_RECT())


def _glyphs_under(raw: RawText, rects: list[pymupdf.Rect]) -> bool:
    """Whether a glyph of the page read as ``raw`` is still under a box by MuPDF's rule."""
    index = BoxIndex([tuple(r) for r in rects])
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            if not index.near(tuple(line["bbox"])):
                continue
            for span in line.get("spans", []):
                for char in span.get("chars", []):
                    if index.hit(tuple(char["bbox"])):
                        return True
    return False


def _own_contents(pdf: pymupdf.Document) -> bool:
    """Whether no content stream is shared by two pages."""
    xrefs = [xref for page in pdf for xref in page.get_contents()]
    return len(xrefs) == len(set(xrefs))


def _page_chars(raw: RawText) -> tuple[str, list[Box]]:
    chars = [
        char
        for block in raw.get("blocks", [])
        for line in block.get("lines", [])
        for span in line.get("spans", [])
        for char in span.get("chars", [])
    ]
    return "".join(c["c"] for c in chars), [tuple(c["bbox"]) for c in chars]


def _leftovers(
    page: pymupdf.Page, values: FoldedSpans, read: str | None = None
) -> list[pymupdf.Rect]:
    """Boxes of characters that still spell a redacted value. The page is sanitized by now
    (no ``/ActualText`` left), so this one reading is the glyphs themselves. ``read``: the
    page's text as redacting it read it already; the page is read again (for the boxes) only
    when a value is in it."""
    if read is not None and not values.spans(read):
        return []
    text, boxes = _page_chars(_raw_text(page))
    return [
        _trimmed(pymupdf.Rect(box)) for start, end in values.spans(text) for box in boxes[start:end]
    ]


# --- sanitizing -------------------------------------------------------------------------------


def _native(pdf: pymupdf.Document) -> mupdf.PdfDocument:
    this = pdf.this
    return this if isinstance(this, mupdf.PdfDocument) else mupdf.PdfDocument(this)


def _keys(obj: mupdf.PdfObj) -> list[str]:
    return [
        mupdf.pdf_to_name(mupdf.pdf_dict_get_key(obj, i)) for i in range(mupdf.pdf_dict_len(obj))
    ]


def _keep_only(obj: mupdf.PdfObj, kept: set[str]) -> None:
    for key in _keys(obj):
        if key not in kept:
            mupdf.pdf_dict_dels(obj, key)


def _drop_text_keys(obj: mupdf.PdfObj, depth: int = 0) -> None:
    """Remove the keys that hold hidden text or metadata, here and in direct sub-objects."""
    if depth > 32:
        return
    if mupdf.pdf_is_dict(obj):
        for key in DROPPED_KEYS:
            if mupdf.pdf_dict_gets(obj, key).m_internal:
                mupdf.pdf_dict_dels(obj, key)
        if mupdf.pdf_is_string(mupdf.pdf_dict_gets(obj, "E")):
            mupdf.pdf_dict_dels(obj, "E")  # marked-content expansion text
        children = [mupdf.pdf_dict_get_val(obj, i) for i in range(mupdf.pdf_dict_len(obj))]
    elif mupdf.pdf_is_array(obj):
        length = mupdf.pdf_array_len(obj)
        if length > 16 and mupdf.pdf_is_number(mupdf.pdf_array_get(obj, 0)):
            return  # glyph widths, a matrix, a colour table: numbers, no text keys
        children = [mupdf.pdf_array_get(obj, i) for i in range(length)]
    else:
        return
    for child in children:
        if not mupdf.pdf_is_indirect(child):
            _drop_text_keys(child, depth + 1)


def _may_hold_dropped_keys(pdf: pymupdf.Document, xref: int) -> bool:
    """False when the object's printout names no dropped key: the walk below is then skipped
    (it is most of the sanitizing time of a long document)."""
    try:
        return bool(_DROPPED_HINT.search(pdf.xref_object(xref, compressed=True)))
    except MUPDF_ERRORS:
        return True  # not printable: walked, as before


def _remove_annotations(pdf: pymupdf.Document) -> None:
    native = _native(pdf)
    for page in pdf:
        obj = mupdf.pdf_load_object(native, page.xref)
        mupdf.pdf_dict_dels(obj, "Annots")


def _strip_objects(pdf: pymupdf.Document) -> None:
    native = _native(pdf)
    catalog = pdf.pdf_catalog()
    page_xrefs = {page.xref for page in pdf}
    layers = 0
    for xref in range(1, pdf.xref_length()):
        try:
            obj = mupdf.pdf_load_object(native, xref)
        except Exception:  # a free or broken entry: garbage collection drops it
            continue
        if not mupdf.pdf_is_dict(obj):
            continue
        kind = mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Type"))
        if xref == catalog:
            _keep_only(obj, CATALOG_KEPT)
        elif xref in page_xrefs or kind == "Page":
            _keep_only(obj, PAGE_KEPT)
        elif kind == "Pages":
            _keep_only(obj, PAGES_KEPT)
        elif kind == "OCG":
            layers += 1
            pdf.xref_set_key(xref, "Name", pymupdf.get_pdf_str(f"Layer {layers}"))
            mupdf.pdf_dict_dels(obj, "Usage")
        if _may_hold_dropped_keys(pdf, xref):
            _drop_text_keys(obj)
        if mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype")) == "Form":
            _strip_stream(pdf, xref)
        elif mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype")) == "Image":
            _strip_jpeg(pdf, native, obj, xref)
    for page in pdf:
        for xref in page.get_contents():
            _strip_stream(pdf, xref)


def _strip_jpeg(pdf: pymupdf.Document, native: mupdf.PdfDocument, obj, xref: int) -> None:  # type: ignore[no-untyped-def]
    """Drop EXIF, XMP and comment segments of a JPEG image, keeping its data as it is."""
    _kind, value = pdf.xref_get_key(xref, "Filter")
    if value.strip("[] ") != "/DCTDecode":
        return
    raw = pdf.xref_stream_raw(xref)
    stripped = strip_jpeg_metadata(raw)
    if stripped != raw:
        buffer = mupdf.fz_new_buffer_from_copied_data(stripped)
        mupdf.pdf_update_stream(native, obj, buffer, 1)  # 1: already encoded (DCT)


_MARKED_TEXT_HINT = re.compile(rb"/(?:ActualText|Alt|E)\b|#")


def _strip_stream(pdf: pymupdf.Document, xref: int) -> None:
    data = pdf.xref_stream(xref)
    # Lexing is slow in Python: only a stream with a property list that may hold text is.
    if not data or b"BDC" not in data or not _MARKED_TEXT_HINT.search(data):
        return
    stripped = strip_marked_text(data)
    if stripped != data:
        pdf.update_stream(xref, stripped)


_WHITESPACE = b" \t\r\n\f\x00"
_DELIMITERS = b"()<>[]{}/%"


def _literal_end(data: bytes, start: int) -> int:
    """Index just past the literal string starting at ``data[start] == '('``."""
    depth, i = 0, start
    while i < len(data):
        char = data[i]
        if char == 0x5C:  # backslash: the next byte is escaped
            i += 2
            continue
        if char == 0x28:
            depth += 1
        elif char == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(data)


def _inline_image_end(data: bytes, start: int) -> int:
    """Index just past the ``EI`` that ends inline image data starting at ``start``."""
    for match in re.finditer(rb"EI(?=[\s]|$)", data[start:]):
        at = start + match.start()
        if at == start or data[at - 1] in _WHITESPACE:
            return at + 2
    return len(data)


def _name(token: bytes) -> bytes:
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), token[1:])


def strip_marked_text(data: bytes) -> bytes:
    """A content stream without ``/ActualText``, ``/Alt`` and ``/E`` strings in its inline
    property lists (``/Span <</ActualText (...)>> BDC``). Strings, comments and inline image
    data are skipped as units, so nothing inside them is touched."""
    out = bytearray()
    i, n, depth = 0, len(data), 0
    dropping = False  # the previous token was a key whose string value goes
    while i < n:
        char = data[i]
        if char in _WHITESPACE:
            out.append(char)
            i += 1
            continue
        if char == 0x25:  # comment
            end = data.find(b"\n", i)
            end = n if end < 0 else end
        elif char == 0x28:
            end = _literal_end(data, i)
        elif data.startswith(b"<<", i) or data.startswith(b">>", i):
            depth += 1 if data[i] == 0x3C else -1
            end = i + 2
        elif char == 0x3C:
            end = data.find(b">", i)
            end = n if end < 0 else end + 1
        elif char in b"[]{}>)":
            end = i + 1
        else:
            end = i + 1
            while end < n and data[end] not in _WHITESPACE and data[end] not in _DELIMITERS:
                end += 1
        token = data[i:end]
        if dropping:
            dropping = False
            if token[:1] in b"(<" and not token.startswith(b"<<"):
                i = end
                continue
        if depth > 0 and token[:1] == b"/" and _name(token) in MARKED_TEXT_KEYS:
            dropping = True
            i = end
            continue
        out += token
        if token == b"ID" and depth == 0:
            stop = _inline_image_end(data, end + 1)
            out += data[end:stop]
            end = stop
        i = end
    return bytes(out)


def _sanitize(pdf: pymupdf.Document) -> None:
    for name in pdf.embfile_names():
        pdf.embfile_del(name)
    pdf.scrub(
        attached_files=True,
        clean_pages=False,
        embedded_files=True,
        hidden_text=False,  # would remove OCR text layers too; matching hidden text is redacted
        javascript=True,
        metadata=True,
        redactions=True,
        redact_images=0,
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    pdf.set_metadata({})
    pdf.del_xml_metadata()
    _strip_objects(pdf)


def _area_rects(pdf: pymupdf.Document, areas: list) -> dict[int, list[pymupdf.Rect]]:
    """The boxes of areas redacted as a whole (a page without a box: all of it), untrimmed."""
    rects: dict[int, list[pymupdf.Rect]] = defaultdict(list)
    for area in areas:
        if area.page is None or not 1 <= area.page <= pdf.page_count:
            continue
        page = pdf[area.page - 1]
        rects[area.page].append(pymupdf.Rect(area.box) if area.box else pymupdf.Rect(page.rect))
    return rects


def redact(
    document: Document,
    cuts: list,
    record: bytes,
    secrets: list[tuple[str, str]],
    areas: list | tuple = (),
) -> bytes:
    pdf: pymupdf.Document = document.source
    _remove_annotations(pdf)
    # Sanitized first: with every /ActualText gone, MuPDF's one reading of a page in the
    # safety net below is its glyphs, and no marked-content property list outlives the
    # glyphs it described.
    _sanitize(pdf)
    if document.scans:
        replace_images(pdf, document, cuts)
    rects = _rects(document, cuts)
    for number, boxes in _area_rects(pdf, list(areas)).items():
        rects[number].extend(boxes)
    fonts = Fonts(pdf)  # loaded once for all the pages
    # Each redacted page's text as last read (0-based page number → text), for the safety
    # net. Valid only while no page changed after its reading: not when one was redacted by
    # MuPDF (or is rotated), nor when pages share a content stream (rewriting one rewrites
    # both).
    readings: dict[int, str] | None = {} if _own_contents(pdf) else None
    # Pages ingest found drawing no image (scans are images: none of those).
    imageless = set() if document.scans else document.image_free_pages
    for number, page_rects in rects.items():
        raw = _apply(pdf[number - 1], page_rects, fonts, number not in imageless)
        if raw is None:
            readings = None
        elif readings is not None:
            readings[number - 1] = _page_chars(raw)[0]
    if document.scans:
        rebuild_pages(pdf, document, cuts, list(areas))
        readings = None  # the scanned pages are rebuilt
    readings = readings or {}
    values = sorted(
        {v for v in (fold(s) for s, _ in secrets) if len(v) >= 2}, key=len, reverse=True
    )
    if values:
        # Folded and compiled once; each page is then folded once and searched once.
        finder = FoldedSpans(values)
        for page in pdf:
            rects = _leftovers(page, finder, readings.pop(page.number, None))
            if rects:
                _apply(page, rects, fonts, page.number + 1 not in imageless)
    _remove_annotations(pdf)  # redacting leaves an empty /Annots behind
    pdf.embfile_add(RECORD_NAME, record, filename=RECORD_NAME, desc="baomi review record")
    # No encryption: an encrypted copy would hide its strings from verify's raw scan.
    return pdf.tobytes(garbage=4, deflate=True, clean=False, encryption=pymupdf.PDF_ENCRYPT_NONE)
