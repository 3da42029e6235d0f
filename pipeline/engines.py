"""The detection and replacement engines, built once per process and configuration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.operators import Operator, OperatorType

from pipeline.analysis import LANGUAGE, CharWindowContextEnhancer, chinese_nlp_engine
from pipeline.config import Config
from pipeline.masks import NoticeMask
from pipeline.recognizer_registry import load_recognizers


class Placeholder(Operator):
    """Replace a value by a fixed placeholder that does not reveal its length."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        return (params or {}).get("placeholder", "［已删除］")

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not isinstance((params or {}).get("placeholder", ""), str):
            raise ValueError("placeholder must be a string")

    def operator_name(self) -> str:
        return "placeholder"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


@dataclass(slots=True)
class Engines:
    analyzer: AnalyzerEngine
    anonymizer: AnonymizerEngine


_cache: dict[str, Engines] = {}


def get_engines(config: Config) -> Engines:
    key = config.fingerprint()
    if key not in _cache:
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        for recognizer in load_recognizers(config):
            registry.add_recognizer(recognizer)
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=chinese_nlp_engine(),
            supported_languages=[LANGUAGE],
            context_aware_enhancer=CharWindowContextEnhancer(),
            default_score_threshold=config.report_threshold,
        )
        anonymizer = AnonymizerEngine()
        anonymizer.add_anonymizer(Placeholder)
        anonymizer.add_anonymizer(NoticeMask)
        _cache[key] = Engines(analyzer, anonymizer)
    return _cache[key]
