"""State-secret classification marking (国家秘密标志, 密级和保密期限), GB/T 9704-2012 §7.2.2.

The marking is a level, 绝密, 机密 or 秘密, then a star (★; ☆, *, ✱ and other stars come from
typing or OCR) and a period in Arabic numerals: years for a year or more (``机密★5年``), months
below (``秘密★6个月``), ``长期``, or instead a date (解密时间, ``机密★2026年12月31日前``) or a
condition (解密条件, ``机密★会议结束后``). Periods typed in Chinese numerals (``机密★五年``) are
read as their Arabic value. A level may also stand alone with its two characters spaced
(``秘  密``). It sits in the header zone: on the second line under the 份号 at the top left
(GB/T 9704-1999: top right of the first line, beside the 份号); in a DOCX it may be in the page
header, which ingest puts after the body.

Only a marking that stands on its own line counts (with the 份号, the urgency or a 密级 label
beside it): a sentence that mentions 国家秘密 or 机密, or quotes a marking, is not a marking, and
neither is a law. A bare level counts only in the header or footer zone.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE
from recognizers._base import header_zone_end, in_margin_zone, line_span

_STARS = "★☆*＊✱✲✳✴✵✶✷✸✹✺✻✼✽⭐⭑✩✪✫✬✭✮✯✰⋆※"
_CN_NUM = "〇零一二两三四五六七八九十"
_LEVEL = r"(?<![国家商业工作技术个人])(?P<level>绝\s*密|机\s*密|秘\s*密)"
_PERIOD = (
    rf"(?P<period>长\s*期|[\d{_CN_NUM}]{{1,3}}\s*(?:年|个\s*月)"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|以前|止)?"
    rf"|[^\s{_STARS}]{{1,24}}?(?=[^\S\n]*(?:特急|加急|特提|平急)?[^\S\n]*$))"
)
MARKING = re.compile(rf"{_LEVEL}[^\S\n]*[{_STARS}][^\S\n]*{_PERIOD}?", re.MULTILINE)
# A bare level alone on its line, or beside the 份号 (GB/T 9704-1999: 份号 left, level right).
LEVEL_ONLY = re.compile(r"(?<![^\s\d])(?P<level>绝|机|秘)[^\S\n]*密(?=[^\S\n]*$)", re.MULTILINE)
# What may share the line with a marking: 份号, urgency, a label.
_BESIDE = re.compile(
    r"[\s\d:：]*(?:(?:密级(?:和保密期限)?|保密期限|份号|编号)[\s\d:：]*)*"
    r"(?:特\s*急|加\s*急|特\s*提|平\s*急)?[\s\d:：]*"
)


def _cn_int(text: str) -> int | None:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits.update({"〇": 0, "两": 2})
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return digits.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    try:
        return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)
    except KeyError:
        return None


def period_kind(period: str | None) -> str:
    if not period:
        return "none"
    compact = re.sub(r"\s", "", period)
    if compact == "长期":
        return "long"
    if re.fullmatch(r"\d{1,3}年", compact):
        return "years"
    if re.fullmatch(r"\d{1,3}个月", compact):
        return "months"
    if re.fullmatch(r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:前|以前|止)?", compact):
        return "date"
    return "condition"


def normalize_period(period: str | None) -> str | None:
    """``五年`` → ``5年``, ``6 个月`` → ``6个月``; other periods without their spaces."""
    if not period:
        return None
    compact = re.sub(r"\s", "", period)
    compact = re.sub(r"^(?:解密时间|解密条件|保密期限)[:：]?", "", compact)
    m = re.fullmatch(rf"([\d{_CN_NUM}]{{1,3}})(年|个月)", compact)
    if m:
        number = _cn_int(m[1])
        if number:
            return f"{number}{m[2]}"
    return compact


# A period alone on its line (a PDF's text layer may put 机密, ★ and 3年 on lines of their own).
_PERIOD_LINE = re.compile(
    rf"[^\S\n]*(?P<period>长\s*期|[\d{_CN_NUM}]{{1,3}}\s*(?:年|个\s*月)"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:前|以前|止)?)[^\S\n]*"
)
_STAR_LINE = re.compile(rf"[^\S\n]*[{_STARS}][^\S\n]*")


def _period_on_lines_near(text: str, start: int, end: int) -> str | None:
    """The period of a level standing alone, when the star and the period stand on lines of
    their own right after or right before it (at most a star line between): ``★ / 机密 / 3 年``."""
    after = text[end:].split("\n", 4)[1:4]
    before = text[:start].split("\n")[-4:-1][::-1]
    for lines in (after, before):
        starred = False
        for line in lines:
            if _STAR_LINE.fullmatch(line):
                starred = True
                continue
            found = _PERIOD_LINE.fullmatch(line)
            if found and (starred or any(_STAR_LINE.fullmatch(x) for x in before[:1] + after[:1])):
                return found["period"]
            break
    return None


def _stands_alone(text: str, start: int, end: int) -> bool:
    line_start, line_end = line_span(text, start)
    rest = text[line_start:start] + text[end:line_end]
    return _BESIDE.fullmatch(rest) is not None


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
        results = []
        for regex in (MARKING, LEVEL_ONLY):
            for match in regex.finditer(text):
                start, end = match.span()
                if not _stands_alone(text, start, end):
                    continue
                if regex is LEVEL_ONLY and not in_margin_zone(text, start):
                    continue
                level = re.sub(r"\s", "", match.group("level"))
                level = level if level.endswith("密") else level + "密"
                period = normalize_period(match.groupdict().get("period"))
                if regex is LEVEL_ONLY and period is None:
                    period = normalize_period(_period_on_lines_near(text, start, end))
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
                            "header_zone": start < header_zone_end(text),
                        },
                    )
                )
        return results
