"""Detect: run the Presidio analyzer (Chinese recognizers and the unit's keyword lists) over
the document's flat text and turn its results into findings. Overlapping results are settled
here, in one place: document numbers shield what is inside them; then a validated match beats
an unvalidated one, then the longer, then the entity priority (ID > credit code > bank card >
mobile > landline > postcode/QQ), then the higher score.

While the analyzer runs, the document's tables (read by ingest) are the current tables of
``pipeline.tables``: that is how a recognizer learns which column a value is in."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from presidio_analyzer import RecognizerResult

from pipeline.analysis import LANGUAGE, normalize_same_length
from pipeline.engines import Engines
from pipeline.model import Finding, Review
from pipeline.policy import UNVERIFIABLE
from pipeline.tables import detecting

# Which of two equally long, equally validated matches of the same digits wins: an all-digit
# credit code that is also a valid ID number is the ID; a card number is not a phone.
PRIORITY = {
    "DOC_NUMBER": 100,
    "CLASSIFICATION_MARKING": 95,
    "KEYWORD": 90,
    "CN_RESIDENT_ID": 80,
    "CN_USCC": 70,
    "CN_USCC_INDIVIDUAL": 70,
    "CN_BANK_CARD": 60,
    "CN_BANK_ACCOUNT_PUBLIC": 60,
    "CN_SOCIAL_SECURITY_CARD": 58,
    "CN_VIN": 56,
    "CN_VEHICLE_PUBLIC": 56,
    "CN_PERSONAL_CERTIFICATE": 54,
    "MASKED_VALUE": 55,
    "CN_MOBILE": 50,
    "CN_MOBILE_PUBLIC": 50,
    "EMAIL_ADDRESS": 45,
    "EMAIL_PUBLIC": 45,
    "CN_LANDLINE_PRIVATE": 40,
    "CN_LANDLINE": 40,
    "CN_LANDLINE_PUBLIC": 40,
    "CN_POSTCODE": 10,
    "CN_QQ": 10,
    "CN_WECHAT": 10,
    # An age next to a name yields to what says more of it (SENSITIVE_MINOR: a pupil's age).
    "PERSONAL_AGE": 20,
}
# Spans that are public as a whole (a document or case number): nothing inside them is
# reported on its own.
SHIELDS = {"DOC_NUMBER"}
# Cues about the document as a whole (its marking, a party's claim of 商业秘密, a draft's
# label): not values to remove, so they stand beside any value inside them (a listed term in
# a claim sentence) instead of competing with it for the span.
SIGNALS = {
    "CLASSIFICATION_MARKING", "INTERNAL_MARKING", "CIPHER_TELEGRAM", "DISCLOSURE_NOTE",
    "TRADE_SECRET", "PROCESS_INFO", "LAW_ENFORCEMENT",
}


def _validated(result: RecognizerResult) -> bool:
    meta = result.recognition_metadata or {}
    return bool(meta.get("validated")) or result.score >= 1.0 or result.entity_type == "KEYWORD"


def _rank(result: RecognizerResult) -> tuple[int, int, int, float]:
    return (
        int(_validated(result)),
        result.end - result.start,
        PRIORITY.get(result.entity_type, 30),
        result.score,
    )


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per stretch of text: inside a shield span only the shield; otherwise a
    validated match beats an unvalidated one, then the longer, then by ``PRIORITY``, then the
    higher score.

    Kept spans never overlap, so whether a result overlaps one is a look at its neighbour in
    the sorted kept spans, and whether a shield holds it a look at the shields starting at or
    before it (comparing every result with every other made a long document quadratic)."""
    if any(r.end <= r.start for r in results):
        return _resolve_pairwise(results)  # an empty span: the plain comparisons decide
    shields = sorted((r.start, r.end) for r in results if r.entity_type in SHIELDS)
    shield_starts = [start for start, _ in shields]
    reach = list(accumulate((end for _, end in shields), max))  # furthest end so far

    def shielded(result: RecognizerResult) -> bool:
        i = bisect_right(shield_starts, result.start)
        return i > 0 and reach[i - 1] >= result.end

    results = [
        r
        for r in results
        if r.entity_type in SHIELDS or r.entity_type == "KEYWORD" or not shielded(r)
    ]
    kept: list[RecognizerResult] = []
    starts: list[int] = []
    ends: list[int] = []
    for result in sorted(results, key=_rank, reverse=True):
        i = bisect_left(starts, result.end)  # kept spans starting before this one ends
        if i and ends[i - 1] > result.start:
            continue
        starts.insert(i, result.start)
        ends.insert(i, result.end)
        kept.append(result)
    return sorted(kept, key=lambda r: (r.start, r.end))


