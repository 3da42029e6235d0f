"""Postal code (邮政编码), six digits; the first is 0–8 (034000 is 忻州).

A postcode names a delivery area, not a person, so it is kept; it is found so that the six
digits are not taken for anything else. Six-digit numbers are everywhere (份号, division codes,
amounts), so it counts only right after a postcode word.
"""

from __future__ import annotations

from recognizers._base import RefiningPatternRecognizer


class PostcodeRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_POSTCODE"
    PATTERNS = (("postcode", r"(?<![\d.\-])[0-8]\d{5}(?![\d.\-]|\s*(?:元|万元|人))", 0.3),)
    CONTEXT = ("邮编", "邮政编码", "邮码")
    CONTEXT_BEFORE = 10
    CONTEXT_AFTER = 0
