"""An HTML page as text nodes that know their place in the source, shared by the stages that
read and write HTML (ingest, redact).

The page is tokenised with the standard library's ``html.parser`` (which keeps every byte's
position and never rebuilds the tree), so the copy is the original text with the redacted spans
spliced out: the page stays exactly as it was everywhere else. A node's text is what a reader
or a crawler sees, decoded layer by layer: character references (``&#24352;``), JavaScript and
JSON escapes (``\\u5f20``) in scripts, percent-encoding in URLs (UTF-8 or GBK, as offices'
systems write both), base64 in ``data:`` URIs. Each decoded character keeps the source span it
came from, and a cut replaces whole source spans.

Bytes are decoded by their BOM, then the declared charset widened to its superset (gb2312 and
gbk → GB18030: lxml truncates a gb2312 page at the first GBK-only character), then strict UTF-8.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, unquote_to_bytes

from pipeline.errors import InputError
from pipeline.leakscan import URL_SAFE

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}
_ATTRIBUTE = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""", re.S
)
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_JS_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
# Attributes of structure, not text (everything else a reader or crawler may see is read).
STRUCTURAL = {
    "class", "id", "type", "rel", "lang", "dir", "charset", "width", "height", "align",
    "valign", "border", "cellpadding", "cellspacing", "colspan", "rowspan", "target",
    "method", "tabindex", "role", "bgcolor", "color", "size", "face", "frameborder",
    "scrolling", "http-equiv", "media", "async", "defer", "nowrap", "span", "shape",
    "xmlns", "version", "language", "crossorigin", "integrity", "referrerpolicy", "sizes",
}  # fmt: skip
# Inline elements do not end a line of text: 张<b>伟</b> is one name.
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "data", "poster", "cite", "background", "longdesc"}
MAX_DEPTH = 2000


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding to write the copy in)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError("html_not_text") from None
    declared = _CHARSET.search(data[:4096])
    candidates = []
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        candidates.append(_WIDER.get(name, name))
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError("html_not_text")


