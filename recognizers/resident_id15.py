"""First-generation resident identity card number (15 digits), GB 11643-1989.

Issued until 1999 and still met in old registers: a six-digit address code, the birth date as
YYMMDD (read as 19YY), and a three-digit sequence (odd for men); there is no check digit. The
old 15-digit business registration number (工商注册号) has the same shape, so a number counts
only next to an identity-card word. ``upgrade`` gives the 18-digit form (insert ``19``, append
the MOD 11-2 check character), under which the same person may appear elsewhere. Numbers
are read through the shared normaliser (``recognizers._numbers``).
"""

from __future__ import annotations

import datetime

from presidio_analyzer import RecognizerResult
from stdnum.cn import ric

from recognizers._columns import ID
from recognizers._numbers import NumberRecognizer

_PROVINCES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"]
)


def upgrade(number: str) -> str:
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")


class ResidentId15Recognizer(NumberRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    LENGTHS = (15, 15)
    PATTERNS = (("id15", r"[1-6]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}", 0.3),)
    COLUMN_KINDS = frozenset({ID})
    CONTEXT = ("身份证", "公民身份号码", "身份号码", "证件号码", "证件号", "身份证号")
    NEGATIVE_CONTEXT = ("注册号", "营业执照", "工商", "编号", "账号", "流水号", "订单号")

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text[:2] not in _PROVINCES:
            return False
        try:
            datetime.date(1900 + int(pattern_text[6:8]), int(pattern_text[8:10]),
                          int(pattern_text[10:12]))
        except ValueError:
            return False
        # No check digit: the score is left to context.
        return None

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        found.recognition_metadata["upgraded"] = upgrade(found.recognition_metadata["number"])
        return found
