"""OFD copies are read without lxml (which wrote them): every local file header of the ZIP
is walked directly (duplicate, shadowed and orphan entries included), every XML entry parsed
with the standard library and each text node and attribute value collected, the characters of
each ``TextObject`` joined and those of each part joined in document order (a value split over
several objects is still one string), and every entry decoded as UTF-8, UTF-16 and GB18030; a
ZIP inside an entry (an attached package, a nested seal) is walked the same way."""

from __future__ import annotations

import contextlib
from pathlib import Path
from xml.etree import ElementTree

from stages.verify.docx import extract as package_layers
from stages.verify.docx import local_entries

# Between the texts of one layer: kept by folding (a noncharacter, not whitespace), so two
# neighbouring texts never read as one value.
SEPARATOR = "\uffff"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text_layers(body: bytes) -> list[str]:
    root = ElementTree.fromstring(body)
    objects = []
    everything = []
    for element in root.iter():
        if _local(element.tag) == "TextObject":
            objects.append(
                "".join(code.text or "" for code in element if _local(code.tag) == "TextCode")
            )
        if _local(element.tag) == "TextCode":
            everything.append(element.text or "")
    return [*objects, "".join(everything)]


def extract(path: Path) -> list[tuple[str, str]]:
    layers = package_layers(path)
    for name, body in local_entries(path.read_bytes()):
        if body.lstrip()[:1] == b"<" or body.startswith(b"\xef\xbb\xbf"):
            with contextlib.suppress(ElementTree.ParseError):
                layers.append((f"{name}:text", SEPARATOR.join(_text_layers(body))))
    return layers
