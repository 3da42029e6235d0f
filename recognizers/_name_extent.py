"""How far a name goes, where the surname-and-given-name shape of ``recognizers._name_words``
ends short of it.

- A transliterated name of a minority or a foreign person is written with a middle dot between
  its parts (艾力·买买提, 阿卜杜拉·艾合买提; GB/T 28039 and the ID card's own spelling, with ·, •
  or ・): a name read up to the dot goes on over it, and one read after the dot goes back.
- A name without a Han surname (阿依古丽, 扎西多吉) stands as the subject a personal description
  follows (当事人：阿依古丽，女，…): the rules read only the part that looks like a name (古丽), so
  the subject is taken whole from the label's colon or the line's start, two to six characters,
  unless what comes before the part read is a word of its own (a relation, a role: 村民, 其妻).

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re

from recognizers._prose_names import OFFICIAL_BEFORE, PRIVATE_BEFORE

_DOT = "·•・‧"
_PART = r"[\u4e00-\u9fa5]{1,8}"
_DOT_AFTER = re.compile(rf"(?:[{_DOT}]{_PART})+")
_DOT_BEFORE = re.compile(rf"(?:{_PART}[{_DOT}])+$")
# The start of the subject: a label's colon or a line's start, maybe spaces.
_SUBJECT = re.compile(r"(?:^|(?<=[:：\n]))[^\S\n]*([\u4e00-\u9fa5]{1,4})$")
# What ends a word of its own before a name (a role, a kind of person).
_WORD_END = frozenset("人员者户民工主方")


def dotted(text: str, start: int, end: int) -> tuple[int, int]:
    """The name at ``[start, end)`` with the parts joined to it by a middle dot."""
    after = _DOT_AFTER.match(text, end)
    if after:
        end = after.end()
    before = _DOT_BEFORE.search(text, max(0, start - 30), start)
    if before:
        start = before.start()
    return start, end


def subject(text: str, start: int, end: int) -> int:
    """Where the subject holding the name at ``[start, end)`` starts: earlier than ``start``
    when the name is the tail of a word of two to six characters standing alone after a colon or
    at a line's start."""
    match = _SUBJECT.search(text, max(0, start - 6), start)
    if not match:
        return start
    prefix = match[1]
    if end - start + len(prefix) > 6 or prefix[-1] in _WORD_END:
        return start
    if any(prefix.endswith(w) or w.endswith(prefix) for w in (*PRIVATE_BEFORE, *OFFICIAL_BEFORE)):
        return start
    return match.start(1)
