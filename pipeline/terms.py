"""Keyword lists (the unit's secrecy list, 保密事项清单) that every review also matches.

Format: UTF-8, one term per line; blank lines and lines starting with ``#`` are ignored; an
optional ``category<TAB>term`` sets the category (default ``work_secret``); a term starting
with ``re:`` is a regular expression. Every occurrence of a term is a finding to redact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.list_files import parse_lines, read_list
from pipeline.model import CATEGORIES

DEFAULT_CATEGORY = "work_secret"


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    pattern: str
    is_regex: bool
    origin: str


def parse_line(raw: str, origin: str, line_no: int) -> Term | None:
    """One line of a keyword list, or None for blank and comment lines."""
    line = raw.rstrip("\r\n")
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    category = DEFAULT_CATEGORY
    if "\t" in line:
        head, _, rest = line.partition("\t")
        if head.strip() in CATEGORIES:
            category, line = head.strip(), rest
        else:
            raise ConfigError("terms_bad_line", line=line_no, reason=f"unknown category {head!r}")
    line = line.strip()
    is_regex = line.startswith("re:")
    pattern = line[3:] if is_regex else line
    if not pattern:
        raise ConfigError("terms_bad_line", line=line_no, reason="empty term")
    if is_regex:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ConfigError("terms_bad_line", line=line_no, reason=str(exc)) from None
        if compiled.match(""):
            raise ConfigError("terms_bad_line", line=line_no, reason="matches the empty string")
    return Term(category, pattern, is_regex, f"{origin}:{line_no}")


def parse_terms(text: str, origin: str) -> list[Term]:
    return parse_lines(text, origin, parse_line)


def load_terms(path: Path) -> list[Term]:
    return parse_terms(read_list(path, "terms_unreadable"), path.name)
