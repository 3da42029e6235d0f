"""When a travel document's number needs no passport word: the value stands alone.

Passport and permit numbers (``passport``, ``hkmo_permit``, ``home_return_permit``) carry no
check digit and share their shapes with product, model and file codes (G12345678 is as good a
model number as a passport number), so their recognizers count a value only next to a word for
the document. Two structures say what the word would without it:

- the value is the whole of its line, outside any table: a field written on its own line or a
  value handed over alone. A code stands in a sentence or a labelled cell (型号 G12345678, a
  spec table's column); a line that is a label ending in a colon just above the value names it
  (产品型号：), and then the value is what that label says, not a lone one;
- the value's clause (up to the last comma or full stop before it) speaks of an identity
  document: 证件 or 证照 before it (证件E12345678已过期), or 号证件 right after it
  (持E12345678号证件).

A value in a table cell is left to its column's header (``RefiningPatternRecognizer``): a
whole cell is no sign of a document, a spec table's cells are whole values too.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from pipeline.analysis import first_word_in
from recognizers._base import cell_at

# A found value's score when it stands alone: enough to be redacted (redact_threshold 0.6).
LONE_SCORE = 0.65
IDENTITY_WORDS = ("证件", "证照")
# Where a clause begins: the value's clause is read back to the nearest of these.
_CLAUSE_START = "。；;\n，,、！？!?"
_AFTER = re.compile(r"\s*号?\s*(?:证件|证照)")
# What may stand on the value's line besides it: spaces and a closing full stop.
_AROUND = " \t\u3000\u00a0。.;；"


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, len(text) if stop < 0 else stop


def _label_above(text: str, begin: int) -> str | None:
    """The line above ``begin`` when it is a label ending in a colon."""
    above = text[:begin].rstrip()
    line = above[above.rfind("\n") + 1 :].strip()
    return line if line.endswith((":", "：")) else None


def alone_on_its_line(text: str, start: int, end: int, context: tuple[str, ...]) -> bool:
    begin, stop = _line(text, start, end)
    if text[begin:start].strip(_AROUND) or text[end:stop].strip(_AROUND):
        return False
    label = _label_above(text, begin)
    return label is None or first_word_in(label, context) is not None


def in_identity_clause(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 30) : start]
    cut = max(window.rfind(c) for c in _CLAUSE_START)
    if first_word_in(window[cut + 1 :], IDENTITY_WORDS):
        return True
    return _AFTER.match(text, end) is not None


def lone_value(text: str, found: RecognizerResult, context: tuple[str, ...]) -> str | None:
    """Why ``found`` stands alone (``line`` or ``clause``), or None."""
    if cell_at(text, found.start) is not None:
        return None
    if alone_on_its_line(text, found.start, found.end, context):
        return "line"
    if in_identity_clause(text, found.start, found.end):
        return "clause"
    return None


def raise_if_lone(text: str, found: RecognizerResult, context: tuple[str, ...]) -> None:
    """Raise ``found``'s score to ``LONE_SCORE`` when it stands alone, saying why."""
    if found.score >= LONE_SCORE:
        return
    why = lone_value(text, found, context)
    if why is not None:
        found.score = LONE_SCORE
        found.recognition_metadata["lone"] = why
