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
    """A format baomi reviews: ``name`` as the record's ``document.format``, the file
    suffixes a folder walk takes for it, and the message key of its label."""

    name: str
    suffixes: tuple[str, ...]
    label: str


FORMATS: tuple[FileFormat, ...] = (
    # CSV is read as text until it has a reader of its own.
    FileFormat("txt", (".txt", ".text", ".md", ".csv"), "format_txt"),
    FileFormat("docx", (".docx",), "format_docx"),
    FileFormat("pdf", (".pdf",), "format_pdf"),
)

# Suffixes of the files a folder walk reviews.
SUFFIXES: frozenset[str] = frozenset(s for f in FORMATS for s in f.suffixes)
# A format's own suffix (``.pdf``): an input with one is named by its stem in its outputs
# (notice.pdf → notice.redacted.pdf), any other by its whole name (notes.md →
# notes.md.redacted.txt), so that two inputs beside each other never write the same copy.
OWN_SUFFIXES: frozenset[str] = frozenset(f".{f.name}" for f in FORMATS)

# Recognised, not reviewed: suffix → message key of the kind's label.
KNOWN: dict[str, str] = {
    ".xlsx": "format_xlsx",
    ".xlsm": "format_xlsx",
    ".xls": "format_xls",
    ".et": "format_et",
    ".doc": "format_doc",
    ".wps": "format_wps",
    ".rtf": "format_rtf",
    ".odt": "format_odf",
    ".ods": "format_odf",
    ".odp": "format_odf",
    ".pptx": "format_pptx",
    ".ppt": "format_ppt",
    ".ofd": "format_ofd",
    ".html": "format_html",
    ".htm": "format_html",
    ".jpg": "format_image",
    ".jpeg": "format_image",
    ".png": "format_image",
    ".gif": "format_image",
    ".tif": "format_image",
    ".tiff": "format_image",
    ".bmp": "format_image",
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
    """The formats reviewed, for messages: ``TXT、DOCX、PDF`` / ``TXT, DOCX, PDF``."""
    from pipeline.messages import message

    labels = [message(f.label, lang) for f in FORMATS]
    return ("、" if lang == "zh" else ", ").join(labels)


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
