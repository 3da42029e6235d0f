"""OFD (GB/T 33190-2016) names, references and text geometry, shared by the stages that read
and write OFD (ingest, redact).

An OFD is a ZIP whose entry point is ``OFD.xml``; every other part is reached by a reference
(``ST_Loc``): a path from the package root if it starts with ``/``, otherwise relative to the
folder of the part that names it (``Res@BaseLoc`` prefixes a resource file's media and font
files). Folder names are not fixed (``Tpls``, ``TPLS``, ``KingGridTPLS``…), so parts are found
by following references, never by their names. Namespaces vary between producers
(``http://www.ofdspec.org/2016``, ``http://www.ofdspec.org``), so elements are matched on their
local names.

A ``TextCode``'s characters are placed from its ``X``/``Y`` by ``DeltaX``/``DeltaY``, the
offset of each glyph from the one before, with the abbreviation ``g N v`` for N copies of v;
a missing entry repeats the last one (as ofdrw reads them). ``CGTransform@CodePosition`` counts
characters across all the ``TextCode``s of its ``TextObject``. Units are millimetres, y grows
downwards; an object's ``CTM`` maps its own space into its ``Boundary``.
"""

from __future__ import annotations

import contextlib
import posixpath
import re

from lxml import etree

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if local(child) == name]


def child(element: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in element if local(c) == name), None)


def descendants(element: etree._Element, *names: str) -> list[etree._Element]:
    wanted = set(names)
    return [e for e in element.iter() if local(e) in wanted]


def namespace(element: etree._Element) -> str:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def resolve(base_part: str, location: str) -> str:
    """The package path ``location`` names, seen from the part ``base_part``."""
    location = (location or "").strip().replace("\\", "/")
    if location.startswith("/"):
        return posixpath.normpath(location.lstrip("/"))
    folder = posixpath.dirname(base_part)
    return posixpath.normpath(posixpath.join(folder, location))


def numbers(value: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(value or "")]


def deltas(value: str | None, count: int) -> list[float]:
    """``count`` offsets from a DeltaX/DeltaY list (``g N v`` expanded; missing ones repeat
    the last; extra ones ignored)."""
    out: list[float] = []
    tokens = (value or "").split()
    i = 0
    while i < len(tokens) and len(out) < count:
        token = tokens[i]
        if token == "g" and i + 2 < len(tokens):
            try:
                repeat, amount = int(float(tokens[i + 1])), float(tokens[i + 2])
            except ValueError:
                break
            out.extend([amount] * max(repeat, 0))
            i += 3
            continue
        with contextlib.suppress(ValueError):
            out.append(float(token))
        i += 1
    if out and len(out) < count:
        out.extend([out[-1]] * (count - len(out)))
    if not out:
        out = [0.0] * count
    return out[:count]


def matrix(value: str | None) -> Matrix:
    values = numbers(value)
    if len(values) != 6:
        return IDENTITY
    return (values[0], values[1], values[2], values[3], values[4], values[5])


def compose(outer: Matrix, inner: Matrix) -> Matrix:
    """The matrix applying ``inner`` first, then ``outer``."""
    a1, b1, c1, d1, e1, f1 = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a1 * a2 + c1 * b2,
        b1 * a2 + d1 * b2,
        a1 * c2 + c1 * d2,
        b1 * c2 + d1 * d2,
        a1 * e2 + c1 * f2 + e1,
        b1 * e2 + d1 * f2 + f1,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def object_matrix(element: etree._Element) -> Matrix:
    """Object space → the space the object's ``Boundary`` is in."""
    box = numbers(element.get("Boundary"))
    shift = (1.0, 0.0, 0.0, 1.0, box[0], box[1]) if len(box) >= 2 else IDENTITY
    return compose(shift, matrix(element.get("CTM")))


def advance(char: str, size: float) -> float:
    """A glyph's width when no offset tells it: full width for CJK, about half for Latin."""
    return size if ord(char) >= 0x2E80 else size * 0.6


def code_positions(
    codes: list[etree._Element], size: float | None = None
) -> list[list[tuple[float, float]]]:
    """Each TextCode's glyph positions in its TextObject's space (a missing X or Y is the
    previous TextCode's). Without ``DeltaX`` a viewer advances by the font's widths: given the
    object's ``size``, a glyph is taken to advance by ``advance`` (so removing one does not
    move the others when the offsets are written out)."""
    out = []
    x = y = 0.0
    for code in codes:
        text = code.text or ""
        if code.get("X") is not None:
            x = _float(code.get("X"), x)
        if code.get("Y") is not None:
            y = _float(code.get("Y"), y)
        dx = deltas(code.get("DeltaX"), max(len(text) - 1, 0))
        if code.get("DeltaX") is None and size:
            dx = [advance(char, size) for char in text[:-1]]
        dy = deltas(code.get("DeltaY"), max(len(text) - 1, 0))
        positions = []
        px, py = x, y
        for index in range(len(text)):
            positions.append((px, py))
            if index < len(dx):
                px += dx[index]
                py += dy[index]
        out.append(positions)
    return out


def _float(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def format_number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in {"", "-0"} else text


class CodeNode:
    """A ``TextCode`` as a text node: ingest reads its characters, redact removes some."""

    __slots__ = ("code",)

    def __init__(self, code: etree._Element) -> None:
        self.code = code

    @property
    def text(self) -> str:
        return self.code.text or ""

    def getparent(self) -> etree._Element:
        return self.code


def find_entry(entries: dict[str, bytes], name: str) -> str | None:
    """The entry ``name`` names (some producers' references differ from it in case)."""
    if name in entries:
        return name
    lowered = name.lower()
    return next((n for n in entries if n.lower() == lowered), None)
