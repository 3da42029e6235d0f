"""Reading one test function of the peer's suite: its detection calls and what its asserts say.

Part of the peer-suite benchmark (rules in ``peer_cases.py``). ``FunctionReader`` walks a
test body in order with the values it can evaluate, ties every name computed from a
detection call's result to that call (with the type or value a comprehension filters on),
and turns each assert on it into ``Facts``. Validator asserts over literal values become bare
value cases directly.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any

from benchmarks.peer_literals import UNKNOWN, RecognizerRef, evaluate
from benchmarks.peer_model import Case, Expected, Extraction, Skipped, shape_spans

CONFIG_KWARGS = {
    "score_threshold": "the peer's score threshold of 1.01 hides every result (a setting, not the text)",
    "allow_list": "the peer's allow list hides the value (a setting, not the text)",
}
DETECT_METHODS = {"analyze", "process", "analyze_only"}
VALIDATOR = re.compile(r"^_(is_valid_\w+|validate_\w+|luhn_check)$")


@dataclass(slots=True)
class Facts:
    present_types: set[str] = field(default_factory=set)
    absent_types: set[str] = field(default_factory=set)
    counts: list[tuple[str, str | None, int]] = field(default_factory=list)  # (op, type, n)
    values: list[tuple[str, int]] = field(default_factory=list)  # (value, occurrences)
    absent_values: set[str] = field(default_factory=set)
    something: bool = False
    nothing: bool = False

    def any(self) -> bool:
        return bool(
            self.present_types
            or self.absent_types
            or self.counts
            or self.values
            or self.absent_values
            or self.something
            or self.nothing
        )


@dataclass(slots=True)
class Call:
    """A detection call of a test and the facts its asserts state."""

    text: str
    entities: tuple[str, ...]
    config: str | None
    recognizer: RecognizerRef | None
    facts: Facts = field(default_factory=Facts)


@dataclass(slots=True)
class View:
    """A name bound to (a filtered view of) a call's result."""

    call: Call
    type_filter: str | None = None
    value_filter: str | None = None
    kind: str = "results"  # or "types" ({r.entity_type ...}), "names" ([text[r.start:r.end] ...])


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _is_output_text(node: ast.AST) -> bool:
    src = ast.unparse(node)
    return src.endswith((".text", ".anonymized_text", "['anonymized_text']"))


