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
from collections.abc import Iterable, Sequence
from urllib.parse import quote, unquote

_DROPPED_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf"}
# Characters a URL keeps unencoded when a masked link target is written back.
URL_SAFE = ":/?#[]@!$&'()*+,;=~"


# The ranges ``_invisible_ranges`` computes, for the Unicode versions of Python 3.11 to 3.13:
# computing them takes 0.2 s, on every start of a process. Another version computes its own.
_KNOWN_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "14.0.0": (
        (0x0000, 0x0020), (0x007F, 0x00A0), (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C),
        (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x1680, 0x1680),
        (0x180E, 0x180E), (0x2000, 0x200F), (0x2028, 0x202F), (0x205F, 0x2064), (0x2066, 0x206F),
        (0x3000, 0x3000), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
        (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    ),
}
_KNOWN_RANGES["15.0.0"] = _KNOWN_RANGES["15.1.0"] = (
    *_KNOWN_RANGES["14.0.0"][:20], (0x13430, 0x1343F), *_KNOWN_RANGES["14.0.0"][21:]
)


def _invisible_ranges() -> tuple[tuple[int, int], ...]:
    """Ranges of every whitespace, control and format character (computed from the Unicode
    database: listing them by hand would miss the ones a future Unicode version adds)."""
    codes = [
        cp
        for cp in range(sys.maxunicode + 1)
        if chr(cp).isspace() or unicodedata.category(chr(cp)) in _DROPPED_CATEGORIES
    ]
    ranges: list[tuple[int, int]] = []
    start = prev = codes[0]
    for cp in [*codes[1:], -1]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    return tuple(ranges)


@functools.cache
def _invisible() -> re.Pattern[str]:
    """One character class of every whitespace, control and format character (built once)."""
    ranges = _KNOWN_RANGES.get(unicodedata.unidata_version) or _invisible_ranges()
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]+")


def fold(text: str) -> str:
    return _invisible().sub("", unicodedata.normalize("NFKC", text))


def find_values(haystack: str, values: dict[str, str], ignore: set[str]) -> set[str]:
    """Keys of ``values`` (key → folded value) found in ``haystack`` once the strings in
    ``ignore`` (placeholders written on purpose) are taken out."""
    return LeakScan(values, ignore).hits(haystack)


class LeakScan:
    """``find_values`` for many texts and one set of values: the placeholders are folded and
    the values compiled once."""

    __slots__ = ("_finder", "_keys", "_placeholders")

    def __init__(self, values: dict[str, str], ignore: set[str]) -> None:
        # Many findings share a value (a name redacted on every page): search each value once.
        self._keys: dict[str, list[str]] = {}
        for key, value in values.items():
            if value:
                self._keys.setdefault(value, []).append(key)
        self._finder = ValueFinder(self._keys)
        # A replacement is taken out of the text like a placeholder (a public-notice mask
        # such as 138****5678 shows part of a value on purpose), unless it holds a whole
        # redacted value: then it is no placeholder, and the value is found in the copy.
        placeholders = {fold(p) for p in ignore if p}
        self._placeholders = sorted(
            (p for p in placeholders if not self._finder.present(p)), key=len, reverse=True
        )

    def hits(self, haystack: str) -> set[str]:
        folded = fold(haystack)
        for placeholder in self._placeholders:
            if placeholder:
                folded = folded.replace(placeholder, "\u0000")
        return {key for value in self._finder.present(folded) for key in self._keys[value]}


# A value longer than this is looked for with ``str.find``: the trie's nesting grows with the
# length of its values and the regular-expression compiler recurses on it.
_TRIE_MAX = 200


class ValueFinder:
    """Every occurrence of any of many values in a text, in one pass of the regex engine.

    Looking for each value with ``str.find`` costs (number of values) × (length of the text),
    and both grow with a document: a long document was quadratic. Here the values are compiled
    into one regular expression shaped as a trie. At each position where a value starts, the
    trie matches the longest one (one branch per character, the optional end of a shorter
    value tried last); the others starting there are its prefixes that are values too, known
    in advance. The search then resumes one character further, so overlapping occurrences are
    all found."""

    __slots__ = ("_long", "_pattern", "_prefixes")

    def __init__(self, values: Iterable[str]) -> None:
        distinct = sorted({v for v in values if v})
        short = [v for v in distinct if len(v) <= _TRIE_MAX]
        self._long = [v for v in distinct if len(v) > _TRIE_MAX]
        known = set(short)
        self._prefixes = {
            v: tuple(v[:k] for k in range(1, len(v) + 1) if v[:k] in known) for v in short
        }
        self._pattern = re.compile(_trie_pattern(short)) if short else None

    def positions(self, text: str) -> dict[str, list[int]]:
        """Value → the start of each of its occurrences in ``text``, in increasing order
        (overlapping occurrences included)."""
        found: dict[str, list[int]] = {}
        if self._pattern is not None:
            search = self._pattern.search
            match = search(text)
            while match:
                start = match.start()
                for value in self._prefixes[match.group()]:
                    found.setdefault(value, []).append(start)
                match = search(text, start + 1)
        for value in self._long:
            start = text.find(value)
            while start >= 0:
                found.setdefault(value, []).append(start)
                start = text.find(value, start + 1)
        return found

    def present(self, text: str) -> set[str]:
        """The values that occur in ``text``."""
        return set(self.positions(text))


