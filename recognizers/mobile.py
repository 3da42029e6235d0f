"""Mainland mobile phone number (移动电话号码), 11 digits under the national numbering plan.

The number starts with 1 and a second digit of 3–9; it may be written with a country code
(+86, 0086, 86-, (+86)) and with spaces or dashes in 3-4-4 groups. Only numbers in the
allocated segments (13x, 145–149, 15x but 154, 162/165–167, 170–178, 18x, 19x but 194) are
taken. Digits glued to a longer number or to a longer group of digits, and an amount followed
by 元, are not phones.
"""

from __future__ import annotations

import re

from recognizers._base import RefiningPatternRecognizer

_ALLOCATED = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])")
_SEP = r"[ \-]?"


class MobileRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_MOBILE"
    PATTERNS = (
        (
            "mobile",
            rf"(?<![\d.])(?:(?:\+|00)?86{_SEP}|\(\+?86\){_SEP})?"
            rf"1[3-9]\d{_SEP}\d{{4}}{_SEP}\d{{4}}"
            r"(?![\d.]|\s*(?:元|万元|亿元|块|美元|人民币))",
            0.6,
        ),
    )
    CONTEXT = ("手机", "电话", "联系方式", "移动电话", "tel", "联系人", "号码", "微信")
    NEAREST_NEGATIVE = (
        "金额", "编号", "流水号", "订单号", "单号", "合同号", "发票", "批次", "条码", "账号",
        "卡号", "代码", "序列号",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("0086"):
            digits = digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        if len(digits) != 11:
            return False
        # An allocated segment is likely but not proof: leave the score to context.
        return None if _ALLOCATED.match(digits) else False
