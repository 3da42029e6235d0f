"""PDF: characters and their boxes from PyMuPDF's ``rawdict``. Each text line is a segment
holding one box per character. A line that runs to the right margin and continues on the next
line (a wrapped paragraph) is joined to it without a break, so a number or a name wrapped
across lines is still one string for detection.

Everything on a page is read, whether a viewer shows it or not: hidden optional-content layers
are switched on first (``/OCProperties`` removed and the file reopened, since MuPDF skips the
text of a layer that is off), text outside the MediaBox is kept (no clipping), and invisible
(render mode 3), white and transparent text is text like any other. ``/ActualText`` replaces
the glyphs it spans in MuPDF's reading; where the glyphs say something else, the page is read
a second time without it, so both are checked (only in a document that has an ``/ActualText``
at all: a second reading of every page is a third of the ingest time). ``/Alt``, ``/ActualText`` and ``/E`` of the
structure tree follow the pages as lines without boxes (part ``structure``): redact drops the
structure tree, but a value found there is still recorded and looked for by verify.

Tables are recognised from the page's ruling lines and the alignment of its characters
(``stages.ingest.pdf_tables``) and written to the flat text cell by cell, a cell's lines joined,
so a value wrapped in a narrow cell is one string; a table that goes on over the next page
(same columns) is one table of the model.

Pages without a text layer and the images on text pages are read by OCR
(``stages/ingest/ocr.py``). What cannot be read reliably is reported with its page and box
(``Document.add_unverifiable``): pages without any text layer and the images on pages with
text when OCR is off (``--ocr off``; inline images on text pages always, OCR reads image
objects), fonts whose codes have no Unicode mapping (a Type0 font with Identity encoding and
no ``/ToUnicode``: every extractor reads garbage), text MuPDF could only read as U+FFFD, and
pages MuPDF read incompletely. Images of at most ``_TINY_IMAGE`` pixels in a dimension
(rules, dots, gradients) cannot show a character and are not reported.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Box, Boxes, Document, Locator
from pipeline.pdflib import MUPDF_ERRORS, pymupdf
from stages.ingest.ocr import read_pdf_page
from stages.ingest.pdf_table_text import TableReading, add_table
from stages.ingest.pdf_tables import PageTable, find_tables

# Without TEXT_MEDIABOX_CLIP: text placed outside the page is text of the document too.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES
_STRUCTURE_KEYS = ("Alt", "ActualText", "E")

Line = tuple[str, list[Box], Box]
_TINY_IMAGE = 4


# MuPDF's warnings quote the file's tokens (a broken content stream: its text): kept off the
# console and the logs.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def open_pdf(data: bytes, password: str | None = None) -> pymupdf.Document:
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, *MUPDF_ERRORS):
        raise InputError("pdf_corrupt") from None
    if pdf.needs_pass and not pdf.authenticate(""):
        if not password:
            pdf.close()
            raise InputError("pdf_encrypted")
        if not pdf.authenticate(password):
            pdf.close()
            raise InputError("pdf_wrong_password")
    try:
        pages = pdf.page_count
    except MUPDF_ERRORS:
        pages = 0
    if pages == 0:
        pdf.close()
        raise InputError("pdf_no_pages")
    return pdf


def show_hidden_layers(pdf: pymupdf.Document, password: str | None = None) -> pymupdf.Document:
    """The document with every optional-content layer on. MuPDF's text extraction and search
    skip a layer that is off, and ``set_layer`` did not switch it on; removing
    ``/OCProperties`` and reopening does (verified with PyMuPDF 2.0)."""
    catalog = pdf.pdf_catalog()
    if pdf.xref_get_key(catalog, "OCProperties")[0] == "null":
        return pdf
    pdf.xref_set_key(catalog, "OCProperties", "null")
    data = pdf.tobytes()
    pdf.close()
    return open_pdf(data, password)


def _lines(page: pymupdf.Page, flags: int = _FLAGS) -> list[Line]:
    """Every text line of the page as (text, character boxes, line box), in reading order."""
    raw: dict[str, Any] = page.get_text("rawdict", flags=flags, clip=pymupdf.INFINITE_RECT())
    lines = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            chars = [c for span in line.get("spans", []) for c in span.get("chars", [])]
            if not chars:
                continue
            text = "".join(c["c"] for c in chars)
            boxes = [tuple(c["bbox"]) for c in chars]
            lines.append((text, boxes, tuple(line["bbox"])))
    return lines


def _wraps(prev: Box, nxt: Box, right: float, left: float) -> bool:
    """``prev`` spans the text width (from the left margin, allowing an indent, to the right
    margin) and ``nxt`` is the next line, starting at the left. A table cell that merely ends
    at the right margin does not start at the left, so the next row is not glued to it."""
    height = max(prev[3] - prev[1], 1.0)
    return (
        right - prev[2] < height * 1.2
        and prev[0] - left < height * 2.5
        and 0 <= nxt[1] - prev[1] <= height * 2.0
        and nxt[0] - left < height * 2.5
    )


def _add_lines(
    document: Document, number: int, lines: list[Line], tables: list[PageTable] = (),
    reading: TableReading | None = None,
) -> None:
    """Add a page's lines to the flat text; each table where its first line was, cell by
    cell (``stages.ingest.pdf_tables``)."""
    right = max(box[2] for _, _, box in lines)
    left = min(box[0] for _, _, box in lines)
    first = {min(t.lines): t for t in tables}
    inside = set().union(*(t.lines for t in tables)) if tables else set()
    flow = [i for i in range(len(lines)) if i not in inside or i in first]
    for k, i in enumerate(flow):
        if i in first:
            add_table(document, number, lines, first[i], reading)
            continue
        text, boxes, box = lines[i]
        document.add_segment(text, Locator(page=number, boxes=Boxes(boxes)))
        nxt = flow[k + 1] if k + 1 < len(flow) else None
        following = lines[nxt][2] if nxt is not None and nxt not in first else None
        if not (following and text.strip() and _wraps(box, following, right, left)):
            document.add_separator("\n")
    document.add_separator("\n")


# A marked-content property list in a content stream; the name may be written /Actual#54ext.
_MARKED_TEXT = re.compile(rb"ActualText|#")


def _has_actual_text(pdf: pymupdf.Document) -> bool:
    """Whether any page can read differently with and without ``/ActualText``: some object
    names it (MuPDF prints names in their plain form: a property list in resources, a
    structure element), or a content stream of a page or form XObject may hold it inline.
    Unsure means yes."""
    forms = []
    for xref in range(1, pdf.xref_length()):
        try:
            if "/ActualText" in pdf.xref_object(xref, compressed=True):
                return True
            if pdf.xref_get_key(xref, "Subtype") == ("name", "/Form"):
                forms.append(xref)
        except MUPDF_ERRORS:
            return True
    streams = [*forms, *(xref for page in pdf for xref in page.get_contents())]
    for xref in streams:
        try:
            data = pdf.xref_stream(xref) or b""
        except MUPDF_ERRORS:
            return True
        if b"BDC" in data and _MARKED_TEXT.search(data):
            return True
    return False


def _unmapped_fonts(pdf: pymupdf.Document, page: pymupdf.Page) -> list[str]:
    """Fonts of the page (its form XObjects included) whose codes no extractor can map."""
    names = []
    for xref, _ext, kind, basefont, _name, encoding, *_ in page.get_fonts(full=True):
        if (
            kind == "Type0"
            and str(encoding).startswith("Identity")
            and xref
            and pdf.xref_get_key(xref, "ToUnicode")[0] == "null"
        ):
            names.append(basefont or "?")
    return sorted(set(names))


def _image_boxes(page: pymupdf.Page) -> list[Box]:
    """Where each image is drawn on the page (inline images too), the tiny ones left out."""
    boxes = []
    try:
        infos = page.get_image_info()
    except MUPDF_ERRORS:
        return [tuple(page.rect)]  # images that cannot be listed cannot be checked either
    for info in infos:
        if min(info.get("width", 0), info.get("height", 0)) <= _TINY_IMAGE:
            continue
        rect = pymupdf.Rect(info["bbox"]) & page.rect
        if not rect.is_empty:
            boxes.append(tuple(rect))
    return boxes


def _glyph_box(page: pymupdf.Page, fonts: set[str], replacement: bool) -> Box:
    """The box around the characters in ``fonts`` (subset prefix ignored) or read as
    U+FFFD; the page when there are none."""
    rect = pymupdf.Rect()
    raw = page.get_text("rawdict", flags=_FLAGS, clip=pymupdf.INFINITE_RECT())
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            for span in line.get("spans", []):
                # MuPDF shortens a span's font name (to 24 bytes): a prefix matches.
                name = str(span.get("font", "")).split("+")[-1]
                ours = bool(name) and any(font.startswith(name) for font in fonts)
                for char in span.get("chars", []):
                    if ours or (replacement and char["c"] == "\ufffd"):
                        rect |= pymupdf.Rect(char["bbox"])
    return tuple(rect) if not rect.is_empty else tuple(page.rect)


def _structure_text(pdf: pymupdf.Document) -> list[tuple[int | None, str]]:
    """(page number or None, text) of every ``/Alt``, ``/ActualText`` and ``/E`` string held
    by an object (structure elements, marked-content property lists in resources)."""
    pages = {pdf[i].xref: i + 1 for i in range(pdf.page_count)}
    found = []
    for xref in range(1, pdf.xref_length()):
        try:
            keys = pdf.xref_get_keys(xref)
        except RuntimeError:
            continue  # a free or broken object
        for key in _STRUCTURE_KEYS:
            if key not in keys:
                continue
            kind, value = pdf.xref_get_key(xref, key)
            if kind == "string" and value.strip():
                page_ref = pdf.xref_get_key(xref, "Pg")
                page = pages.get(int(page_ref[1].split()[0])) if page_ref[0] == "xref" else None
                found.append((page, value))
    return found


def ingest(document: Document, config: Config) -> None:
    pdf = open_pdf(document.data, config.password)
    if pdf.page_count > config.max_pages:
        pages = pdf.page_count
        pdf.close()
        raise InputError("too_many_pages", pages=pages, limit=config.max_pages)
    try:
        pdf = show_hidden_layers(pdf, config.password)
        document.source = pdf
        document.pages = pdf.page_count
        damaged = 0
        reading = TableReading()
        actual_text = _has_actual_text(pdf)
        pymupdf.TOOLS.reset_mupdf_warnings()
        for number, page in enumerate(pdf, start=1):
            unmapped = _unmapped_fonts(pdf, page)
            if unmapped:
                # The count, not the names: a name comes from the file and the reasons are
                # reported in the record that travels with the copy.
                document.add_unverifiable(
                    "font",
                    f"page {number}: {len(unmapped)} font(s) without a ToUnicode map",
                    page=number,
                    box=_glyph_box(page, {n.split("+")[-1] for n in unmapped}, False),
                )
            lines = _lines(page)
            if "error" in pymupdf.TOOLS.mupdf_warnings():
                # MuPDF skipped what it could not parse (loading or reading the page);
                # another reader may show it.
                damaged += 1
                document.add_unverifiable(
                    "damaged",
                    f"page {number}: damaged, read incompletely",
                    page=number,
                    box=tuple(page.rect),
                )
            pymupdf.TOOLS.reset_mupdf_warnings()
            # The images are listed for the report when OCR is off; on a text page read by
            # OCR (auto) ``read_pdf_page`` lists them itself (the same extraction, with xrefs).
            auto_text = bool(lines) and config.ocr_mode == "auto"
            images = [] if auto_text else _image_boxes(page)
            if not lines:
                if config.ocr_mode != "off":
                    read_pdf_page(document, pdf, page, number, False, config)
                    continue
                for box in images:
                    document.add_unverifiable(
                        "scanned_page", f"page {number}: no text layer", page=number, box=box
                    )
                continue
            for box in images if config.ocr_mode == "off" else ():
                document.add_unverifiable(
                    "image", f"page {number}: an image on a text page", page=number, box=box
                )
            if any("\ufffd" in text for text, _, _ in lines):
                document.add_unverifiable(
                    "font",
                    f"page {number}: text without Unicode mapping",
                    page=number,
                    box=_glyph_box(page, set(), True),
                )
            tables = find_tables(page, lines)
            _add_lines(document, number, lines, tables, reading)
            if actual_text:
                # Where /ActualText says something other than the glyphs, read the glyphs too.
                seen = {text for text, _, _ in lines}
                glyphs = _lines(page, _FLAGS | pymupdf.TEXT_IGNORE_ACTUALTEXT)
                other = [line for line in glyphs if line[0] not in seen]
                if other:
                    _add_lines(document, number, other)
            if config.ocr_mode != "off":
                read_pdf_page(document, pdf, page, number, True, config)
        reading.finish()
        for page_number, text in _structure_text(pdf):
            document.add_segment(text, Locator(page=page_number, part="structure"))
            document.add_separator("\n")
    except MUPDF_ERRORS:
        raise InputError("pdf_corrupt") from None
    if damaged and not document.segments:
        raise InputError("pdf_corrupt")
