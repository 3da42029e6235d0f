"""Which format a file is, from its bytes: the ZIP packages (DOCX, XLSX, OFD, OpenDocument)
told apart by the entries they hold, the OLE compound files (.doc, .xls and their WPS twins
.wps and .et, or an encrypted Office package) by their stream names, RTF, HTML and CSV.

Legacy kinds (``doc``, ``xls``, ``rtf``, ``odt``, ``ods``) are converted by LibreOffice
(``stages.ingest.legacy``) and reviewed in the modern format; a ``.wps`` that is a DOCX is a
DOCX.
"""

from __future__ import annotations

from pipeline.errors import InputError
from pipeline.formats import suffixes_of
from pipeline.messages import Text
from pipeline.zipread import error, names

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LEGACY = {"doc", "xls", "rtf", "odt", "ods"}
# What each legacy kind becomes, and the LibreOffice package that converts it.
TARGET = {"doc": "docx", "rtf": "docx", "odt": "docx", "xls": "xlsx", "ods": "xlsx"}
PACKAGE = {
    "docx": "libreoffice-writer-nogui",
    "xlsx": "libreoffice-calc-nogui",
}
_ODF_MIME = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
# Suffixes that tell a text file's kind (the one table of formats: pipeline.formats).
HTML_SUFFIXES = suffixes_of("html")
CSV_SUFFIXES = suffixes_of("csv")


def zip_kind(data: bytes, suffix: str) -> str:
    """docx, xlsx, ofd, odt or ods: by the entries; by the suffix when they do not tell (the
    reader then says what is missing or broken)."""
    listed = names(data)
    if listed is not None:
        entries = set(listed)
        if "word/document.xml" in entries:
            return "docx"
        if "xl/workbook.xml" in entries:
            return "xlsx"
        if "OFD.xml" in entries:
            return "ofd"
        if "mimetype" in entries:
            kind = _odf_kind(data)
            if kind:
                return kind
        if any(name.startswith("ppt/") for name in entries):
            raise InputError("unsupported_kind", kind=Text("format_pptx"))
    if suffix in {".xlsx", ".xlsm"}:
        return "xlsx"
    if suffix == ".ofd":
        return "ofd"
    if suffix in {".odt", ".ods"}:
        return suffix[1:]
    if suffix in {".docx", ".docm", ".dotx", ".wps", ""}:
        return "docx"
    # A ZIP that is none of the packages reviewed, named as none of them: said to be one.
    raise InputError("unsupported_kind", kind=Text("format_zip"))


def _odf_kind(data: bytes) -> str | None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            mime = archive.read("mimetype")[:100].strip()
    except Exception:
        return None
    return _ODF_MIME.get(mime)


def _streams(data: bytes) -> set[str]:
    """Names of the directory entries of an OLE compound file that we look for (UTF-16LE,
    anywhere in the file: the directory sectors may sit anywhere)."""
    wanted = (
        "WordDocument",
        "Workbook",
        "Book",
        "EncryptionInfo",
        "EncryptedPackage",
        "PowerPoint Document",
    )
    return {name for name in wanted if name.encode("utf-16-le") + b"\x00\x00" in data}


def ole_kind(data: bytes, suffix: str) -> str:
    """doc or xls (their WPS twins .wps and .et included), or an error: encrypted, a
    presentation, or nothing we know."""
    streams = _streams(data)
    if {"EncryptionInfo", "EncryptedPackage"} <= streams:
        if suffix == ".docx":
            raise InputError("docx_encrypted")
        if suffix in {".xlsx", ".ofd"}:
            raise error(suffix[1:], "encrypted")
        raise InputError("office_encrypted")
    if "WordDocument" in streams:
        return "doc"
    if streams & {"Workbook", "Book"}:
        return "xls"
    if "PowerPoint Document" in streams:
        raise InputError("unsupported_kind", kind=Text("format_ppt"))
    if suffix == ".docx":
        raise InputError("docx_encrypted")
    if suffix in {".doc", ".wps", ".dot", ".wpt"}:
        return "doc"
    if suffix in {".xls", ".et", ".xlt", ".ett"}:
        return "xls"
    raise InputError("unsupported_kind", kind=Text("format_ole"))


def is_cfb(head: bytes) -> bool:
    return head.startswith(_CFB)


def is_rtf(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


def label(kind: str, suffix: str) -> str:
    """How the record names the input's format: its WPS name when it has one (.wps, .et)."""
    own = suffix.lstrip(".")
    same = {"doc": {"doc", "wps", "dot", "wpt"}, "xls": {"xls", "et", "xlt", "ett"}}
    return own if own in same.get(kind, {kind}) else kind
