"""Redact: write the publishable copy in the input's own format, with every redacted span
removed for real, sanitized (no author, comments, revisions, hidden text, thumbnail, metadata)
and with the sanitized review record attached. The copy is written to a temporary file;
verify decides whether it becomes the publishable copy.

The text that replaces a span comes from presidio-anonymizer's operators, chosen per entity
type in ``baomi.toml`` (default: a placeholder naming the category, whatever the value's
length; ``notice``: the public-notice mask of ``pipeline.masks``). A PDF gets a filled box
instead; under a public-notice mask, boxes over the masked characters only.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from pipeline import policy
from pipeline.atomic import temp_path_for
from pipeline.config import Config
from pipeline.engines import Engines
from pipeline.errors import InputError
from pipeline.masks import MASK, NOTICE_TYPES, keeps_places
from pipeline.model import Area, Finding, Review
from pipeline.record import dumps, sanitized

RECORD_NAME = "review-record.json"

@dataclass(slots=True)
class Cut:
    """A span of the flat text to remove, and what to write in its place."""

    start: int
    end: int
    replacement: str

def replacement_for(finding: Finding, config: Config, engines: Engines) -> str:
    spec = dict(
        config.operators.get(finding.entity_type)
        or config.operators.get("DEFAULT")
        or {"type": "placeholder"}
    )
    operator = spec.pop("type")
    if operator == "notice":
        if finding.entity_type in NOTICE_TYPES:
            spec["entity_type"] = finding.entity_type
        else:
            operator, spec = "placeholder", {}  # a secret is never shown in part
    if operator == "placeholder":
        spec.setdefault(
            "placeholder", config.placeholder.format(label=policy.label(finding.category))
        )
    result = engines.anonymizer.anonymize(
        text=finding.text,
        analyzer_results=[RecognizerResult(finding.entity_type, 0, len(finding.text), 1.0)],
        operators={finding.entity_type: OperatorConfig(operator, spec)},
    )
    return result.text

def plan_cuts(review: Review, config: Config, engines: Engines) -> tuple[list[Cut], dict[str, str]]:
    """Merged, ordered cuts for the redacted findings, and each finding's replacement."""
    replacements: dict[str, str] = {}
    cuts: list[Cut] = []
    alone: list[bool] = []  # the cut is one finding's, not merged with another
    for finding in sorted(review.redacted(), key=lambda f: (f.start, -f.end)):
        if finding.start == finding.end:
            continue  # an area without text of its own (``plan_areas``)
        # A replacement the workflow set (a declassified marking's 已解密 note; nothing for a
        # withdrawn drafter's note), else the configured operator's.
        given = finding.metadata.get("replacement")
        text = given if isinstance(given, str) else replacement_for(finding, config, engines)
        replacements[finding.id] = text
        if cuts and finding.start < cuts[-1].end:
            cuts[-1].end = max(cuts[-1].end, finding.end)
            alone[-1] = False
        else:
            cuts.append(Cut(finding.start, finding.end, text))
            alone.append(True)
    review.replacements.update(c.replacement for c in cuts if c.replacement)
    if review.document.format == "pdf":
        cuts = _masked_characters(review.document.text, cuts, alone)
    return cuts, replacements

def plan_areas(review: Review) -> list[Area]:
    """The areas redacted as a whole: those of redacted findings that have one (a part the
    leak check cannot verify, a reviewer's area redaction)."""
    areas: list[Area] = []
    for finding in review.redacted():
        area = finding.metadata.get("area")
        if area and Area.of(area) not in areas:
            areas.append(Area.of(area))
    return areas

# Formats whose writer adds notes to the record (what making the copy removed): it gets a
# function that builds the record once the copy is made.
NOTED = {"xlsx", "csv", "ofd", "html"}

def _writer(fmt: str):  # type: ignore[no-untyped-def]
    if fmt == "pdf":
        from stages.redact.pdf import redact
    elif fmt == "docx":
        from stages.redact.docx import redact
    elif fmt == "xlsx":
        from stages.redact.xlsx import redact
    elif fmt == "csv":
        from stages.redact.csv import redact
    elif fmt == "ofd":
        from stages.redact.ofd import redact
    elif fmt == "html":
        from stages.redact.html import redact
    else:
        from stages.redact.txt import redact
    return redact

def _masked_characters(text: str, cuts: list[Cut], alone: list[bool]) -> list[Cut]:
    """A PDF shows no replacement text, only black boxes: a mask that keeps characters in
    their places (a public-notice mask) becomes boxes over the masked characters only, so
    the copy shows 130534■■■■■■■■2416 as the notice rules want."""
    out: list[Cut] = []
    for cut, single in zip(cuts, alone, strict=True):
        value = text[cut.start : cut.end]
        if not single or cut.replacement == value or not keeps_places(value, cut.replacement):
            out.append(cut)
            continue
        i = 0
        while i < len(value):
            if cut.replacement[i] == MASK and value[i] != MASK:
                j = i
                while j < len(value) and cut.replacement[j] == MASK:
                    j += 1
                out.append(Cut(cut.start + i, cut.start + j, MASK * (j - i)))
                i = j
            else:
                i += 1
    return out


def run(review: Review, config: Config, engines: Engines) -> None:
    cuts, replacements = plan_cuts(review, config, engines)
    review.areas = plan_areas(review)
    document = review.document
    if document.converted_from:
        review.notes.append(_conversion_note(document))

    def record_for(notes: list[dict] | tuple = ()) -> bytes:
        review.notes.extend(notes)
        return dumps(sanitized(review, replacements)).encode("utf-8")

    redact = _writer(document.format)
    outputs = review.outputs
    secrets = sorted(
        {(f.text, replacements[f.id]) for f in review.redacted() if f.text.strip()},
        key=lambda pair: -len(pair[0]),
    )
    # Only PDF pages and DOCX images have areas (nothing else is unverifiable).
    extra = {"areas": review.areas} if review.areas else {}
    try:
        if document.format in NOTED:
            copy = redact(document, cuts, record_for, secrets, **extra)
        else:
            copy = redact(document, cuts, record_for(), secrets, **extra)
    except Exception as exc:
        # Ingest reads past objects that are missing or broken (a null page, contents that
        # point nowhere); writing the copy touches them all, and then MuPDF gives up. No copy
        # is better than a guess at what they held: a one-line error, not "internal error".
        if document.format == "pdf" and _mupdf_failure(exc):
            raise InputError("pdf_cannot_redact") from None
        raise
    files = {outputs.redacted_path: copy}
    if outputs.sidecar_path is not None:
        files[outputs.sidecar_path] = record_for()
    for final, data in files.items():
        pending = temp_path_for(final)
        outputs.pending[final] = pending
        pending.write_bytes(data)

def _conversion_note(document) -> dict:  # type: ignore[no-untyped-def]
    from pipeline.messages import message

    params = {
        "source": (document.converted_from or "").upper(),
        "target": document.format.upper(),
        "converter": document.converter or "LibreOffice",
    }
    return {"code": "note_converted", **params, "text": message("note_converted", "zh", **params)}

def _mupdf_failure(exc: BaseException) -> bool:
    from pipeline.pdflib import mupdf_failure  # only once a PDF is being redacted

    return mupdf_failure(exc)
