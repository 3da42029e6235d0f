"""PDF copies are read with PDFium and pypdf (not PyMuPDF, which wrote them) and byte by byte:

- PDFium (pypdfium2): the text of every page, its character codes mapped to Unicode;
- pypdf: the document information, XMP, annotations, form fields,
  outlines, named destinations, page labels and attachments, and then every object in the
  cross-reference table, reachable or not: each string, name and stream (decoded through
  its filters) is collected;
- a raw scan of the file's bytes, independent of any parser: every ``stream`` body is
  inflated, and every literal string (escapes and octal codes undone), hex string and name
  (``#xx`` undone) is decoded as UTF-16BE, UTF-8, GB18030 and Latin-1, so an orphan object,
  an old revision, a page label written as hex UTF-8 or a GBK attachment cannot hide a value.

Parts of a stream that cannot hold a string — the glyph outlines and metrics of a TrueType or
OpenType font program, the entropy-coded data of a JPEG image, the compressed bytes of a stream
that inflates — are not decoded as text (see ``_pieces``); everything else is. Each distinct
payload is decoded once, whichever reading meets it first."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)
from pypdfium2 import PdfiumError

from pipeline.errors import raised_in

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)")
_ESCAPES = {0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0C}
_ENCODINGS = ("utf-16-be", "utf-16-le", "utf-8", "gb18030", "latin-1")
# Joins the many short strings of a layer into one text to search. Folding keeps it (it is
# not whitespace), so a value is never "found" across two unrelated strings.
_JOIN = "\uffff"


_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _decodings(data: bytes) -> Iterator[str]:
    """``data`` decoded every way a value could be written in it, one reading at a time (six
    readings of a large payload at once, the embedded record of a long document, were most of
    the memory the check needed)."""
    if data.isascii():
        # UTF-8, GB18030 and Latin-1 read ASCII alike: that text once, the UTF-16 readings.
        text = data.decode("ascii")
        yield text
        if b"%" in data and _PERCENT.search(text):
            yield unquote(text)
        del text
        yield data.decode("utf-16-be", errors="ignore")
        yield data.decode("utf-16-le", errors="ignore")
        if len(data) > 1:
            yield data[1:].decode("utf-16-be", errors="ignore")
        return
    for encoding in _ENCODINGS:
        text = data.decode(encoding, errors="ignore")
        yield text
        if encoding in ("utf-8", "gb18030") and b"%" in data and _PERCENT.search(text):
            yield unquote(text)  # a URI: its percent-encoded UTF-8 too
    if len(data) > 1:  # UTF-16 starting at an odd offset
        yield data[1:].decode("utf-16-be", errors="ignore")


class _Decoder:
    """``_decodings`` of each distinct byte string once per copy. pypdf's walk and the raw
    scan meet the same payloads (a Flate stream's data, a name, a string): the same bytes give
    the same texts, which are searched for the same values, so a repeat adds nothing but time
    (half the leak check of a long PDF). Keys are the bytes themselves, or a BLAKE2 digest of
    longer ones (no collision to fear: a skipped payload must really be a repeat)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: set[bytes] = set()

    def _new(self, data: bytes) -> bool:
        key = b"s" + data if len(data) <= 64 else b"h" + hashlib.blake2b(data).digest()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def __call__(self, data: bytes) -> Iterator[str]:
        return _decodings(data) if self._new(data) else iter(())

    def payload(self, data: bytes) -> Iterator[str]:
        """A stream's data: a font program or a JPEG image without the parts that hold no
        strings (``_pieces``), anything else whole."""
        if not self._new(data):
            return iter(())
        return (text for piece in _pieces(data) for text in _decodings(piece))


# --- payloads with parts that hold no strings ---------------------------------------------------
#
# Decoding binary data as text costs time and, worse, makes noise: glyph outlines or image data
# read as UTF-16 are millions of random characters, in which a two-character name turns up by
# chance once a document is long enough (a 2000-page copy failed its check that way). Only
# parts that cannot hold a string are left out, found from the bytes (not from what the PDF
# says the stream is): the outline and metric tables of a TrueType/OpenType font program (its
# names, PostScript glyph names, CFF data and every other table are read), and the
# entropy-coded data of a JPEG (its marker segments — EXIF, XMP, comments — are read). Data
# that does not parse exactly as such is read whole.

_SFNT_VERSIONS = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"typ1")
# Glyph outlines, hinting programs and metrics: numbers and bytecode, never a string.
_NO_STRINGS = {
    b"glyf",
    b"loca",
    b"hmtx",
    b"vmtx",
    b"hdmx",
    b"cvt ",
    b"fpgm",
    b"prep",
    b"LTSH",
    b"VDMX",
}


