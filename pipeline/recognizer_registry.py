"""Which recognizers the detect stage runs.

Every public ``EntityRecognizer`` class defined in a module of the ``recognizers`` package is
used (modules whose name starts with ``_`` are skipped), so adding a recognizer is adding one
file. Other packages add theirs through the ``baomi.recognizers`` entry point group, naming a
recognizer class. A class with a ``from_config(config)`` classmethod is built from the
configuration (it may return None to stay off); any other is built with no arguments.
"""

from __future__ import annotations

import functools
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


# What decides which findings a document gets, besides the configuration: the recognizers,
# the detect and decide stages, the policy table and the text analysis they share.
DETECTION_SOURCES = (
    "recognizers",
    "stages/detect.py",
    "stages/decide.py",
    "pipeline/policy.py",
    "pipeline/analysis.py",
    "pipeline/terms.py",
)


@functools.cache
def recognizer_set_version() -> str:
    """A short digest of the recognizer set: the baomi version, the source of everything in
    ``DETECTION_SOURCES`` and the recognizers other packages register. The register keeps it
    with each case, so that ``baomi recheck`` knows which published cases were reviewed with
    an older set."""
    import hashlib
    from importlib import metadata
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("baomi").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"unknown")
    for name in DETECTION_SOURCES:
        target = root / name
        paths = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in paths:
            if "__pycache__" in path.parts or not path.is_file():
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        dist = getattr(entry, "dist", None)
        version = getattr(dist, "version", "") if dist is not None else ""
        digest.update(f"{entry.name}={entry.value}@{version}".encode())
    return digest.hexdigest()[:16]
