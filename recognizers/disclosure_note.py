"""The drafter's disclosure attribute (公开属性), read as the proposal the review confirms.

GB/T 9704-2012 §7.3.7 puts the 附注 in parentheses, two characters in, on the line under the
成文日期: ``（此件公开发布）``, ``（此件主动公开）``, ``（此件依申请公开）``, ``（此件不予公开）``,
``（此件删减后公开）``. Some bodies write a field instead: ``公开方式：主动公开``,
``公开属性：依申请公开``, ``信息公开选项：不予公开``. A field that lists the options (a form
or a rule: ``公开属性包括：主动公开、依申请公开、不予公开``, ``□主动公开``) is not a choice.

The result is ``DISCLOSURE_NOTE`` with ``metadata["attribute"]`` one of 主动公开, 依申请公开,
不予公开; it is kept (the note itself is published).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, result

_ATTRIBUTE = {
    "公开发布": "主动公开",
    "主动公开": "主动公开",
    "删减后公开": "主动公开",
    "删减后公开发布": "主动公开",
    "依申请公开": "依申请公开",
    "不予公开": "不予公开",
    "不公开": "不予公开",
}
_VALUE = "删减后公开发布|删减后公开|公开发布|主动公开|依申请公开|不予公开|不公开"
NOTE = re.compile(rf"[(（]\s*此\s*件\s*(?P<value>{_VALUE})\s*[)）]")
FIELD = re.compile(
    r"(?:公开方式|公开属性|信息公开选项|公开选项|政务公开属性|信息公开属性|公开类型|公开形式)"
    rf"\s*[:：]\s*(?:[☑■√✓✔]\s*)?(?P<value>{_VALUE})(?!\s*[、/|或,，]\s*(?:[□☐]|主动|依申请|不予|不公开))"
)


def attribute_of(text: str) -> str | None:
    """The attribute a note or field found by this recognizer states (主动公开, 依申请公开 or
    不予公开), or None."""
    match = NOTE.search(text) or FIELD.search(text)
    return _ATTRIBUTE.get(re.sub(r"\s", "", match.group("value"))) if match else None


class DisclosureNoteRecognizer(CustomRecognizer):
    ENTITIES = ("DISCLOSURE_NOTE",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for regex in (NOTE, FIELD):
            for match in regex.finditer(text):
                value = re.sub(r"\s", "", match["value"])
                yield result(self, "DISCLOSURE_NOTE", match.start(), match.end(), 0.9,
                             attribute=_ATTRIBUTE[value], note=value)
