"""Military identity documents (军人证件): 军官证, 文职干部证, 士官证, 义务兵证.

The 2016-style officer's and civilian cadre's card is ``军`` and seven digits; the NCO's card
starts with ``士`` and the conscript's with ``兵``, followed by six to twelve digits. The legacy
form is ``X字第NNNNNNNN号``, X being the first character of the service or region (南, 海, 空…),
which has the shape of a certificate or case number, so every form counts only next to the
name of the document.
"""

from __future__ import annotations

from recognizers._base import RefiningPatternRecognizer


class MilitaryIdRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_MILITARY_ID"
    PATTERNS = (
        ("military_id", r"(?:军\d{7}|[士兵]\d{6,12}|[\u4e00-\u9fa5]{1,2}字第\d{6,8}号)(?!\d)", 0.3),
    )
    CONTEXT = (
        "军官证", "士官证", "士兵证", "义务兵证", "文职干部证", "军人证", "军人保障卡", "退役证",
        "军队离退休干部证",
    )
    CONTEXT_BEFORE = 15
