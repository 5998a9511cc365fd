"""Helpers for the lint tests: expected-finding markers and small workspaces."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
REPO = Path(__file__).resolve().parents[2]
EXPECT = re.compile(r"<!--\s*expect:\s*([A-Z0-9,:\s]+?)\s*-->")


def split_expectations(text: str) -> tuple[str, set[tuple[int, str]]]:
    """The text without ``<!-- expect: CODE, … -->`` markers, and the expected (line, code) pairs.

    A marker may give the column too (``CODE:COL``, 1-based, in characters): see ``expected_columns``.
    """
    expected: set[tuple[int, str]] = set()
    lines = []
    for number, line in enumerate(text.split("\n"), 1):
        for match in EXPECT.finditer(line):
            expected.update((number, code.split(":")[0].strip()) for code in match.group(1).split(",") if code.strip())
        lines.append(EXPECT.sub("", line))
    return "\n".join(lines), expected


def expected_columns(text: str) -> set[tuple[int, str, int]]:
    """The (line, code, column) of every marker that gives a column (``<!-- expect: P001:12 -->``)."""
    found: set[tuple[int, str, int]] = set()
    for number, line in enumerate(text.split("\n"), 1):
        for match in EXPECT.finditer(line):
            for item in match.group(1).split(","):
                code, _, column = item.strip().partition(":")
                if column:
                    found.add((number, code, int(column)))
    return found


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped example workspace as the current folder."""
    shutil.copytree(REPO / "sections", tmp_path / "sections")
    monkeypatch.chdir(tmp_path)
    return tmp_path
