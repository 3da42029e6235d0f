"""Which published files the pipeline can review, and what a downloaded file is called.

The sweep reviews whatever the pipeline reads: the suffixes the runner walks a folder for
(``pipeline.runner.SUFFIXES``, one list for the whole tool), web pages included (the HTML
ingest reads every text a reader or a crawler sees). Every other file is reported as not
reviewable, never skipped.

A download is named after the link, or after its ``Content-Disposition`` file name, with the
suffix its ``Content-Type`` implies when the link has none the pipeline knows.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Content types of the attachments offices publish, and the suffix each is saved under.
TYPE_SUFFIXES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/msword": ".doc",
    "application/vnd.ms-excel": ".xls",
    "application/ofd": ".ofd",
    "application/x-ofd": ".ofd",
    "application/rtf": ".rtf",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/wps-office.wps": ".wps",
    "application/zip": ".zip",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
}
# Suffixes that name an attachment, not a page (fetched after the pages, so that each knows
# the date of the page that published it).
ATTACHMENT_SUFFIXES = frozenset(set(TYPE_SUFFIXES.values()) - {".html"}) | {
    ".jpeg", ".tiff", ".et", ".tsv", ".7z", ".rar", ".mp4", ".mp3",
}  # fmt: skip
_UNSAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


def supported_suffixes() -> frozenset[str]:
    """The suffixes the pipeline reviews (read when asked: other branches add formats)."""
    from pipeline.runner import SUFFIXES

    return frozenset(SUFFIXES)


def reviewable(name: str) -> bool:
    return PurePosixPath(name.lower()).suffix in supported_suffixes()


def is_html_name(name: str) -> bool:
    return PurePosixPath(name.lower()).suffix in HTML_SUFFIXES


def is_html_type(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().lower() in HTML_TYPES


def looks_like_attachment(url: str) -> bool:
    return PurePosixPath(urlsplit(url).path.lower()).suffix in ATTACHMENT_SUFFIXES


def disposition_name(header: str | None) -> str | None:
    """The file name of a ``Content-Disposition`` header (RFC 6266, ``filename*`` first)."""
    if not header:
        return None
    star = re.search(r"filename\*\s*=\s*([^;]+)", header, re.IGNORECASE)
    if star:
        value = star.group(1).strip().strip('"')
        _, _, encoded = value.partition("''")
        return unquote(encoded or value) or None
    plain = re.search(r'filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)', header, re.IGNORECASE)
    if plain:
        return (plain.group(1) or plain.group(2) or "").strip() or None
    return None


def local_name(url: str, content_type: str | None, disposition: str | None = None) -> str:
    """A safe file name for the download of ``url``: its last path segment (or the
    disposition's name), with the suffix the content type implies when the name's own is
    not one the sweep knows."""
    path = urlsplit(url).path
    name = disposition_name(disposition) or unquote(PurePosixPath(path).name) or "index"
    name = _UNSAFE.sub("_", PurePosixPath(name.replace("\\", "/")).name).strip("._") or "index"
    name = name[-120:]
    kind = (content_type or "").split(";")[0].strip().lower()
    implied = TYPE_SUFFIXES.get(kind)
    suffix = PurePosixPath(name.lower()).suffix
    if kind in HTML_TYPES:
        if suffix not in {".html", ".htm"}:
            name += ".html"
    elif implied and suffix != implied and suffix not in ATTACHMENT_SUFFIXES:
        name += implied
    return name
