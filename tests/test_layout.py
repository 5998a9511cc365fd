"""The code's layout stays readable (issue 16): packages import each other one way, and no module
grows past about 300 lines."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lawreport"
IMPORT = re.compile(r"^\s*(?:from|import) lawreport\.([a-z_]+)", re.M)
MAX_LINES = 320
"""About 300: a module a newcomer reads in one sitting."""


def _graph() -> dict[str, set[str]]:
    """Top-level package (or module) → the others it imports, lazy imports inside functions included."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        unit = parts[0].removesuffix(".py")
        graph.setdefault(unit, set()).update(name for name in IMPORT.findall(path.read_text("utf-8")) if name != unit)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle between packages, or [] (depth-first search)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == "open":
                return path[path.index(other):] + [other]
            if other not in state and (found := visit(other)):
                return found
        state[node] = "done"
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_packages_import_each_other_one_way() -> None:
    assert _cycle(_graph()) == [], "packages import each other in a circle: move the shared piece down"


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_the_graph_sees_lazy_imports() -> None:
    graph = _graph()
    assert "importing" in graph["received"]  # imported inside functions of received/__init__.py
    assert "commands" in graph["cli"]


def test_no_module_is_much_over_300_lines() -> None:
    long = {str(path.relative_to(PACKAGE)): count for path in PACKAGE.rglob("*.py")
            if (count := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert long == {}, "split these modules by what they do"
