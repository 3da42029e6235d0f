"""The cases of the peer-suite benchmark: what ``peer_cases.extract`` produces.

A case is one text and what the peer project (neednlab/cn_pii_anonymization) asserts about
it; the values it does not spell out are located by the shape of their type, defined here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# The shape of each of the peer's types in running text. Group ``core`` is the part a review
# must cover: a mobile number's country code (+86, 0086) may stay.
SHAPES: dict[str, re.Pattern[str]] = {
    "CN_ID_CARD": re.compile(
        r"(?<![0-9A-Za-z])(?P<core>\d(?: {0,2}\d){16} {0,2}[\dXx])(?![0-9A-Za-z])"
    ),
    "CN_BANK_CARD": re.compile(r"(?<![0-9A-Za-z])(?P<core>\d(?: {0,2}\d){15,18})(?![0-9A-Za-z])"),
    "CN_PHONE_NUMBER": re.compile(
        r"(?<![0-9A-Za-z+])(?:(?:\+|00)86[ -]?)?(?P<core>1[3-9]\d(?:[ -]?\d{4}){2})(?![0-9A-Za-z])"
    ),
    "CN_PASSPORT": re.compile(r"(?<![0-9A-Za-z])(?P<core>[A-Z]{1,2}\d{6,8})(?![0-9A-Za-z])"),
    "CN_EMAIL": re.compile(
        r"(?<![0-9A-Za-z._%+-])(?P<core>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
        r"\.[A-Za-z]{2,})(?![A-Za-z0-9])"
    ),
}
# When shapes overlap (an ID number is also 18 digits of a card), the peer's own priority
# (test_engines.py: ID card > bank card > phone) decides.
SHAPE_PRIORITY = ["CN_ID_CARD", "CN_BANK_CARD", "CN_PHONE_NUMBER", "CN_PASSPORT", "CN_EMAIL"]


@dataclass(frozen=True, slots=True)
class Expected:
    """One value the peer asserts is found: its type, and where it sits in the case's text."""

    peer_type: str
    value: str
    start: int
    end: int


@dataclass(slots=True)
class Case:
    """One asserted case. ``negative``: the peer asserts nothing is found (``peer_types``
    then holds the types it checked, ``*`` for all). ``form`` is ``sentence`` or
    ``bare value`` (a validator's input, reviewed alone)."""

    case_id: str
    text: str
    expected: list[Expected]
    negative: bool
    peer_types: tuple[str, ...]
    form: str = "sentence"
    note: str = ""
    # The peer recognizer's deny list: names it is configured to always find, reviewed by
    # baomi with the same names on its names list (``[names]``).
    names: tuple[str, ...] = ()


@dataclass(slots=True)
class Skipped:
    """An asserted input that could not be turned into a case, and why."""

    case_id: str
    text: str
    reason: str


@dataclass(slots=True)
class Extraction:
    cases: list[Case] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # per file: test functions seen, and those without any text-detection assertion
    functions: Counter[str] = field(default_factory=Counter)
    no_detection: Counter[str] = field(default_factory=Counter)


def shape_spans(text: str, types: list[str]) -> list[Expected]:
    """Every value of the given types in ``text`` by shape, overlaps left to the priority."""
    taken: list[Expected] = []
    for peer_type in sorted(
        types, key=lambda t: SHAPE_PRIORITY.index(t) if t in SHAPE_PRIORITY else 99
    ):
        shape = SHAPES.get(peer_type)
        if shape is None:
            continue
        for m in shape.finditer(text):
            start, end = m.span("core")
            if not any(start < t.end and t.start < end for t in taken):
                taken.append(Expected(peer_type, m.group("core"), start, end))
    return sorted(taken, key=lambda e: e.start)
