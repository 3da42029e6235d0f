"""Reading a published web page with the standard library's ``html.parser`` for the crawl:
the links it holds (with their text) and the title and publication date it shows. (The page
itself is reviewed by the pipeline's HTML ingest, like any other document.)

The title is the one publishing systems put in ``<meta name="ArticleTitle">`` (the national
government website standard's metadata), else the first ``<h1>``, else ``<title>``. The date
is the page's publication date: ``<meta name="PubDate">`` and its relatives, ``<time
datetime>``, or a ``发布时间：`` / ``发布日期：`` label in the text; never any other date of the
body (a date in a notice is not the date it was published).

``Page.text`` (one block a line, table cells separated by a tab; no scripts or style sheets)
is what the date label is looked for in.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}
BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
    "dl", "dt", "dd", "form", "fieldset", "figure", "figcaption", "hr", "address", "caption",
    "title", "option", "center",
}  # fmt: skip
CELL = {"td", "th"}
SKIP = {"script", "style", "template"}
DATE_META = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time",
             "dc.date", "dcterms.issued", "date", "og:published_time", "releasedate")  # fmt: skip
TITLE_META = ("articletitle", "dc.title", "og:title")
LINK_ATTRIBUTES = {"a": "href", "area": "href", "iframe": "src", "frame": "src",
                   "img": "src", "embed": "src", "object": "data", "source": "src"}  # fmt: skip
_ISO = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_LABELLED = re.compile(
    r"(?:发布|发文|公开|印发|上传|更新)(?:时间|日期)\s*[:：]?\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}"
    r"\s*[-/.月]\s*\d{1,2})"
)


def decode(data: bytes, content_type: str | None = None) -> str:
    """The page's text: BOM, then the HTTP charset, then the declared one (GB2312 and GBK
    widened to GB18030), then UTF-8, then GB18030; undecodable bytes replaced."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    candidates = []
    if content_type:
        found = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", content_type, re.IGNORECASE)
        if found:
            candidates.append(found.group(1).lower())
    declared = _CHARSET.search(data[:4096])
    if declared:
        candidates.append(declared.group(1).decode("ascii", "replace").lower())
    candidates += ["utf-8", "gb18030"]
    for name in candidates:
        try:
            return data.decode(_WIDER.get(name, name))
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` (2024-03-15, 2024/3/15, 2024.03.15, 2024年3月15日)."""
    if not text:
        return None
    match = _ISO.search(text)
    if not match:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


@dataclass(slots=True)
class Link:
    url: str  # absolute, fragment removed
    text: str
    tag: str  # a, img, iframe, …


@dataclass(slots=True)
class Page:
    title: str | None = None
    date: str | None = None
    links: list[Link] = field(default_factory=list)
    text: str = ""


class _Reader(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links: list[Link] = []
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.lines: list[str] = []
        self.line: list[str] = []
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.h1_parts: list[str] | None = None
        self.h1: str | None = None
        self.anchor: tuple[str, str, list[str]] | None = None  # (url, tag, text parts)
        self.skip = 0

    # -- text
    def _flush(self) -> None:
        line = "".join(self.line).strip()
        if line:
            self.lines.append(re.sub(r"[ \u3000\r\n]+", " ", line).strip())
        self.line = []

    def _add(self, text: str) -> None:
        self.line.append(text)
        if self.title_parts is not None:
            self.title_parts.append(text)
        if self.h1_parts is not None:
            self.h1_parts.append(text)
        if self.anchor is not None:
            self.anchor[2].append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"].strip())
        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").strip().lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        if tag in BLOCK:
            self._flush()
        elif tag in CELL:
            self.line.append("\t")
        if tag == "title" and self.title is None:
            self.title_parts = []
        if tag == "h1" and self.h1 is None:
            self.h1_parts = []
        target = LINK_ATTRIBUTES.get(tag)
        if target and values.get(target):
            url = self._absolute(values[target])
            if url:
                if tag in {"a", "area"}:
                    self.anchor = (url, tag, [])
                else:
                    self.links.append(Link(url, values.get("alt", "").strip(), tag))
        for attribute in ("alt", "title"):
            if values.get(attribute) and tag != "a":
                self.line.append(" " + values[attribute].strip() + " ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in {"a", "area"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag == "title" and self.title_parts is not None:
            self.title = _clean("".join(self.title_parts))
            self.title_parts = None
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = _clean("".join(self.h1_parts))
            self.h1_parts = None
        if tag in {"a", "area"} and self.anchor is not None:
            url, kind, parts = self.anchor
            self.links.append(Link(url, _clean("".join(parts)) or "", kind))
            self.anchor = None
        if tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._add(data)

    def handle_comment(self, data: str) -> None:
        self._flush()
        self.line.append(data)
        self._flush()

    def _absolute(self, value: str) -> str | None:
        value = value.strip()
        if not value or value.startswith("#"):
            return None
        try:
            url = urljoin(self.base, value)
        except ValueError:
            return None
        return url.split("#", 1)[0]


def _clean(text: str) -> str | None:
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def read_page(data: bytes, url: str, content_type: str | None = None) -> Page:
    """Links, title, publication date and text of the page at ``url`` (relative links are
    resolved against it, or against its ``<base href>``)."""
    reader = _Reader(url)
    try:
        reader.feed(decode(data, content_type))
        reader.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    reader._flush()
    text = "\n".join(reader.lines)
    title = next((reader.meta[k] for k in TITLE_META if reader.meta.get(k)), None)
    title = _clean(title or "") or reader.h1 or reader.title
    date = None
    for key in DATE_META:
        date = parse_date(reader.meta.get(key))
        if date:
            break
    if date is None:
        date = next((d for d in map(parse_date, reader.times) if d), None)
    if date is None:
        labelled = _LABELLED.search(text)
        date = parse_date(labelled.group(1)) if labelled else None
    return Page(title=title, date=date, links=reader.links, text=text)

