"""Exact simplifications of the OCR models' graphs, made when the engine loads them.

PaddleOCR's PP-OCRv4 detection and recognition models (and the line classifier) came to ONNX
through paddle2onnx, which spells out what PaddlePaddle computes as one layer in several
element-wise nodes. ONNX Runtime runs every node as a pass over the whole tensor, and on a
CPU those passes cost as much as the convolutions (a profile of the recognizer: Mul, Add,
Clip and Div half of its time). Three rewrites, each the same arithmetic in fewer passes:

- **hard-swish**: ``x * clip(x + 3, 0, 6) / 6`` (four nodes) is ``x * HardSigmoid(x)`` with
  alpha 1/6 and beta 1/2 (two nodes; ONNX Runtime fuses the HardSigmoid into the
  convolution before it);
- **convolution, then an affine**: PP-LCNetV3's learnable affine blocks multiply and add a
  scalar after a convolution: ``conv(x) * s + b`` is the convolution with weights ``W * s``
  and bias ``bias * s + b``;
- **an affine, then a convolution without padding**: ``conv(x * s + b)`` with no padding and
  one group is the convolution with weights ``W * s`` and bias ``bias + b * ΣW`` (with
  padding the borders would differ, so those are left alone).

The outputs agree with the original model's to float rounding (about 1e-6 on the
recognizer's probabilities; ``tests/test_ocr_graph.py`` compares them on a real line). A
model none of the patterns fit, or any failure, is run as shipped: slower, never different.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np


def simplified(path: str) -> tuple[bytes | None, int]:
    """The model at ``path`` rewritten (its serialized bytes) and how many rewrites were
    made, or (None, 0) when nothing was rewritten or the model could not be read."""
    try:
        import onnx

        model = onnx.load(path)
        count = _Graph(model.graph).simplify()
        if not count:
            return None, 0
        return model.SerializeToString(), count
    except Exception:  # any failure: the model is run as shipped
        return None, 0


class _Graph:
    def __init__(self, graph: Any) -> None:
        from onnx import numpy_helper

        self.graph = graph
        self.values: dict[str, np.ndarray] = {}
        for node in graph.node:
            if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
                self.values[node.output[0]] = numpy_helper.to_array(node.attribute[0].t)
        for init in graph.initializer:
            self.values[init.name] = numpy_helper.to_array(init)
        self.outputs = {out.name for out in graph.output}
        self._index()

    def _index(self) -> None:
        self.users: dict[str, list[Any]] = defaultdict(list)
        self.producer: dict[str, Any] = {}
        for node in self.graph.node:
            for name in node.input:
                self.users[name].append(node)
            for name in node.output:
                self.producer[name] = node

    def scalar(self, name: str) -> float | None:
        value = self.values.get(name)
        if value is None or value.size != 1 or value.dtype.kind != "f":
            return None
        return float(value.reshape(-1)[0])

    def only_user(self, name: str, op: str) -> Any:
        users = self.users.get(name, [])
        if len(users) != 1 or users[0].op_type != op or name in self.outputs:
            return None
        return users[0]

    def other(self, node: Any, name: str) -> str | None:
        rest = [i for i in node.input if i != name]
        return rest[0] if len(rest) == 1 and len(node.input) == 2 else None

    def add_initializer(self, name: str, value: np.ndarray) -> None:
        from onnx import numpy_helper

        self.graph.initializer.append(numpy_helper.from_array(value.astype(np.float32), name))
        self.values[name] = value

    def replace_nodes(self, drop: set[int], insert: dict[int, list[Any]] | None = None) -> None:
        insert = insert or {}
        nodes = []
        for node in self.graph.node:
            if id(node) in insert:
                nodes.extend(insert[id(node)])
            elif id(node) not in drop:
                nodes.append(node)
        del self.graph.node[:]
        self.graph.node.extend(nodes)
        self._index()

    def simplify(self) -> int:
        count = self.hard_swish() + self.conv_affine() + self.affine_conv()
        if count:
            self.prune()
        return count

    def _close(self, name: str, value: float) -> bool:
        found = self.scalar(name)
        return found is not None and abs(found - value) < 1e-6

    def hard_swish(self) -> int:
        from onnx import helper

        drop: set[int] = set()
        insert: dict[int, list[Any]] = {}
        for clip in list(self.graph.node):
            if clip.op_type != "Clip" or len(clip.input) != 3:
                continue
            if not (self._close(clip.input[1], 0.0) and self._close(clip.input[2], 6.0)):
                continue
            add = self.producer.get(clip.input[0])
            if add is None or add.op_type != "Add" or self.only_user(add.output[0], "Clip") is None:
                continue
            x = next((i for i in add.input if not self._close(i, 3.0)), None)
            if x is None or self.other(add, x) is None or not self._close(self.other(add, x) or "", 3.0):
                continue
            mul = self.only_user(clip.output[0], "Mul")
            if mul is None or self.other(mul, clip.output[0]) != x:
                continue
            div = self.only_user(mul.output[0], "Div")
            if div is None or div.input[0] != mul.output[0] or not self._close(div.input[1], 6.0):
                continue
            gate = clip.output[0] + "/hard_sigmoid"
            insert[id(add)] = [
                helper.make_node("HardSigmoid", [x], [gate], alpha=1.0 / 6.0, beta=0.5),
                helper.make_node("Mul", [x, gate], [div.output[0]]),
            ]
            drop |= {id(clip), id(mul), id(div)}
        if insert:
            self.replace_nodes(drop, insert)
        return len(insert)

    def affine(self, name: str) -> tuple[Any, Any, float, float] | None:
        """``name`` → Mul by a scalar → Add of a scalar, each the only user: (mul, add, s, b)."""
        mul = self.only_user(name, "Mul")
        if mul is None:
            return None
        s = self.scalar(self.other(mul, name) or "")
        add = self.only_user(mul.output[0], "Add")
        if s is None or add is None:
            return None
        b = self.scalar(self.other(add, mul.output[0]) or "")
        return None if b is None else (mul, add, s, b)

    def _conv_parts(self, conv: Any) -> tuple[np.ndarray, np.ndarray] | None:
        weights = self.values.get(conv.input[1]) if len(conv.input) > 1 else None
        if weights is None or weights.ndim != 4:
            return None
        bias = self.values.get(conv.input[2]) if len(conv.input) > 2 else np.zeros(weights.shape[0])
        if bias is None:
            return None
        return weights.astype(np.float64), bias.astype(np.float64)

    def conv_affine(self) -> int:
        drop: set[int] = set()
        renamed: dict[str, str] = {}
        for conv in list(self.graph.node):
            if conv.op_type != "Conv":
                continue
            found, parts = self.affine(conv.output[0]), self._conv_parts(conv)
            if found is None or parts is None:
                continue
            mul, add, s, b = found
            weights, bias = parts
            w_name, b_name = conv.output[0] + "/W", conv.output[0] + "/B"
            self.add_initializer(w_name, weights * s)
            self.add_initializer(b_name, bias * s + b)
            conv.input[:] = [conv.input[0], w_name, b_name]
            renamed[add.output[0]] = conv.output[0]
            drop |= {id(mul), id(add)}
        for node in self.graph.node:
            for k, name in enumerate(node.input):
                if name in renamed:
                    node.input[k] = renamed[name]
        if drop:
            self.replace_nodes(drop)
        return len(renamed)

    def affine_conv(self) -> int:
        from onnx import helper

        drop: set[int] = set()
        for mul in list(self.graph.node):
            if mul.op_type != "Mul":
                continue
            sources = [i for i in mul.input if self.scalar(i) is None]
            if len(sources) != 1 or sources[0] in self.values:
                continue
            found = self.affine(sources[0])
            if found is None or found[0] is not mul:
                continue
            _, add, s, b = found
            conv = self.only_user(add.output[0], "Conv")
            parts = None if conv is None else self._conv_parts(conv)
            if conv is None or parts is None or conv.input[0] != add.output[0]:
                continue
            attrs = {a.name: helper.get_attribute_value(a) for a in conv.attribute}
            if any(attrs.get("pads", [])) or attrs.get("group", 1) != 1:
                continue
            if attrs.get("auto_pad", b"NOTSET") not in (b"NOTSET", b"VALID"):
                continue
            weights, bias = parts
            w_name, b_name = conv.output[0] + "/Wi", conv.output[0] + "/Bi"
            self.add_initializer(w_name, weights * s)
            self.add_initializer(b_name, bias + b * weights.sum(axis=(1, 2, 3)))
            conv.input[:] = [sources[0], w_name, b_name]
            drop |= {id(mul), id(add)}
        if drop:
            self.replace_nodes(drop)
        return len(drop) // 2

    def prune(self) -> None:
        """Drop the constants and weights no node reads any more."""
        used = {name for node in self.graph.node for name in node.input} | self.outputs
        keep = [
            node for node in self.graph.node
            if node.op_type != "Constant" or any(o in used for o in node.output)
        ]
        del self.graph.node[:]
        self.graph.node.extend(keep)
        inits = [init for init in self.graph.initializer if init.name in used]
        del self.graph.initializer[:]
        self.graph.initializer.extend(inits)
        graph_inputs = {i.name for i in self.graph.input}
        inputs = [i for i in self.graph.input if i.name in used or i.name not in self.values]
        if len(inputs) != len(graph_inputs):
            del self.graph.input[:]
            self.graph.input.extend(inputs)
        self._index()
