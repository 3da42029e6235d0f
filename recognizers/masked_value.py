"""Values that are already de-identified (去标识化): a surname followed by 某, × or * (张某,
李某某, 王××, 赵*华), and numbers with a run of masking characters (138****5678,
110101********4514, 6222 **** **** 1234).

Such a value is reported as ``MASKED_VALUE`` and kept: it has been handled already, and
redacting it again would hide that it was.
"""

from __future__ import annotations

from recognizers._base import RefiningPatternRecognizer
from recognizers._surnames import COMPOUND, SINGLE

_MASK = "*＊×xX○〇"
_SURNAME = "(?:" + "|".join(COMPOUND) + f"|[{SINGLE}])"


class MaskedValueRecognizer(RefiningPatternRecognizer):
    ENTITY = "MASKED_VALUE"
    PATTERNS = (
        ("masked_name", rf"{_SURNAME}(?:某{{1,2}}|[*＊×]{{1,3}}|[xX○]{{2}})(?![A-Za-z0-9])", 0.85),
        ("masked_name_middle", rf"{_SURNAME}[*＊×][\u4e00-\u9fa5](?![*＊×])", 0.85),
        (
            "masked_number",
            rf"(?<![0-9A-Za-z])(?:\d{{1,8}}(?:[ \-]?[{_MASK}]){{3,14}}(?:[ \-]?\d{{1,4}}[\dXx]?)?"
            rf"|(?:[{_MASK}][ \-]?){{4,14}}\d{{2,4}}[\dXx]?)(?![0-9A-Za-z])",
            0.85,
        ),
    )
