"""Matching rules for the leak check: values and extracted text are compared after NFKC
folding with every whitespace, zero-width and soft-hyphen character removed, so a value that
survives in full-width form, with Kangxi radicals or broken over lines is still found."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff\u00ad]+")


def fold(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def find_values(haystack: str, values: dict[str, str], ignore: set[str]) -> set[str]:
    """Keys of ``values`` (key → folded value) found in ``haystack`` once the strings in
    ``ignore`` (placeholders written on purpose) are taken out."""
    folded = fold(haystack)
    for placeholder in sorted((fold(p) for p in ignore if p), key=len, reverse=True):
        if placeholder:
            folded = folded.replace(placeholder, "\u0000")
    return {key for key, value in values.items() if value and value in folded}
