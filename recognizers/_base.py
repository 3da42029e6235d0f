"""Pieces the recognizers share: boundaries, line and zone helpers, table columns, check sums and
a pattern recognizer that can retype or rescore its matches from the text around them.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE, CnPatternRecognizer, first_word_in
from pipeline.tables import CellView, index_for
from recognizers._columns import NUMBER_KINDS, kind_of, label_of

# Detection runs on text whose full-width forms were folded to ASCII, but a recognizer may also
# be called on raw text (tests, plug-ins), so punctuation classes list both forms.
B = r"(?<![0-9A-Za-z])"
A = r"(?![0-9A-Za-z])"
COLON = r"[:：]"
LPAREN = r"[(（]"
RPAREN = r"[)）]"
CJK = r"\u4e00-\u9fa5"
# What ends a clause: a value's label is looked for in the clause before it.
CLAUSE_END = "。；;\n"
HEADER_LINES = 8
FOOTER_LINES = 6


def result(
    recognizer: EntityRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    **metadata: Any,
) -> RecognizerResult:
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **metadata,
        },
    )


def line_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def line_at(text: str, pos: int) -> str:
    start, end = line_span(text, pos)
    return text[start:end]


def clause_before(text: str, pos: int, limit: int = 60) -> str:
    """The text from the last clause end before ``pos`` up to ``pos`` (at most ``limit``)."""
    begin = max(0, pos - limit)
    window = text[begin:pos]
    cut = max(window.rfind(c) for c in CLAUSE_END)
    return window[cut + 1 :]


def header_zone_end(text: str, lines: int = HEADER_LINES) -> int:
    """Offset just past the first ``lines`` non-empty lines (the GB/T 9704 版头)."""
    seen, pos = 0, 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


def footer_zone_start(text: str, lines: int = FOOTER_LINES) -> int:
    """Offset of the last ``lines`` non-empty lines: 版记, and the page headers and footers a
    DOCX contributes after its body."""
    seen, pos = 0, len(text)
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


def in_margin_zone(text: str, pos: int) -> bool:
    return pos < header_zone_end(text) or pos >= footer_zone_start(text)


def cjk_count(text: str) -> int:
    return len(re.findall(f"[{CJK}]", text))


def words_in(text: str, words: Iterable[str]) -> str | None:
    return first_word_in(text, words)


def last_word_in(text: str, groups: dict[str, Iterable[str]]) -> str | None:
    """The group whose word occurs last in ``text`` (the label nearest a value wins)."""
    best, best_pos = None, -1
    for group, words in groups.items():
        for word in words:
            pos = text.rfind(word)
            if pos >= 0 and pos + len(word) > best_pos:
                best, best_pos = group, pos + len(word)
    return best


# Tables: the document's table model during detection (``pipeline.tables``), the text's own
# layout otherwise. A cell's label is the header of its column, or in a form the label to its
# left (``recognizers._columns``).
def cell_at(text: str, pos: int) -> CellView | None:
    """The table cell holding offset ``pos`` of ``text``, if it is in a table."""
    return index_for(text).cell_at(pos)


def column_of(text: str, start: int) -> str | None:
    """The label of the table cell holding ``start`` (its column's header, or in a form the
    label to its left), if it is in a labelled cell."""
    index = index_for(text)
    view = index.cell_at(start)
    return (label_of(index, view) or None) if view else None


def column_kind(text: str, start: int) -> str:
    """The kind of value the table cell holding ``start`` holds, by its label ('' if none)."""
    label = column_of(text, start)
    return kind_of(label) if label else ""


def table_labels(text: str, start: int) -> tuple[str, ...]:
    """All column labels of the table holding ``start`` (empty outside tables)."""
    view = cell_at(text, start)
    return view.headers if view else ()


class RefiningPatternRecognizer(CnPatternRecognizer):
    """A pattern recognizer whose matches are looked at again in their text: ``refine`` may
    change a match's entity type (one of ``ENTITY`` and ``ALSO``) and score, or drop it.

    A table cell's label counts as context, however far above the cell it is: a label holding
    a context word, or of one of the ``COLUMN_KINDS``, raises the score; a label of another
    kind of number (编号, a card column for an ID-shaped value) lowers it, unless the value
    was validated (a check digit): a label never switches off a validated identifier."""

    ALSO: ClassVar[tuple[str, ...]] = ()
    COLUMN_KINDS: ClassVar[frozenset[str]] = frozenset()
    COLUMN_BOOST: ClassVar[float] = 0.35
    COLUMN_PENALTY: ClassVar[float] = 0.3
    # Labels that make the value something else when they are the nearest label before it
    # (the enhancer's NEGATIVE_CONTEXT wins over a nearer positive word, these do not).
    NEAREST_NEGATIVE: ClassVar[tuple[str, ...]] = ()
    NEAREST_PENALTY: ClassVar[float] = 0.4

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = [self.ENTITY, *self.ALSO]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        refined = []
        for found in self.matches(text, entities, nlp_artifacts, regex_flags):
            self.score_by_column(text, found)
            if self.NEAREST_NEGATIVE:
                before = clause_before(text, found.start, self.CONTEXT_BEFORE)
                nearest = last_word_in(
                    before, {"+": self.CONTEXT, "-": self.NEAREST_NEGATIVE}
                )
                if nearest == "-":
                    found.score = max(0.0, found.score - self.NEAREST_PENALTY)
                    found.recognition_metadata["negative_label"] = True
            kept = self.refine(text, found)
            if kept is not None:
                refined.append(kept)
        self.share_context(text, refined)
        return refined

    def share_context(self, text: str, found: list[RecognizerResult]) -> None:
        """A value joined to the one before it (卡号6222…和6217…, 身份证号1409…、1410…) has
        that one's label: the character window of the second no longer reaches it."""
        labelled = False
        previous: RecognizerResult | None = None
        for result in sorted(found, key=lambda r: r.start):
            own = text[max(0, result.start - self.CONTEXT_BEFORE) : result.start]
            joined = (
                previous is not None
                and previous.entity_type == result.entity_type
                and _COORDINATED.fullmatch(text, previous.end, result.start) is not None
            )
            if words_in(own, self.CONTEXT):
                labelled = True
            elif joined and labelled:
                if result.score < 1.0:
                    result.score = min(1.0, max(result.score + COORDINATED_BOOST, 0.4))
                result.recognition_metadata["context_of"] = previous.start  # type: ignore[union-attr]
            else:
                labelled = False
            previous = result

    def matches(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The raw matches (Presidio's patterns and validation; overridden by recognizers
        that match on normalised numbers)."""
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def score_by_column(self, text: str, found: RecognizerResult) -> None:
        column = column_of(text, found.start)
        if not column:
            return
        kind = kind_of(column)
        found.recognition_metadata["column"] = column
        if words_in(column, self.CONTEXT) or kind in self.COLUMN_KINDS:
            if found.score < 1.0:
                found.score = min(1.0, found.score + self.COLUMN_BOOST)
        elif kind in NUMBER_KINDS and not _validated(found):
            found.score = max(0.0, found.score - self.COLUMN_PENALTY)
            found.recognition_metadata["other_column"] = kind

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        return found


# What may stand between two values of one list: a conjunction or a list comma, and a note
# in brackets (开户行) after the first; after a conjunction a short modifier of the second
# value ending in 的 (卡号…和不带空格的…, 账号…及其配偶的…).
_COORDINATED = re.compile(
    r"\s*(?:[(（][^()（）\n。；;]{0,12}[)）])?\s*"
    r"(?:(?:和|及|与|或|以及)[^\s\d，,。；;、]{1,8}的|和|及|与|、|或|以及|，|,)\s*"
)
COORDINATED_BOOST = 0.35


def _validated(found: RecognizerResult) -> bool:
    return found.score >= 1.0 or bool((found.recognition_metadata or {}).get("validated"))


class CustomRecognizer(EntityRecognizer):
    """A recognizer that finds and scores its matches itself (no pattern list, no context
    words for the character-window enhancer)."""

    ENTITIES: ClassVar[tuple[str, ...]]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return list(self.find(text))

    def find(self, text: str) -> Iterable[RecognizerResult]:
        raise NotImplementedError
