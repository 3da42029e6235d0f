"""WeChat ID (微信号).

Six to twenty characters of letters, digits, ``_`` and ``-``, beginning with a letter (Tencent's
rule for a chosen WeChat ID); many people use their mobile number instead, which the mobile
recognizer finds. The shape is that of any word, so it counts only right after a WeChat word.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer


class WeChatRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_WECHAT"
    # Not \w: in Python it matches CJK characters too.
    PATTERNS = (
        ("wechat", r"(?<![A-Za-z0-9_\-@.])[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-@]|\.[A-Za-z])",
         0.3),
    )
    CONTEXT = ("微信", "wechat", "wx号", "vx", "weixin")
    CONTEXT_BEFORE = 10
    CONTEXT_AFTER = 0

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        value = text[found.start : found.end].lower()
        return None if value in {"wechat", "weixin"} else found