@dataclass(slots=True)
class Piece:
    """``source[start:end]`` reads as ``text``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Node:
    """A text a reader sees and where each of its characters is in the source.

    ``kind``: ``text`` (element content), ``comment``, ``script`` (script and style bodies),
    ``attribute`` (``name`` set; a cut re-encodes the whole value), ``data-uri`` (a base64
    ``data:`` URI's content; a cut empties the URI)."""

    kind: str
    pieces: list[Piece] = field(default_factory=list)
    name: str = ""
    value_start: int = 0
    value_end: int = 0
    quote: str = '"'
    encoding: str = ""  # percent-encoding of a URL value: utf-8 or gb18030
    hidden: bool = False

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def _chars(raw: str, start: int) -> list[Piece]:
    return [Piece(start + i, start + i + 1, c) for i, c in enumerate(raw)]


def _escapes(raw: str, start: int) -> list[Piece]:
    """Script text with ``\\uXXXX`` and ``\\xXX`` escapes decoded."""
    pieces: list[Piece] = []
    position = 0
    for match in _JS_ESCAPE.finditer(raw):
        if match.start() > position:
            pieces.extend(_chars(raw[position : match.start()], start + position))
        code = int(match.group(1) or match.group(2), 16)
        pieces.append(Piece(start + match.start(), start + match.end(), chr(code)))
        position = match.end()
    if position < len(raw):
        pieces.extend(_chars(raw[position:], start + position))
    return pieces


def percent_decoded(value: str) -> tuple[str, str]:
    """A URL value percent-decoded (UTF-8, else GB18030) and the encoding that read it."""
    if "%" not in value:
        return value, ""
    raw = unquote_to_bytes(value)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return value, ""


def percent_encoded(value: str, encoding: str) -> str:
    return quote(value, safe=URL_SAFE + "%", encoding=encoding or "utf-8") if encoding else value


class _Tokens(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = text
        self.nodes: list[Node] = []
        self.line_starts = [0]
        for match in re.finditer("\n", text):
            self.line_starts.append(match.end())
        self.stack: list[tuple[str, bool]] = []
        self.current: Node | None = None
        self.in_script = False

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _flush(self) -> None:
        if self.current is not None and self.current.text.strip():
            self.nodes.append(self.current)
        self.current = None

    def _text(self, pieces: list[Piece]) -> None:
        kind = "script" if self.in_script else "text"
        if self.current is None or self.current.kind != kind:
            self._flush()
            self.current = Node(kind, hidden=self._hidden())
        self.current.pieces.extend(pieces)

    def _hidden(self) -> bool:
        return any(hidden for _, hidden in self.stack)

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[override]
        if tag not in INLINE:
            self._flush()
        start = self._position()
        raw = self.get_starttag_text() or ""
        hidden = self._attributes(tag, raw, start)
        if tag not in {"br", "img", "input", "meta", "link", "hr", "area", "base", "col", "embed", "source", "track", "wbr", "param"}:
            self.stack.append((tag, hidden or tag in {"template"}))
            if len(self.stack) > MAX_DEPTH:
                raise InputError("html_too_deep", limit=MAX_DEPTH)
        self.in_script = tag in {"script", "style"}

    def handle_startendtag(self, tag: str, attrs: list) -> None:  # type: ignore[override]
        if tag not in INLINE:
            self._flush()
        self._attributes(tag, self.get_starttag_text() or "", self._position())

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE:
            self._flush()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        self.in_script = False

    def _attributes(self, tag: str, raw: str, start: int) -> bool:
        """Read the tag's attributes from its source; whether it hides its content."""
        name_end = len(tag) + 1
        hidden = False
        for match in _ATTRIBUTE.finditer(raw, name_end):
            name = match.group(1).lower()
            group = next((g for g in (2, 3, 4) if match.group(g) is not None), None)
            if name == "hidden" or (name == "type" and (match.group(2) or match.group(4) or "").lower() == "hidden"):
                hidden = True
            if group is None:
                continue
            value = match.group(group)
            if name == "style" and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", value, re.I):
                hidden = True
            if name in STRUCTURAL or not value.strip():
                continue
            value_start = start + match.start(group)
            node = Node(
                "attribute",
                name=name,
                value_start=value_start,
                value_end=value_start + len(value),
                quote={2: '"', 3: "'", 4: ""}[group],
                hidden=hidden or self._hidden(),
            )
            decoded = html.unescape(value)
            if name in URL_ATTRIBUTES or name.startswith("data-") or name == "content":
                decoded, node.encoding = percent_decoded(decoded)
            node.pieces = [Piece(value_start, value_start + len(value), decoded)]
            self.nodes.append(node)
            data = _data_uri(decoded)
            if data is not None:
                self.nodes.append(Node("data-uri", [Piece(value_start, value_start + len(value), data)], name=name, value_start=value_start, value_end=value_start + len(value)))
        return hidden

    def handle_data(self, data: str) -> None:
        start = self._position()
        if self.in_script:
            self._text(_escapes(data, start))
        else:
            self._text(_chars(data, start))

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def _reference(self, written: str) -> None:
        start = self._position()
        end = start + len(written)
        if self.source[start:end] != written:  # written without the semicolon
            end -= 1
        self._text([Piece(start, end, html.unescape(self.source[start:end]))])

    def handle_comment(self, data: str) -> None:
        self._flush()
        start = self._position() + 4
        self.nodes.append(Node("comment", _chars(data, start)))

    def unknown_decl(self, data: str) -> None:  # <![CDATA[ … ]]>
        self._flush()
        self.nodes.append(Node("comment", _chars(data, self._position() + 3)))

    def handle_pi(self, data: str) -> None:  # <?php … ?>
        self._flush()
        self.nodes.append(Node("comment", _chars(data, self._position() + 2)))

    def close(self) -> None:
        super().close()
        self._flush()


def _data_uri(value: str) -> str | None:
    match = re.match(r"data:([^,;]*)(?:;[^,]*)?;base64,(.*)$", value.strip(), re.S)
    if not match or is_raster_image(match.group(1)):
        # A picture's bytes are no text (read as text they look like IDs and WeChat names);
        # ingest reports the picture as unverifiable instead.
        return None
    try:
        decoded = base64.b64decode(match.group(2), validate=False)
    except (binascii.Error, ValueError):
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return decoded.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def is_raster_image(media_type: str) -> bool:
    """A ``data:`` URI's media type names a picture whose pixels are not text (SVG is text)."""
    kind = media_type.strip().lower()
    return kind.startswith("image/") and not kind.startswith("image/svg")


DATA_IMAGE = re.compile(r"data:\s*(image/[\w.+-]+)[^,]*;base64,", re.I)


def nodes(text: str) -> list[Node]:
    parser = _Tokens(text)
    parser.feed(text)
    parser.close()
    return [n for n in parser.nodes if n.text.strip()]


def is_functional_comment(text: str) -> bool:
    """Conditional comments and server-side include directives do something: they stay."""
    stripped = text.strip()
    return stripped.startswith(("[if", "<![endif", "#")) or stripped.endswith("<![endif]")
