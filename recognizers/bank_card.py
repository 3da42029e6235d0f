"""Bank card and account number (银行卡号, 银行账号), ISO/IEC 7812.

Sixteen to nineteen digits, often in groups of four. The issuer prefix is 62 for UnionPay cards
(and 4, 5, 2, 3 for the international schemes); the last digit is a Luhn check digit. A random
number passes Luhn one time in ten, so a number counts only next to a bank word (卡号, 账号,
开户行…), in a table cell labelled as an account, or when a Luhn-valid number is all its line
holds (a table cell whose layout was lost, a value pasted alone): not a number in a sentence. Some domestic and corporate accounts do not
use the Luhn digit: with context a failing number is still reported, for review.

Numbers are read through the shared normaliser (``recognizers._numbers``: groups of four,
double spaces, dashes, full-width digits, a line break). A table column (or a form field)
whose label names an account (账号, 卡号, 银行卡, 一卡通, 存折: ``recognizers._columns``) holds
accounts whatever their length and check digit: every number of eight or more digits in such
a cell is reported for redaction (subsidy lists pay into 一卡通 and passbook accounts of any
length).

A body's own account (a fee paid into 财政局非税收入专户, a 收款单位's account) is public and is
reported as ``CN_BANK_ACCOUNT_PUBLIC``, kept: the holder named in the clause decides
(``recognizers._account_holder``), never a list of known accounts.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from stdnum import luhn

from recognizers._account_holder import holder_of
from recognizers._base import column_of, line_span
from recognizers._columns import ACCOUNT
from recognizers._numbers import NumberRecognizer

ALONE_SCORE = 0.6


def _alone(text: str, found: RecognizerResult) -> bool:
    """Whether the number is all its line holds, outside a labelled table cell."""
    if column_of(text, found.start):
        return False
    start, end = line_span(text, found.start)
    return end >= found.end and not text[start : found.start].strip() and not text[
        found.end : end
    ].strip()


class BankCardRecognizer(NumberRecognizer):
    ENTITY = "CN_BANK_CARD"
    ALSO = ("CN_BANK_ACCOUNT_PUBLIC",)
    LENGTHS = (16, 19)
    PATTERNS = (("bank_card", r"\d{16,19}", 0.3),)
    COLUMN_KINDS = frozenset({ACCOUNT})
    TYPED_KINDS = frozenset({ACCOUNT})
    TYPED_PATTERN = r"\d{8,30}"
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

    def holds_check(self, number: str) -> bool:
        return luhn.is_valid(number)

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        digits = found.recognition_metadata.get("number") or re.sub(
            r"\D", "", text[found.start : found.end]
        )
        if holder_of(text, found.start) == "body":
            found.entity_type = "CN_BANK_ACCOUNT_PUBLIC"
            found.recognition_metadata["holder"] = "body"
        if found.recognition_metadata.get("column_typed"):
            found.recognition_metadata["luhn"] = luhn.is_valid(digits)
            return found
        if luhn.is_valid(digits):
            found.recognition_metadata["luhn"] = True
            if digits.startswith("62"):
                found.score += 0.05
            if _alone(text, found) and not found.recognition_metadata.get("negative_label"):
                # A card-long number with a right Luhn digit that is the whole line (a
                # cell of a table the layout did not keep, a value pasted on its own) is no
                # number in a sentence: it is reported without a bank word.
                found.score = max(found.score, ALONE_SCORE)
                found.recognition_metadata["alone"] = True
        else:
            # With a bank word the enhancer lifts this to review, not to redaction.
            found.score = max(0.0, found.score - 0.15)
            found.recognition_metadata["luhn"] = False
        return found

