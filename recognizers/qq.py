"""QQ number (QQ号), Tencent's instant-messaging account.

Five to eleven digits, not starting with 0, issued in sequence since 1999; nothing in the
number tells it from any other, so it counts only right after a QQ word. ``12345@qq.com`` is an
e-mail address and is found by that recognizer.
"""

from __future__ import annotations

from recognizers._base import RefiningPatternRecognizer


class QqRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_QQ"
    PATTERNS = (("qq", r"(?<![\d.@\-])[1-9]\d{4,10}(?![\d.@\-]|\s*(?:元|万元|人|年))", 0.3),)
    CONTEXT = ("QQ", "Q号", "扣扣", "QQ群", "qq号")
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 0
