"""港澳居民来往内地通行证 (回乡证), the Home Return Permit of Hong Kong and Macau residents.

``H`` (Hong Kong) or ``M`` (Macau) followed by ten digits: the first eight are the holder's
number for life, the last two count the renewals from 00 (公安部, 2010). Older cards and forms
give only the eight-digit lifetime number. No check digit; a number counts only next to a
permit word, or where it stands alone (``recognizers._lone_document``).
Numbers are read through the shared normaliser (``recognizers._numbers``).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._lone_document import raise_if_lone
from recognizers._numbers import NumberRecognizer


class HomeReturnPermitRecognizer(NumberRecognizer):
    ENTITY = "CN_HOME_RETURN_PERMIT"
    LENGTHS = (9, 11)
    PATTERNS = (("home_return_permit", r"[HM]\d{8}(?:\d{2})?", 0.3),)
    CONTEXT = (
        "回乡证", "来往内地通行证", "港澳居民", "香港居民", "澳门居民", "通行证", "证件号码", "证件号",
    )

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        raise_if_lone(text, found, self.CONTEXT)
        return found
