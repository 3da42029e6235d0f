"""Verify: re-read the publishable copy with extractors other than the library that wrote it
and fail closed (the images of a scan: re-read by OCR and their painted boxes checked, see
``stages/verify/raster.py``). If any redacted value is found in any layer, or the independent reader
cannot read the copy at all, the copy (and any copy left by an earlier run) is deleted,
``leak_check`` is ``failed`` and the document ends in an error. Only a clean copy is renamed
into place."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.atomic import discard
from pipeline.errors import LeakError
from pipeline.leakscan import LeakScan, fold
from pipeline.model import Review

PUBLIC_MODE = 0o644


def _layers(fmt: str, path: Path) -> Iterable[tuple[str, str]]:
    return extractor(fmt)(path)


def extractor(fmt: str) -> Callable[[Path], Iterable[tuple[str, str]]]:
    """The independent reader of a copy in format ``fmt``: (layer, text) pairs."""
    if fmt == "pdf":
        # Each layer read when the loop below asks for it, searched and dropped.
        from stages.verify.pdf import iter_layers as extract
    elif fmt == "docx":
        from stages.verify.docx import extract
    elif fmt == "xlsx":
        from stages.verify.xlsx import extract
    elif fmt == "csv":
        from stages.verify.csv import extract
    elif fmt == "ofd":
        from stages.verify.ofd import extract
    elif fmt == "html":
        from stages.verify.html import extract
    else:
        from stages.verify.txt import extract
    return extract


def run(review: Review) -> None:
    outputs = review.outputs
    values = {f.id: fold(f.text) for f in review.redacted()}
    values = {k: v for k, v in values.items() if len(v) >= 2}
    values.update(_partial_forms(review))
    hits: set[str] = set()
    try:
        scan = LeakScan(values, review.replacements)
        for final, pending in outputs.pending.items():
            fmt = review.document.format if final == outputs.redacted_path else "txt"
            for _layer, text in _layers(fmt, pending):
                hits |= scan.hits(text)
            if final == outputs.redacted_path and review.document.scans and review.redacted():
                # (Nothing redacted: no box to check, no value to look for.)
                hits |= _reread_scans(review, fmt, pending, scan)
    except Exception as exc:
        _fail(review)
        if review.document.format == "pdf" and _pdf_reader_gave_up(exc):
            raise LeakError("copy_unverifiable") from None
        raise
    if hits:
        _fail(review)
        found = {hit.split(PARTIAL, 1)[0] for hit in hits}
        types = sorted({f.entity_type for f in review.findings if f.id in found})
        review.leaks = types
        raise LeakError("leak_detected", count=len(hits), types=", ".join(types))
    for final, pending in outputs.pending.items():
        os.chmod(pending, PUBLIC_MODE)
        os.replace(pending, final)
    outputs.pending.clear()
    outputs.written = True
    review.leak_check = "skipped" if review.document.unverifiable else "passed"


def _reread_scans(review: Review, fmt: str, path: Path, scan: LeakScan) -> set[str]:
    """OCR of the copy's images and the pixel check of every painted box."""
    from stages.verify.raster import reread, reread_parts

    if fmt not in ("pdf", "docx"):
        return set()
    hits: set[str] = set()
    for kind, value in (reread if fmt == "pdf" else reread_parts)(path, review):
        if kind == "unfilled":
            _fail(review)
            raise LeakError("scan_unpainted", count=value)
        hits |= scan.hits(str(value))
    return hits


PARTIAL = "#partial"


def _partial_forms(review: Review) -> dict[str, str]:
    """What is left of a redacted ID when a spreadsheet stores it as a number: its first 15
    digits (``1.10101199003071E+17``), still the region, birth date and part of the sequence.
    Found anywhere in the copy, it is a leak of that ID."""
    forms = {}
    for finding in review.redacted():
        if finding.entity_type == "CN_RESIDENT_ID":
            digits = "".join(c for c in fold(finding.text) if c.isdigit())
            if len(digits) >= 17:
                forms[finding.id + PARTIAL] = digits[:15]
    return forms


def _pdf_reader_gave_up(exc: BaseException) -> bool:
    from stages.verify.pdf import reader_gave_up  # only once a PDF is being verified

    return reader_gave_up(exc)


def _fail(review: Review) -> None:
    outputs = review.outputs
    discard(*outputs.pending.values(), *outputs.pending.keys())
    outputs.pending.clear()
    outputs.written = False
    review.leak_check = "failed"
