"""DOCX copies are read without lxml or python-docx (which wrote or would read them the same
way): every local file header of the ZIP is walked directly (so a duplicate or orphan entry is
seen), XML entries are parsed with the standard library and every text node, attribute value
and paragraph is collected, and other entries are decoded as UTF-8, UTF-16LE and GB18030."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def local_entries(data: bytes) -> list[tuple[str, bytes]]:
    """(name, content) of every local file header, in file order."""
    entries = []
    position = data.find(b"PK\x03\x04")
    while position >= 0 and position + 30 <= len(data):
        (_, _, flags, method, _, _, _, compressed, _, name_len, extra_len) = struct.unpack(
            "<IHHHHHIIIHH", data[position : position + 30]
        )
        name_start = position + 30
        body_start = name_start + name_len + extra_len
        name = data[name_start : name_start + name_len].decode("utf-8", errors="replace")
        if flags & 0x08 and compressed == 0:
            raw = data[body_start:]
        else:
            raw = data[body_start : body_start + compressed]
        body = zlib.decompressobj(-15).decompress(raw) if method == 8 else raw
        entries.append((name, body))
        position = data.find(b"PK\x03\x04", body_start if compressed else name_start)
    return entries


def _xml_text(body: bytes) -> list[str]:
    root = ElementTree.fromstring(body)
    texts = []
    for element in root.iter():
        texts.extend(v for v in element.attrib.values())
        if element.text:
            texts.append(element.text)
        if element.tail:
            texts.append(element.tail)
    for paragraph in root.iter(W + "p"):
        texts.append("".join(t.text or "" for t in paragraph.iter(W + "t")))
    return texts


def extract(path: Path) -> list[tuple[str, str]]:
    layers = []
    for name, body in local_entries(path.read_bytes()):
        layers.append((f"{name}:name", name))
        if name.endswith((".xml", ".rels")):
            try:
                layers.append((name, "\n".join(_xml_text(body))))
                continue
            except ElementTree.ParseError:
                pass
        for encoding in ("utf-8", "utf-16-le", "gb18030"):
            layers.append((f"{name}:{encoding}", body.decode(encoding, errors="ignore")))
    return layers
