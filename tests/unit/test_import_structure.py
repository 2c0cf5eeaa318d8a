"""The packages import each other without cycles, and no UI module imports the command line.

Imports inside functions and under ``TYPE_CHECKING`` count too: a cycle closed by a local
import is still a cycle to whoever reads the code.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("documents", "index", "glossary", "reader")


def _modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            modules[name.removesuffix(".__init__")] = path
    return modules


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules ``path`` imports (a package's name counts as its ``__init__``)."""

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(module for name in names if (module := known(name)))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, modules) - {name} for name, path in modules.items()}


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A path of imports from ``start`` back to itself, if there is one."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in graph[node]:
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def test_no_import_cycles() -> None:
    graph = _graph()
    cycles = [cycle for name in sorted(graph) if (cycle := _cycle_from(name, graph))]
    assert not cycles, " -> ".join(cycles[0])


def test_no_ui_module_imports_the_command_line() -> None:
    graph = _graph()
    offenders = {
        name: sorted(d for d in deps if d.startswith("reader.cli"))
        for name, deps in graph.items()
        if name.startswith("reader")
        and not name.startswith("reader.cli")
        and name != "reader.__main__"
        and any(d.startswith("reader.cli") for d in deps)
    }
    assert not offenders


def test_reading_screen_composes_features_and_mixes_in_none() -> None:
    """The reading screen composes and routes: it mixes in at most one project class and its
    module stays short; each feature is a widget under reader/features/ (no screen mixins)."""
    path = ROOT / "reader" / "screens" / "reading.py"
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    from_project = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reader")
        for alias in node.names
    }
    screen = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ReadingScreen")
    bases = [base.value if isinstance(base, ast.Subscript) else base for base in screen.bases]
    mixed_in = [ast.unparse(base) for base in bases if ast.unparse(base) in from_project]
    assert len(mixed_in) <= 1, mixed_in
    assert len(source.splitlines()) <= 400
    assert not sorted((ROOT / "reader" / "screens").glob("reading_*.py"))