def _trie_pattern(values: list[str]) -> str:
    """One regular expression matching any of ``values`` (not empty), longest first at a
    position: a trie in which only branching nodes and the ends of values make groups."""
    root: dict[str, dict] = {}
    for value in values:
        node = root
        for char in value:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a value ends here: the longer ones first, then this one
            return "(?:" + body + ")?"
        return body

    return "(?:" + "|".join(re.escape(c) + emit(child) for c, child in root.items()) + ")"


def non_overlapping(starts: list[int], length: int) -> list[int]:
    """The occurrences ``str.find`` from left to right would give: each at least ``length``
    after the previous one kept."""
    kept: list[int] = []
    for start in starts:
        if not kept or start >= kept[-1] + length:
            kept.append(start)
    return kept


@functools.lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    return _invisible().sub("", unicodedata.normalize("NFKC", char))


def _fold_chars(text: str) -> tuple[str, Sequence[int]]:
    """``text`` folded character by character, and for each folded character the index of
    the original character it came from (so a match can be cut out of the original)."""
    parts = list(map(_fold_char, text))
    folded = "".join(parts)
    if len(folded) == len(text) and all(len(part) == 1 for part in parts):
        return folded, range(len(text))  # nearly always: one character folds to one
    origin: list[int] = []
    for index, part in enumerate(parts):
        origin.extend([index] * len(part))
    return folded, origin


def fold_spans(text: str, value: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of ``text`` that fold to ``value`` (which is folded already)."""
    if not value:
        return []
    return FoldedSpans([value]).spans(text)


class FoldedSpans:
    """``fold_spans`` for many values at once: the text is folded once and searched once."""

    __slots__ = ("_finder", "_values")

    def __init__(self, values: Iterable[str]) -> None:
        self._values = [v for v in dict.fromkeys(values) if v]
        self._finder = ValueFinder(self._values)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """For each value, the spans of ``text`` that fold to it (non-overlapping, from the
        left), one value after the other (in no particular order of the values)."""
        if not self._values or not text:
            return []
        folded, origin = _fold_chars(text)
        spans: list[tuple[int, int]] = []
        # Only the values found (in the order found): walking every value for every text made a
        # long document quadratic.
        for value, starts in self._finder.positions(folded).items():
            for position in non_overlapping(starts, len(value)):
                spans.append((origin[position], origin[position + len(value) - 1] + 1))
        return spans


def mask(text: str, secrets: list[tuple[str, str]]) -> str:
    """``text`` with every folded occurrence of each secret replaced by its placeholder.

    ``secrets`` is (value, placeholder), longest first. A percent-encoded string (a link
    target) is decoded first and encoded again afterwards, so ``%E6%9C%BA…`` is found too.
    """
    return Masker(secrets)(text)


# Kept by folding (a noncharacter, not whitespace, no decomposition) and composing with nothing.
_SEPARATOR = "\uffff"


class Masker:
    """``mask`` with one list of secrets for many strings: the secrets are folded and compiled
    once (folding every secret again for every text node made a long DOCX quadratic)."""

    __slots__ = ("_finder", "_secrets", "_values")

    def __init__(self, secrets: list[tuple[str, str]]) -> None:
        self._secrets = bool(secrets)
        values = [(fold(secret), placeholder) for secret, placeholder in secrets]
        # A one-character value would mask every occurrence of that character.
        self._values = [(v, p) for v, p in values if len(v) >= 2]
        self._finder = ValueFinder(v for v, _ in self._values)

    def touches(self, texts: Iterable[str]) -> bool:
        """Whether masking could change any of ``texts``: all of them (and their
        percent-decoded forms) folded and searched at once. Folding is per character apart
        from composing marks, and ``_SEPARATOR`` neither composes nor folds away, so the
        joined text holds a value exactly when one of the texts does."""
        if not self._values:
            return False
        if any(_SEPARATOR in value for value, _ in self._values):
            return True  # cannot be decided this way: mask each text
        variants: list[str] = []
        for text in texts:
            while text:
                variants.append(text)
                decoded = unquote(text) if "%" in text else text
                if decoded == text:
                    break
                text = decoded
        return bool(self._finder.present(fold(_SEPARATOR.join(variants))))

    def __call__(self, text: str) -> str:
        if not text or not self._secrets:
            return text
        if "%" in text:
            decoded = unquote(text)
            if decoded != text:
                masked = self(decoded)
                return text if masked == decoded else quote(masked, safe=URL_SAFE)
        # One fold of the whole string first: the character-by-character one is only worth it
        # for the rare string that holds a value.
        present = self._finder.present(fold(text)) if self._values else set()
        if not present:
            return text
        values = [(v, p) for v, p in self._values if v in present]
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
