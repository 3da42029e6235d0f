"""E-mail address (RFC 5322 addr-spec, the common subset).

A local part of letters, digits and ``._%+-``, an ``@`` and a domain of at least two labels
with an alphabetic top-level label. The top-level label is not checked against the public
suffix list: Presidio's own recognizer does that with tldextract, which downloads the list at
run time, and baomi must work offline.
"""

from __future__ import annotations

from pipeline.analysis import CnPatternRecognizer


class EmailRecognizer(CnPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        (
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
            r"(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            0.75,
        ),
    )
    CONTEXT = ("邮箱", "电子邮件", "e-mail", "email", "邮件")

    def validate_result(self, pattern_text: str) -> bool | None:
        local, _, domain = pattern_text.partition("@")
        if local.startswith(".") or local.endswith(".") or ".." in pattern_text:
            return False
        return None if all(label and not label.startswith("-") for label in domain.split(".")) \
            else False
