"""Ingest: read an input file (never writing to it) into a ``Document``: the flat text for
detection and the segments that map each character back to its place in the source.

The format is decided by the bytes, not the extension, so a PDF named ``.txt`` is read as a
PDF and a text file named ``.docx`` is refused with a clear message.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from pipeline.config import Config
from pipeline.docmeta import extract_meta
from pipeline.errors import InputError
from pipeline.formats import FORMATS, kind_text
from pipeline.messages import Text
from pipeline.model import Document, Format
from stages.ingest import identify

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: a FIFO opens without waiting for a writer
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows
TEXT_SUFFIXES = next(f.suffixes for f in FORMATS if f.name == "txt")


def sniff(data: bytes, suffix: str) -> Format:
    """The reader for these bytes, or ``InputError`` saying what the file is when it is not
    something baomi reviews (``pipeline.formats``)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        # A package of too many entries to list is left to the DOCX reader, which refuses it.
        kind = identify.zip_kind(data) if data.count(b"PK\x01\x02") <= 65_535 else "docx"
        if kind == "docx":
            return "docx"
        if kind is not None:
            raise InputError("unsupported_kind", kind=Text(kind))
        if suffix == ".docx":
            return "docx"  # a broken package: the DOCX reader says what is wrong with it
        raise InputError("unsupported_kind", kind=Text("format_zip"))
    if identify.is_cfb(head):
        kind = identify.ole_kind(data)
        if kind == "encrypted" or suffix == ".docx":
            raise InputError("docx_encrypted")
        raise InputError("unsupported_kind", kind=Text(kind))
    other = identify.other_kind(head)
    if other is not None and suffix not in TEXT_SUFFIXES:
        raise InputError("unsupported_kind", kind=Text(other))
    if suffix == ".docx":
        raise InputError("docx_not_zip")
    if suffix == ".pdf":
        raise InputError("pdf_corrupt")
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "txt"
    raise InputError("unsupported_kind", kind=kind_text(suffix))


def read_input(path: Path, config: Config) -> bytes:
    """The file's bytes, read-only. Opened without blocking and checked on the open handle,
    so a FIFO, a device or a file swapped for one after the walk is refused, never waited on
    or read without end."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InputError("unsupported_type")
            if not stat.S_ISREG(info.st_mode):
                raise InputError("not_regular_file")
            if info.st_size > config.max_bytes:
                raise InputError("too_large", size=info.st_size, limit=config.max_bytes)
            data = handle.read(config.max_bytes + 1)
    except FileNotFoundError:
        raise InputError("not_found") from None
    except IsADirectoryError:
        raise InputError("unsupported_type") from None
    except OSError as exc:
        raise InputError("unreadable", reason=exc.strerror or type(exc).__name__) from None
    if len(data) > config.max_bytes:
        raise InputError("too_large", size=len(data), limit=config.max_bytes)
    if not data:
        raise InputError("empty_file")
    return data


def run(path: Path, config: Config) -> Document:
    data = read_input(path, config)
    fmt = sniff(data, path.suffix.lower())
    document = Document(
        path=path,
        name=path.name,
        format=fmt,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    if fmt == "pdf":
        from stages.ingest.pdf import ingest
    elif fmt == "docx":
        from stages.ingest.docx import ingest
    else:
        from stages.ingest.txt import ingest
    ingest(document, config)
    # A document without text (an empty DOCX, blank pages) is reviewed: nothing in it to
    # withhold, and it says so. One whose content could not be read (a scan) is not empty:
    # its unverifiable parts are findings.
    document.empty = not document.text.strip() and not document.unverifiable_parts
    document.meta = extract_meta(document.text)
    return document
