"""Plain text: decoded as UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030, the
encodings Chinese offices actually produce. One segment per line. Tables are recognised by
their layout (tab-separated or space-aligned rows, ``pipeline.text_tables``)."""

from __future__ import annotations

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Document, Locator
from pipeline.text_tables import find_tables


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        if b"\x00" in data:
            raise InputError("txt_not_text")
        candidates = ("utf-8-sig", "gb18030")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8"
        return text, encoding
    raise InputError("txt_not_text")


def ingest(document: Document, config: Config) -> None:
    text, document.encoding = decode(document.data)
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        document.add_segment(body, Locator(line=number))
        document.add_separator(line[len(body) :])
    document.tables = find_tables(document.text)
