"""The standards forbid timed assertions in tests: wall time depends on the machine's load, not
on lawreport. Time budgets live in benchmarks/ (benchmarks/pathological.py for the DoS rows)."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import settings

TESTS = Path(__file__).resolve().parent
CLOCKS = {"perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "time", "time_ns", "process_time"}


def _reads_a_clock(node: ast.AST) -> bool:
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in CLOCKS:
                return True
    return False


def _timed_assertions(source: str) -> list[int]:
    """Lines of ``assert`` statements whose condition reads a clock, directly or through a name
    bound from a clock reading (``elapsed = perf_counter() - start``)."""
    tree = ast.parse(source)
    timed_names = {
        target.id
        for node in ast.walk(tree) if isinstance(node, ast.Assign) and _reads_a_clock(node.value)
        for target in node.targets if isinstance(target, ast.Name)
    }
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            names = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
            if _reads_a_clock(node.test) or (names & timed_names and _compares(node.test)):
                lines.append(node.lineno)
    return lines


def _compares(test: ast.expr) -> bool:
    return any(isinstance(n, ast.Compare) for n in ast.walk(test))


def test_the_detector_sees_timed_assertions() -> None:
    assert _timed_assertions("import time\nt = time.perf_counter()\nassert time.perf_counter() - t < 30\n") == [3]
    assert _timed_assertions("import time\nelapsed = time.monotonic() - 1\nassert elapsed < 2\n") == [3]
    assert _timed_assertions("assert result.returncode == 1\n") == []


def test_no_test_asserts_on_wall_time() -> None:
    found = [f"{path.relative_to(TESTS)}:{line}" for path in sorted(TESTS.rglob("*.py"))
             if path.name != Path(__file__).name for line in _timed_assertions(path.read_text("utf-8"))]
    assert found == [], "timed assertions (move the budget to benchmarks/): " + ", ".join(found)


def test_hypothesis_has_no_deadline() -> None:
    """Hypothesis' default 200 ms per example is a timed assertion too (tests/conftest.py)."""
    assert settings.default.deadline is None
