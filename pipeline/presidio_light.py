"""Presidio's analyzer imported without spaCy and without its predefined recognizers.

``import presidio_analyzer`` imports every NLP engine Presidio offers (spaCy, the slim spaCy
engine, Stanza, transformers and the no-op engine, each of which imports spaCy) and its
predefined recognizers (about a hundred, one of which compiles a list of every top-level
domain): spaCy was 0.65 s of CPU at every start of baomi and the predefined recognizers
0.2 s more. baomi uses none of them. Its recognizers are its own, and Presidio runs on an
NLP engine of its own (``pipeline.analysis.CharNlpEngine``) that does no linguistic
processing, so nothing of spaCy is ever called.

``install()`` (run when ``pipeline`` is imported, before anything imports Presidio) puts a
finder on ``sys.meta_path`` that answers for exactly the modules below with light
stand-ins; every other module of Presidio is Presidio's own:

- ``presidio_analyzer.nlp_engine.nlp_artifacts``: ``NlpArtifacts``, Presidio's class with
  the same attributes and methods, without spaCy's ``Doc`` and ``Span`` in its signature;
- the five NLP engine modules and ``presidio_analyzer.predefined_recognizers``: the names
  Presidio's own modules import from them, as classes that are not available
  (``is_available`` false, so Presidio's ``NlpEngineProvider`` offers none of them) and
  refuse to be instantiated with a message that says why.

When spaCy is already imported (a program embedding baomi that uses a spaCy engine of its
own), the finder answers for nothing and Presidio imports as it always does.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import sys
from types import ModuleType
from typing import Any

_ENGINES = {
    "presidio_analyzer.nlp_engine.spacy_nlp_engine": ("SpacyNlpEngine", "spacy"),
    "presidio_analyzer.nlp_engine.slim_spacy_nlp_engine": ("SlimSpacyNlpEngine", "slim_spacy"),
    "presidio_analyzer.nlp_engine.stanza_nlp_engine": ("StanzaNlpEngine", "stanza"),
    "presidio_analyzer.nlp_engine.transformers_nlp_engine": (
        "TransformersNlpEngine", "transformers"
    ),
    "presidio_analyzer.nlp_engine.no_op_nlp_engine": ("NoOpNlpEngine", "no_op"),
}
_PREDEFINED = "presidio_analyzer.predefined_recognizers"
# The recognizers Presidio's registry names (``isinstance`` checks, never instances here).
_PREDEFINED_NAMES = ("SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer")
_ARTIFACTS = "presidio_analyzer.nlp_engine.nlp_artifacts"


class Unavailable:
    """A Presidio class that needs spaCy or the predefined recognizers, neither of which is
    imported (``pipeline.presidio_light``)."""

    is_available = False
    engine_name = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise ImportError(
            f"{type(self).__name__} is not available: baomi imports Presidio without spaCy "
            "and its predefined recognizers (pipeline.presidio_light)"
        )


class NlpArtifacts:
    """What an NLP engine found in a text (Presidio's ``NlpArtifacts``, the same attributes
    and methods): entities, tokens, their indices and lemmas, keywords, the entities'
    scores."""

    def __init__(
        self,
        entities: list[Any],
        tokens: Any,
        tokens_indices: list[int],
        lemmas: list[str],
        nlp_engine: Any,
        language: str,
        scores: list[float] | None = None,
    ) -> None:
        self.entities = entities
        self.tokens = tokens
        self.lemmas = lemmas
        self.tokens_indices = tokens_indices
        self.keywords = self.set_keywords(nlp_engine, lemmas, language)
        self.nlp_engine = nlp_engine
        self.scores = scores if scores else [0.85] * len(entities)

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str]:
        """The lemmas that are neither stop words nor punctuation, lower-cased and split at
        colons (as Presidio does)."""
        if not nlp_engine:
            return []
        keywords = [
            k.lower()
            for k in lemmas
            if not nlp_engine.is_stopword(k, language)
            and not nlp_engine.is_punct(k, language)
            and k != "-PRON-"
            and k != "be"
        ]
        return [part for keyword in keywords for part in keyword.split(":")]

    def to_json(self) -> str:
        fields = self.__dict__.copy()
        del fields["nlp_engine"]  # not serialisable
        fields["tokens"] = [getattr(t, "text", t) for t in self.tokens or ()]
        fields["entities"] = [getattr(e, "text", e) for e in self.entities]
        fields["scores"] = [float(s) for s in self.scores]
        return json.dumps(fields)


def _absent(name: str, module: str, engine_name: str = "") -> type:
    return type(name, (Unavailable,), {"__module__": module, "engine_name": engine_name})


def _missing(module: str):  # type: ignore[no-untyped-def]
    def __getattr__(name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"{module}.{name} is not available: baomi imports Presidio without spaCy and its "
            "predefined recognizers (pipeline.presidio_light)"
        )

    return __getattr__


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """The finder and loader of the stand-in modules."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname not in _ENGINES and fullname not in (_PREDEFINED, _ARTIFACTS):
            return None
        if "spacy" in sys.modules:
            return None  # spaCy is there anyway: Presidio's own modules
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # the default module object

    def exec_module(self, module: ModuleType) -> None:
        name = module.__name__
        module.__doc__ = f"Stand-in for {name} (pipeline.presidio_light)."
        if name == _ARTIFACTS:
            module.NlpArtifacts = NlpArtifacts  # type: ignore[attr-defined]
            return
        if name == _PREDEFINED:
            for cls in _PREDEFINED_NAMES:
                setattr(module, cls, _absent(cls, name))
        else:
            cls, engine_name = _ENGINES[name]
            setattr(module, cls, _absent(cls, name, engine_name))
        module.__getattr__ = _missing(name)  # type: ignore[attr-defined]


_FINDER = _StandIns()


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
