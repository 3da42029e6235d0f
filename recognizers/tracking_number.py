"""Postal and courier tracking numbers (邮件号码, 快递运单号) of a person's mail.

A reply to an application says how the application arrived (本机关于…收到您通过中国邮政EMS（单号
…）寄送的申请) or how the reply was sent; the tracking number looks up the sender's or the
addressee's name, telephone and address in the carrier's public tracking service, so it is the
applicant's personal information, redacted like the address it points to.

- **UPU S10** (the Universal Postal Union's standard for international and EMS items, used by
  China Post for EMS, registered letters and parcels): two letters (the service indicator:
  E… EMS, R… registered, C… parcel, L…), eight digits (the serial number), a check digit and
  the two-letter ISO 3166 code of the issuing country (CN): ``EA123456785CN``. The check digit:
  the serial's digits are multiplied by the weights 8 6 4 2 3 5 9 7, the sum is taken modulo 11
  and subtracted from 11; a result of 10 is written 0 and one of 11 is written 5. Spaces between
  the groups (``EA 123 456 785 CN``) are allowed. A string of that shape whose check digit
  holds is taken for review by itself and redacted next to a mail word (邮件, EMS, 挂号, 单号…).
- **Courier waybills** (快递运单号: SF Express, EMS's domestic 13-digit numbers, ZTO, YTO, JD…):
  ten to fifteen digits, perhaps after a carrier's one or two letters (SF, JD, YT, JT, E) and
  before a country's two (…CN: an S10 number miswritten, E97440885780CN). No shared
  check digit exists across carriers, so such a number counts only right after its label
  (运单号, 快递单号, 邮件号, 单号, 快递编号, 邮件编号, 挂号信编号…), nothing else between
  but a colon, a space or a bracket.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer

_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)

# The mail or courier word a waybill's label holds, and what may stand between it and the
# number (快递单号：, 运单号为, EMS（单号, 邮件号码：).
# A bare 单号 is a mail word, but not in a word that numbers something else: a hotline's or a
# case system's 工单号, an 订单号, a 账单号, a 报表/保单号.
_MAIL_WORD = re.compile(
    r"运单|快递|快件|邮件|邮单|寄件|物流|面单|挂号信?|EMS|邮政|(?<![工订账帐报保表批])单号", re.IGNORECASE
)
_LABEL_REST = re.compile(r"(?:单号|号码|编号|号|单)?(?:为|是)?[^\S\n]*[:：]?[^\S\n]*[(（]?[^\S\n]*")


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an eight-digit serial number."""
    check = 11 - sum(int(d) * w for d, w in zip(serial, _WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def s10_ok(value: str) -> bool:
    """``value`` (spaces allowed) is a UPU S10 identifier whose check digit holds."""
    compact = re.sub(r"\s", "", value).upper()
    match = re.fullmatch(r"[A-Z]{2}(\d{8})(\d)[A-Z]{2}", compact)
    return bool(match) and s10_check_digit(match[1]) == int(match[2])


class TrackingNumberRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_TRACKING_NUMBER"
    PATTERNS = (
        (
            "s10",
            r"(?<![A-Za-z0-9])[A-Za-z]{2}[^\S\n]?\d{3}[^\S\n]?\d{3}[^\S\n]?\d{3}[^\S\n]?[A-Za-z]{2}"
            r"(?![A-Za-z0-9])",
            0.5,
        ),
        # A carrier's letters before the digits (SF, JD, E… of an EMS item) and a country's
        # after them (…CN): under its label, whatever the check digit says.
        ("waybill", r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2})?\d{10,15}(?:[A-Za-z]{2})?(?![\d.A-Za-z])", 0.2),
    )
    CONTEXT = (
        "邮件", "邮寄", "寄送", "寄出", "寄来", "寄达", "挂号", "EMS", "ems", "中国邮政", "邮政",
        "快递", "运单", "单号", "快件", "顺丰", "速递", "物流",
    )
    CONTEXT_BEFORE = 30

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        value = text[found.start : found.end]
        if s10_ok(value):
            found.recognition_metadata["format"] = "UPU S10"
            found.recognition_metadata["validated"] = True
            return found
        # A waybill (or an S10 number miswritten): only right after its label.
        before = text[max(0, found.start - 16) : found.start]
        words = list(_MAIL_WORD.finditer(before))
        if not words or not _LABEL_REST.fullmatch(before, words[-1].end()):
            return None
        found.score = max(found.score, 0.85)
        found.recognition_metadata["format"] = "waybill"
        return found
