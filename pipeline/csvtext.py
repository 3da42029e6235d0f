"""CSV as offices write it: decoding and a tokenizer that keeps every cell's place in the text,
shared by the stages that read and write CSV (ingest, redact).

Excel writes "CSV (逗号分隔)" in the ANSI code page (GBK on zh-CN Windows, read here as
GB18030, its superset: rare name characters such as 䶮 are outside GBK), "CSV UTF-8" with a BOM,
and "Unicode text" as tab-separated UTF-16LE with a BOM. Bytes are decoded BOM first, then as
strict UTF-8, then as GB18030 (never GB18030 first: UTF-8 bytes of 姓名 decode as GB18030
without an error, to mojibake).

Cells follow RFC 4180: a cell in double quotes may hold the delimiter, line breaks and doubled
quotes. ``cells`` gives each cell's raw span, so a redacted cell is written back in place and
every other byte of the file stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import InputError

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): the encoding is the one to write the copy in (BOM kept)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError("csv_not_text") from None
    if b"\x00" in data:
        raise InputError("csv_not_text")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError("csv_not_text")


def delimiter(text: str, suffix: str, encoding: str) -> str:
    """Tab for .tsv and UTF-16 "Unicode text"; otherwise the candidate that splits the first
    lines into the most equal numbers of cells."""
    if suffix == ".tsv" or encoding == "utf-16":
        return "\t"
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1.0
    for candidate in (",", "\t", ";", "|"):
        counts = [line.count(candidate) for line in lines]
        if not counts or max(counts) == 0:
            continue
        same = counts.count(max(set(counts), key=counts.count))
        score = same / len(counts) + (0.01 if candidate == "," else 0)
        if score > best_score:
            best, best_score = candidate, score
    return best


@dataclass(slots=True)
class Cell:
    """One cell: ``text[start:end]`` is its raw form (with its quotes, if quoted)."""

    row: int
    column: int
    start: int
    end: int
    quoted: bool
    value: str


def cells(text: str, sep: str) -> list[Cell]:
    out: list[Cell] = []
    row = column = 0
    i, n = 0, len(text)
    if text.startswith("\ufeff"):
        i = 1
    while i <= n:
        start = i
        if i < n and text[i] == '"':
            i += 1
            pieces = []
            while i < n:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        pieces.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                pieces.append(text[i])
                i += 1
            # Anything after the closing quote up to the delimiter belongs to the cell too.
            while i < n and text[i] not in (sep, "\r", "\n"):
                pieces.append(text[i])
                i += 1
            out.append(Cell(row, column, start, i, True, "".join(pieces)))
        else:
            while i < n and text[i] not in (sep, "\r", "\n"):
                i += 1
            out.append(Cell(row, column, start, i, False, text[start:i]))
        if i >= n:
            break
        if text[i] == sep:
            column += 1
            i += 1
            if i == n:
                out.append(Cell(row, column, i, i, False, ""))
                break
        else:  # a line break: \r\n, \n or \r
            i += 2 if text.startswith("\r\n", i) else 1
            row += 1
            column = 0
            if i == n:
                break
    return out


def quote(value: str, sep: str, was_quoted: bool) -> str:
    """A cell's raw form for ``value``: quoted if it was, or if it must be."""
    if was_quoted or any(c in value for c in (sep, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value
