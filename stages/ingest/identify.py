"""What kind of file this is, by its bytes: a ZIP package (DOCX, or an XLSX, PPTX, OFD or
OpenDocument file), an OLE container (a legacy DOC, XLS, PPT or WPS file, or an encrypted
OOXML package), an image, RTF or an HTML page, so that a file baomi does not review is
reported for what it is ("an XLSX workbook") and not as a broken DOCX."""

from __future__ import annotations

import io
import zipfile

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")


def is_cfb(head: bytes) -> bool:
    return head.startswith(_CFB)


def zip_kind(data: bytes) -> str | None:
    """``docx``, or the ``pipeline.formats`` label key of another package, or None (a ZIP
    whose members say nothing, or one that cannot be listed)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except Exception:  # not a listable ZIP: the DOCX reader says why
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "format_xlsx"
    if "ppt/presentation.xml" in names:
        return "format_pptx"
    if "OFD.xml" in names or any(n.lower() == "ofd.xml" for n in names):
        return "format_ofd"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return "format_odf"
    return None


def ole_kind(data: bytes) -> str:
    """``encrypted`` (a password-protected OOXML package) or the label key of the legacy
    format the container's streams name."""
    if "EncryptionInfo".encode("utf-16-le") in data:
        return "encrypted"
    for stream, key in (
        ("WordDocument", "format_doc"),
        ("Workbook", "format_xls"),
        ("Book", "format_xls"),
        ("PowerPoint Document", "format_ppt"),
    ):
        if stream.encode("utf-16-le") in data:
            return key
    return "format_ole"


def other_kind(head: bytes) -> str | None:
    """The label key of an image, RTF or HTML file, or None."""
    if head.startswith(_IMAGES):
        return "format_image"
    if head.startswith(b"{\\rtf"):
        return "format_rtf"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "format_html"
    return None
