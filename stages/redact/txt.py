"""TXT: the flat text is the file's text, so cuts apply to it directly; the copy keeps the
input's encoding. The sanitized record goes beside it as ``<stem>.redacted.record.json``."""

from __future__ import annotations

from pipeline.model import Document


def redact(document: Document, cuts: list, record: bytes, secrets: list[tuple[str, str]]) -> bytes:
    text = document.text
    for cut in reversed(cuts):
        text = text[: cut.start] + cut.replacement + text[cut.end :]
    encoding = document.encoding or "utf-8"
    return text.encode(encoding, errors="strict")
