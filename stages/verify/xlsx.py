"""XLSX copies are read without lxml or openpyxl: every local file header of the ZIP is
walked directly (so a duplicate, shadowed or orphan entry is seen), XML entries are parsed
with the standard library and every text node and attribute value collected, a string item's
rich-text runs joined, and every number also read as its exact decimal digits (a value stored
as ``1.10101199003071E+17`` is ``110101199003071000``); other entries are decoded as UTF-8,
UTF-16 and GB18030."""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree import ElementTree

from stages.verify.docx import extract as package_layers
from stages.verify.docx import local_entries

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+|[+-]?\d+\.\d+")

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


def _sheet_texts(body: bytes) -> list[str]:
    root = ElementTree.fromstring(body)
    texts = []
    for item in root.iter():
        if item.tag in (_S + "si", _S + "is"):
            texts.append("".join(t.text or "" for t in item.iter(_S + "t")))
        values = [item.text or "", *item.attrib.values()]
        for value in values:
            texts.extend(expanded_numbers(value))
    return texts


def extract(path: Path) -> list[tuple[str, str]]:
    layers = package_layers(path)
    for name, body in local_entries(path.read_bytes()):
        if body.lstrip()[:1] == b"<":
            with contextlib.suppress(ElementTree.ParseError):
                layers.append((f"{name}:cells", SEPARATOR.join(_sheet_texts(body))))
    return layers
