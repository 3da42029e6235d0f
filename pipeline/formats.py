"""The file formats baomi reviews, in one table: the walk of folders (which files are documents),
ingest's choice of reader, the messages that name what is supported, and the pre-commit hook's
description all come from here. A format is added with a row in ``FORMATS`` (and its reader
in ``stages/ingest``).

``KNOWN`` names formats that are recognised but not reviewed (yet), so that a file of such a
kind is reported for what it is ("an XLSX workbook"), not as a broken DOCX or an empty file.
Each label is a message key (``pipeline.messages``), in Chinese and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class FileFormat:
    """A kind of file baomi reviews: ``name`` (what it is read as), the suffixes a folder
    walk takes for it, ``short`` (its name in a list of what is supported), the message key
    of its label, and ``by_stem``: whether its outputs are named by the input's stem
    (``notice.docx`` → ``notice.redacted.docx``) or by its whole name (a converted file or an
    image, whose copy is of another format: ``notice.doc`` → ``notice.doc.redacted.docx``,
    ``scan.tif`` → ``scan.tif.redacted.pdf``, never the name of a ``notice.docx``'s copy)."""

    name: str
    suffixes: tuple[str, ...]
    short: str
    label: str
    by_stem: bool = True


FORMATS: tuple[FileFormat, ...] = (
    FileFormat("txt", (".txt", ".text", ".md"), "TXT", "format_txt"),
    FileFormat("docx", (".docx",), "DOCX", "format_docx"),
    FileFormat("pdf", (".pdf",), "PDF", "format_pdf"),
    FileFormat("xlsx", (".xlsx",), "XLSX", "format_xlsx"),
    FileFormat("csv", (".csv", ".tsv"), "CSV", "format_csv"),
    FileFormat("ofd", (".ofd",), "OFD", "format_ofd"),
    FileFormat("html", (".html", ".htm", ".shtml", ".xhtml"), "HTML", "format_html"),
    # Legacy and WPS files, converted by LibreOffice (stages/ingest/legacy.py).
    FileFormat(
        "legacy",
        (".doc", ".wps", ".xls", ".et", ".rtf", ".odt", ".ods"),
        "DOC/WPS/XLS/ET/RTF/ODT/ODS",
        "format_legacy",
        by_stem=False,
    ),
    # Images, read as scanned PDF pages by OCR (stages/ingest/image.py).
    FileFormat(
        "image",
        (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"),
        "JPEG/PNG/TIFF/BMP",
        "format_image",
        by_stem=False,
    ),
)

# Suffixes of the files a folder walk reviews.
SUFFIXES: frozenset[str] = frozenset(s for f in FORMATS for s in f.suffixes)
# Suffixes of the inputs whose outputs are named by their stem (see ``FileFormat.by_stem``).
STEM_SUFFIXES: frozenset[str] = frozenset(s for f in FORMATS if f.by_stem for s in f.suffixes)
# Formats whose copy cannot carry the record: it goes beside the copy.
SIDECAR = frozenset({"txt", "csv", "html"})


def suffixes_of(name: str) -> frozenset[str]:
    fmt = format_of(name)
    return frozenset(fmt.suffixes if fmt else ())


# Recognised, not reviewed: suffix → message key of the kind's label.
KNOWN: dict[str, str] = {
    ".xlsm": "format_xlsm",
    ".pptx": "format_pptx",
    ".ppt": "format_ppt",
    ".odp": "format_odf",
    ".gif": "format_gif",
    ".zip": "format_zip",
    ".rar": "format_archive",
    ".7z": "format_archive",
    ".json": "format_json",
}


def reviewable(path: Path) -> bool:
    """Whether a folder walk reviews ``path`` (by its suffix)."""
    return path.suffix.lower() in SUFFIXES


def format_of(name: str) -> FileFormat | None:
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    return None


def supported(lang: str) -> str:
    """The kinds reviewed, for messages: ``TXT、DOCX、PDF…`` / ``TXT, DOCX, PDF…``."""
    return ("、" if lang == "zh" else ", ").join(f.short for f in FORMATS)


class Supported:
    """The ``{supported}`` parameter of a message: the kinds reviewed, in the message's
    language (``pipeline.errors`` gives it to every error)."""

    def render(self, lang: str) -> str:
        return supported(lang)

    def __reduce__(self) -> tuple[type, tuple]:
        return (Supported, ())


def kind_text(suffix: str) -> Any:
    """What a file of ``suffix`` is, as a message parameter (a ``Text``, rendered in the
    message's language; the suffix itself when the kind is not known)."""
    from pipeline.messages import Text

    key = KNOWN.get(suffix.lower())
    if key is not None:
        return Text(key)
    return suffix or Text("format_none")


def hook_pattern() -> str:
    """The pre-commit hook's ``files`` pattern: every suffix reviewed or known as a document
    kind, and baomi's internal review records (``*.review.json``: they hold the original
    values), which the hook must refuse. ``.pre-commit-hooks.yaml`` holds it as written
    here; a test keeps the two equal."""
    suffixes = sorted({s.lstrip(".") for s in SUFFIXES | set(KNOWN)} - {"json"})
    return r"(?i)(\.(" + "|".join(suffixes) + r")|\.review\.json)$"
