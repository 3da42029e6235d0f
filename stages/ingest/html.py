"""HTML pages of a publishing system: decoded (BOM, the declared charset widened to GB18030,
UTF-8), tokenised with the standard library (``pipeline.htmlpage``) and read as a reader and a
crawler see them: element text (hidden elements, ``<template>``, ``<noscript>``,
``<textarea>`` and SVG text included; inline elements do not break a line), comments (SSI and
conditional ones too), script and style bodies (JSON-LD included, with ``\\u`` escapes decoded),
and every attribute value that is not structure (``title``, ``alt``, ``value``, ``content`` of
``meta``, ``placeholder``, ``aria-label``, ``data-*``, ``href``/``src`` with their query
strings percent-decoded from UTF-8 or GBK, base64 ``data:`` URIs decoded). Each node is one
segment (``line`` is its source line, ``node`` its index)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.config import Config
from pipeline.htmlpage import DATA_IMAGE, Node, decode, is_raster_image, nodes
from pipeline.model import Document, Locator


@dataclass(slots=True)
class HtmlSource:
    text: str
    encoding: str
    nodes: dict[str, list[Node]] = field(default_factory=dict)


def ingest(document: Document, config: Config) -> None:
    text, encoding = decode(document.data)
    found = nodes(text)
    source = HtmlSource(text, encoding, {"html": found})
    document.source = source
    document.encoding = encoding
    for index, node in enumerate(found):
        line = text.count("\n", 0, node.pieces[0].start) + 1
        document.add_segment(node.text, Locator(part="html", line=line, node=index))
        document.add_separator("\n")
    for match in DATA_IMAGE.finditer(text):
        if is_raster_image(match.group(1)):
            line = text.count("\n", 0, match.start()) + 1
            document.add_unverifiable(
                "image", f"line {line}: a picture inside the page (data: URI); its pixels are not read",
                part="html",
            )