def _sfnt_pieces(data: bytes) -> list[bytes] | None:
    if len(data) < 12 or data[:4] not in _SFNT_VERSIONS:
        return None
    (count,) = struct.unpack(">H", data[4:6])
    directory_end = 12 + 16 * count
    if not count or directory_end > len(data):
        return None
    skipped: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] = []
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        if offset < directory_end or offset + length > len(data):
            return None  # not a consistent font: read it all
        (skipped if tag in _NO_STRINGS else kept).append((offset, offset + length))
    if any(a < d and c < b for a, b in skipped for c, d in kept):
        return None  # another table shares bytes with an outline table: read it all
    pieces, position = [], 0
    for start, end in sorted(skipped):
        if start > position:
            pieces.append(data[position:start])
        position = max(position, end)
    pieces.append(data[position:])
    return [piece for piece in pieces if piece]


def _jpeg_pieces(data: bytes) -> list[bytes] | None:
    if not data.startswith(b"\xff\xd8\xff"):
        return None
    pieces: list[bytes] = []
    kept_from, i, n = 0, 2, len(data)
    while i + 1 < n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:  # end of image; anything after it is read
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # no length
            i += 2
            continue
        if i + 4 > n:
            return None
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if end > n or end < i + 4:
            return None
        if marker != 0xDA:
            i = end
            continue
        # Start of scan: entropy-coded data up to the next marker (FF 00 is a stuffed FF,
        # FF D0–D7 a restart marker inside the scan).
        pieces.append(data[kept_from:end])
        j = end
        while True:
            j = data.find(b"\xff", j)
            if j < 0:  # the scan runs to the end of the data
                return pieces
            if j + 1 >= n:
                return [*pieces, data[j:]]
            following = data[j + 1]
            if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                j += 1 if following == 0xFF else 2
                continue
            break
        kept_from = i = j
    pieces.append(data[kept_from:])
    return [piece for piece in pieces if piece]


def _pieces(data: bytes) -> list[bytes]:
    return _sfnt_pieces(data) or _jpeg_pieces(data) or [data]


def _literals(data: bytes) -> Iterator[bytes]:
    """Every literal string ``( ... )`` with nesting, escapes and octal codes undone."""
    i, n = 0, len(data)
    while True:
        start = data.find(b"(", i)
        if start < 0:
            return
        depth, j, out = 1, start + 1, bytearray()
        while j < n and depth:
            char = data[j]
            if char == 0x5C and j + 1 < n:
                nxt = data[j + 1]
                if nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                    j += 2
                elif 0x30 <= nxt <= 0x37:
                    digits = re.match(rb"[0-7]{1,3}", data[j + 1 : j + 4])
                    assert digits is not None
                    out.append(int(digits.group(), 8) & 0xFF)
                    j += 1 + len(digits.group())
                elif nxt in b"\r\n":
                    j += 2
                else:
                    out.append(nxt)
                    j += 2
                continue
            if char == 0x28:
                depth += 1
            elif char == 0x29:
                depth -= 1
                if not depth:
                    break
            out.append(char)
            j += 1
        yield bytes(out)
        i = j + 1


