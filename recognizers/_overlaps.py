"""Overlap queries against a fixed set of spans, for the recognizers that drop a candidate
where another reading has taken its characters already.

Testing each candidate against every span of the document made a long document quadratic
(the model's names against every name the rules read: 150,000 comparisons on a 200-page
reply, a hundred times that on 2000 pages). Here the spans are sorted by start once, with the
furthest end any of the first k reaches: a query is one bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Overlaps:
    """Whether a span overlaps one of a fixed set of spans ``[a, b)``."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, s: int, e: int) -> bool:
        """Some span ``[a, b)`` of the set has ``a < e`` and ``s < b``."""
        i = bisect_left(self._starts, e)  # the spans starting before e
        return i > 0 and self._reach[i - 1] > s
