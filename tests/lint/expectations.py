"""The ``<!-- expect: CODE, … -->`` markers of the lint cases: what an editor marked on each line.

Used by the lint tests and by benchmarks/lint_precision.py.
"""

from __future__ import annotations

import re

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
