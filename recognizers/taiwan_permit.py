"""台湾居民来往大陆通行证 (台胞证), the Mainland Travel Permit for Taiwan Residents.

Since 25 September 2008 the card carries an eight-digit number kept for life; the older booklet
had ten digits (eight, then a two-digit issue count) and a one-character office code in
brackets, e.g. ``0123456701(B)``. Bare digit strings of these lengths are everywhere (dates,
amounts, serial numbers), so a number counts only right after a 台胞证 word.
"""

from __future__ import annotations

import re

from recognizers._base import RefiningPatternRecognizer


class TaiwanPermitRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_TW_PERMIT"
    PATTERNS = (
        (
            "tw_permit",
            r"(?<![\d.\-])(?:\d{8}|\d{10}(?:[(（][A-Z0-9][)）])?)(?![\d.\-]|\s*(?:元|万元|年|人))",
            0.3,
        ),
    )
    CONTEXT = ("台胞证", "台湾居民来往大陆通行证", "台湾同胞", "台湾居民", "来往大陆通行证")
    CONTEXT_BEFORE = 15
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        # An eight-digit date (20180305) is not a permit number.
        if re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", pattern_text):
            return False
        return None
