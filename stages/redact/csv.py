"""CSV: each redacted cell is written back in its place (quoted if it was, or if the new value
needs it); every other byte of the file stays as it was, in the input's encoding (a BOM kept).
A replacement that the encoding cannot hold stops the copy (never a ``?`` in its place). The
sanitized record goes beside the copy as ``<stem>.redacted.record.json``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pipeline.csvtext import quote
from pipeline.errors import InputError
from pipeline.leakscan import Masker
from pipeline.model import Document


def redact(
    document: Document,
    cuts: list,
    record: Callable[[list[dict]], bytes],
    secrets: list[tuple[str, str]],
) -> bytes:
    source = document.source
    nodes = source.nodes["csv"]
    edits: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for cut in cuts:
        first = True
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            local = (lo - segment.start + segment.offset, hi - segment.start + segment.offset)
            edits[segment.locator.node or 0].append((*local, cut.replacement if first else ""))
            first = False
    for index, changes in edits.items():
        text = nodes[index].text
        for lo, hi, insert in sorted(changes, reverse=True):
            text = text[:lo] + insert + text[hi:]
        nodes[index].text = text
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
