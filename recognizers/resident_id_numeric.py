"""A resident identity card number (GB 11643-1999) that a spreadsheet stored as a number.

Excel and LibreOffice keep 15 significant digits of a number, so an 18-digit ID typed into a
cell as a number is stored as ``1.10101199003071E+17``: the address code, the birth date and
the first digit of the sequence survive, the last three digits read ``000`` and the check
character is lost (openpyxl and pandas write 16 digits, ``1.101011990030712e+17``: the last
two read ``00``). The spreadsheet reader shows such a cell as its exact decimal expansion,
``110101199003071000``; a CSV written from it, or a page that copied it, may show the
E-notation itself with its 15 digits. Either is still the person's ID (partially): the region,
the date of birth and part of the sequence.

Pattern: a province code (the first two digits, or 81–83), four more digits, a birth date
YYYYMMDD that is real and not in the future, one digit and ``000`` or two and ``00``; or the
same fifteen or sixteen digits as ``d.ddddddddddddddE+17``. No check digit can be validated, so the score rests on the date,
the province and context (an ID column or label).
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import RecognizerResult

from recognizers._base import A, B, RefiningPatternRecognizer
from recognizers.resident_id import _PROVINCES

_DATE = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"


def digits_of(text: str) -> str | None:
    """The 18 digits (the last three ``000``) that ``text`` stands for."""
    text = text.strip()
    match = re.fullmatch(r"([1-8])\.(\d{14,15})[eE]\+0?17", text)
    if match:
        return (match.group(1) + match.group(2) + "000")[:18]
    return text if re.fullmatch(r"\d{15}000|\d{16}00", text) else None


def birth_date_ok(number: str) -> bool:
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return birth <= datetime.date.today()


class NumericResidentIdRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = (
        ("id18_as_number", rf"{B}[1-8]\d{{5}}{_DATE}(?:\d000|\d\d00){A}", 0.5),
        ("id18_e_notation", rf"{B}[1-8]\.\d{{5}}{_DATE}\d\d?[eE]\+0?17{A}", 0.5),
    )
    CONTEXT = (
        "身份证", "公民身份号码", "身份号码", "证件号码", "证件号", "居住证", "社会保障号码",
        "社保号", "身份证号",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits_of(pattern_text)
        if number is None or number[:2] not in _PROVINCES or not birth_date_ok(number):
            return False
        return None

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        found.recognition_metadata["partial"] = "stored as a number: 15 significant digits"
        return found
