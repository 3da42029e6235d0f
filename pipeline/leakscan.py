"""Matching rules for the leak check and for the writers' last-resort masking.

Values and text are compared after NFKC folding with every whitespace, control and format
character (zero-width space, soft hyphen, BOM, bidi marks...) removed, so a value that survives
in full-width form, with Kangxi radicals, broken over lines or padded with invisible
characters is still found. ``mask`` uses the same rules to replace such an occurrence inside
one string (a text node, an attribute value, a link target) by its placeholder.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from urllib.parse import quote, unquote

_DROPPED_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf"}
# Characters a URL keeps unencoded when a masked link target is written back.
URL_SAFE = ":/?#[]@!$&'()*+,;=~"


@functools.cache
def _invisible() -> re.Pattern[str]:
    """One character class of every whitespace, control and format character (built once:
    listing them by hand would miss the ones a future Unicode version adds)."""
    codes = [
        cp
        for cp in range(sys.maxunicode + 1)
        if chr(cp).isspace() or unicodedata.category(chr(cp)) in _DROPPED_CATEGORIES
    ]
    ranges: list[str] = []
    start = prev = codes[0]
    for cp in [*codes[1:], -1]:
        if cp != prev + 1:
            ranges.append(f"\\U{start:08x}-\\U{prev:08x}")
            start = cp
        prev = cp
    return re.compile("[" + "".join(ranges) + "]+")


def fold(text: str) -> str:
    return _invisible().sub("", unicodedata.normalize("NFKC", text))


def find_values(haystack: str, values: dict[str, str], ignore: set[str]) -> set[str]:
    """Keys of ``values`` (key → folded value) found in ``haystack`` once the strings in
    ``ignore`` (placeholders written on purpose) are taken out."""
    folded = fold(haystack)
    for placeholder in sorted((fold(p) for p in ignore if p), key=len, reverse=True):
        if placeholder:
            folded = folded.replace(placeholder, "\u0000")
    # Many findings share a value (a name redacted on every page): search each value once.
    keys: dict[str, list[str]] = {}
    for key, value in values.items():
        if value:
            keys.setdefault(value, []).append(key)
    return {key for value, group in keys.items() if value in folded for key in group}


def _fold_chars(text: str) -> tuple[str, list[int]]:
    """``text`` folded character by character, and for each folded character the index of
    the original character it came from (so a match can be cut out of the original)."""
    invisible = _invisible()
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = invisible.sub("", unicodedata.normalize("NFKC", char))
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def fold_spans(text: str, value: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of ``text`` that fold to ``value`` (which is folded already)."""
    if not value:
        return []
    folded, origin = _fold_chars(text)
    spans: list[tuple[int, int]] = []
    position = folded.find(value)
    while position >= 0:
        spans.append((origin[position], origin[position + len(value) - 1] + 1))
        position = folded.find(value, position + len(value))
    return spans


def mask(text: str, secrets: list[tuple[str, str]]) -> str:
    """``text`` with every folded occurrence of each secret replaced by its placeholder.

    ``secrets`` is (value, placeholder), longest first. A percent-encoded string (a link
    target) is decoded first and encoded again afterwards, so ``%E6%9C%BA…`` is found too.
    """
    if not text or not secrets:
        return text
    if "%" in text:
        decoded = unquote(text)
        if decoded != text:
            masked = mask(decoded, secrets)
            return text if masked == decoded else quote(masked, safe=URL_SAFE)
    # One fold of the whole string first: the character-by-character one is only worth it
    # for the rare string that holds a value.
    whole = fold(text)
    values = [(fold(secret), placeholder) for secret, placeholder in secrets]
    # A one-character value would mask every occurrence of that character.
    values = [(v, p) for v, p in values if len(v) >= 2 and v in whole]
    if not values:
        return text
    folded, origin = _fold_chars(text)
    spans: list[tuple[int, int, str]] = []
    for value, placeholder in values:
        position = folded.find(value)
        while position >= 0:
            start, end = origin[position], origin[position + len(value) - 1] + 1
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, placeholder))
            position = folded.find(value, position + len(value))
    for start, end, placeholder in sorted(spans, reverse=True):
        text = text[:start] + placeholder + text[end:]
    return text
