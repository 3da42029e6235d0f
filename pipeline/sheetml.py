"""SpreadsheetML names and the cell text nodes shared by the stages that read and write XLSX
(ingest, redact).

A cell's text is in one of three places: a shared string (``t="s"``: ``<v>`` is an index into
``xl/sharedStrings.xml``, whose ``<si>`` holds a ``<t>`` or rich-text runs ``<r><t>``), an
inline string (``t="inlineStr"``: the same structure in ``<is>``), or ``<v>`` itself (numbers,
booleans, errors and a formula's cached string). A number is shown in the flat text as its exact
decimal expansion (``1.10101199003071E+17`` → ``110101199003071000``), never through a float.

Editing a cell never edits a shared string, which other cells may show too: the cell gets an
inline copy of its string first (``CellText``) and the edit is made there; a number, boolean or
cached value that is edited becomes an inline string and its formula is removed, so the value
cannot come back when the workbook recalculates (``CellValue``).
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal, InvalidOperation

from lxml import etree

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
S = f"{{{S_NS}}}"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
XM = "{http://schemas.microsoft.com/office/excel/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def runs(holder: etree._Element) -> list[etree._Element]:
    """The ``<t>`` elements of a string item (``si`` or ``is``) in reading order; phonetic
    runs (``rPh``) are not part of the text."""
    found = []
    for child in holder:
        if child.tag == S + "t":
            found.append(child)
        elif child.tag == S + "r":
            t = child.find(S + "t")
            if t is not None:
                found.append(t)
    return found


def expand_number(literal: str) -> str:
    """A number as its exact decimal digits (no exponent, no float rounding)."""
    text = literal.strip()
    if not _NUMBER.match(text):
        return literal
    try:
        value = Decimal(text)
    except InvalidOperation:
        return literal
    expanded = format(value, "f")
    if "." in expanded:
        expanded = expanded.rstrip("0").rstrip(".")
    return expanded or "0"


def column_index(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of an A1 reference."""
    match = _CELL_REF.match(ref or "")
    if not match:
        return None
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits), column


def make_inline(cell: etree._Element, text: str) -> etree._Element:
    """Turn ``cell`` into an inline string cell holding ``text`` (its formula and value
    removed). Returns the ``<is>``."""
    for child in list(cell):
        if child.tag in (S + "f", S + "v", S + "is"):
            cell.remove(child)
    inline = etree.SubElement(cell, S + "is")
    t = etree.SubElement(inline, S + "t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    cell.set("t", "inlineStr")
    return inline


class CellString:
    """A string cell and where its text is: its shared item until the first edit, then its
    own inline copy (one per cell, whichever of its runs is edited first)."""

    __slots__ = ("cell", "holder", "shared")

    def __init__(self, cell: etree._Element, holder: etree._Element, shared: bool):
        self.cell = cell
        self.holder = holder
        self.shared = shared

    def own(self) -> etree._Element:
        if self.shared:
            # The shared item stays for the other cells that show it (and goes if none is).
            for child in list(self.cell):
                if child.tag in (S + "f", S + "v", S + "is"):
                    self.cell.remove(child)
            inline = etree.SubElement(self.cell, S + "is")
            for child in self.holder:
                if child.tag in (S + "t", S + "r"):
                    inline.append(copy.deepcopy(child))
            self.cell.set("t", "inlineStr")
            self.holder = inline
            self.shared = False
        return self.holder


class CellText:
    """Run ``index`` of a cell's string (shared or inline) as a text node."""

    __slots__ = ("index", "string")

    def __init__(self, string: CellString, index: int):
        self.string = string
        self.index = index

    @property
    def text(self) -> str:
        return runs(self.string.holder)[self.index].text or ""

    @text.setter
    def text(self, value: str) -> None:
        node = runs(self.string.own())[self.index]
        node.text = value
        node.set(XML_SPACE, "preserve")

    def getparent(self) -> etree._Element:
        return self.string.cell


class CellValue:
    """A cell's ``<v>`` (a number shown as its decimal expansion, a boolean, an error, a
    formula's cached string) as a text node."""

    __slots__ = ("cell", "number")

    def __init__(self, cell: etree._Element):
        self.cell = cell
        self.number = cell.get("t", "n") == "n"

    @property
    def text(self) -> str:
        value = self.cell.find(S + "v")
        raw = value.text or "" if value is not None else ""
        return expand_number(raw) if self.number else raw

    @text.setter
    def text(self, value: str) -> None:
        if value != self.text:
            make_inline(self.cell, value)

    def getparent(self) -> etree._Element:
        return self.cell
