"""Public-notice masks (公示脱敏): the standard partial masks offices publish lists with.

When a notice must name its persons (a subsidy list under public display, 公示), the usual
rules show enough to recognise one's own entry and too little to identify anyone else:

| type | mask | example |
|---|---|---|
| ID number (``CN_RESIDENT_ID``) | first 6 and last 4 kept | 130534********2416 |
| mobile (``CN_MOBILE``) | first 3 and last 4 kept | 138****5678 |
| name (``PERSON``) | surname and last character kept; a two-character name keeps its surname | 张*华, 张* |
| bank card, social-security card | first 4 and last 4 kept | 6217***********1234 |
| landline (``CN_LANDLINE_PRIVATE``) | area code and last 2 kept | 0350-*****34 |
| plate (``CN_LICENSE_PLATE``) | province, office letter and last 2 kept | 晋H***45 |
| address (``CN_ADDRESS``) | down to the county or district, the rest masked | 山西省忻州市忻府区**** |
| e-mail | first character of the name and the domain | z****@163.com |
| anything else | first character and last 2 kept | |

Separators (spaces, dashes) stay where they are; only letters, digits and CJK characters are
counted and masked. A mask hides at least a third of a value's characters (and at least one):
a value too short for its rule keeps only its first character. The mask of a value never holds
the value itself, which is what lets the leak check treat it like a placeholder.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_anonymizer.operators import Operator, OperatorType

MASK = "*"
# (kept at the start, kept at the end), counted in significant characters.
_KEEP: dict[str, tuple[int, int]] = {
    "CN_RESIDENT_ID": (6, 4),
    "CN_MOBILE": (3, 4),
    "CN_BANK_CARD": (4, 4),
    "CN_SOCIAL_SECURITY_CARD": (4, 4),
    "CN_LICENSE_PLATE": (2, 2),
    "CN_VIN": (3, 4),
    "CN_PERSONAL_CERTIFICATE": (2, 2),
    "CN_DRIVING_LICENCE_FILE": (4, 2),
    "CN_PROPERTY_CERT": (2, 2),
    "CN_STUDENT_NUMBER": (2, 2),
    "CN_PASSPORT": (1, 2),
    "CN_HKMO_PERMIT": (1, 2),
    "CN_HOME_RETURN_PERMIT": (1, 2),
    "CN_TW_PERMIT": (1, 2),
    "CN_QQ": (2, 2),
}
_SIGNIFICANT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
# The divisions an address starts with (省, 市, 县/区…): what an address mask shows.
_DIVISION = re.compile(
    r"^(?:[\u4e00-\u9fa5]{1,8}?(?:省|自治区|特别行政区|市|自治州|州|地区|盟|自治县|县|(?<![小社园校景街])区|旗)(?!场|政府|委|局))+"
)


def _mask_positions(value: str, first: int, last: int) -> str:
    positions = [m.start() for m in _SIGNIFICANT.finditer(value)]
    count = len(positions)
    if count - first - last < max(1, count // 3):
        # Too short for the rule: show at most the first character.
        first, last = (1 if count > 2 else 0), 0
    hidden = set(positions[first : count - last])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(value))


def _mobile(value: str) -> str:
    digits = [m.start() for m in re.finditer(r"\d", value)]
    # A country code (+86, 0086) is shown; the number's own 3 and 4 are counted after it.
    national = digits[-11:] if len(digits) >= 11 else digits
    hidden = set(national[3:-4]) if len(national) >= 8 else set(national[1:])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(value))


def _name(value: str) -> str:
    chars = [m.start() for m in _SIGNIFICANT.finditer(value)]
    if len(chars) <= 1:
        return MASK * len(value)
    keep = {chars[0]} if len(chars) == 2 else {chars[0], chars[-1]}
    return "".join(ch if i in keep or i not in chars else MASK for i, ch in enumerate(value))


def _landline(value: str) -> str:
    digits = [m.start() for m in re.finditer(r"\d", value)]
    area = 3 if value.lstrip("(（").startswith(("010", "02")) else 4
    hidden = set(digits[area:-2]) if len(digits) > area + 4 else set(digits[1:])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(value))


def _address(value: str) -> str:
    division = _DIVISION.match(value)
    kept = division.end() if division else 0
    if kept == 0 or kept > len(value) - 2:
        kept = min(2, len(value) - 1)
    return value[:kept] + MASK * 4


def _email(value: str) -> str:
    name, at, domain = value.partition("@")
    if not at or not name:
        return _mask_positions(value, 1, 0)
    return name[0] + MASK * 4 + at + domain


# The types a public notice may show in part; anything else (a secret term, a marking, a
# trade secret) is never masked in part, whatever the configuration says.
NOTICE_TYPES = frozenset(
    {*_KEEP, "PERSON", "CN_LANDLINE_PRIVATE", "CN_LANDLINE", "CN_ADDRESS", "EMAIL_ADDRESS"}
)


def notice_mask(value: str, entity_type: str) -> str:
    """The public-notice mask of ``value`` for its type."""
    if not value:
        return value
    if entity_type == "CN_MOBILE":
        return _mobile(value)
    if entity_type in {"PERSON"}:
        return _name(value)
    if entity_type in {"CN_LANDLINE_PRIVATE", "CN_LANDLINE"}:
        return _landline(value)
    if entity_type == "CN_ADDRESS":
        return _address(value)
    if entity_type in {"EMAIL_ADDRESS"}:
        return _email(value)
    first, last = _KEEP.get(entity_type, (1, 2))
    return _mask_positions(value, first, last)


def keeps_places(value: str, mask: str) -> bool:
    """Whether ``mask`` keeps every shown character in its place (same length, each
    character either the value's own or the mask character): then a PDF copy can black out
    only the masked characters."""
    return len(value) == len(mask) and all(m in (v, MASK) for v, m in zip(value, mask, strict=True))


class NoticeMask(Operator):
    """presidio-anonymizer operator ``notice``: the public-notice mask of the entity type
    given in the ``entity_type`` parameter."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return notice_mask(text, (params or {}).get("entity_type", ""))

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not isinstance((params or {}).get("entity_type", ""), str):
            raise ValueError("entity_type must be a string")

    def operator_name(self) -> str:
        return "notice"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize
