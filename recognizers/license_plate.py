"""Motor vehicle number plate (机动车号牌), GA 36-2018.

A province abbreviation (京, 晋, 粤…), the letter of the issuing office (no I or O), an optional
separator dot, then five characters of letters (no I or O) and digits; the last one may be 挂
(trailer), 学 (learner), 警 (police), 港 or 澳. New-energy plates have six characters: for small
vehicles a type letter (D, F, or A–K under the 2021 scheme), a letter or digit and four digits;
for large vehicles five digits and the type letter. A plate ties a vehicle to its keeper, so it
is personal data; the shape is distinctive, and a vehicle word nearby makes it sure.
"""

from __future__ import annotations

from recognizers._base import A, RefiningPatternRecognizer

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "A-HJ-NP-Z"


class LicensePlateRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_LICENSE_PLATE"
    PATTERNS = (
        (
            "plate",
            rf"[{_PROVINCES}][{_L}][·•.\s]?"
            rf"(?:[A-HJK][{_L}0-9]\d{{4}}|\d{{5}}[A-HJK]|[{_L}0-9]{{4}}[{_L}0-9挂学警港澳])"
            rf"{A}",
            0.5,
        ),
    )
    CONTEXT = ("车牌", "号牌", "机动车", "车辆", "驾驶", "车号", "牌照", "轿车", "货车", "停放")

    def validate_result(self, pattern_text: str) -> bool | None:
        body = pattern_text[2:].lstrip("·•. \t")
        # Real plates carry at most three letters after the office letter.
        letters = sum(c.isalpha() and c.isascii() for c in body)
        return None if letters <= 3 and any(c.isdigit() for c in body) else False
