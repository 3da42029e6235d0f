"""Social-security and medical-insurance card number (社会保障卡号, 医保卡号).

The personal social-security *number* is the resident ID number (社会保险法第五十八条) and is
found by the ID recognizer. The *card* carries a number of its own whose form each region sets:
eight to ten characters, often a letter or two and digits, or the sixteen to nineteen digits of
the financial account the card holds (that one also reads as a bank card). None of these has a
check character that can be relied on, so a number counts only after a card word (社保卡号,
社会保障卡, 医保卡) or in a table cell labelled as such a card (``recognizers._columns``), where
every number of the cell is the holder's. Numbers are read through the shared normaliser.
"""

from __future__ import annotations

from recognizers._columns import SOCIAL_CARD
from recognizers._numbers import NumberRecognizer


class SocialSecurityCardRecognizer(NumberRecognizer):
    ENTITY = "CN_SOCIAL_SECURITY_CARD"
    LENGTHS = (8, 20)
    PATTERNS = (("social_security_card", r"[A-Z]{0,3}\d{6,19}[A-Z0-9]?", 0.25),)
    CONTEXT = (
        "社保卡", "社会保障卡", "医保卡", "医疗保险卡", "社保卡号", "社会保障卡号", "医保卡号",
        "社保账号", "医保账号", "参保卡",
    )
    COLUMN_KINDS = frozenset({SOCIAL_CARD})
    TYPED_KINDS = frozenset({SOCIAL_CARD})
    TYPED_PATTERN = r"[A-Z]{0,3}\d{6,24}[A-Z0-9]?"
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 0
