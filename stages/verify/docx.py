"""DOCX copies are read without lxml or python-docx (which wrote them, or would read them the
same way): every local file header of the ZIP is walked directly, ignoring the central
directory (so a duplicate, shadowed or orphan entry is seen); XML entries are parsed with the
standard library and every text node, attribute value (also percent-decoded: link targets) and
paragraph (its ``w:t``, ``w:delText`` and ``w:instrText`` joined) is collected; other entries
are decoded as UTF-8, UTF-16LE/BE and GB18030; a ZIP inside an entry (an embedded package) is
walked the same way."""

from __future__ import annotations

import contextlib
import struct
import zlib
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH_TEXT = {W + "t", W + "delText", W + "instrText"}
_LOCAL = b"PK\x03\x04"
_MAX_DEPTH = 4


def local_entries(data: bytes) -> list[tuple[str, bytes]]:
    """(name, content) of every local file header, in file order."""
    entries = []
    position = data.find(_LOCAL)
    while position >= 0 and position + 30 <= len(data):
        (_, _, flags, method, _, _, _, compressed, _, name_len, extra_len) = struct.unpack(
            "<IHHHHHIIIHH", data[position : position + 30]
        )
        name_start = position + 30
        body_start = name_start + name_len + extra_len
        name = data[name_start : name_start + name_len].decode("utf-8", errors="replace")
        if flags & 0x08 and compressed == 0:
            # Sizes in a data descriptor after the body: inflate until the stream ends.
            raw = data[body_start:]
        else:
            raw = data[body_start : body_start + compressed]
        try:
            body = zlib.decompressobj(-15).decompress(raw) if method == 8 else raw
        except zlib.error:
            body = raw
        entries.append((name, body))
        position = data.find(_LOCAL, position + 4)
    return entries


def _xml_text(body: bytes) -> list[str]:
    root = ElementTree.fromstring(body)
    texts = []
    for element in root.iter():
        for value in element.attrib.values():
            texts.append(value)
            if "%" in value:
                texts.append(unquote(value))
        if element.text:
            texts.append(element.text)
        if element.tail:
            texts.append(element.tail)
    for paragraph in root.iter(W + "p"):
        texts.append("".join(t.text or "" for t in paragraph.iter() if t.tag in _PARAGRAPH_TEXT))
    return texts


def _layers(data: bytes, prefix: str, depth: int) -> list[tuple[str, str]]:
    layers = []
    for name, body in local_entries(data):
        label = f"{prefix}{name}"
        layers.append((f"{label}:name", name))
        if body.startswith(_LOCAL) and depth < _MAX_DEPTH:
            layers.extend(_layers(body, f"{label}!", depth + 1))
        if body.lstrip()[:1] == b"<":
            with contextlib.suppress(ElementTree.ParseError):
                layers.append((label, "\n".join(_xml_text(body))))
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
            if encoding == "gb18030" and body.isascii():
                continue  # ASCII reads the same in GB18030 as in UTF-8
            layers.append((f"{label}:{encoding}", body.decode(encoding, errors="ignore")))
    return layers


def extract(path: Path) -> list[tuple[str, str]]:
    return _layers(path.read_bytes(), "", 0)
