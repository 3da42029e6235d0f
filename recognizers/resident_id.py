"""Resident identity card number (公民身份号码), GB 11643-1999.

Eighteen characters: a six-digit address code (GB/T 2260, the division where the number was
first issued), the birth date as YYYYMMDD, a three-digit sequence (odd for men) and a check
character computed with ISO 7064 MOD 11-2 over the first seventeen digits (``X`` stands for 10).
The same number is the social-security number (社会保险法第五十八条). Residence permits of
Hong Kong, Macau and Taiwan residents use the address codes 810000, 820000 and 830000.

The address code is not checked against the division list: numbers keep the code that was
valid when issued, and python-stdnum's ``cn.ric.validate`` rejects codes that have since been
abolished as well as 81/82/83, so only its check-digit function is used here.
"""

from __future__ import annotations

import datetime

from stdnum.cn import ric

from pipeline.analysis import CnPatternRecognizer

_B, _A = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
_DATE = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"


class ResidentIdRecognizer(CnPatternRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = (("id18", f"{_B}[1-8]\\d{{5}}{_DATE}\\d{{3}}[\\dXx]{_A}", 0.3),)
    CONTEXT = ("身份证", "公民身份号码", "身份号码", "证件号码", "居住证", "社会保障号码", "社保号")

    def validate_result(self, pattern_text: str) -> bool:
        number = pattern_text.upper()
        try:
            birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        except ValueError:
            return False
        if birth > datetime.date.today():
            return False
        # calc_check_digit reads the first 17 of the 18 characters it is given.
        return ric.calc_check_digit(number) == number[17]
