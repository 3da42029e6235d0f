"""XLSX copies are read without lxml or openpyxl: every local file header of the ZIP is
walked directly (so a duplicate, shadowed or orphan entry is seen), XML entries are parsed
with the standard library (comments and processing instructions kept) and every text node and
attribute value collected (percent-decoded too), each string item's rich-text runs joined, and
every cell value and cached number also read as its exact decimal digits (a value stored as
``1.10101199003071E+17`` is ``110101199003071000``); an entry that does not parse as XML, and
every other entry, is decoded as UTF-8, UTF-16 and GB18030; a ZIP inside an entry is walked the
same way."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from stages.verify.docx import _layers as package_layers
from stages.verify.docx import local_entries

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_LOCAL = b"PK\x03\x04"
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+|[+-]?\d+\.\d+")
_VALUES = {_S + "v", "{http://schemas.openxmlformats.org/drawingml/2006/chart}v"}
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Elements whose runs make one text: string items, DrawingML paragraphs (shapes, chart titles).
_ITEMS = {_S + "si": _S + "t", _S + "is": _S + "t", _A + "p": _A + "t"}
# Between the texts of one layer: kept by folding (a noncharacter, not whitespace), so two
# neighbouring texts never read as one value.
SEPARATOR = "\uffff"


def expanded_numbers(text: str) -> list[str]:
    out = []
    for literal in _NUMBER.findall(text):
        with contextlib.suppress(InvalidOperation):
            digits = format(Decimal(literal), "f")
            out.append(digits.rstrip("0").rstrip(".") if "." in digits else digits)
    return out


def _parse(body: bytes) -> ElementTree.Element:
    builder = ElementTree.TreeBuilder(insert_comments=True, insert_pis=True)
    parser = ElementTree.XMLParser(target=builder)
    parser.feed(body)
    return parser.close()


def _xml_texts(root: ElementTree.Element) -> list[str]:
    texts: list[str] = []
    for element in root.iter():
        for value in element.attrib.values():
            texts.append(value)
            if "%" in value:
                texts.append(unquote(value))
        if element.text:
            texts.append(element.text)
            if element.tag in _VALUES and ("E" in element.text or "e" in element.text or "." in element.text):
                texts.extend(expanded_numbers(element.text))
        if element.tail and element.tail.strip():
            texts.append(element.tail)
        run = _ITEMS.get(element.tag)
        if run is not None:
            texts.append("".join(t.text or "" for t in element.iter(run)))
        for name in ("v", "val"):
            value = element.attrib.get(name, "")
            if "E" in value or "e" in value or "." in value:
                texts.extend(expanded_numbers(value))
    return texts


def _entry_layers(name: str, body: bytes, depth: int) -> list[tuple[str, str]]:
    layers = [(f"{name}:name", name)]
    if body.startswith(_LOCAL) and depth < 4:
        return layers + package_layers(body, f"{name}!", depth + 1)
    if body.lstrip()[:1] == b"<" or body.startswith(b"\xef\xbb\xbf"):
        try:
            return [*layers, (name, SEPARATOR.join(_xml_texts(_parse(body))))]
        except ElementTree.ParseError:
            pass
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
        if encoding == "gb18030" and body.isascii():
            continue
        layers.append((f"{name}:{encoding}", body.decode(encoding, errors="ignore")))
    return layers


def extract(path: Path) -> list[tuple[str, str]]:
    layers: list[tuple[str, str]] = []
    for name, body in local_entries(path.read_bytes()):
        layers.extend(_entry_layers(name, body, 0))
    return layers
