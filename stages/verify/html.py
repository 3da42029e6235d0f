"""HTML copies are read with lxml.html (the copy was written by splicing the source with the
standard library's tokenizer): the document's whole text (script, style and template bodies
included), every attribute value (percent-decoded from UTF-8 and GB18030, base64 ``data:``
URIs decoded), comments and processing instructions; and the raw text under every encoding
that could hold it, also with character references and ``\\u`` escapes decoded."""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import re
from pathlib import Path
from urllib.parse import unquote

from stages.verify.txt import extract as text_layers

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DATA = re.compile(r"data:[^,]*;base64,([A-Za-z0-9+/=\s]+)")

# Between the texts of one layer: kept by folding (a noncharacter, not whitespace), so two
# neighbouring texts never read as one value.
SEPARATOR = "\uffff"


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), html.unescape(text))


def _decoded_urls(value: str) -> list[str]:
    out = [value]
    if "%" in value:
        out += [unquote(value, encoding=e, errors="ignore") for e in ("utf-8", "gb18030")]
    for match in _DATA.finditer(value):
        with contextlib.suppress(binascii.Error, ValueError):
            raw = base64.b64decode(match.group(1))
            out += [raw.decode(e, errors="ignore") for e in ("utf-8", "gb18030")]
    return out


def extract(path: Path) -> list[tuple[str, str]]:
    import lxml.html
    from lxml import etree

    layers = text_layers(path)
    data = path.read_bytes()
    for encoding in ("utf-8", "gb18030", "utf-16"):
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode(encoding)
            layers.append((f"unescaped:{encoding}", _unescape(text)))
            layers.append((f"urls:{encoding}", SEPARATOR.join(_decoded_urls(text))))
            break
    else:
        text = data.decode("utf-8", errors="ignore")
    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser) if text.strip() else None
    if root is None:
        return layers
    texts = [root.text_content()]
    for element in root.iter():
        if isinstance(element, etree._Comment | etree._ProcessingInstruction):
            texts.append(element.text or "")
            continue
        for value in element.attrib.values():
            texts.extend(_unescape(v) for v in _decoded_urls(value))
    layers.append(("lxml.html", SEPARATOR.join(texts)))
    return layers
