"""TXT: the flat text is the file's text, so cuts apply to it directly; the copy keeps the
input's encoding. The sanitized record goes beside it as ``<stem>.redacted.record.json``."""

from __future__ import annotations

from pipeline.model import Document


def redact(document: Document, cuts: list, record: bytes, secrets: list[tuple[str, str]]) -> bytes:
    text = document.text
    # Pieces joined once (cutting the whole string again for every cut was quadratic). Cuts
    # are ordered and merged, so they do not overlap.
    pieces: list[str] = []
    position = 0
    for cut in cuts:
        pieces.append(text[position : cut.start])
        pieces.append(cut.replacement)
        position = cut.end
    pieces.append(text[position:])
    encoding = document.encoding or "utf-8"
    return "".join(pieces).encode(encoding, errors="strict")