def _inflate(body: bytes) -> tuple[bytes, bytes] | None:
    """The inflated stream and the bytes after the end of its compressed data, if any."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        with contextlib.suppress(zlib.error):
            inflater = zlib.decompressobj(wbits)
            out = inflater.decompress(body)
            if out:
                return out, inflater.unused_data
    return None


def raw_scan(data: bytes, decode: _Decoder | None = None) -> Iterator[str]:
    """The file's bytes without a parser. Streams that inflate are read inflated, JPEG images
    by their marker segments; the rest of the file (every other stream as it is, the objects,
    anything between or after them) is read as it stands, without the compressed bodies,
    whose bytes are no text (only noise: see ``_pieces``)."""
    decode = decode or _Decoder()
    syntax: list[bytes] = []  # PDF syntax: strings, hex strings and names are parsed out
    payloads: list[bytes] = []  # read whole (font programs, JPEG images: their pieces)
    outside: list[bytes] = []
    position = 0
    for match in _STREAM.finditer(data):
        body = match.group(1)
        inflated = _inflate(body)
        if inflated:
            content, rest = inflated
            if rest:
                syntax.append(rest)
            (payloads if _sfnt_pieces(content) else syntax).append(content)
        elif _jpeg_pieces(body):
            payloads.append(body)
        else:
            continue
        outside.append(data[position : match.start(1)])
        position = match.end(1)
    outside.append(data[position:])
    syntax.insert(0, b"\n".join(outside))
    for payload in payloads:
        yield from decode.payload(payload)
    for chunk in syntax:
        yield from decode(chunk)
        strings = list(_literals(chunk))
        for m in _HEX.finditer(chunk):
            digits = re.sub(rb"\s", b"", m.group(1))
            strings.append(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode()))
        for m in _NAME.finditer(chunk):
            strings.append(
                re.sub(rb"#([0-9A-Fa-f]{2})", lambda g: bytes([int(g.group(1), 16)]), m.group(1))
            )
        decoded: list[str] = []
        for string in strings:
            if string.startswith((b"\xfe\xff", b"\xef\xbb\xbf")):
                string = string[3:] if string[0] == 0xEF else string[2:]
            decoded.extend(decode(string))
        yield _JOIN.join(decoded)


def _object_texts(root: Any, seen: set[int], decode: _Decoder) -> Iterator[str]:
    """Every string, name and stream payload reachable from ``root``, walked with a stack (not
    recursion, so the texts can be searched part by part as they come). Direct objects are
    followed 64 levels deep below each indirect object."""
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > 64:
            continue
        if isinstance(value, IndirectObject):
            key = (value.idnum << 16) | value.generation
            if key in seen:
                continue
            seen.add(key)
            depth = 0
            with contextlib.suppress(Exception):
                value = value.get_object()
        if isinstance(value, TextStringObject):
            yield str(value)
            yield unquote(str(value))
            yield from decode(value.original_bytes)
        elif isinstance(value, ByteStringObject):
            yield from decode(bytes(value))
        elif isinstance(value, NameObject):
            yield str(value)
        elif isinstance(value, DictionaryObject):
            if isinstance(value, StreamObject):
                try:
                    texts = decode.payload(value.get_data())
                except Exception:  # an undecodable filter: scan the raw bytes
                    texts = decode.payload(value._data)
                yield from texts
            for key, item in value.items():
                yield str(key)
                stack.append((item, depth + 1))
        elif isinstance(value, ArrayObject):
            stack.extend((item, depth + 1) for item in value)


# The objects' texts are searched in parts of about this many characters, each as soon as it
# is read, so that memory does not grow with the document.
_PART = 1 << 20
_CACHED_OBJECTS = 512


def page_texts(path: Path) -> Iterator[str]:
    """The text of each page as PDFium reads it, one page at a time, so memory does not grow
    with the document. PDFium shares no code with MuPDF (which wrote the copy) or pypdf."""
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                yield textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def structure(path: Path, decode: _Decoder | None = None) -> Iterator[str]:
    decode = decode or _Decoder()
    yield from page_texts(path)
    reader = PdfReader(path)
    texts: list[str] = []
    attached: list[bytes] = []
    if reader.metadata:
        texts.extend(f"{k} {v}" for k, v in reader.metadata.items())
    with contextlib.suppress(Exception):
        xmp = reader.xmp_metadata
        if xmp is not None:
            texts.extend(decode(xmp.stream.get_data()))
    texts.extend(str(name) for name in reader.named_destinations)
    texts.extend(reader.page_labels)
    for name, fields in (reader.get_fields() or {}).items():
        texts.append(name)
        texts.extend(str(fields.get(key, "")) for key in ("/V", "/DV", "/TU", "/T"))
    for name, contents in reader.attachments.items():
        texts.append(name)
        attached.extend(contents)
    yield from texts
    for content in attached:
        yield from decode(content)
    seen: set[int] = set()
    # Objects nothing refers to any more are still in the file: read them too.
    numbers = [(n, g) for g, entries in reader.xref.items() for n in entries]
    numbers.extend((n, 0) for n in reader.xref_objStm)
    roots = [reader.trailer, *(IndirectObject(n, g, reader) for n, g in numbers)]
    objects: list[str] = []
    size = 0
    for root in roots:
        if len(reader.resolved_objects) > _CACHED_OBJECTS:
            # pypdf keeps every object it parsed (and each stream's data, raw and decoded):
            # the whole file in Python objects by the end. Each is walked once; one that
            # is reached again is parsed again.
            reader.resolved_objects.clear()
        for text in _object_texts(root, seen, decode):
            if len(text) > _PART:  # a large payload: searched on its own, not copied in a join
                yield text
                continue
            objects.append(text)
            size += len(text)
            if size > _PART:
                yield _JOIN.join(objects)
                objects.clear()
                size = 0
    yield _JOIN.join(objects)


def iter_layers(path: Path) -> Iterator[tuple[str, str]]:
    """(reading, text) of every layer, each read when asked for."""
    # A copy pypdf finds odd is still checked byte by byte; its warnings are not the user's.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    decode = _Decoder()  # shared: a payload both readings meet is decoded once
    try:
        for text in structure(path, decode):
            yield "pypdf", text
    finally:
        logger.setLevel(level)
    for text in raw_scan(path.read_bytes(), decode):
        yield "raw", text


def extract(path: Path) -> list[tuple[str, str]]:
    return list(iter_layers(path))


def reader_gave_up(exc: BaseException) -> bool:
    """Whether an independent reader (PDFium for the page text, pypdf for the objects) gave up
    on the PDF copy: one of their errors (pypdf's limits on font widths and ``/ToUnicode``
    maps, a syntax error; PDFium failing to load the file or a page) or any other exception
    raised inside them (``chr()`` of a code out of range, …). MuPDF wrote the copy and reads
    it fine, but a copy the other readers cannot read is not verified: it fails closed as a
    leak does (copy deleted, ``leak_check`` failed, the record written), with a message that
    says so. Our own errors stay internal errors."""
    return (
        isinstance(exc, PyPdfError | PdfiumError)
        or raised_in(exc, "pypdf")
        or raised_in(exc, "pypdfium2")
    )
