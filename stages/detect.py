"""Detect: run the Presidio analyzer (Chinese recognizers and the unit's keyword lists) over
the document's flat text and turn its results into findings. Overlapping results are settled
here, in one place: a validated match beats an unvalidated one, then the longer, then the
higher score."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from pipeline.analysis import LANGUAGE, normalize_same_length
from pipeline.engines import Engines
from pipeline.model import Finding, Review


def _rank(result: RecognizerResult) -> tuple[int, int, float]:
    validated = result.score >= 1.0 or result.entity_type == "KEYWORD"
    return (int(validated), result.end - result.start, result.score)


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    kept: list[RecognizerResult] = []
    for result in sorted(results, key=_rank, reverse=True):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: (r.start, r.end))


def run(review: Review, engines: Engines) -> None:
    document = review.document
    results = engines.analyzer.analyze(text=normalize_same_length(document.text), language=LANGUAGE)
    for number, result in enumerate(resolve_overlaps(results), start=1):
        meta = dict(result.recognition_metadata or {})
        segments = document.segments_in(result.start, result.end)
        location = segments[0][0].locator.describe() if segments else {}
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
