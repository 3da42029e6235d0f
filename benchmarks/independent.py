"""Scoring on corpora that were written independently of the recognizers.

A corpus folder holds ``labels.json`` (and the documents beside it, or a ``generate.py`` that
writes them: ``python generate.py OUT_DIR``). Each label is::

    {"file": "rel/path.docx", "kind": "...", "format_extra": false,
     "items": [{"type": T, "value": V, "expect": "redact" | "keep"}],
     "marking": null | {"level", "period", "marked_on", "expires_on"},
     "attribute": "主动公开" | "依申请公开" | "不予公开" | "须报审", "note": "..."}

The types are the corpus author's own (person_name, id_number, landline_office…), not the
recognizers' entity types, so recall is reported per author type and precision per entity type.

Besides what ``accuracy.evaluate`` measures, this reads every publishable copy that the review
wrote with readers that did not write it (the ZIP's XML text for DOCX/XLSX, pdfminer for PDF,
the bytes for TXT) and counts the must-redact values still in it: a value left in a copy whose
leak check passed is the worst outcome, because the leak check only looks for what detection found.
Documents marked ``format_extra`` are reviewed only when the pipeline accepts their format;
otherwise they are counted as not reviewable.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.accuracy import evaluate
from pipeline.api import review
from pipeline.config import Config
from pipeline.errors import BaomiError


def _fold(text: str) -> str:
    text = text.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s", "", text).lower()


def _documents(corpus: Path, work: Path) -> Path:
    """The folder holding the corpus's documents (generated into ``work`` when needed)."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8")) if (
        corpus / "labels.json"
    ).exists() else None
    if labels and all((corpus / lab["file"]).exists() for lab in labels):
        return corpus
    out = corpus / "out"
    if (out / "labels.json").exists():
        return out
    generator = corpus / "generate.py"
    if not generator.exists():
        raise SystemExit(f"{corpus}: no labels.json with documents, no out/, no generate.py")
    python = corpus / ".venv" / "bin" / "python"
    target = work / corpus.name
    subprocess.run(
        [str(python if python.exists() else sys.executable), str(generator), str(target)],
        check=True,
        cwd=corpus,
    )
    return target


def copy_text(path: Path) -> str:
    """All text a reader of the copy can get at, folded (no whitespace, half-width, lower case)."""
    suffix = path.suffix.lower()
    if suffix in {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".ofd", ".zip"}:
        chunks = []
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                if name.endswith((".xml", ".rels", ".json", ".txt", ".html")):
                    text = data.decode("utf-8", "replace")
                    # Text nodes joined without separators (values split across runs), and
                    # attribute values, with character references decoded (openpyxl writes
                    # Chinese as &#...;: undecoded, a value left in a copy went uncounted).
                    chunks.append(html.unescape("".join(re.findall(r">([^<]*)<", text))))
                    chunks.append(html.unescape(" ".join(re.findall(r'="([^"]*)"', text))))
        return _fold("\n".join(chunks))
    if suffix == ".pdf":
        from pdfminer.high_level import extract_text

        return _fold(extract_text(str(path)))
    return _fold(path.read_bytes().decode("utf-8", "replace"))


def run_corpus(corpus: Path, config: Config | None = None) -> dict[str, Any]:
    config = config or Config()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs = _documents(corpus, work)
        labels = json.loads((docs / "labels.json").read_text(encoding="utf-8"))
        out = work / "out"
        records: dict[str, dict[str, Any]] = {}
        scored: list[dict[str, Any]] = []
        errors: list[str] = []
        not_reviewable: list[str] = []
        left_in_copies: list[str] = []
        copies = 0
        for label in labels:
            path = docs / label["file"]
            try:
                result = review(path, config, out / Path(label["file"]).parent)
            except BaomiError as exc:
                (not_reviewable if label.get("format_extra") else errors).append(
                    f"{label['file']}: {exc.render('en')}"
                )
                continue
            records[label["file"]] = result.data
            scored.append(label)
            if result.redacted_path and result.redacted_path.exists():
                copies += 1
                text = copy_text(result.redacted_path)
                for item in label["items"]:
                    if item["expect"] == "redact" and _fold(item["value"]) in text:
                        left_in_copies.append(f"{label['file']}: {item['type']} {item['value']}")
        result = evaluate(scored, records)
        keeps = sum(1 for lab in scored for i in lab["items"] if i["expect"] == "keep")
        result.update(
            corpus=str(corpus),
            labelled=len(labels),
            errors=errors,
            not_reviewable=not_reviewable,
            copies=copies,
            left_in_copies=left_in_copies,
            keep_items=keeps,
            keep_redacted_ratio=len(result["keep_violations"]) / keeps if keeps else 0.0,
        )
        return result


SUMMARY_ROWS = (
    ("documents scored", lambda r: f"{r['documents']}/{r.get('labelled', r['documents'])}"),
    ("must-redact recall", lambda r: f"{r['recall_must_redact']:.3f}"),
    ("precision of redactions", lambda r: f"{r['precision_redactions']:.3f}"),
    ("public items redacted", lambda r: (
        f"{len(r['keep_violations'])}" + (
            f" ({100 * r['keep_redacted_ratio']:.1f} %)" if "keep_redacted_ratio" in r else ""))),
    ("values left in copies", lambda r: (
        f"{len(r['left_in_copies'])} in {r['copies']} copies" if "copies" in r else "-")),
    ("markings right", lambda r: f"{r['marking_all_documents'][0]}/{r['marking_all_documents'][1]}"),
    ("attribute right", lambda r: f"{r['attribute'][0]}/{r['attribute'][1]}"),
    ("not reviewable / errors", lambda r: (
        f"{len(r.get('not_reviewable', []))} / {len(r.get('errors', []))}")),
)


def side_by_side(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    width = max(14, *(len(n) for n in names))
    lines = [f"{'':26}" + "".join(f"{n:>{width + 2}}" for n in names)]
    for title, cell in SUMMARY_ROWS:
        lines.append(f"{title:26}" + "".join(f"{cell(results[n]):>{width + 2}}" for n in names))
    return "\n".join(lines)
