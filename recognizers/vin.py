"""Vehicle identification number (车辆识别代号, VIN; 车架号), GB 16735 and ISO 3779.

Seventeen characters of digits and capital letters without I, O and Q (they look like 1 and 0):
the world manufacturer identifier (positions 1–3; vehicles made in China start with L), the
vehicle descriptor (4–8), the check character (9) and the vehicle indicator (10–17: model year,
plant, serial number). GB 16735 makes the check character compulsory: each character is given
a value (digits their own; A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9), multiplied by its position's
weight (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2), and the sum modulo 11 is the check character
(10 is written X). The model-year character (10) is never U, Z or 0. A VIN ties a vehicle to
its keeper, like a plate.

A random string of that shape passes the check one time in eleven, so a valid VIN is reported
for review by itself and redacted next to a vehicle word (车架号, 车辆识别代号, VIN) or in a
column labelled as one. Numbers are read through the shared normaliser
(``recognizers._numbers``), so a VIN written in groups or broken over two lines is found.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from recognizers._columns import VIN
from recognizers._numbers import NumberRecognizer
from recognizers._public_vehicles import ENTITY as PUBLISHED
from recognizers._public_vehicles import mark_published

_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def check_character(vin: str) -> str:
    """The check character a 17-character VIN should carry at position 9."""
    total = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_ok(vin: str) -> bool:
    vin = vin.upper()
    return (
        len(vin) == 17
        and all(c in _VALUES for c in vin)
        and vin[9] not in "UZ0"
        and any(c.isalpha() for c in vin)
        and any(c.isdigit() for c in vin)
        and check_character(vin) == vin[8]
    )


class VinRecognizer(NumberRecognizer):
    ENTITY = "CN_VIN"
    ALSO = (PUBLISHED,)
    LENGTHS = (17, 17)
    PATTERNS = (("vin", r"[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-TV-Y1-9][A-HJ-NPR-Z0-9]{7}", 0.5),)
    CONTEXT = (
        "车架号", "车辆识别代号", "车辆识别号", "车辆识别码", "识别代号", "VIN", "vin", "车架",
        "底盘号", "车辆识别",
    )
    COLUMN_KINDS = frozenset({VIN})

    def validate_result(self, pattern_text: str) -> bool | None:
        # The check character is necessary, not sufficient: the score is left to context.
        return None if vin_ok(pattern_text) else False

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        # A body's car for auction, a vehicle declared void: the notice publishes it.
        return mark_published(text, found)

    def holds_check(self, number: str) -> bool:
        return vin_ok(number)
