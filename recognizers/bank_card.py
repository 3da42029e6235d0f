"""Bank card and account number (银行卡号, 银行账号), ISO/IEC 7812.

Sixteen to nineteen digits, often in groups of four. The issuer prefix is 62 for UnionPay cards
(and 4, 5, 2, 3 for the international schemes); the last digit is a Luhn check digit. A random
number passes Luhn one time in ten, so a number counts only next to a bank word (卡号, 账号,
开户行…) or under such a table column. Some domestic and corporate accounts do not use the Luhn
digit: with context a failing number is still reported, for review.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from stdnum import luhn

from recognizers._base import RefiningPatternRecognizer


class BankCardRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_BANK_CARD"
    PATTERNS = (
        (
            "bank_card",
            r"(?<![\d.])\d{4}(?:[ \-]?\d){12,15}(?![\d.Xx]|[ \-]\d|\s*(?:元|万元|亿元))",
            0.3,
        ),
    )
    CONTEXT = (
        "银行卡", "卡号", "账号", "帐号", "开户行", "开户银行", "户名", "收款账户", "借记卡",
        "信用卡", "银行账户", "账户", "帐户", "社保卡", "工资卡", "存折",
    )
    NEAREST_NEGATIVE = (
        "身份证", "编号", "流水号", "订单号", "发票", "代码", "合同号", "电话", "手机", "批次",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        return None if 16 <= len(digits) <= 19 else False

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        digits = re.sub(r"\D", "", text[found.start : found.end])
        if luhn.is_valid(digits):
            found.recognition_metadata["luhn"] = True
            if digits.startswith("62"):
                found.score += 0.05
        else:
            # With a bank word the enhancer lifts this to review, not to redaction.
            found.score = max(0.0, found.score - 0.15)
            found.recognition_metadata["luhn"] = False
        return found