class FunctionReader:
    """Walks one test function with one parametrize binding, collecting detection calls."""

    def __init__(
        self,
        case_id: str,
        env: dict[str, Any],
        class_type: str | None,
        recognizer_types: dict[str, str],
        out: Extraction,
    ) -> None:
        self.case_id = case_id
        self.env = env
        self.class_type = class_type
        self.recognizer_types = recognizer_types
        self.out = out
        self.calls: list[Call] = []
        self.values_seen = 0

    # a detection call, or None
    def _call(self, node: ast.AST) -> Call | View | None:
        if not isinstance(node, ast.Call):
            return None
        func, args, kwargs = node.func, list(node.args), {k.arg: k.value for k in node.keywords}
        if isinstance(func, ast.Name) and func.id == "benchmark" and args:
            func, args = args[0], args[1:]
        if not isinstance(func, ast.Attribute):
            return None
        if func.attr == "anonymize" and len(args) >= 2:  # anonymizes an earlier call's results
            return self._view_of(args[1])
        if func.attr == "json" and isinstance(func.value, ast.Name):
            return self._view_of(func.value)
        recognizer = evaluate(func.value, self.env)
        if func.attr in DETECT_METHODS and args:
            text = evaluate(args[0], self.env)
            entities = evaluate(
                kwargs.get("entities") or (args[1] if len(args) > 1 else None), self.env
            )
        elif func.attr == "post" and args and "/text/" in str(evaluate(args[0], self.env)):
            body = evaluate(kwargs.get("json"), self.env)
            body = body if isinstance(body, dict) else {}
            text, entities = body.get("text", UNKNOWN), body.get("entities")
        else:
            return None
        if not isinstance(text, str):
            return None
        config = next((why for k, why in CONFIG_KWARGS.items() if k in kwargs), None)
        ents = tuple(entities) if isinstance(entities, list) else ()
        call = Call(
            text, ents, config, recognizer if isinstance(recognizer, RecognizerRef) else None
        )
        self.calls.append(call)
        return call

    def _view_of(self, node: ast.AST) -> View | None:
        for name in _names(node):
            bound = self.env.get(name)
            if isinstance(bound, View):
                return bound
            if isinstance(bound, Call):
                return View(bound)
        return None

    def _derived(self, node: ast.AST) -> View | None:
        view = self._view_of(node)
        # the output text, its lines or a dict of the result are not the detected entities
        if view is None or re.search(r"\.text\b|anonymized_text|\.to_dict\(", ast.unparse(node)):
            return None
        type_filter, value_filter, kind = view.type_filter, view.value_filter, view.kind
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp):
            if ast.unparse(node.elt).endswith("entity_type"):
                kind = "types"
            elif isinstance(node.elt, ast.Subscript) and isinstance(node.elt.slice, ast.Slice):
                kind = "names"
        for comp in ast.walk(node):
            if isinstance(comp, ast.comprehension):
                for cond in comp.ifs:
                    if isinstance(cond, ast.Compare) and isinstance(
                        cond.comparators[0], ast.Constant
                    ):
                        const = cond.comparators[0].value
                        if ast.unparse(cond.left).endswith("entity_type"):
                            type_filter = const
                        elif isinstance(cond.left, ast.Subscript):
                            value_filter = const
        return View(view.call, type_filter, value_filter, kind)

    def statements(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            self._assign(stmt.targets[0], stmt.value)
        elif isinstance(stmt, ast.Expr):
            self._expr(stmt.value)
        elif isinstance(stmt, ast.Assert):
            self._assert(stmt.test)
        elif isinstance(stmt, ast.For):
            items = evaluate(stmt.iter, self.env)
            if isinstance(items, list) and isinstance(stmt.target, ast.Name):
                for item in items:
                    self.env[stmt.target.id] = item
                    self.statements(stmt.body)
            else:
                self.statements(stmt.body)
        elif isinstance(stmt, ast.With | ast.If):
            self.statements(stmt.body)

    def _assign(self, target: ast.expr, value: ast.expr) -> None:
        if not isinstance(target, ast.Name):
            return
        call = self._call(value)
        if call is not None:
            self.env[target.id] = call
            return
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr == "_calculate_score"
        ):
            arg = evaluate(value.args[0], self.env) if value.args else UNKNOWN
            if isinstance(arg, str):
                self._skip(
                    arg, "asserts a confidence score of the value, not whether it is detected"
                )
            self.env[target.id] = UNKNOWN
            return
        derived = self._derived(value)
        self.env[target.id] = derived if derived is not None else evaluate(value, self.env)

    def _expr(self, node: ast.expr) -> None:
        # recognizer.set_deny_list([...]) / set_allow_list([...]) change a fixture's lists
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            ref = evaluate(node.func.value, self.env)
            arg = evaluate(node.args[0], self.env) if node.args else UNKNOWN
            if isinstance(ref, RecognizerRef) and isinstance(arg, list):
                lists = {"set_deny_list": "deny", "set_allow_list": "allow"}
                if node.func.attr in lists:
                    setattr(ref, lists[node.func.attr], [a for a in arg if a])

    def _skip(self, text: str, reason: str) -> None:
        self.values_seen += 1
        self.out.skipped.append(Skipped(f"{self.case_id}#{self.values_seen}", text, reason))

    def _validator(self, test: ast.expr) -> bool:
        positive = True
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            positive, test = False, test.operand
        if not (
            isinstance(test, ast.Call)
            and isinstance(test.func, ast.Attribute)
            and VALIDATOR.match(test.func.attr)
            and test.args
        ):
            return False
        value = evaluate(test.args[0], self.env)
        if not isinstance(value, str):
            return False
        if "birth_date" in test.func.attr:
            self._skip(
                value, "a birth-date fragment of an ID number, not a value that appears alone"
            )
            return True
        receiver = evaluate(test.func.value, self.env)
        cls = receiver.cls if isinstance(receiver, RecognizerRef) else ast.unparse(test.func.value)
        peer_type = self.recognizer_types.get(cls) or self.class_type
        if peer_type is None:
            self._skip(value, f"no entity type known for {cls}")
            return True
        if not value.strip():
            self._skip(value, "empty string: there is no text to review")
            return True
        self.values_seen += 1
        case_id = f"{self.case_id}#{self.values_seen}"
        if not positive:
            self.out.cases.append(Case(case_id, value, [], True, (peer_type,), "bare value"))
            return True
        found = shape_spans(value, [peer_type])
        span = found[0] if len(found) == 1 else Expected(peer_type, value, 0, len(value))
        self.out.cases.append(Case(case_id, value, [span], False, (peer_type,), "bare value"))
        return True

    def _assert(self, test: ast.expr) -> None:
        if self._validator(test):
            return
        view = self._view_of(test)
        if view is None:
            return
        facts = view.call.facts
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            if ast.unparse(test.operand).endswith("has_pii"):
                facts.nothing = True
            return
        if ast.unparse(test).endswith(("has_pii", "has_pii']")):
            facts.something = True
            return
        if not isinstance(test, ast.Compare) or len(test.ops) != 1:
            return
        left, op, right = test.left, test.ops[0], test.comparators[0]
        lsrc = ast.unparse(left)
        rval = evaluate(right, self.env)
        if isinstance(left, ast.Call) and ast.unparse(left.func) == "len":
            n = rval
            if isinstance(n, int) and isinstance(op, ast.Eq | ast.GtE | ast.Gt):
                n += 1 if isinstance(op, ast.Gt) else 0
                kind = "==" if isinstance(op, ast.Eq) else ">="
                if view.value_filter:
                    facts.values.append((view.value_filter, n))
                else:
                    facts.counts.append((kind, view.type_filter, n))
            return
        if lsrc.endswith("has_pii']") or lsrc.endswith("has_pii"):
            if isinstance(op, ast.Is) and rval is True:
                facts.something = True
            elif isinstance(op, ast.Is) and rval is False:
                facts.nothing = True
            return
        if (
            isinstance(left, ast.Name)
            and isinstance(self.env.get(left.id), View)
            and view.value_filter
        ):
            if isinstance(op, ast.Eq) and isinstance(rval, int):  # sum(1 for r ... == "v") == n
                facts.values.append((view.value_filter, rval))
            return
        if isinstance(left, ast.Constant) and isinstance(left.value, str):
            const = left.value
            if _is_output_text(right):
                if isinstance(op, ast.In) and re.search(r"[*#]{2,}", const):
                    facts.something = True
                return  # an original value left in the output: an artefact of a type filter
            if view.kind == "types" or (view.kind == "results" and const.startswith("CN_")):
                (facts.present_types if isinstance(op, ast.In) else facts.absent_types).add(const)
            elif view.kind == "names" and isinstance(op, ast.In):
                facts.values.append((const, 1))
            elif view.kind == "names" and isinstance(op, ast.NotIn):
                facts.absent_values.add(const)
            return
        if isinstance(op, ast.Eq) and isinstance(rval, str):
            if lsrc.endswith(("entity_type", "['entity_type']")):
                facts.present_types.add(rval)
            elif lsrc.endswith("original_text"):
                facts.values.append((rval, 1))
            elif _is_output_text(left) and rval == view.call.text:
                facts.nothing = True
            return
        if isinstance(op, ast.NotEq) and _is_output_text(left):
            facts.something = True
