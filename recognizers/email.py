"""E-mail address (RFC 5322 addr-spec, the common subset).

A local part of letters, digits and ``._%+-``, an ``@`` and a domain of at least two labels
with an alphabetic top-level label. The top-level label is not checked against the public
suffix list: Presidio's own recognizer does that with tldextract, which downloads the list at
run time, and baomi must work offline.

A mailbox of a public body (a ``gov.cn`` domain, or published for comments, complaints or
applications: 意见反馈邮箱, 监督邮箱, 政务邮箱, on whatever domain) must be published and is
``EMAIL_PUBLIC``; a person's address is ``EMAIL_ADDRESS``. Whose it is comes from the clause it
sits in (``recognizers._holder``): ``收到您通过电子邮件（…@163.com）提交的申请`` is the
applicant's even after 本机关; one among a notice's contact lines (联系人：…, 联系电话：<office
line>, 邮箱：…) with no party named there is the body's, on 163.com or a numeric qq.com alike.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer
from recognizers._holder import Holder, holder_at, office_contact_lines, told_after

# Where a body asks for mail: comments, submissions, letters (besides the shared labels).
_PUBLIC = ("意见发送至", "发送至", "发送到", "发至", "邮件至", "电子邮件向", "邮箱向", "反馈", "征求意见",
           "信箱", "来信请寄", "投稿")


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
        holder = holder_at(text, found.start, public=_PUBLIC)
        if holder.who != "private":
            # 本机关已通过电子邮件（…）向您送达: the body writes to the person's address.
            holder = after if (after := told_after(text, found.end)).who else holder
        if holder.who is None and office_contact_lines(text, found.start):
            holder = Holder("public", "contact_lines")
        if domain.endswith(".gov.cn") or holder.who == "public":
            found.entity_type = "EMAIL_PUBLIC"
        found.recognition_metadata["holder"] = holder.who or "unknown"
        return found
