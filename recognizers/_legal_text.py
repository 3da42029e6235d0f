"""Whether a text is written as rules: a law, a regulation, a 规章 or a body's own 办法, whose
body is articles (第一条, 第二条…) and their enumerated items.

Such a text names kinds of people and cases, not particular ones: 案件尚未办结 in an article is a
rule about cases, not the state of one; a word the name model proposes with no cue around it
(陆生 in 陆生野生动物) is a term, not a private person. The recognizers that read prose for a
particular person or case (``person_name``, ``law_enforcement``) ask this module.

A text is one of rules when at least three lines begin with an article number (a reply or a
decision cites an article inside a sentence, it does not begin lines with them). Only the
articles themselves are read as rules (``in_articles``): a decision or a reply that quotes or
appends articles keeps its own prose, before and after them, read for particular people and
cases (a whole-document switch would silence the checks on the person's facts). Only a text
whose articles are most of it is a text of rules as a whole (``is_legal_text``: a law's preamble
names 孙中山先生, a historical figure, not a private person).

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

# A line that goes on the article before it: an enumerated item (（一）, 一、, 1., (1)).
_ITEM = re.compile(r"[^\S\n]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])")
_ARTICLE = re.compile(r"^[^\S\n]*第[一二三四五六七八九十百千零〇\d]+条(?:[^\S\n]|之[一二三四五六七八九十]|$)",
                      re.MULTILINE)
ARTICLES_NEEDED = 3


@functools.lru_cache(maxsize=8)
def is_legal_text(text: str) -> bool:
    """At least three lines of ``text`` begin with an article number (第…条), and its articles
    are most of it (a law with its preamble, not a decision that quotes a few articles)."""
    spans = _article_spans(text)
    return bool(spans) and 2 * sum(end - start for start, end in spans) >= len(text.strip())


@functools.lru_cache(maxsize=8)
def _article_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` that are articles: from an article's line to the next article's
    line; the last one to the end of its line and of the item lines straight after it."""
    starts = [m.start() for m in _ARTICLE.finditer(text)]
    if len(starts) < ARTICLES_NEEDED:
        return ()
    spans = list(itertools.pairwise(starts))
    end = text.find("\n", starts[-1])
    end = len(text) if end < 0 else end
    while end < len(text):
        following = text.find("\n", end + 1)
        following = len(text) if following < 0 else following
        line = text[end + 1 : following]
        if line.strip() and not _ITEM.match(line):
            break
        end = following
    spans.append((starts[-1], end))
    return tuple(spans)


def in_articles(text: str, position: int) -> bool:
    """Whether ``position`` of ``text`` lies inside an article of a text of rules."""
    spans = _article_spans(text)
    i = bisect.bisect_right(spans, (position, len(text) + 1)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]
