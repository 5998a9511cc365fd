"""python-docx is a test dependency only: lawreport reads and writes .docx with lxml and zipfile
(lawreport/ooxml), so an ``import docx`` in lawreport would pass the tests (which install it) and
fail for users who install lawreport alone."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _modules(path: Path) -> set[str]:
    """The top-level modules ``path`` imports, lazy imports inside functions included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_lawreport_never_imports_python_docx() -> None:
    importing = sorted(str(p.relative_to(REPO)) for p in (REPO / "lawreport").rglob("*.py") if "docx" in _modules(p))
    assert importing == []
