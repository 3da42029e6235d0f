"""Values that are already de-identified (去标识化): a surname followed by 某, × or * (张某,
李某某, 王××, 赵*华), and numbers with a run of masking characters (138****5678,
110101********4514, 6222 **** **** 1234).

A surname character that closes a common word (关于某事, 对于某些, 任何某一) and 某 as a
determiner (某事, 某种) are not masked names.

Such a value is reported as ``MASKED_VALUE`` and kept: it has been handled already, and
redacting it again would hide that it was.
"""

from __future__ import annotations

from recognizers._base import RefiningPatternRecognizer
from recognizers._surnames import COMPOUND, SINGLE

_MASK = "*＊×xX○〇"
_SURNAME = "(?:" + "|".join(COMPOUND) + f"|[{SINGLE}])"
# A surname character that ends a common word (关于, 对于, 由于, 任何): 关于某事 holds no masked
# name, and neither does 某 as a determiner (某事, 某些, 某种, 某一: "a certain").
_WORD_END = r"(?<![关对由至属等鉴基处位终用易便勇善免归趋限过忙急见](?=于))(?<![任如为几奈](?=何))"
_DETERMINED = r"事|些|种|一(?!家|人)|项|类|件|条|次|方面|时期|阶段|程度|领域"


class MaskedValueRecognizer(RefiningPatternRecognizer):
    ENTITY = "MASKED_VALUE"
    PATTERNS = (
        ("masked_name", rf"{_WORD_END}{_SURNAME}(?:某{{1,2}}(?!{_DETERMINED})|[*＊×]{{1,3}}|[xX○]{{2}})"
         r"(?![A-Za-z0-9])", 0.85),
        ("masked_name_middle", rf"{_SURNAME}[*＊×][\u4e00-\u9fa5](?![*＊×])", 0.85),
        (
            "masked_number",
            rf"(?<![0-9A-Za-z])(?:\d{{1,8}}(?:[ \-]?[{_MASK}]){{3,14}}(?:[ \-]?\d{{1,4}}[\dXx]?)?"
            rf"|(?:[{_MASK}][ \-]?){{4,14}}\d{{2,4}}[\dXx]?)(?![0-9A-Za-z])",
            0.85,
        ),
    )
