"""The document as the desk shows it: what ingest read of the original (its flat text, and
for PDF pages the size of each page and the box of each character), kept as a *view* so that
a case page opens without reading the document again. Findings are spans of the flat text, so
the view tells where each one is: its boxes on the page images, its context in the text, the
table cell it sits in, and every other place its value occurs.

A view is built once per document content (from the review the desk just ran, or by reading
the original again when the case was opened elsewhere) and kept in memory and in the desk's
private data folder (``views/<sha256>.json``, readable by the owner only: it holds the
document's text, as the register does). Page images are rendered on request, one page at a
time, by PyMuPDF from the original; the preview paints the redacted areas black on the pixels
before the image leaves the server.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERSION = 1
CONTEXT = 24
ZOOM = 1.5


@dataclass(slots=True)
class View:
    sha256: str
    format: str
    text: str
    # PDF: (width, height) of each page in points.
    pages: list[tuple[float, float]] = field(default_factory=list)
    # PDF: (start, end, page, flat boxes) of each run of characters with boxes.
    runs: list[tuple[int, int, int, list[float]]] = field(default_factory=list)
    # Spreadsheets and CSV: (start, end, part, cell) of each cell's text.
    cells: list[tuple[int, int, str, str]] = field(default_factory=list)
    # Caches of the lookups above (not saved): the runs' index and each value's places.
    _runs_index: Any = field(default=None, repr=False, compare=False)
    _occurrences: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _boxes: dict[tuple[int, int], dict[int, list[list[float]]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def as_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "sha256": self.sha256,
            "format": self.format,
            "text": self.text,
            "pages": self.pages,
            "runs": self.runs,
            "cells": self.cells,
        }

    @classmethod
    def of_json(cls, data: dict[str, Any]) -> View:
        return cls(
            data["sha256"],
            data["format"],
            data["text"],
            [tuple(p) for p in data["pages"]],  # type: ignore[misc]
            [tuple(r) for r in data["runs"]],  # type: ignore[misc]
            [tuple(c) for c in data["cells"]],  # type: ignore[misc]
        )

    # ------------------------------------------------------------------ where a span is

    def _index(self) -> tuple[list[tuple[int, int, int, list[float]]], list[int], list[int]]:
        """The runs in text order, their starts, and the furthest end of each prefix: a span
        finds its runs by bisection (a case page asks for hundreds of spans)."""
        index = self._runs_index
        if index is None or index[0] is not self.runs:
            ordered = sorted(self.runs, key=lambda r: r[0])
            starts = [r[0] for r in ordered]
            reach, furthest = [], -1
            for run in ordered:
                furthest = max(furthest, run[1])
                reach.append(furthest)
            index = self._runs_index = (self.runs, (ordered, starts, reach))
        return index[1]

    def _runs_over(self, start: int, end: int) -> list[tuple[int, int, int, list[float]]]:
        """The runs that overlap [start, end), in text order."""
        ordered, starts, reach = self._index()
        found = []
        i = bisect.bisect_left(starts, max(end, start + 1)) - 1
        while i >= 0 and reach[i] > start:
            run = ordered[i]
            if run[1] > start and run[0] < max(end, start + 1):
                found.append(run)
            i -= 1
        found.reverse()
        return found

    def boxes(self, start: int, end: int) -> dict[int, list[list[float]]]:
        """The span's boxes by page (one box per line it covers), in page points; worked
        out once per span while the view is in memory (a case page asks for each finding's
        on every open, a page image for the withheld ones)."""
        found = self._boxes.get((start, end))
        if found is None:
            found = self._boxes[(start, end)] = self._measure(start, end)
        return {page: [list(b) for b in boxes] for page, boxes in found.items()}

    def _measure(self, start: int, end: int) -> dict[int, list[list[float]]]:
        out: dict[int, list[list[float]]] = {}
        for run_start, run_end, page, flat in self._runs_over(start, end):
            if run_end <= start or run_start >= end:
                continue
            lo, hi = max(start, run_start) - run_start, min(end, run_end) - run_start
            chars = [flat[4 * i : 4 * i + 4] for i in range(lo, hi) if 4 * i + 3 < len(flat)]
            if not chars:
                continue
            box = [
                min(c[0] for c in chars),
                min(c[1] for c in chars),
                max(c[2] for c in chars),
                max(c[3] for c in chars),
            ]
            out.setdefault(page, []).append(box)
        return out

    def context(self, start: int, end: int, width: int = CONTEXT) -> tuple[str, str, str]:
        before = self.text[max(0, start - width) : start]
        after = self.text[end : end + width]
        before = before.rsplit("\n", 1)[-1]
        after = after.split("\n", 1)[0]
        return before, self.text[start:end], after

    def occurrences(self, value: str) -> list[tuple[int, int]]:
        """Every place ``value`` occurs in the text (spaces and line breaks between its
        characters allowed, as the review's propagation allows them)."""
        compact = "".join(value.split())
        if len(compact) < 2:
            return []
        found = self._occurrences.get(compact)
        if found is None:
            pattern = r"\s*".join(re.escape(c) for c in compact)
            found = [m.span() for m in re.finditer(pattern, self.text)]
            self._occurrences[compact] = found
        return list(found)

    def page_of(self, start: int) -> int | None:
        for run_start, run_end, page, _ in self._runs_over(start, start + 1):
            if run_start <= start < run_end:
                return page
        return None

    def cell_of(self, start: int) -> tuple[str, str] | None:
        for cell_start, cell_end, part, cell in self.cells:
            if cell_start <= start < cell_end:
                return part, cell
        return None


def build(document: Any) -> View:
    """The view of an ingested ``pipeline.model.Document``."""
    view = View(document.sha256, document.format, document.text)
    if document.format == "pdf":
        import pymupdf

        # From the bytes read, not ``document.source``: the review closed and redacted that.
        with pymupdf.open(stream=document.data, filetype="pdf") as pdf:
            view.pages = [(float(p.rect.width), float(p.rect.height)) for p in pdf]
    for segment in document.segments:
        locator = segment.locator
        if locator.page is not None and locator.boxes:
            flat = [round(v, 2) for box in locator.boxes for v in box]
            view.runs.append((segment.start, segment.end, locator.page, flat))
        if locator.cell:
            view.cells.append((segment.start, segment.end, locator.part or "", locator.cell))
    return view


class Views:
    """Views by content hash: a few in memory, all on disk under ``folder``."""

    def __init__(self, folder: Path, keep: int = 8) -> None:
        self.folder = folder
        self.keep = keep
        self._memory: OrderedDict[str, View] = OrderedDict()
        self._lock = threading.Lock()

    def _path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a content hash")
        return self.folder / f"{sha256}.json"

    def put(self, view: View) -> View:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._path(view.sha256)
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(view.as_json(), handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
        self._remember(view)
        return view

    def _remember(self, view: View) -> None:
        with self._lock:
            self._memory[view.sha256] = view
            self._memory.move_to_end(view.sha256)
            while len(self._memory) > self.keep:
                self._memory.popitem(last=False)

    def get(self, sha256: str, original: Path, config: Any) -> View | None:
        """The view of the document whose content hash is ``sha256``: remembered, or read
        from disk, or built by reading ``original`` (None when it is gone or changed)."""
        with self._lock:
            view = self._memory.get(sha256)
            if view is not None:
                self._memory.move_to_end(sha256)
                return view
        path = self._path(sha256)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == VERSION and data.get("sha256") == sha256:
                view = View.of_json(data)
                self._remember(view)
                return view
        except (OSError, ValueError, KeyError):
            pass
        return self._read(sha256, original, config)

    def _read(self, sha256: str, original: Path, config: Any) -> View | None:
        from pipeline.errors import BaomiError
        from stages import ingest

        try:
            document = ingest.run(original, config)
        except (BaomiError, OSError):
            return None
        try:
            if document.sha256 != sha256:
                return None
            return self.put(build(document))
        finally:
            close = getattr(document.source, "close", None)
            if callable(close):
                close()


class Images:
    """Rendered page images, kept in memory (up to ``limit`` bytes, least recently used out
    first): a reviewer goes back and forth between the marked view and the preview, and
    every reload would otherwise render the visible pages again. Keyed by content hash, page
    and the boxes painted black, so a changed decision renders anew."""

    def __init__(self, limit: int = 64 << 20) -> None:
        self.limit = limit
        self._items: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> bytes | None:
        with self._lock:
            png = self._items.get(key)
            if png is not None:
                self._items.move_to_end(key)
            return png

    def put(self, key: tuple[Any, ...], png: bytes) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = png
            self._size += len(png)
            while self._size > self.limit and self._items:
                _, old = self._items.popitem(last=False)
                self._size -= len(old)


IMAGES = Images()


def render_page(
    original: Path,
    sha256: str,
    page: int,
    black: list[list[float]] | None = None,
    config: Any = None,
) -> bytes | None:
    """PNG of page ``page`` (1-based) of the PDF ``original`` (or of the PDF an image file
    is read as, see ``stages.ingest.image``), if its content is still ``sha256``; ``black``
    boxes (page points) are painted over on the pixels."""
    key = (sha256, page, tuple(tuple(b) for b in black or ()))
    png = IMAGES.get(key)
    if png is None:
        png = _render(original, sha256, page, black, config)
        if png is not None:
            IMAGES.put(key, png)
    return png


def _render(
    original: Path, sha256: str, page: int, black: list[list[float]] | None, config: Any
) -> bytes | None:
    import hashlib

    import pymupdf

    from pipeline.config import Config
    from pipeline.errors import BaomiError
    from stages.ingest.image import image_kind, to_pdf

    try:
        data = original.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        return None
    kind = image_kind(data)
    if kind is not None:
        # A scan given as an image: its pages (and the findings' boxes) are those of the PDF
        # the review read it as.
        try:
            data = to_pdf(data, kind, config or Config())
        except BaomiError:
            return None
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        if not 1 <= page <= pdf.page_count:
            return None
        target = pdf[page - 1]
        pixmap = target.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), alpha=False)
        for box in black or []:
            rect = pymupdf.Rect(*box) * target.rotation_matrix * pymupdf.Matrix(ZOOM, ZOOM)
            area = rect.irect & pixmap.irect
            if not area.is_empty:
                pixmap.set_rect(area, (0, 0, 0))
        return pixmap.tobytes("png")
