"""One normaliser for every number-shaped identifier: how people actually write them.

An identifier is written with whatever the writer had at hand: in groups (ID numbers as
6-8-4 or 4-4-4-4-2, cards as 4-4-4-4), with one stray space, with double spaces, with hyphens
or dashes between the groups, in full-width digits, with a lower-case ``x``, broken by a line
end where a PDF line or a narrow table cell ran out. The recognizers should not each guess at
these forms in their own patterns, so the text is read once into **runs**: maximal sequences
of ASCII letters and digits joined by separators (one or two spaces of any width, a dash or
hyphen with a space on either side, a middle dot, a dot after a letter, a line break). A run keeps its compact form
(no separators, full-width folded, upper case), the offset of each of its characters in the
text, where each of its groups starts and ends, and where a line break fell.

A recognizer built on ``NumberRecognizer`` writes its ``PATTERNS`` for the compact form. They
are tried on every stretch of a run that starts and ends at group boundaries (a value starts
where a group starts: the ID in ``编号1 140922…`` is not glued to the 1) and is as long as the
recognizer's ``LENGTHS`` allow. A stretch across a line break counts only when its check
digit holds (``validate_result`` True), and so does a stretch across two table cells (cells
read from a layout may have cut a value written with double spaces). Within a run the
recognizer keeps validated matches first, then the longer. The work is linear in the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import normalize_same_length
from pipeline.tables import index_for
from recognizers._base import RefiningPatternRecognizer, cell_at
from recognizers._columns import value_cells

_SPACE = "[ \u00a0\u3000\t]"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SEPARATOR = (
    rf"(?:{_SPACE}{{1,2}}|{_SPACE}?[{_DASH}·•]{_SPACE}?|{_SPACE}?\r?\n{_SPACE}?"
    rf"|(?<=[A-Za-z])\.{_SPACE}?)"  # P.1234567: a dot after a letter (not a decimal point)
)
_RUN = re.compile(rf"[0-9A-Za-z]+(?:{_SEPARATOR}[0-9A-Za-z]+)*")
_PART = re.compile(r"[0-9A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Run:
    """A run of letters and digits and the separators between them."""

    compact: str  # upper case, no separators
    offsets: tuple[int, ...]  # offset in the text of each character of ``compact``
    starts: tuple[int, ...]  # indexes in ``compact`` where a group starts
    ends: tuple[int, ...]  # indexes in ``compact`` just past a group's end
    breaks: tuple[int, ...]  # indexes in ``compact`` of groups that follow a line break

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """The text offsets of ``compact[lo:hi]``."""
        return self.offsets[lo], self.offsets[hi - 1] + 1

    def broken(self, lo: int, hi: int) -> bool:
        """Whether ``compact[lo:hi]`` runs across a line break."""
        i = bisect_right(self.breaks, lo)
        return i < len(self.breaks) and self.breaks[i] < hi


@functools.lru_cache(maxsize=4)
def runs(text: str) -> tuple[Run, ...]:
    """The runs of ``text``, in order."""
    return tuple(runs_in(text, 0, len(text)))


def runs_in(text: str, start: int, end: int) -> list[Run]:
    """The runs of ``text[start:end]`` (offsets in ``text``)."""
    folded = normalize_same_length(text[start:end])
    found = []
    for match in _RUN.finditer(folded):
        compact: list[str] = []
        offsets: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        breaks: list[int] = []
        previous = match.start()
        for part in _PART.finditer(folded, match.start(), match.end()):
            if compact and "\n" in folded[previous : part.start()]:
                breaks.append(len(offsets))
            starts.append(len(offsets))
            compact.append(part.group().upper())
            offsets.extend(range(start + part.start(), start + part.end()))
            ends.append(len(offsets))
            previous = part.end()
        found.append(Run("".join(compact), tuple(offsets), tuple(starts), tuple(ends),
                         tuple(breaks)))
    return found


@dataclass(frozen=True, slots=True)
class Candidate:
    run: Run
    lo: int
    hi: int
    pattern: str
    score: float
    validated: bool | None

    @property
    def number(self) -> str:
        return self.run.compact[self.lo : self.hi]


class NumberRecognizer(RefiningPatternRecognizer):
    """A pattern recognizer whose patterns match the compact form of a number (see the
    module). ``validate_result`` is given the compact form; ``LENGTHS`` bounds its length.

    A table cell (or form field) whose label is of one of the ``TYPED_KINDS`` holds this
    recognizer's values, whatever their check digit: each run of the cell that fully matches
    ``TYPED_PATTERN`` is reported with ``TYPED_SCORE`` (the label types the column)."""

    LENGTHS: ClassVar[tuple[int, int]]
    TYPED_KINDS: ClassVar[frozenset[str]] = frozenset()
    TYPED_PATTERN: ClassVar[str] = ""
    TYPED_SCORE: ClassVar[float] = 0.85

    def matches(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # A value in a cell whose label types it is reported as typed, in place of the
        # pattern's match of the same span.
        typed = self.typed_cells(text)
        taken = {(r.start, r.end) for r in typed}
        found = []
        for candidate in self.candidates(text):
            start, end = candidate.run.span(candidate.lo, candidate.hi)
            if (start, end) in taken:
                continue
            result = RecognizerResult(
                self.supported_entities[0],
                start,
                end,
                candidate.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "number": candidate.number,
                    "pattern": candidate.pattern,
                },
            )
            if candidate.validated:
                result.recognition_metadata["validated"] = True
            found.append(result)
        return found + typed

    def typed_cells(self, text: str) -> list[RecognizerResult]:
        """The values in cells whose label types them as this recognizer's."""
        if not self.TYPED_KINDS or not self.TYPED_PATTERN:
            return []
        pattern = re.compile(self.TYPED_PATTERN)
        found = []
        for view, label, kind in value_cells(index_for(text)):
            if kind not in self.TYPED_KINDS:
                continue
            for run in runs_in(text, view.start, view.end):
                if not pattern.fullmatch(run.compact):
                    continue
                start, end = run.span(0, len(run.compact))
                found.append(RecognizerResult(
                    self.supported_entities[0], start, end, self.TYPED_SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "number": run.compact,
                        "column": label,
                        "column_typed": True,
                    },
                ))
        return found

    def candidates(self, text: str) -> Iterator[Candidate]:
        """The chosen stretches of every run: validated before unvalidated, then longer,
        then earlier; no two overlapping."""
        low, high = self.LENGTHS
        patterns = [(p.name, re.compile(p.regex), p.score) for p in self.patterns]
        for run in runs(text):
            if len(run.compact) < low:
                continue
            options: list[Candidate] = []
            for lo in run.starts:
                first = bisect_left(run.ends, lo + low)
                last = bisect_right(run.ends, lo + high)
                for hi in run.ends[first:last]:
                    option = self._option(text, run, lo, hi, patterns)
                    if option is not None:
                        options.append(option)
            options.extend(self.extra_candidates(text, run))
            yield from _choose(options)

    def _option(
        self, text: str, run: Run, lo: int, hi: int, patterns: list
    ) -> Candidate | None:
        number = run.compact[lo:hi]
        for name, pattern, score in patterns:
            if not pattern.fullmatch(number):
                continue
            validated = self.validate_result(number)
            if validated is False:
                continue
            if run.broken(lo, hi) and not self.holds_check(number):
                continue  # across a line end only with a check digit
            start, end = run.span(lo, hi)
            if _amount(text, start, end):
                continue
            if two_cells(text, start, end) and not self.holds_check(number):
                continue  # across two cells only with a check digit (a table read wrongly)
            if validated:
                score = EntityRecognizer.MAX_SCORE
            return Candidate(run, lo, hi, name, score, validated)
        return None

    def holds_check(self, number: str) -> bool:
        """Whether ``number``'s check digit holds (what a stretch across a line end needs)."""
        return bool(self.validate_result(number))

    def extra_candidates(self, text: str, run: Run) -> list[Candidate]:
        """More stretches a recognizer finds in a run its patterns do not (none here)."""
        return []


_AMOUNT_AFTER = re.compile(r"\s*(?:元|万元|亿元|块|美元|人民币)|\.\d")


def _amount(text: str, start: int, end: int) -> bool:
    """A number that is an amount (followed by 元) or part of a decimal (1234.56)."""
    if _AMOUNT_AFTER.match(text, end):
        return True
    return start >= 2 and text[start - 1] == "." and text[start - 2].isdigit()


def two_cells(text: str, start: int, end: int) -> bool:
    first = cell_at(text, start)
    last = cell_at(text, end - 1)
    return (first is None) != (last is None) or (
        first is not None and last is not None and first.cell != last.cell
    )


def _choose(options: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    # The chosen stretches never overlap: whether an option overlaps one is a look at its
    # neighbours in the sorted starts.
    starts: list[int] = []
    ends: list[int] = []
    for option in sorted(options, key=lambda c: (not c.validated, -(c.hi - c.lo), c.lo)):
        i = bisect_left(starts, option.hi)
        if i and ends[i - 1] > option.lo:
            continue
        starts.insert(i, option.lo)
        ends.insert(i, option.hi)
        chosen.append(option)
    return sorted(chosen, key=lambda c: c.lo)
