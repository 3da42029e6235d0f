"""PDF copies are read with pypdf (not PyMuPDF, which wrote them) and byte by byte:

- pypdf: the text of every page, the document information, XMP, annotations, form fields,
  outlines, named destinations, page labels and attachments, and then every object in the
  cross-reference table, reachable or not: each string, name and stream (decoded through
  its filters) is collected;
- a raw scan of the file's bytes, independent of any parser: every ``stream`` body is
  inflated, and every literal string (escapes and octal codes undone), hex string and name
  (``#xx`` undone) is decoded as UTF-16BE, UTF-8, GB18030 and Latin-1, so an orphan object,
  an old revision, a page label written as hex UTF-8 or a GBK attachment cannot hide a value.
"""

from __future__ import annotations

import contextlib
import logging
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)")
_ESCAPES = {0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0C}
_ENCODINGS = ("utf-16-be", "utf-16-le", "utf-8", "gb18030", "latin-1")
# Joins the many short strings of a layer into one text to search. Folding keeps it (it is
# not whitespace), so a value is never "found" across two unrelated strings.
_JOIN = "\uffff"


_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _decodings(data: bytes) -> list[str]:
    out = [data.decode(encoding, errors="ignore") for encoding in _ENCODINGS]
    if len(data) > 1:  # UTF-16 starting at an odd offset
        out.append(data[1:].decode("utf-16-be", errors="ignore"))
    if b"%" in data:  # a URI: its percent-encoded UTF-8 too
        out.extend(unquote(t) for t in out[2:4] if _PERCENT.search(t))
    return out


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


def _inflate(body: bytes) -> bytes | None:
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        with contextlib.suppress(zlib.error):
            out = zlib.decompressobj(wbits).decompress(body)
            if out:
                return out
    return None


def raw_scan(data: bytes) -> list[str]:
    chunks = [data]
    for match in _STREAM.finditer(data):
        inflated = _inflate(match.group(1))
        if inflated:
            chunks.append(inflated)
    texts: list[str] = []
    for chunk in chunks:
        texts.extend(_decodings(chunk))
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
            decoded.extend(_decodings(string))
        texts.append(_JOIN.join(decoded))
    return texts


def _object_texts(value: Any, out: list[str], seen: set[int], depth: int = 0) -> None:
    """Every string, name and stream payload reachable from ``value``."""
    if depth > 64:
        return
    if isinstance(value, IndirectObject):
        key = (value.idnum << 16) | value.generation
        if key in seen:
            return
        seen.add(key)
        with contextlib.suppress(Exception):
            value = value.get_object()
    if isinstance(value, TextStringObject):
        out.append(str(value))
        out.append(unquote(str(value)))
        out.extend(_decodings(value.original_bytes))
    elif isinstance(value, ByteStringObject):
        out.extend(_decodings(bytes(value)))
    elif isinstance(value, NameObject):
        out.append(str(value))
    elif isinstance(value, DictionaryObject):
        if isinstance(value, StreamObject):
            try:
                out.extend(_decodings(value.get_data()))
            except Exception:  # an undecodable filter: scan the raw bytes
                out.extend(_decodings(value._data))
        for key, item in value.items():
            out.append(str(key))
            _object_texts(item, out, seen, depth + 1)
    elif isinstance(value, ArrayObject):
        for item in value:
            _object_texts(item, out, seen, depth + 1)


def structure(path: Path) -> list[str]:
    reader = PdfReader(path)
    texts: list[str] = []
    for page in reader.pages:
        texts.append(page.extract_text() or "")
    if reader.metadata:
        texts.extend(f"{k} {v}" for k, v in reader.metadata.items())
    with contextlib.suppress(Exception):
        xmp = reader.xmp_metadata
        if xmp is not None:
            texts.extend(_decodings(xmp.stream.get_data()))
    texts.extend(str(name) for name in reader.named_destinations)
    texts.extend(reader.page_labels)
    for name, fields in (reader.get_fields() or {}).items():
        texts.append(name)
        texts.extend(str(fields.get(key, "")) for key in ("/V", "/DV", "/TU", "/T"))
    for name, contents in reader.attachments.items():
        texts.append(name)
        for content in contents:
            texts.extend(_decodings(content))
    objects: list[str] = []
    seen: set[int] = set()
    _object_texts(reader.trailer, objects, seen)
    # Objects nothing refers to any more are still in the file: read them too.
    numbers = [(n, g) for g, entries in reader.xref.items() for n in entries]
    numbers.extend((n, 0) for n in reader.xref_objStm)
    for number, generation in numbers:
        _object_texts(IndirectObject(number, generation, reader), objects, seen)
    texts.append(_JOIN.join(objects))
    return texts


def extract(path: Path) -> list[tuple[str, str]]:
    # A copy pypdf finds odd is still checked byte by byte; its warnings are not the user's.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        layers = [("pypdf", t) for t in structure(path)]
    finally:
        logger.setLevel(level)
    layers.extend(("raw", t) for t in raw_scan(path.read_bytes()))
    return layers
