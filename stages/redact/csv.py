"""CSV: each redacted cell is written back in its place (quoted if it was, or if the new value
needs it); every other byte of the file stays as it was, in the input's encoding (a BOM kept).
A replacement that the encoding cannot hold stops the copy (never a ``?`` in its place). The
sanitized record goes beside the copy as ``<stem>.redacted.record.json``."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.csvtext import quote
from pipeline.errors import InputError
from pipeline.leakscan import Masker
from pipeline.model import Document
from stages.redact.edits import node_edits, spliced


def redact(
    document: Document,
    cuts: list,
    record: Callable[[list[dict]], bytes],
    secrets: list[tuple[str, str]],
) -> bytes:
    source = document.source
    nodes = source.nodes["csv"]
    for (_, index), changes in node_edits(document, cuts).items():
        nodes[index or 0].text = spliced(nodes[index or 0].text, changes)
    mask = Masker(secrets) if secrets else None
    pieces: list[str] = []
    position = 0
    for node in nodes:
        value = node.text
        if mask is not None:
            value = mask(value)
        if value == node.cell.value and node.edited is None:
            continue
        pieces.append(source.text[position : node.cell.start])
        pieces.append(quote(value, source.delimiter, node.cell.quoted))
        position = node.cell.end
    pieces.append(source.text[position:])
    record([])
    try:
        return "".join(pieces).encode(source.encoding, errors="strict")
    except UnicodeEncodeError:
        raise InputError("copy_unencodable", format="CSV", encoding=source.encoding) from None
