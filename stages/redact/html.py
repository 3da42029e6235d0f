"""HTML: the copy is the page's own text with each redacted span spliced out of the source
(never re-serialised by a parser, so the page stays intact): element text and script text have
the source characters of the span replaced (a character reference or ``\\u`` escape is replaced
whole; the placeholder is written as HTML text), an attribute value is written again whole
(percent-encoded as it was, quoted as it was), a base64 ``data:`` URI that held a value is
emptied. Comments that do nothing (not conditional comments, not server-side includes) are
dropped. As a safety net every node that still holds a redacted value (after NFKC folding) is
rewritten too. The copy keeps the page's encoding; the sanitized record goes beside it as
``<stem>.redacted.record.json``."""

from __future__ import annotations

import html
from collections.abc import Callable

from pipeline.errors import InputError
from pipeline.htmlpage import Node, is_functional_comment, percent_encoded
from pipeline.leakscan import Masker
from pipeline.messages import message
from pipeline.model import Document
from stages.redact.edits import node_edits, spliced


def _node_edits(node: Node, changes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Source edits for cuts ``changes`` (in the node's decoded text)."""
    if node.kind == "data-uri":
        return [(node.value_start, node.value_end, "data:,")]
    if node.kind == "attribute":
        text = spliced(node.text, changes)
        value = percent_encoded(text, node.encoding) if node.encoding else text
        escaped = html.escape(value, quote=True)
        if not node.quote and any(c in escaped for c in " \t\n=<>`"):
            escaped = f'"{escaped}"'
        return [(node.value_start, node.value_end, escaped)]
    edits: list[tuple[int, int, str]] = []
    positions = []
    at = 0
    for piece in node.pieces:
        positions.append((at, at + len(piece.text), piece))
        at += len(piece.text)
    for lo, hi, insert in changes:
        first = True
        for start, end, piece in positions:
            if end <= lo or start >= hi:
                continue
            text = html.escape(insert, quote=False) if node.kind == "text" else insert
            edits.append((piece.start, piece.end, text if first else ""))
            first = False
    return edits


def redact(
    document: Document,
    cuts: list,
    record: Callable[[list[dict]], bytes],
    secrets: list[tuple[str, str]],
) -> bytes:
    source = document.source
    found = source.nodes["html"]
    changes: dict[int, list[tuple[int, int, str]]] = {
        index or 0: edits for (_, index), edits in node_edits(document, cuts).items()
    }
    mask = Masker(secrets) if secrets else None
    edits: list[tuple[int, int, str]] = []
    dropped = 0
    for index, node in enumerate(found):
        if node.kind == "comment" and not is_functional_comment(node.text):
            edits.append((node.pieces[0].start - 4, node.pieces[-1].end + 3, ""))
            dropped += 1
            continue
        node_changes = changes.get(index, [])
        if not node_changes and mask is not None and mask(node.text) != node.text:
            masked = mask(node.text)
            node_changes = [(0, len(node.text), masked)] if node.kind == "attribute" else _diff(node.text, masked)
        if node_changes:
            edits.extend(_node_edits(node, node_changes))
    text = _splice(source.text, edits)
    notes = [_note("note_hidden_elements", count=dropped)] if dropped else []
    record(notes)
    try:
        return text.encode(source.encoding, errors="strict")
    except UnicodeEncodeError:
        raise InputError("copy_unencodable", format="HTML", encoding=source.encoding) from None


def _diff(old: str, new: str) -> list[tuple[int, int, str]]:
    """One change turning ``old`` into ``new`` (common prefix and suffix kept)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return [(start, end_old, new[start:end_new])]


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping source edits (an edit inside one already made is skipped)."""
    pieces: list[str] = []
    position = 0
    for start, end, insert in sorted(edits, key=lambda e: (e[0], -e[1])):
        if start < position:
            continue
        pieces.append(text[position:start])
        pieces.append(insert)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _note(code: str, **params: object) -> dict:
    return {"code": code, **params, "text": message(code, "zh", **params)}