def _resolve_pairwise(results: list[RecognizerResult]) -> list[RecognizerResult]:
    shields = [r for r in results if r.entity_type in SHIELDS]
    results = [
        r
        for r in results
        if r.entity_type in SHIELDS
        or r.entity_type == "KEYWORD"
        or not any(s.start <= r.start and r.end <= s.end for s in shields)
    ]
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=_rank, reverse=True):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: (r.start, r.end))


def run(review: Review, engines: Engines) -> None:
    document = review.document
    text = normalize_same_length(document.text)
    # Presidio hands recognizers only the text: the document's tables are made the current
    # ones for the analyzer's run (pipeline.tables), so a recognizer can ask which cell of
    # which table an offset is in.
    with detecting(document.tables, text):
        results = engines.analyzer.analyze(text=text, language=LANGUAGE)
    signals = resolve_overlaps([r for r in results if r.entity_type in SIGNALS])
    values = resolve_overlaps([r for r in results if r.entity_type not in SIGNALS])
    # A shield only keeps what is inside it from being reported; it is no finding itself.
    kept = sorted(
        (r for r in signals + values if r.entity_type not in SHIELDS),
        key=lambda r: (r.start, r.end),
    )
    for number, result in enumerate(kept, start=1):
        meta = dict(result.recognition_metadata or {})
        segments = document.segments_in(result.start, result.end)
        location = segments[0][0].locator.describe() if segments else {}
        location.update(_ocr_location(review, result.start, result.end))
        review.findings.append(
            Finding(
                id=f"F{number:04d}",
                entity_type=result.entity_type,
                start=result.start,
                end=result.end,
                text=document.text[result.start : result.end],
                score=round(float(result.score), 4),
                recognizer=str(meta.pop(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
                location=location,
                metadata={k: v for k, v in meta.items() if k != "recognizer_identifier"},
            )
        )
    _add_unverifiable(review, len(kept))
    _add_uncertain(review)


def _add_unverifiable(review: Review, number: int) -> None:
    """A finding for every part the leak check cannot verify (``Document.unverifiable_parts``):
    it has no text of its own, only its place (page and box, or a part), and blocks
    publication until a reviewer redacts the area or keeps it with a reason."""
    for part in review.document.unverifiable_parts:
        number += 1
        location: dict[str, object] = {"kind": part.kind}
        if part.page is not None:
            location["page"] = part.page
        if part.part is not None:
            location["part"] = part.part
        if part.box is not None:
            location["box"] = [round(v, 2) for v in part.box]
        review.findings.append(
            Finding(
                id=f"F{number:04d}",
                entity_type=UNVERIFIABLE,
                start=part.offset,
                end=part.offset,
                text="",
                score=1.0,
                recognizer="ingest",
                location=location,
                metadata={"area": {"page": part.page, "box": part.box, "part": part.part}},
            )
        )


def _ocr_location(review: Review, start: int, end: int) -> dict[str, object]:
    """The box of a value read by OCR (page points; pixels of a DOCX image)."""
    found = review.document.ocr_box(start, end)
    if found is None:
        return {}
    return {"box": [round(v, 1) for v in found[1]]}


def _add_uncertain(review: Review) -> None:
    """A ``review`` finding for every OCR line read with too little confidence: what was not
    read reliably is never called clean."""
    document = review.document
    number = len(review.findings)
    for scan in document.scans.values():
        for start, end, confidence in scan.uncertain:
            number += 1
            segments = document.segments_in(start, end)
            location = segments[0][0].locator.describe() if segments else {}
            location.update(_ocr_location(review, start, end))
            review.findings.append(
                Finding(
                    id=f"F{number:04d}",
                    entity_type="OCR_UNCERTAIN",
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    score=confidence,
                    recognizer="ocr",
                    location=location,
                    metadata={"confidence": confidence},
                )
            )
