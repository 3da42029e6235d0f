"""WordprocessingML names and a safe XML parser shared by the stages that read DOCX parts."""

from __future__ import annotations

import re

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Parts whose paragraphs are part of the document's text, in reading order.
TEXT_PART = re.compile(
    r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments|glossary/document)\.xml$"
)


def part_order(name: str) -> tuple[int, str]:
    kinds = ("document", "header", "footer", "footnotes", "endnotes", "comments", "glossary")
    stem = name.removeprefix("word/")
    for i, kind in enumerate(kinds):
        if stem.startswith(kind):
            return i, name
    return len(kinds), name


def parser() -> etree.XMLParser:
    """No DTDs, no entity expansion, no network: a DOCX is untrusted input."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, parser())
