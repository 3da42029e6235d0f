"""Motor vehicle number plate (机动车号牌), GA 36-2018.

A province abbreviation (京, 晋, 粤…), the letter of the issuing office (no I or O), an optional
separator dot, then five characters of letters (no I or O) and digits; the last one may be 挂
(trailer), 学 (learner), 警 (police), 港 or 澳. New-energy plates have six characters: for small
vehicles a type letter (D, F, or A–K under the 2021 scheme), a letter or digit and four digits;
for large vehicles five digits and the type letter. A plate ties a vehicle to its keeper, so it
is personal data; the shape is distinctive, and a vehicle word nearby makes it sure.

The letters and digits are read through the shared normaliser (``recognizers._numbers``), so
``晋H·12345``, ``晋H 12345`` and a plate broken over two lines of a narrow table cell
(``晋H\\n12345``) are the same plate. A plate broken inside its letters and digits has no check
digit to confirm it, so it needs a vehicle word.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._columns import PLATE
from recognizers._numbers import NumberRecognizer, runs, two_cells
from recognizers._public_vehicles import ENTITY as PUBLISHED
from recognizers._public_vehicles import mark_published

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "A-HJ-NP-Z"
_SUFFIX = "挂学警港澳"
# Between the province and the office letter: nothing, a space, a dot, a line break.
_BETWEEN = re.compile(r"[ \u3000·•.]?\r?\n?[ \u3000]?")
_ORDINARY = re.compile(rf"[{_L}][{_L}0-9]{{5}}")
_NEW_ENERGY = re.compile(rf"[{_L}](?:[A-HJK][{_L}0-9]\d{{4}}|\d{{5}}[A-HJK])")
_WITH_SUFFIX = re.compile(rf"[{_L}][{_L}0-9]{{4}}")


def plausible(body: str) -> bool:
    """Real plates carry at most three letters after the office letter, and a digit."""
    rest = body[1:]
    return sum(c.isalpha() for c in rest) <= 3 and any(c.isdigit() for c in rest)


class LicensePlateRecognizer(NumberRecognizer):
    ENTITY = "CN_LICENSE_PLATE"
    ALSO = (PUBLISHED,)
    LENGTHS = (5, 7)
    PATTERNS = (("plate", rf"[{_L}][{_L}0-9]{{4,6}}", 0.5),)
    CONTEXT = ("车牌", "号牌", "机动车", "车辆", "驾驶", "车号", "牌照", "轿车", "货车", "停放")
    COLUMN_KINDS = frozenset({PLATE})

    def matches(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        found = []
        for run in runs(text):
            first = run.offsets[0]
            province = _province_before(text, first)
            if province is None:
                continue
            span = self._plate(text, run)
            if span is None:
                continue
            hi, end = span
            if two_cells(text, province, end):
                continue
            score = 0.3 if run.broken(0, hi) else 0.5
            found.append(RecognizerResult(
                self.ENTITY, province, end, score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "number": text[province] + run.compact[:hi],
                },
            ))
        return found

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        # A body's car for auction, a vehicle declared void: the notice publishes it.
        return mark_published(text, found)

    @staticmethod
    def _plate(text: str, run) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
        """(characters of the run taken, end offset in the text) of the plate the run starts."""
        compact = run.compact
        if 7 in run.ends and _NEW_ENERGY.fullmatch(compact[:7]):
            return 7, run.offsets[6] + 1
        if 6 in run.ends and _ORDINARY.fullmatch(compact[:6]) and plausible(compact[:6]):
            return 6, run.offsets[5] + 1
        if 5 in run.ends and _WITH_SUFFIX.fullmatch(compact[:5]):
            after = run.offsets[4] + 1
            if after < len(text) and text[after] in _SUFFIX and plausible(compact[:5] + "0"):
                return 5, after + 1
        return None


def _province_before(text: str, start: int) -> int | None:
    """Offset of the province abbreviation just before offset ``start`` (a separator
    between them allowed), if there is one."""
    for gap in range(0, 5):
        at = start - gap - 1
        if at < 0:
            return None
        if text[at] in _PROVINCES and _BETWEEN.fullmatch(text, at + 1, start):
            if at == 0 or not re.match(r"[A-Za-z0-9]", text[at - 1]):
                return at
            return None
    return None
