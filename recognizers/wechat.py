"""WeChat ID (微信号).

Six to twenty characters of letters, digits, ``_`` and ``-``, beginning with a letter (Tencent's
rule for a chosen WeChat ID); many people use their mobile number instead, which the mobile
recognizer finds. The shape is that of any word, so it counts only right after a WeChat word,
and never inside markup (a base64 ``data:`` URI or an attribute beside a 微信 icon: runs of
its characters between ``+``, ``/`` and ``=`` look like IDs) or after the name of a body's
official account (微信公众号, 服务号, 小程序: published, not a person's).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer


class WeChatRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_WECHAT"
    # Not \w: in Python it matches CJK characters too.
    PATTERNS = (
        ("wechat", r"(?<![A-Za-z0-9_\-@.+/=%])[A-Za-z][A-Za-z0-9_\-]{5,19}"
         r"(?![A-Za-z0-9_\-@+/=%]|\.[A-Za-z])",
         0.3),
    )
    CONTEXT = ("微信", "wechat", "wx号", "vx", "weixin")
    CONTEXT_BEFORE = 10
    CONTEXT_AFTER = 0

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        value = text[found.start : found.end].lower()
        if value in {"wechat", "weixin"}:
            return None
        before = text[max(0, found.start - self.CONTEXT_BEFORE) : found.start]
        # Markup (an attribute, a URL, a data: URI) is no one's WeChat ID.
        if re.search(r"[<>=\"'/]|base64|https?:", before + text[found.end : found.end + 2]):
            return None
        # A body's official account (公众号, 服务号, 视频号, 小程序) is published, not a person's.
        if re.search(r"公众号|服务号|订阅号|视频号|小程序|公众平台", before):
            return None
        return found
