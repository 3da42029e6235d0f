"""Terms of the unit's own secrecy list (保密事项清单) and of ``--terms`` files.

Each literal term matches wherever it occurs, also with whitespace between its characters and
in full-width form; a ``re:`` term is a regular expression. Every match is a finding to redact,
in the term's category (``work_secret`` unless the list says otherwise).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE, normalize_same_length
from pipeline.config import Config
from pipeline.terms import Term


def literal_regex(term: str) -> str:
    """A literal that matches also with whitespace between its characters and full-width."""
    chars = [c for c in normalize_same_length(term) if not c.isspace()]
    return r"\s*".join(re.escape(c) for c in chars)


class KeywordListRecognizer(EntityRecognizer):
    ENTITY = "KEYWORD"

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self.compiled = [
            (t, re.compile(t.pattern if t.is_regex else literal_regex(t.pattern))) for t in terms
        ]
        super().__init__(supported_entities=[self.ENTITY], supported_language=LANGUAGE)

    @classmethod
    def from_config(cls, config: Config) -> KeywordListRecognizer | None:
        return cls(config.terms) if config.terms else None

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for term, regex in self.compiled:
            for match in regex.finditer(text):
                if match.end() > match.start():
                    results.append(
                        RecognizerResult(
                            self.ENTITY,
                            match.start(),
                            match.end(),
                            1.0,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                "category": term.category,
                                "term": term.origin,
                            },
                        )
                    )
        return results
