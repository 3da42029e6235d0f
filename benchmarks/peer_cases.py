"""The asserted cases of a peer project's pytest suite, read with ``ast`` (no code of it runs).

``peer_suite.py`` measures baomi on the test suite of neednlab/cn_pii_anonymization, a Chinese
PII anonymizer built on Presidio. This module turns that suite's Python source into plain
cases: an input text, the personal data the peer asserts must be found in it (type, value,
where), or the fact that the peer asserts nothing must be found. It imports nothing of the
peer and nothing of baomi, so it can be tested on inline source. How a test becomes a case,
and which tests do not, is documented in ``peer_suite.py``; the rules (here and in
``peer_reader.py``):

- a *detection call* is ``X.analyze(text, ...)``, ``X.process(text, ...)``,
  ``X.analyze_only(text, ...)``, ``benchmark(X.analyze, text, ...)`` or
  ``client.post("/api/v1/text/...", json={"text": ...})``; the text is evaluated from
  literals, ``parametrize`` rows, local assignments and fixtures (``+`` and ``*`` on strings,
  dict subscripts); ``entities=[...]`` or the second positional list is the peer's type filter;
- ``anonymizer.anonymize(text, results)``, ``response.json()`` and any assignment computed
  from a call's result (comprehensions, ``{r.entity_type for r in results}``,
  ``sum(1 for r in results if ...)``) stay tied to that call, with the comprehension's
  ``entity_type == "X"`` or ``text[r.start:r.end] == "v"`` condition as a filter;
- the asserts tied to a call give its facts: ``len(..) == n`` / ``>= n``, ``"CN_X" in``
  / ``not in`` the types, ``[0].entity_type == "CN_X"``, ``.original_text == "v"``,
  ``"v" in`` / ``not in`` the found names, ``has_pii`` (true or false), the anonymized text
  differing from the input or holding a mask (``*``/``#``), or equal to the input;
- ``assert [not] recognizer._is_valid_x(v)`` / ``_validate_x(v)`` / ``_luhn_check(v)`` over
  a literal list (usually in a ``for`` loop) is a *bare value* case: the text is the value
  alone, the type the one the same test class asserts in ``supported_entities``;
- values the peer does not spell out (it mostly asserts counts) are located by the shape of
  each asserted type (``SHAPES``) and must number what the peer asserts, else the case is
  listed as not converted.
"""

from __future__ import annotations

import ast
from typing import Any

from benchmarks.peer_literals import RecognizerRef, fixtures, parametrize
from benchmarks.peer_model import (
    SHAPE_PRIORITY,
    SHAPES,
    Case,
    Expected,
    Extraction,
    Skipped,
    shape_spans,
)
from benchmarks.peer_reader import Call, FunctionReader

__all__ = ["PEER_REPO", "Case", "Expected", "Extraction", "Skipped", "extract"]

PEER_REPO = "neednlab/cn_pii_anonymization"

# Hand judgments, each with its reason; everything else follows the rules above.
EXCLUDED_TESTS = {
    "test_recognize_address_without_ie_engine": (
        "asserts 0 results only because the peer's IE model is not loaded (its docstring "
        "says so); the text 地址：北京市朝阳区建国路88号 is an address of unknown owner, "
        "neither a positive nor a negative"
    ),
}
NOT_A_NAME = {
    "运行时名": (
        "not a personal name: the peer finds it only because the test puts it on the "
        "recognizer's deny list"
    ),
}
EMPTY = "empty text: the peer checks its own input handling, there is nothing to review"
NO_FACTS = "no assertion on what is detected (the asserts check layout, keys or status codes)"


def _value_spans(text: str, value: str, count: int, peer_type: str) -> list[Expected]:
    spans, at = [], text.find(value)
    while at >= 0 and len(spans) < count:
        spans.append(Expected(peer_type, value, at, at + len(value)))
        at = text.find(value, at + len(value))
    return spans


