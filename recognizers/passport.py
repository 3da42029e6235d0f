"""Passport number (护照号码) of the People's Republic of China and its two SARs.

Ordinary passports: ``E`` and eight digits (electronic, until April 2017), then ``E``, a letter
without I or O and seven digits; ``G`` and eight digits for the older ones. Official, service
and diplomatic passports: ``PE``, ``SE``, ``DE`` and seven digits (legacy ``P.``, ``S.`` plus
seven digits, ``S`` plus eight). Hong Kong SAR passports ``K`` plus eight digits, Macau SAR
``MA`` plus seven. None of these carries a check digit and the shapes are common in product
and file codes, so a number counts only next to a passport word, or where it stands alone
(the whole of its line, or in a clause about an identity document: ``recognizers._lone_document``).
Numbers are read through the shared normaliser (``recognizers._numbers``).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._lone_document import raise_if_lone
from recognizers._numbers import NumberRecognizer


class PassportRecognizer(NumberRecognizer):
    ENTITY = "CN_PASSPORT"
    LENGTHS = (8, 9)
    PATTERNS = (
        (
            "passport",
            r"E[A-HJ-NP-Z]\d{7}|[EG]\d{8}|[DSP]E\d{7}|[PS]\d{7}|S\d{8}|K\d{8}|MA\d{7}",
            0.3,
        ),
    )
    CONTEXT = ("护照", "passport", "证件号码", "证件号")

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        raise_if_lone(text, found, self.CONTEXT)
        return found
