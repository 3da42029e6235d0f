"""The line-per-entry list files a unit keeps beside its configuration: the secrecy list
(``pipeline.terms``) and the names list (``pipeline.names``). Both are UTF-8 (a BOM allowed),
read line by line, and a file that cannot be read is one clear configuration error naming it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pipeline.errors import ConfigError

Entry = TypeVar("Entry")


def parse_lines(text: str, origin: str,
                parse_line: Callable[[str, str, int], Entry | None]) -> list[Entry]:
    """Each line's entry (``parse_line(raw, origin, line_no)``), blank and comment lines left out."""
    entries = []
    for i, raw in enumerate(text.splitlines(), start=1):
        entry = parse_line(raw, origin, i)
        if entry is not None:
            entries.append(entry)
    return entries


def read_list(path: Path, unreadable: str) -> str:
    """The text of a list file; ``unreadable`` is the message key of the error that names it."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise ConfigError(unreadable, path=str(path), reason=reason) from None
