"""Every row of the bad-input catalogue against the common guarantees (G1, G2, G3, G4).

For each case: no traceback, the expected exit code (never 3), the message names the file
and line, nothing in ``sections/`` changes, and when the command fails the previous
``build/`` outputs are byte-identical. The rows themselves are data in ``catalogue.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from catalogue import CASES, Case
from click.testing import CliRunner
from reltools import held_locks, tree_digest

from lawreport.cli import cli as group


def _html(root: Path) -> str:
    pages = list((root / "build/2023").glob("*.html"))
    assert len(pages) == 1, pages
    return pages[0].read_text("utf-8").replace("<wbr>", "")  # the page marks where a heading may wrap


def _points_at_token(case: Case, root: Path, report: str) -> None:
    """G2: the first ``file:line[:col]`` reported at ``case.where`` is on the line holding the
    offending token, and a column points at its first character (1-based, counted in characters
    after BOM and CRLF normalisation)."""
    assert case.where is not None and case.token is not None
    relative = case.where.split(":")[0]
    found = re.search(rf"^{re.escape(relative)}:(\d+)(?::(\d+))?", report, re.MULTILINE)
    assert found, f"no line number reported for {relative}:\n{report}"
    text = (root / relative).read_bytes().decode("utf-8").removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    line = lines[int(found[1]) - 1]
    assert case.token in line, f"line {found[1]} is {line!r}, without {case.token!r}"
    if found[2] is not None:
        column = int(found[2])
        assert line[column - 1:].startswith(case.token), (
            f"column {column} of {line!r} is {line[column - 1:]!r}, not {case.token!r}")


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_catalogue_row(case: Case, built_workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = built_workspace
    case.apply(root)
    sources_before = tree_digest(root / "sections")
    outputs_before = tree_digest(root / "build")
    monkeypatch.chdir(root)
    if case.patch is not None:
        case.patch(monkeypatch)
    result = CliRunner().invoke(group, list(case.args), prog_name="lawreport")
    monkeypatch.undo()
    output = result.stdout + result.stderr

    assert "Traceback" not in output, output
    assert result.exit_code == case.exit, f"exit {result.exit_code}, expected {case.exit}\n{output}"
    assert result.exit_code != 3
    report = output if case.args[0] == "lint" else result.stderr  # lint: findings on stdout, refusals on stderr
    for fragment in case.message:
        assert fragment in report, f"{fragment!r} not in the message:\n{output}"
    if case.where is not None:
        # at the start of a line: relative to the workspace, not an absolute path that merely ends so
        assert ("\n" + report).count("\n" + case.where), f"{case.where!r} not named:\n{output}"
    if case.token is not None:
        _points_at_token(case, root, report)
    sources_after = tree_digest(root / "sections")
    for written in (root / "sections" / (case.creates or "-")).rglob("*"):
        content = written.read_bytes() if written.is_file() else b""
        for fragment in case.written_absent:
            assert fragment.encode() not in content, f"{fragment!r} written to {written}"
    if case.creates is not None:
        sources_after = {k: v for k, v in sources_after.items() if not k.startswith(case.creates + "/")}
        assert (root / "sections" / case.creates).is_dir() == (case.exit == 0)
    assert sources_after == sources_before, "sections/ was modified"
    for fragment in case.quiet:
        assert fragment not in output, f"{fragment!r} mentioned:\n{output}"
    for fragment in case.stdout:
        assert fragment in result.stdout, f"{fragment!r} not in stdout:\n{result.stdout}"
    if case.exit != 0:
        after = tree_digest(root / "build")
        assert after == outputs_before, "previous build/ outputs changed"
    elif case.args[0] == "build":
        assert "已生成" in result.stdout or "未变化" in result.stdout, output
    if case.html_contains or case.html_absent:
        page = _html(root)
        for fragment in case.html_contains:
            assert fragment in page, fragment
        for fragment in case.html_absent:
            assert fragment not in page, fragment
    leftovers = [p.name for p in (root / "build").rglob(".lawreport-tmp-*")]
    assert leftovers == []
    if not case.id.startswith("FS7") or case.exit == 0:
        assert not held_locks(root / "build"), "lock not released"
