"""Resident identity card number (公民身份号码), GB 11643-1999, 18 characters.

A six-digit address code (GB/T 2260, the division where the number was first issued), the birth
date as YYYYMMDD, a three-digit sequence (odd for men) and a check character computed with
ISO 7064 MOD 11-2 over the first seventeen digits (``X`` stands for 10). The same number is the
social-security number (社会保险法第五十八条). Residence permits of Hong Kong, Macau and Taiwan
residents (港澳台居民居住证) use the address codes 810000, 820000 and 830000 and are numbers of
the same form.

The address code is not checked against the division list: numbers keep the code that was valid
when issued, and python-stdnum's ``cn.ric.validate`` rejects codes that have since been
abolished as well as 81/82/83, so only its check-digit function is used here. The first two
digits (a province, or 81–83) are a soft signal: a number outside them needs context. Numbers
are also found written in 6-8-4 groups, and broken by one line break where a PDF line ended.
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import RecognizerResult
from stdnum.cn import ric

from recognizers._base import A, B, RefiningPatternRecognizer

_DATE = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_PROVINCES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83"]
)


def id18_ok(number: str) -> bool:
    """Birth date real and not in the future, and the check character right."""
    number = number.upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if birth > datetime.date.today():
        return False
    # calc_check_digit reads the first 17 of the 18 characters it is given.
    return ric.calc_check_digit(number) == number[17]


class ResidentIdRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = (
        ("id18", rf"{B}[1-8]\d{{5}}{_DATE}\d{{3}}[\dXx]{A}", 0.3),
        ("id18_grouped", rf"{B}[1-8]\d{{5}} {_DATE} \d{{3}}[\dXx]{A}", 0.3),
        # One line break anywhere inside: a PDF line that ended mid-number.
        ("id18_broken", rf"{B}[1-8]\d{{0,15}}\n\d{{1,16}}[\dXx]{A}", 0.3),
    )
    CONTEXT = (
        "身份证", "公民身份号码", "身份号码", "证件号码", "证件号", "居住证", "社会保障号码",
        "社保号", "身份证号",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        number = re.sub(r"\s", "", pattern_text)
        if len(number) != 18 or not id18_ok(number):
            return False
        return True if number[:2] in _PROVINCES else None

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        if found.score >= 1.0:
            found.recognition_metadata["validated"] = True
        return found
