"""PDF copies are read with pypdf (not PyMuPDF, which wrote them): the text of every page,
the document information, XMP, annotations, form fields, outlines and embedded files; and a
raw scan of the file's bytes in which every stream is inflated and every literal and hex
string is decoded as UTF-16BE, UTF-8, GB18030 and Latin-1, so an orphan object or an old
revision cannot hide a value."""

from __future__ import annotations

import contextlib
import re
import zlib
from pathlib import Path
from typing import Any

from pypdf import PdfReader

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_LITERAL = re.compile(rb"\((?:\\.|[^\\()])*\)", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]{4,})>")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(literal: bytes) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        token = match.group(1)
        if token[:1].isdigit():
            return bytes([int(token, 8) & 0xFF])
        return _ESCAPES.get(token, token)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, literal[1:-1], flags=re.DOTALL)


def _decodings(data: bytes) -> list[str]:
    out = []
    for encoding in ("utf-16-be", "utf-8", "gb18030", "latin-1"):
        out.append(data.decode(encoding, errors="ignore"))
    return out


def raw_scan(data: bytes) -> list[str]:
    chunks = [data]
    for match in _STREAM.finditer(data):
        body = match.group(1)
        try:
            chunks.append(zlib.decompressobj().decompress(body))
        except zlib.error:
            chunks.append(body)
    texts = []
    for chunk in chunks:
        texts.extend(_decodings(chunk))
        strings = [_unescape(m.group(0)) for m in _LITERAL.finditer(chunk)]
        for m in _HEX.finditer(chunk):
            hexdigits = re.sub(rb"\s", b"", m.group(1))
            if len(hexdigits) % 2 == 0:
                strings.append(bytes.fromhex(hexdigits.decode()))
        for string in strings:
            texts.extend(_decodings(string.removeprefix(b"\xfe\xff")))
    return texts


def _walk(value: Any, out: list[str], depth: int = 0) -> None:
    if depth > 12:
        return
    with contextlib.suppress(AttributeError):
        value = value.get_object()
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in {"/Parent", "/P", "/Kids"}:
                _walk(item, out, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _walk(item, out, depth + 1)
    elif isinstance(value, str | bytes):
        out.append(value if isinstance(value, str) else value.decode("latin-1"))


def structure(path: Path) -> list[str]:
    reader = PdfReader(path)
    texts: list[str] = []
    for page in reader.pages:
        texts.append(page.extract_text() or "")
        for annot in page.get("/Annots") or []:
            _walk(annot, texts)
    if reader.metadata:
        texts.extend(str(v) for v in reader.metadata.values())
    _walk(reader.trailer["/Root"], texts)
    for name, contents in reader.attachments.items():
        texts.append(name)
        for content in contents:
            texts.extend(_decodings(content))
    return texts


def extract(path: Path) -> list[tuple[str, str]]:
    layers = [("pypdf", t) for t in structure(path)]
    layers.extend(("raw", t) for t in raw_scan(path.read_bytes()))
    return layers
