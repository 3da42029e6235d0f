"""The package layout: the import graph of ``pipeline``, ``stages`` and ``recognizers``, read
with ``ast`` (every import, also those inside functions and under ``TYPE_CHECKING``).

* no import cycles, between modules or between the outer packages;
* no stage imports another stage (``stages.ingest.pdf`` may import ``stages.ingest``);
* the core (``pipeline`` outside its outer packages), the stages and the recognizers
  never import the workflow, the reports, the service, the batch, the sweep or the command
  line;
* no module of those outer packages is over 550 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "stages", "recognizers")
OUTER = (
    "pipeline.workflow",
    "pipeline.reports",
    "pipeline.service",
    "pipeline.batch",
    "pipeline.sweep",
    "pipeline.cli",
    "pipeline.web",
)
MAX_LINES = 550


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(target: str) -> str | None:
    """The module of ours that ``target`` (a dotted name) is, or is inside."""
    while target:
        if target in MODULES:
            return target
        target = target.rpartition(".")[0]
    return None


def _imports(name: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            # ``from pipeline import policy`` imports the module pipeline.policy.
            targets += [f"{base}.{alias.name}" for alias in node.names]
    found = {_resolve(t) for t in targets}
    return {t for t in found if t is not None and t != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _package(name: str) -> str:
    """The outer package a module belongs to, or ``core`` (the core, the stages and the
    recognizers depend on each other by design: the runner calls the stages, the registry
    finds the recognizers)."""
    return next((p for p in OUTER if name == p or name.startswith(p + ".")), "core")


def _outer(name: str) -> bool:
    return _package(name) != "core"


def _stage(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if parts[0] == "stages" and len(parts) > 1 else None


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_graph_is_read() -> None:
    # Guards the checks below against passing on an empty or unresolved graph.
    assert {"pipeline.runner", "pipeline.cli", "stages.detect", "recognizers.mobile"} <= set(
        MODULES
    )
    assert "pipeline.config" in GRAPH["pipeline.runner"]  # a module-level import
    assert "stages.detect" in GRAPH["pipeline.runner"]  # an import inside a function
    assert "pipeline.api" in GRAPH["pipeline"]  # under TYPE_CHECKING, and `from pipeline import`


def test_no_import_cycles() -> None:
    cycle = _cycle(GRAPH)
    assert cycle is None, " -> ".join(cycle or [])


def test_no_import_cycles_between_outer_packages() -> None:
    packages: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        package = _package(name)
        packages.setdefault(package, set()).update(
            _package(t) for t in targets if _package(t) != package
        )
    cycle = _cycle(packages)
    assert cycle is None, " -> ".join(cycle or [])


def test_stages_never_import_each_other() -> None:
    crossing = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if (stage := _stage(name)) is not None
        for target in targets
        if _stage(target) not in {None, stage}
    ]
    assert crossing == []


def test_core_stages_and_recognizers_never_import_the_outer_packages() -> None:
    inward = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if not _outer(name)
        for target in targets
        if _outer(target)
    ]
    assert inward == []


@pytest.mark.parametrize("package", OUTER)
def test_outer_packages_exist_and_their_modules_stay_small(package: str) -> None:
    members = [name for name in MODULES if name == package or name.startswith(package + ".")]
    assert members, f"{package} is missing"
    long = {
        name: lines
        for name in members
        if (lines := len(MODULES[name].read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
