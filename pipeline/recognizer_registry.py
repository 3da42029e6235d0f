"""Which recognizers the detect stage runs.

Every public ``EntityRecognizer`` class defined in a module of the ``recognizers`` package is
used (modules whose name starts with ``_`` are skipped), so adding a recognizer is adding one
file. Other packages add theirs through the ``baomi.recognizers`` entry point group, naming a
recognizer class. A class with a ``from_config(config)`` classmethod is built from the
configuration (it may return None to stay off); any other is built with no arguments.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from importlib.metadata import entry_points
from typing import Any

from presidio_analyzer import EntityRecognizer

from pipeline.config import Config

ENTRY_POINT_GROUP = "baomi.recognizers"


def _instantiate(cls: Any, config: Config) -> EntityRecognizer | None:
    factory = getattr(cls, "from_config", None)
    return factory(config) if callable(factory) else cls()


def _classes_in(module: Any) -> Iterator[type[EntityRecognizer]]:
    for name, obj in vars(module).items():
        if (
            isinstance(obj, type)
            and issubclass(obj, EntityRecognizer)
            and obj.__module__ == module.__name__
            and not name.startswith("_")
        ):
            yield obj


def builtin_classes() -> list[type[EntityRecognizer]]:
    import recognizers

    classes: list[type[EntityRecognizer]] = []
    for info in sorted(pkgutil.iter_modules(recognizers.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        classes.extend(_classes_in(importlib.import_module(f"recognizers.{info.name}")))
    return classes


def plugin_classes() -> list[type[EntityRecognizer]]:
    return [ep.load() for ep in entry_points(group=ENTRY_POINT_GROUP)]


def load_recognizers(config: Config) -> list[EntityRecognizer]:
    found = []
    for cls in builtin_classes() + plugin_classes():
        recognizer = _instantiate(cls, config)
        if recognizer is not None:
            found.append(recognizer)
    return found