def _to_case(case_id: str, call: Call) -> Case | Skipped:
    facts, text = call.facts, call.text
    if call.config:
        return Skipped(case_id, text, call.config)
    types = sorted(facts.present_types | {t for _, t, n in facts.counts if t and n > 0})
    positive = bool(types or facts.values or facts.something) or any(
        n > 0 for _, _, n in facts.counts
    )
    lists = ""
    if call.recognizer and (call.recognizer.deny or call.recognizer.allow):
        lists = (
            f"peer recognizer configured with deny list {call.recognizer.deny} and allow list "
            f"{call.recognizer.allow}"
        )
    names = tuple(call.recognizer.deny) if call.recognizer else ()
    if not positive:
        checked = tuple(call.entities) or ("*",)
        return Case(case_id, text, [], True, checked, note=lists, names=names)
    notes = [lists] if lists else []
    absent = facts.absent_types | {t for _, t, n in facts.counts if t and n == 0}
    absent -= {t for t in absent if call.entities and t not in call.entities}  # filtered out
    if absent:
        notes.append(
            f"peer also asserts {sorted(absent)} not reported inside the found "
            "values (its overlap priority; nothing for a review to redact)"
        )
    if facts.values:
        pool = types or list(call.entities)
        expected: list[Expected] = []
        for value, count in facts.values:
            if value in NOT_A_NAME:
                return Skipped(case_id, text, NOT_A_NAME[value])
            fitting = [t for t in pool if t in SHAPES and SHAPES[t].fullmatch(value)]
            peer_type = pool[0] if len(pool) == 1 else fitting[0] if fitting else None
            if peer_type is None:
                return Skipped(case_id, text, f"no single peer type for the value {value!r}")
            spans = _value_spans(text, value, count, peer_type)
            if len(spans) < count:
                return Skipped(case_id, text, f"{value!r} occurs fewer than {count} times")
            expected += spans
        return Case(
            case_id,
            text,
            expected,
            False,
            tuple(sorted({e.peer_type for e in expected})),
            note="; ".join(notes),
            names=names,
        )
    shape_types = types or list(call.entities) or list(SHAPE_PRIORITY)
    expected = shape_spans(text, shape_types)
    for kind, peer_type, n in facts.counts:
        have = len([e for e in expected if peer_type is None or e.peer_type == peer_type])
        if (kind == "==" and have != n) or (kind == ">=" and have < n):
            return Skipped(
                case_id, text, f"{have} values of the asserted shape(s) for {kind} {n} asserted"
            )
    if not expected:
        return Skipped(case_id, text, "no value of the asserted type's shape in the text")
    if not types and not call.entities:
        notes.append("types not asserted by the peer: every value of a known shape is expected")
    return Case(
        case_id,
        text,
        expected,
        False,
        tuple(sorted({e.peer_type for e in expected})),
        note="; ".join(notes),
        names=names,
    )


def _class_type(cls: ast.ClassDef) -> str | None:
    """The one entity type a recognizer test class asserts in ``supported_entities``."""
    found = {
        n.left.value
        for n in ast.walk(cls)
        if isinstance(n, ast.Compare)
        and isinstance(n.left, ast.Constant)
        and isinstance(n.left.value, str)
        and ast.unparse(n.comparators[0]).endswith("supported_entities")
    }
    return found.pop() if len(found) == 1 else None


def _recognizer_types(trees: dict[str, ast.Module]) -> dict[str, str]:
    """Recognizer class name -> entity type, from each class's ``recognizer`` fixture."""
    out: dict[str, str] = {}
    for tree in trees.values():
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            peer_type = _class_type(cls)
            if peer_type is None:
                continue
            for value in fixtures(cls.body, {}).values():
                if isinstance(value, RecognizerRef):
                    out.setdefault(value.cls, peer_type)
    return out


def extract(sources: dict[str, str]) -> Extraction:
    """The cases of a pytest suite given as {path: source}; ``conftest.py`` fixtures are
    shared with every file."""
    out = Extraction()
    trees = {path: ast.parse(src, filename=path) for path, src in sorted(sources.items())}
    shared: dict[str, Any] = {}
    for path, tree in trees.items():
        if path.endswith("conftest.py"):
            shared.update(fixtures(tree.body, shared))
    recognizer_types = _recognizer_types(trees)
    for path, tree in trees.items():
        module_env = {**shared, **fixtures(tree.body, shared)}
        groups: list[tuple[str, list[ast.stmt], dict[str, Any], str | None]] = [
            (path, tree.body, module_env, None)
        ]
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            env = {**module_env, **fixtures(cls.body, module_env)}
            groups.append((f"{path}::{cls.name}", cls.body, env, _class_type(cls)))
        for prefix, body, env, class_type in groups:
            for func in body:
                if isinstance(func, ast.FunctionDef) and func.name.startswith("test"):
                    _read_function(
                        out, path, f"{prefix}::{func.name}", func, env, class_type, recognizer_types
                    )
    return out


def _read_function(
    out: Extraction,
    path: str,
    case_id: str,
    func: ast.FunctionDef,
    env: dict[str, Any],
    class_type: str | None,
    recognizer_types: dict[str, str],
) -> None:
    out.functions[path] += 1
    before = (len(out.cases), len(out.skipped))
    rows = parametrize(func, env)
    for index, row in enumerate(rows if rows is not None else [{}]):
        row_id = f"{case_id}[{index}]" if rows is not None else case_id
        local = {k: _copy(v) for k, v in env.items()}
        local.update(row)
        reader = FunctionReader(row_id, local, class_type, recognizer_types, out)
        reader.statements(func.body)
        for n, call in enumerate(reader.calls):
            call_id = row_id if len(reader.calls) == 1 else f"{row_id}#{n + 1}"
            if func.name in EXCLUDED_TESTS:
                out.skipped.append(Skipped(call_id, call.text, EXCLUDED_TESTS[func.name]))
            elif not call.text.strip():
                out.skipped.append(Skipped(call_id, call.text, EMPTY))
            elif not call.facts.any():
                out.skipped.append(Skipped(call_id, call.text, NO_FACTS))
            else:
                _append(out, _to_case(call_id, call))
    if (len(out.cases), len(out.skipped)) == before:
        out.no_detection[path] += 1


def _append(out: Extraction, item: Case | Skipped) -> None:
    if isinstance(item, Case):
        out.cases.append(item)
    else:
        out.skipped.append(item)


def _copy(value: Any) -> Any:
    # recognizer fixtures are function-scoped in the peer: each test gets fresh lists
    if isinstance(value, RecognizerRef):
        return RecognizerRef(value.cls, list(value.allow), list(value.deny))
    return value
