"""Presidio configured for Chinese: the NLP engine, the recognizer base class and the
character-window context enhancer that the detect stage runs with.

Presidio's default context enhancer compares context words with token lemmas; Chinese has no
lemmas and a blank ``zh`` pipeline tokenises per character, so a word such as 身份证 would never
match. Here context is a window of characters before and after a match instead.

No recognizer reads tokens, lemmas or entities either, so Presidio runs with an NLP engine
that does no linguistic processing (``CharNlpEngine``: empty NLP artifacts). The blank ``zh``
spaCy pipeline it ran on before tokenised the whole text for nothing: spaCy's character
segmenter aligns each character with a slice of the rest of the text (quadratic: 9 of the
14 s of detection on 1000 pages) and refuses a text of more than 1,000,000 characters (a
document of about 2000 pages). Presidio's own ``NoOpNlpEngine`` does the same but builds a
spaCy ``Doc`` for every text, and so needs spaCy imported: this one does not, and Presidio is
imported without spaCy (``pipeline.presidio_light``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from presidio_analyzer import (
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

LANGUAGE = "zh"

# Full-width ASCII (U+FF01–FF5E) to ASCII and the ideographic space to a space: the same length,
# so offsets found in the normalised text are offsets in the original.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# Other compatibility forms that fold to one character under NFKC (Kangxi and CJK radicals,
# CJK compatibility ideographs, half-width forms, typographic spaces, mathematical letters):
# a value written with them is the same value, and folding one character to one keeps offsets.
_COMPAT_RANGES = (
    (0x2000, 0x200B), (0x2460, 0x24FF), (0x2E80, 0x2FDF), (0x3000, 0x303F),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF5F, 0xFFEF), (0x1D400, 0x1D7FF),
    (0x2F800, 0x2FA1F),
)
for _low, _high in _COMPAT_RANGES:
    for _cp in range(_low, _high + 1):
        _folded = unicodedata.normalize("NFKC", chr(_cp))
        if len(_folded) == 1 and _folded != chr(_cp):
            _FULLWIDTH.setdefault(_cp, ord(_folded))


def normalize_same_length(text: str) -> str:
    """Fold full-width forms to ASCII without changing any offset."""
    return text.translate(_FULLWIDTH)


class CharNlpEngine(NlpEngine):
    """An NLP engine that does no linguistic processing: empty NLP artifacts for every text
    (no tokens, lemmas, entities or keywords), no model to load, no spaCy. What Presidio's
    ``NoOpNlpEngine`` gives, without the empty spaCy ``Doc`` it builds each time."""

    engine_name = "baomi_chars"
    is_available = True

    def __init__(self, languages: Iterable[str] = (LANGUAGE,)) -> None:
        self.languages = list(languages)
        self._loaded = False

    def load(self) -> None:
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def _check(self, language: str) -> None:
        if not self._loaded:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        if language not in self.languages:
            raise ValueError(f"Language '{language}' is not supported by this NLP engine")

    def _empty(self, language: str) -> NlpArtifacts:
        return NlpArtifacts(
            entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self,
            language=language, scores=[],
        )

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        self._check(language)
        return self._empty(language)

    def process_batch(
        self, texts: Iterable[Any], language: str, batch_size: int = 1, n_process: int = 1,
        as_tuples: bool = False, **kwargs: Any,
    ) -> Iterator[Any]:
        self._check(language)
        for item in texts:
            if as_tuples:
                text, context = item
                yield str(text), self._empty(language), context
            else:
                yield str(item), self._empty(language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return list(self.languages)


def chinese_nlp_engine() -> NlpEngine:
    """The NLP engine for ``zh``: no linguistic processing, no model to download (see the
    module's docstring)."""
    engine = CharNlpEngine()
    engine.load()
    return engine


class CnPatternRecognizer(PatternRecognizer):
    """A pattern recognizer for Chinese text with character-window context words.

    Subclasses set ``ENTITY``, ``PATTERNS`` (name, regex, score), ``CONTEXT`` and optionally
    ``NEGATIVE_CONTEXT``; ``validate_result`` returns True (checked), False (rejected) or None.
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_BEFORE: ClassVar[int] = 20
    CONTEXT_AFTER: ClassVar[int] = 10

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=[Pattern(name, regex, score) for name, regex, score in self.PATTERNS],
            context=list(self.CONTEXT),
            supported_language=LANGUAGE,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    @property
    def negative_context(self) -> tuple[str, ...]:
        return self.NEGATIVE_CONTEXT


def first_word_in(window: str, words: Iterable[str]) -> str | None:
    """The first of ``words`` found in ``window`` (case-insensitive), if any."""
    lowered = window.lower()
    for word in words:
        if word.lower() in lowered:
            return word
    return None


def _nearest(before: str, after: str, words: Iterable[str]) -> tuple[str | None, int]:
    """The word of ``words`` closest to the match between ``before`` and ``after``, and its
    distance in characters."""
    before, after = before.lower(), after.lower()
    best, best_distance = None, len(before) + len(after) + 1
    for word in words:
        needle = word.lower()
        position = before.rfind(needle)
        if position >= 0 and len(before) - position - len(needle) < best_distance:
            best, best_distance = word, len(before) - position - len(needle)
        position = after.find(needle)
        if 0 <= position < best_distance:
            best, best_distance = word, position
    return best, best_distance


class CharWindowContextEnhancer(ContextAwareEnhancer):
    """Raise a score when a context word is near the match, lower it for a negative one."""

    def __init__(self, boost: float = 0.35, penalty: float = 0.4) -> None:
        super().__init__(
            context_similarity_factor=boost,
            min_score_with_context_similarity=0.4,
            context_prefix_count=20,
            context_suffix_count=10,
        )
        self.penalty = penalty

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        for result in raw_results:
            meta: dict[str, Any] = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None:
                continue
            before = getattr(recognizer, "CONTEXT_BEFORE", self.context_prefix_count)
            after = getattr(recognizer, "CONTEXT_AFTER", self.context_suffix_count)
            preceding = text[max(0, result.start - before) : result.start]
            following = text[result.end : result.end + after]
            # The nearest label decides: 身份证 next to a number beats 编号 further away.
            negative, negative_distance = _nearest(
                preceding, following, getattr(recognizer, "negative_context", ())
            )
            word, distance = _nearest(preceding, following, recognizer.context or ())
            if negative and (word is None or negative_distance < distance):
                result.score = max(0.0, result.score - self.penalty)
                meta["negative_context"] = negative
                continue
            if word and result.score < EntityRecognizer.MAX_SCORE:
                result.score = min(
                    EntityRecognizer.MAX_SCORE,
                    max(
                        result.score + self.context_similarity_factor,
                        self.min_score_with_context_similarity,
                    ),
                )
            if word:
                meta["context"] = word
        return raw_results
