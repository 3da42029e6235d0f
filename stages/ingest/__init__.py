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
from pipeline.model import Document, Format
from stages.ingest.image import image_kind, to_pdf

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: a FIFO opens without waiting for a writer
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE container: .doc, or an encrypted .docx


def sniff(data: bytes, suffix: str) -> Format:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        return "docx"
    if head.startswith(_CFB):
        raise InputError("docx_encrypted" if suffix == ".docx" else "unsupported_type")
    if suffix == ".docx":
        raise InputError("docx_not_zip")
    if suffix == ".pdf":
        raise InputError("pdf_corrupt")
    if suffix in {".txt", ".text", ".md", ".csv", ""}:
        return "txt"
    raise InputError("unsupported_type")


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
    digest = hashlib.sha256(data).hexdigest()
    image = image_kind(data)
    if image is not None:
        # Read as the PDF it is published as: one scanned page per image (frame).
        fmt: Format = "pdf"
        data = to_pdf(data, image, config)
    else:
        fmt = sniff(data, path.suffix.lower())
    document = Document(path=path, name=path.name, format=fmt, data=data, sha256=digest)
    if fmt == "pdf":
        from stages.ingest.pdf import ingest
    elif fmt == "docx":
        from stages.ingest.docx import ingest
    else:
        from stages.ingest.txt import ingest
    ingest(document, config)
    if not document.text.strip() and not document.unverifiable:
        # Nothing to read. (A document whose only content could not be read, a scan under
        # --ocr off, is not empty: it is reviewed and reported unverifiable.)
        raise InputError("empty_file")
    document.meta = extract_meta(document.text)
    return document
