"""Names lists (姓名清单): private persons whose names every review redacts wherever they occur.

A unit that publishes decisions about the same people again and again (the parties of a case,
applicants, petitioners) keeps their names on a list, so that a name in a sentence the name
recognizer cannot read as one (王五是负责人) is still removed. Format: UTF-8, one name per
line; blank lines and lines starting with ``#`` are ignored, whitespace inside a name is not
part of it (张　三 is 张三). A name has two to twenty characters and no punctuation: a list is
for persons' names, a term of the secrecy list belongs in ``[terms]``.

Lists come from the ``[names]`` section of ``baomi.toml`` (``files``, ``entries``) and from
``--names FILE``; each name remembers where it was listed (``names.txt:3``), which the
finding's reason cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.list_files import parse_lines, read_list

MAX_LENGTH = 20
# Letters of any script, the middle dot of a transliterated name (阿卜杜·热合曼) and the
# hyphen of a double Latin one; nothing else belongs in a name.
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[·・•.\-])*[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    origin: str


def parse_name(raw: str, origin: str, line_no: int) -> Name | None:
    """One line of a names list, or None for blank and comment lines."""
    line = raw.strip()
    if not line or line.startswith("#"):
        return None
    name = "".join(line.split())
    if len(name) > MAX_LENGTH or not _NAME.fullmatch(name):
        raise ConfigError(
            "names_bad_line", line=line_no, reason=f"{line!r} is not a person's name"
        )
    return Name(name, f"{origin}:{line_no}")


def parse_names(text: str, origin: str) -> list[Name]:
    return parse_lines(text, origin, parse_name)


def load_names(path: Path) -> list[Name]:
    return parse_names(read_list(path, "names_unreadable"), path.name)
