"""PDF fonts as the redaction's content rewriter needs them: how many bytes each code of a
string takes (the font's code space: one byte for a simple font; for a composite font its
CMap's, predefined or embedded), and each code's width as MuPDF reads it (``/Widths``,
``/W``, the font program), with the font's ascender and descender for a glyph's box.
Anything else (a vertical font, a CMap whose code space is not known here, a font MuPDF
cannot load) is ``Unsupported``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.pdflib import pymupdf
from stages.redact.pdf_lexer import Unsupported

mupdf = pymupdf.mupdf


# The code space of the predefined CMaps a Chinese (or CJK) PDF uses, as (bytes, low, high).
_ONE_TWO_EUC = ((1, 0x00, 0x80), (2, 0x8140, 0xFEFE))
_PREDEFINED: dict[str, tuple[tuple[int, int, int], ...]] = {
    "GB-EUC-H": ((1, 0x00, 0x80), (2, 0xA1A1, 0xFEFE)),
    "GB-EUC-V": ((1, 0x00, 0x80), (2, 0xA1A1, 0xFEFE)),
    "GBpc-EUC-H": ((1, 0x00, 0x80), (2, 0xA1A1, 0xFEFE)),
    "GBpc-EUC-V": ((1, 0x00, 0x80), (2, 0xA1A1, 0xFEFE)),
    "GBK-EUC-H": _ONE_TWO_EUC,
    "GBK-EUC-V": _ONE_TWO_EUC,
    "GBKp-EUC-H": _ONE_TWO_EUC,
    "GBKp-EUC-V": _ONE_TWO_EUC,
    "B5pc-H": _ONE_TWO_EUC,
    "ETen-B5-H": _ONE_TWO_EUC,
    "90ms-RKSJ-H": ((1, 0x00, 0x80), (2, 0x8140, 0x9FFC), (1, 0xA0, 0xDF), (2, 0xE040, 0xFCFC)),
    "KSCms-UHC-H": ((1, 0x00, 0x80), (2, 0x8141, 0xFEFE)),
}


@dataclass(slots=True)
class Font:
    """What laying out a string needs: how many bytes each code takes, its width (in 1/1000
    of the font size, as MuPDF reads it), and the font's ascender and descender."""

    desc: Any
    spaces: tuple[tuple[int, int, int], ...]  # (bytes, low, high) of the code space
    ascender: float
    descender: float
    widths: dict[int, float] = field(default_factory=dict)

    def codes(self, string: bytes) -> list[tuple[int, int, int]]:
        """(code, start, end) of each code of ``string``."""
        out = []
        i, n = 0, len(string)
        while i < n:
            for length, low, high in self.spaces:
                if i + length <= n and low <= int.from_bytes(string[i : i + length], "big") <= high:
                    break
            else:
                raise Unsupported("a code outside the font's code space")
            out.append((int.from_bytes(string[i : i + length], "big"), i, i + length))
            i += length
        return out

    def width(self, code: int) -> float:
        found = self.widths.get(code)
        if found is None:
            cid = mupdf.ll_pdf_lookup_cmap(self.desc.encoding, code)
            found = float(mupdf.ll_pdf_lookup_hmtx(self.desc, max(cid, 0)).w)
            self.widths[code] = found
        return found


def _code_spaces(pdf: pymupdf.Document, font_xref: int) -> tuple[tuple[int, int, int], ...]:
    subtype = pdf.xref_get_key(font_xref, "Subtype")[1]
    if subtype != "/Type0":
        return ((1, 0x00, 0xFF),)
    kind, value = pdf.xref_get_key(font_xref, "Encoding")
    if kind == "name":
        name = value.lstrip("/")
        if name.startswith("Identity-") or "UCS2" in name:
            return ((2, 0x0000, 0xFFFF),)
        if "UTF16" in name:
            return ((2, 0x0000, 0xD7FF), (4, 0xD800DC00, 0xDBFFDFFF), (2, 0xE000, 0xFFFF))
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        raise Unsupported(f"CMap {name}")
    if kind == "xref":
        stream = pdf.xref_stream(int(value.split()[0])) or b""
        spaces = []
        for block in re.findall(rb"begincodespacerange(.*?)endcodespacerange", stream, re.S):
            for low, high in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                spaces.append((len(low) // 2, int(low, 16), int(high, 16)))
        if spaces and b"usecmap" not in stream:
            return tuple(sorted(spaces, key=lambda s: s[0]))
    raise Unsupported("an embedded CMap without its own code space")


class Fonts:
    """The fonts of a document, loaded once each through MuPDF."""

    def __init__(self, pdf: pymupdf.Document) -> None:
        self.pdf = pdf
        self.native = mupdf.pdf_document_from_fz_document(pdf)
        self.loaded: dict[int, Font] = {}

    def get(self, resources: Any, name: bytes) -> Font:
        fonts = mupdf.pdf_dict_gets(resources, "Font")
        obj = mupdf.pdf_dict_gets(fonts, name.decode("latin-1")) if fonts.m_internal else None
        if obj is None or not obj.m_internal or not mupdf.pdf_is_indirect(obj):
            raise Unsupported("a font that is not an indirect object")
        xref = mupdf.pdf_to_num(obj)
        if xref in self.loaded:
            return self.loaded[xref]
        stack = mupdf.pdf_resource_stack()
        stack.resources = resources.m_internal
        stack.next = None
        try:
            desc = mupdf.ll_pdf_load_font(self.native.m_internal, stack, obj.m_internal)
        except Exception as exc:
            raise Unsupported("a font MuPDF cannot load") from exc
        if desc.wmode:
            raise Unsupported("a vertical font")
        font = Font(
            desc,
            _code_spaces(self.pdf, xref),
            mupdf.ll_fz_font_ascender(desc.font),
            mupdf.ll_fz_font_descender(desc.font),
        )
        self.loaded[xref] = font
        return font
