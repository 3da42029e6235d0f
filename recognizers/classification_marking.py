"""State-secret classification marking (国家秘密标志, 密级和保密期限), GB/T 9704-2012 §7.2.2.

The marking is a level, 绝密, 机密 or 秘密, then a star (★; ☆, * and ✱ come from typing or OCR)
and a period in Arabic numerals: years for a year or more (``机密★5年``), months below
(``秘密★6个月``), ``长期``, or instead a date (解密时间) or a condition (解密条件). A level may
also stand alone with its two characters spaced (``秘  密``). It sits in the header zone: on
the second line under the 份号 at the top left (GB/T 9704-1999: top right, first line).

Only the header zone (the first eight non-empty lines) and lines holding nothing but the marking
count: a body sentence that mentions 国家秘密 or 机密 is not a marking, and neither is a law.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE

_STARS = "★☆*✱✲✳⭐✩✪"
_LEVEL = r"(?<![国家商业工作技术个人])(?P<level>绝\s*密|机\s*密|秘\s*密)"
_PERIOD = (
    r"(?P<period>长\s*期|\d{1,2}\s*(?:年|个\s*月)"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*前?"
    rf"|[^\s{_STARS}]{{1,20}}?(?=\s|$))"
)
MARKING = re.compile(rf"{_LEVEL}[ \t]*[{_STARS}][ \t]*{_PERIOD}?", re.MULTILINE)
LEVEL_ONLY = re.compile(r"^[ \t]*(?P<level>绝|机|秘)[ \t]*密[ \t]*$", re.MULTILINE)
HEADER_LINES = 8


def header_zone_end(text: str, lines: int = HEADER_LINES) -> int:
    """Offset just past the first ``lines`` non-empty lines."""
    seen, pos = 0, 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


def _stands_alone(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    # 份号 and 紧急程度 may share the line with the marking.
    rest = line.replace(text[start:end], "")
    return re.fullmatch(r"[\s\d]*(?:特急|加急|特提|平急)?[\s\d]*", rest) is not None


def period_kind(period: str | None) -> str:
    if not period:
        return "none"
    compact = re.sub(r"\s", "", period)
    if compact == "长期":
        return "long"
    if re.fullmatch(r"\d{1,2}年", compact):
        return "years"
    if re.fullmatch(r"\d{1,2}个月", compact):
        return "months"
    if re.fullmatch(r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?前?", compact):
        return "date"
    return "condition"


class ClassificationMarkingRecognizer(EntityRecognizer):
    ENTITY = "CLASSIFICATION_MARKING"
    SCORE: ClassVar[float] = 0.95

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        zone_end = header_zone_end(text)
        results = []
        for regex in (MARKING, LEVEL_ONLY):
            for match in regex.finditer(text):
                start, end = match.span()
                in_zone = start < zone_end
                if not (in_zone or _stands_alone(text, start, end)):
                    continue
                if regex is LEVEL_ONLY and not in_zone:
                    continue
                level = re.sub(r"\s", "", match.group("level"))
                level = level if level.endswith("密") else level + "密"
                groups = match.groupdict()
                period = re.sub(r"\s", "", groups["period"]) if groups.get("period") else None
                results.append(
                    RecognizerResult(
                        self.ENTITY,
                        start,
                        end,
                        self.SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "level": level,
                            "period": period,
                            "period_kind": period_kind(period),
                        },
                    )
                )
        return results
