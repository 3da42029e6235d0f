"""Names of the configured names lists (``[names]``, ``--names``; ``pipeline.names``).

A listed name is a private person's name wherever it occurs: every occurrence is a ``PERSON``
finding to redact, scored 1.0 (a list is the unit's own decision, not a guess), also with
whitespace between its characters and in full-width form, and its metadata names the line
of the list (``names_list``) that the finding's reason cites. A Chinese name has no word
boundary to wait for (王五是负责人); a Latin one must not be part of a longer word.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE, normalize_same_length
from pipeline.config import Config
from pipeline.names import Name
from recognizers.keyword_list import literal_regex


def _name_regex(name: str) -> str:
    chars = [c for c in normalize_same_length(name) if not c.isspace()]
    body = literal_regex(name)
    head = r"(?<![A-Za-z])" if chars[0].isascii() else ""
    tail = r"(?![A-Za-z])" if chars[-1].isascii() else ""
    return head + body + tail


class NamesListRecognizer(EntityRecognizer):
    ENTITY = "PERSON"

    def __init__(self, names: list[Name]) -> None:
        first: dict[str, Name] = {}
        for name in names:
            first.setdefault(name.text, name)  # a name listed twice cites its first line
        # Longer names first, so 欧阳娜娜 is one finding when 欧阳娜 is listed too.
        self.compiled = [
            (name, re.compile(_name_regex(name.text)))
            for name in sorted(first.values(), key=lambda n: -len(n.text))
        ]
        super().__init__(supported_entities=[self.ENTITY], supported_language=LANGUAGE)

    @classmethod
    def from_config(cls, config: Config) -> NamesListRecognizer | None:
        return cls(config.names) if config.names else None

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for name, regex in self.compiled:
            for match in regex.finditer(text):
                results.append(
                    RecognizerResult(
                        self.ENTITY,
                        match.start(),
                        match.end(),
                        1.0,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "validated": True,
                            "names_list": name.origin,
                        },
                    )
                )
        return results
