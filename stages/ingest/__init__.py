"""Ingest: read an input file (never writing to it) into a ``Document``: the flat text for
detection and the segments that map each character back to its place in the source.

The format is decided by the bytes, not the extension, so a PDF named ``.txt`` is read as a
PDF and a text file named ``.docx`` is refused with a clear message. An image file (JPEG, PNG,
TIFF, BMP) is read as a PDF of scanned pages (``stages/ingest/image.py``).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from pipeline.config import Config
from pipeline.docmeta import extract_meta
from pipeline.errors import InputError
from pipeline.formats import kind_text, suffixes_of
from pipeline.model import Document
from pipeline.zipread import error
from stages.ingest import kinds
from stages.ingest.image import image_kind, to_pdf

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: a FIFO opens without waiting for a writer
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows


def sniff(data: bytes, suffix: str) -> str:
    """The file's format, or a legacy kind (``doc``, ``xls``, ``rtf``, ``odt``, ``ods``) that
    is converted first (``stages.ingest.kinds``)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        return kinds.zip_kind(data, suffix)
    if kinds.is_cfb(head):
        return kinds.ole_kind(data, suffix)
    if kinds.is_rtf(head):
        return "rtf"
    if suffix == ".docx":
        raise InputError("docx_not_zip")
    if suffix in {".xlsx", ".ofd"}:
        raise error(suffix[1:], "not_zip")
    if suffix == ".pdf":
        raise InputError("pdf_corrupt")
    if suffix in kinds.HTML_SUFFIXES:
        return "html"
    if suffix in kinds.CSV_SUFFIXES:
        return "csv"
    if suffix in suffixes_of("txt") or suffix == "":
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
    sha256 = hashlib.sha256(data).hexdigest()
    converted_from = converter = None
    image = image_kind(data)
    if image is not None:
        # Read as the PDF it is published as: one scanned page per image (frame).
        kind = "pdf"
        data = to_pdf(data, image, config)
    else:
        kind = sniff(data, path.suffix.lower())
    if kind in kinds.LEGACY:
        from stages.ingest.legacy import convert

        converted_from = kinds.label(kind, path.suffix.lower())
        data, kind, converter = convert(data, kind, converted_from, config)
    document = Document(
        path=path,
        name=path.name,
        format=kind,  # type: ignore[arg-type]
        data=data,
        sha256=sha256,
        converted_from=converted_from,
        converter=converter,
    )
    _reader(kind)(document, config)
    # A document without text (an empty DOCX, blank pages) is reviewed: nothing in it to
    # withhold, and it says so. One whose content could not be read (a scan under --ocr off)
    # is not empty: its unverifiable parts are findings.
    document.empty = not document.text.strip() and not document.unverifiable
    document.meta = extract_meta(document.text)
    return document


def _reader(fmt: str):  # type: ignore[no-untyped-def]
    """The ingest function of a format (imported when a document of it comes)."""
    if fmt == "pdf":
        from stages.ingest.pdf import ingest
    elif fmt == "docx":
        from stages.ingest.docx import ingest
    elif fmt == "xlsx":
        from stages.ingest.xlsx import ingest
    elif fmt == "csv":
        from stages.ingest.csv import ingest
    elif fmt == "ofd":
        from stages.ingest.ofd import ingest
    elif fmt == "html":
        from stages.ingest.html import ingest
    else:
        from stages.ingest.txt import ingest
    return ingest
