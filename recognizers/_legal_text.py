"""Whether a text is written as rules: a law, a regulation, a 规章 or a body's own 办法, whose
body is articles (第一条, 第二条…) and their enumerated items.

Such a text names kinds of people and cases, not particular ones: 案件尚未办结 in an article is a
rule about cases, not the state of one; a word the name model proposes with no cue around it
(陆生 in 陆生野生动物) is a term, not a private person. The recognizers that read prose for a
particular person or case (``person_name``, ``law_enforcement``) ask this module.

A text is one of rules when at least three lines begin with an article number (a reply or a
decision cites an article inside a sentence, it does not begin lines with them).

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import functools
import itertools
import re

_ARTICLE = re.compile(r"^[^\S\n]*第[一二三四五六七八九十百千零〇\d]+条(?:[^\S\n]|之[一二三四五六七八九十]|$)",
                      re.MULTILINE)
ARTICLES_NEEDED = 3


@functools.lru_cache(maxsize=8)
def is_legal_text(text: str) -> bool:
    """At least three lines of ``text`` begin with an article number (第…条)."""
    articles = _ARTICLE.finditer(text)
    return sum(1 for _ in itertools.islice(articles, ARTICLES_NEEDED)) >= ARTICLES_NEEDED
