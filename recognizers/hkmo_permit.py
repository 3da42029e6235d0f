"""Mainland residents' travel permits: 往来港澳通行证 and 往来台湾通行证.

往来港澳通行证 (Exit-Entry Permit for Travelling to and from Hong Kong and Macau): the card
issued since 2014 is ``C`` and eight digits; when that range ran out numbering went on with
``C``, a letter without I or O and seven digits (国家移民管理局, 2018). The old booklet was ``W``
and eight digits. 往来台湾通行证 (to Taiwan): ``L`` and eight digits. No check digit; a number
counts only next to a permit word, or where it stands alone (``recognizers._lone_document``).
Numbers are read through the shared normaliser (``recognizers._numbers``).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._lone_document import raise_if_lone
from recognizers._numbers import NumberRecognizer


class HkMoPermitRecognizer(NumberRecognizer):
    ENTITY = "CN_HKMO_PERMIT"
    LENGTHS = (9, 9)
    PATTERNS = (
        ("hkmo_permit", r"C[A-HJ-NP-Z]\d{7}|[CWL]\d{8}", 0.3),
    )
    CONTEXT = (
        "港澳通行证", "往来港澳", "台湾通行证", "往来台湾", "通行证", "赴港", "赴澳", "赴台",
        "证件号码", "证件号",
    )

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        raise_if_lone(text, found, self.CONTEXT)
        return found
