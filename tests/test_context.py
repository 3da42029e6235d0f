"""Context in Chinese: words in a character window raise a score, negative words lower it."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import CharWindowContextEnhancer, CnPatternRecognizer


class _Digits(CnPatternRecognizer):
    ENTITY = "TEST_DIGITS"
    PATTERNS: ClassVar = (("digits", r"\d{6}", 0.3),)
    CONTEXT: ClassVar = ("邮政编码",)
    NEGATIVE_CONTEXT: ClassVar = ("金额",)
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 4


def _score(text: str) -> float:
    recognizer = _Digits()
    results = recognizer.analyze(text, [recognizer.ENTITY])
    for r in results:
        r.recognition_metadata["recognizer_identifier"] = recognizer.id
    artifacts = NlpArtifacts([], [], [], [], None, "zh")
    enhanced = CharWindowContextEnhancer().enhance_using_context(text, results, artifacts, [recognizer])
    assert len(enhanced) == 1
    return round(enhanced[0].score, 2)


def test_a_multi_character_word_before_raises_the_score() -> None:
    assert _score("邮政编码：034000") == 0.65


def test_no_context_leaves_the_score() -> None:
    assert _score("份号034000") == 0.3


def test_the_window_is_counted_in_characters() -> None:
    # The word 12 characters before the match is inside the window, 13 is outside.
    assert _score("邮政编码" + "。" * 8 + "034000") == 0.65
    assert _score("邮政编码" + "。" * 9 + "034000") == 0.3


def test_context_after_the_match_counts_within_its_window() -> None:
    assert _score("034000（邮政编码）") == 0.3  # the word starts 1 after, ends 5 after: outside
    assert _score("034000邮政编码") == 0.65


def test_negative_context_lowers_the_score() -> None:
    assert _score("金额：034000") == 0.0
    # The nearest label decides between a positive and a negative word.
    assert _score("邮政编码034000，金额") > 0.6
    assert _score("邮编，合计金额034000") == 0.0
