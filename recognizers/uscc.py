"""Unified social credit code (统一社会信用代码), GB 32100-2015, 18 characters.

Position 1 is the registering department (1 机构编制, 5 民政, 9 工商, N 农业, Y 其他…), position 2
the kind of entity (11 机关, 12 事业单位, 51 社会团体, 91 企业, 92 个体工商户, 93 农民专业合作社…),
positions 3–8 the division code, positions 9–17 the GB 11714 organisation code and position 18
a check character: the characters are ``0-9`` and 21 capitals without I, O, S, V and Z, valued
by their index in ``0123456789ABCDEFGHJKLMNPQRTUWXY``, weighted by 3^(i-1) mod 31, and the check
character is the one valued (31 - sum mod 31) mod 31 (python-stdnum ``cn.uscc``).

The code is public registration data. The code of a 个体工商户 (92) stands for a business run by
a natural person and is reported as ``CN_USCC_INDIVIDUAL``: kept too, since the registration of
an individual business is published like a company's (the policy says why); the operator's ID
number, phone and home stay personal. An all-digit code that is also a
valid identity card number is left to the identity card recognizer (detect settles overlaps),
and an all-digit code without a credit-code label is not trusted: one random number in 31 has
a right check character, and cards and accounts are all digits.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from stdnum.cn import uscc

from recognizers._base import A, B, RefiningPatternRecognizer, words_in

_CS = "[0-9A-HJ-NP-RTUW-Y]"


class UsccRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_USCC"
    ALSO = ("CN_USCC_INDIVIDUAL",)
    PATTERNS = (("uscc", rf"{B}[1-9ANY][0-9]\d{{6}}{_CS}{{10}}{A}", 0.3),)
    CONTEXT = ("统一社会信用代码", "信用代码", "纳税人识别号", "税号", "营业执照", "社会信用代码")

    def validate_result(self, pattern_text: str) -> bool:
        return uscc.calc_check_digit(pattern_text[:17]) == pattern_text[17]

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        code = text[found.start : found.end]
        window = text[max(0, found.start - self.CONTEXT_BEFORE) : found.start]
        labelled = words_in(window, self.CONTEXT) or words_in(
            found.recognition_metadata.get("column", ""), self.CONTEXT
        )
        if code.isdigit() and not labelled:
            # Eighteen digits pass the check one time in 31: without a label they are more
            # likely a card or account number.
            found.score = 0.35
            return found
        found.recognition_metadata["validated"] = True
        found.recognition_metadata["kind"] = code[:2]
        if code[:2] == "92":
            found.entity_type = "CN_USCC_INDIVIDUAL"
        return found
