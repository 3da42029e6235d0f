"""E-mail address (RFC 5322 addr-spec, the common subset).

A local part of letters, digits and ``._%+-``, an ``@`` and a domain of at least two labels
with an alphabetic top-level label. The top-level label is not checked against the public
suffix list: Presidio's own recognizer does that with tldextract, which downloads the list at
run time, and baomi must work offline.

A mailbox of a public body (a ``gov.cn`` domain, or published for comments, complaints or
applications: 意见反馈邮箱, 举报邮箱, 政务邮箱) must be published and is ``EMAIL_PUBLIC``; a
person's address is ``EMAIL_ADDRESS``.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer, clause_before, last_word_in

_PUBLIC = (
    "意见发送至", "发送至", "反馈", "举报邮箱", "投诉邮箱", "政务邮箱", "公开邮箱", "办公邮箱",
    "官方邮箱", "征求意见", "信箱", "来信", "受理邮箱", "申请邮箱", "工作邮箱", "投稿",
    # The body speaking of itself: 本机关地址…，电子邮箱：…
    "本机关", "本局", "本委", "本办", "本单位", "本院", "办公地址", "办公电话",
)
_PRIVATE = ("申请人", "当事人", "本人", "个人邮箱", "私人", "联系人", "户主", "举报人", "投诉人")


class EmailRecognizer(RefiningPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    ALSO = ("EMAIL_PUBLIC",)
    PATTERNS = (
        (
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
            r"(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            0.75,
        ),
    )
    CONTEXT = ("邮箱", "电子邮件", "e-mail", "email", "邮件", "电子信箱")

    def validate_result(self, pattern_text: str) -> bool | None:
        local, _, domain = pattern_text.partition("@")
        if local.startswith(".") or local.endswith(".") or ".." in pattern_text:
            return False
        return None if all(label and not label.startswith("-") for label in domain.split(".")) \
            else False

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        domain = text[found.start : found.end].rpartition("@")[2].lower()
        holder = last_word_in(clause_before(text, found.start, 40),
                              {"public": _PUBLIC, "private": _PRIVATE})
        if domain.endswith(".gov.cn") or holder == "public":
            found.entity_type = "EMAIL_PUBLIC"
        return found
