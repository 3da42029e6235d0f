"""PDF content streams as operations: the lexer the redaction's content rewriter
(``stages.redact.pdf_content``) reads a page with, each operation with its operands parsed and
the byte range it came from, so that everything not rewritten is copied byte for byte. Also
the writers of the few tokens the rewriter emits (numbers, hex strings, names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


class Unsupported(Exception):
    """A stream that cannot be rewritten exactly; the caller lets MuPDF redact the page."""


_WS = b" \t\r\n\f\x00"
_DELIM = b"()<>[]{}/%"
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_REGULAR = re.compile(rb"[^ \t\r\n\f\x00()<>\[\]{}/%]+")


@dataclass(slots=True)
class Name:
    value: bytes


@dataclass(slots=True)
class Op:
    """An operator with its operands and the byte range of the whole operation."""

    name: bytes
    operands: list[Any]
    start: int
    end: int


def _literal(data: bytes, i: int) -> tuple[bytes, int]:
    """The bytes of the literal string at ``data[i] == '('`` and the index past it."""
    out = bytearray()
    depth, i, n = 1, i + 1, len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= n:
                break
            e = data[i]
            simple = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
            if e in simple:
                out.append(simple[e])
            elif 0x30 <= e <= 0x37:
                j = i
                while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(int(data[i:j], 8) & 0xFF)
                i = j
                continue
            elif e == 0x0D:  # line continuation
                if i + 1 < n and data[i + 1] == 0x0A:
                    i += 1
            elif e == 0x0A:
                pass
            else:
                out.append(e)
            i += 1
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(c)
        i += 1
    return bytes(out), n


def _hex(data: bytes, i: int) -> tuple[bytes, int]:
    end = data.find(b">", i)
    end = len(data) if end < 0 else end
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[i + 1 : end])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii")), end + 1


def _inline_image_end(data: bytes, start: int) -> int:
    for match in re.finditer(rb"EI(?=[\s]|$)", data[start:]):
        at = start + match.start()
        if at == start or data[at - 1] in _WS:
            return at + 2
    return len(data)


def lex(data: bytes) -> list[Op]:
    """The operations of a content stream, each with its byte range."""
    ops: list[Op] = []
    stack: list[list[Any]] = [[]]
    op_start: int | None = None
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c in _WS:
            i += 1
            continue
        if c == 0x25:  # comment
            end = data.find(b"\n", i)
            i = n if end < 0 else end
            continue
        if op_start is None and len(stack) == 1 and not stack[0]:
            op_start = i
        if c == 0x28:
            value, i = _literal(data, i)
            stack[-1].append(value)
        elif data.startswith(b"<<", i):
            stack.append([])
            i += 2
        elif data.startswith(b">>", i):
            items = stack.pop() if len(stack) > 1 else []
            stack[-1].append(("dict", items))
            i += 2
        elif c == 0x3C:
            value, i = _hex(data, i)
            stack[-1].append(value)
        elif c == 0x5B:
            stack.append([])
            i += 1
        elif c == 0x5D:
            items = stack.pop() if len(stack) > 1 else []
            stack[-1].append(items)
            i += 1
        elif c == 0x2F:
            match = _REGULAR.match(data, i + 1)
            end = match.end() if match else i + 1
            stack[-1].append(Name(data[i + 1 : end]))
            i = end
        elif c in b"{})>":
            i += 1
        else:
            match = _REGULAR.match(data, i)
            end = match.end() if match else i + 1
            token = data[i:end]
            i = end
            if _NUMBER.fullmatch(token):
                stack[-1].append(float(token))
                continue
            if token in (b"true", b"false", b"null"):
                stack[-1].append(token)
                continue
            if len(stack) > 1:
                raise Unsupported("an operator inside an array or dictionary")
            if token == b"BI":
                stop = data.find(b"ID", i)
                stop = n if stop < 0 else _inline_image_end(data, stop + 3)
                ops.append(Op(b"BI", [], op_start or 0, stop))
                i = stop
            else:
                ops.append(Op(token, stack[0], op_start if op_start is not None else i, i))
            stack = [[]]
            op_start = None
    return ops


def number(value: float) -> bytes:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0") else "0").encode("ascii")


def hexstring(data: bytes) -> bytes:
    return b"<" + data.hex().upper().encode("ascii") + b">"


def name(value: str) -> bytes:
    """A name token for a name of ASCII letters and digits (the ones the rewriter makes)."""
    return b"/" + value.encode("ascii")
