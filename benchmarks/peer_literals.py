"""Evaluating the literal parts of a pytest file without running it (peer-suite benchmark).

Texts in the peer's tests are literals, ``parametrize`` rows, local variables and fixtures,
sometimes built with ``+`` and ``*``; recognizer fixtures carry allow and deny lists.
``evaluate`` computes what it can and returns ``UNKNOWN`` for the rest (an engine, a mock).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any


class _Unknown:
    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


@dataclass(slots=True)
class RecognizerRef:
    """``CNxxxRecognizer(...)`` as a fixture or local value, with its name lists."""

    cls: str
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)


def evaluate(node: ast.AST | None, env: dict[str, Any]) -> Any:
    """The value of a literal-ish expression, or UNKNOWN."""
    if node is None:
        return UNKNOWN
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env.get(node.id, UNKNOWN)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        items = [evaluate(e, env) for e in node.elts]
        return UNKNOWN if any(i is UNKNOWN for i in items) else items
    if isinstance(node, ast.Dict):
        keys = [evaluate(k, env) for k in node.keys]
        # values may be unknown (an operator table): keep what is known
        return {
            k: evaluate(v, env) for k, v in zip(keys, node.values, strict=True) if k is not UNKNOWN
        }
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mult):
        left, right = evaluate(node.left, env), evaluate(node.right, env)
        if left is UNKNOWN or right is UNKNOWN:
            return UNKNOWN
        try:
            return left + right if isinstance(node.op, ast.Add) else left * right
        except TypeError:
            return UNKNOWN
    if isinstance(node, ast.Subscript):
        base, key = evaluate(node.value, env), evaluate(node.slice, env)
        if isinstance(base, dict | list | str) and key is not UNKNOWN:
            try:
                return base[key]
            except (KeyError, IndexError, TypeError):
                return UNKNOWN
        return UNKNOWN
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id.startswith("CN")
        and node.func.id.endswith("Recognizer")
    ):
        kw = {k.arg: evaluate(k.value, env) for k in node.keywords}
        return RecognizerRef(
            node.func.id,
            allow=list(kw.get("allow_list") or []),
            deny=list(kw.get("deny_list") or []),
        )
    return UNKNOWN


def _fixture_value(func: ast.FunctionDef, env: dict[str, Any]) -> Any:
    local = dict(env)
    for stmt in func.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                local[target.id] = evaluate(stmt.value, local)
        elif isinstance(stmt, ast.Return):
            return evaluate(stmt.value, local)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Yield):
            return evaluate(stmt.value.value, local)
    return UNKNOWN


def _is_fixture(func: ast.FunctionDef) -> bool:
    return any("fixture" in ast.unparse(d) for d in func.decorator_list)


def fixtures(body: list[ast.stmt], env: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef) and _is_fixture(stmt):
            out[stmt.name] = _fixture_value(stmt, {**env, **out})
    return out


def parametrize(func: ast.FunctionDef, env: dict[str, Any]) -> list[dict[str, Any]] | None:
    """One binding per ``pytest.mark.parametrize`` row (None without parametrize)."""
    rows: list[dict[str, Any]] | None = None
    for dec in func.decorator_list:
        if not (
            isinstance(dec, ast.Call)
            and isinstance(dec.func, ast.Attribute)
            and dec.func.attr == "parametrize"
        ):
            continue
        names = [n.strip() for n in str(evaluate(dec.args[0], env)).split(",")]
        values = dec.args[1].elts if isinstance(dec.args[1], ast.List | ast.Tuple) else []
        these: list[dict[str, Any]] = []
        for row in values:
            items = row.elts if isinstance(row, ast.Tuple) and len(names) > 1 else [row]
            these.append({n: evaluate(v, env) for n, v in zip(names, items, strict=False)})
        rows = these if rows is None else [{**a, **b} for a in rows for b in these]
    return rows
