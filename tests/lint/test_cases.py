"""Whole-file cases: every finding is expected by an inline marker, and every marker is found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lawreport.lint.session import run

from .conftest import CASES, REPO, expected_columns, split_expectations


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("*.md")))
def test_markdown_case(name, tmp_path, monkeypatch):
    shutil.copytree(REPO / "sections" / "2023", tmp_path / "sections" / "2023")
    monkeypatch.chdir(tmp_path)
    source = (CASES / name).read_text(encoding="utf-8")
    text, expected = split_expectations(source)
    # keep the directives (the case is about them) but drop the expectation markers
    target = tmp_path / "sections" / "2023" / "measures.md"
    target.write_text(text, encoding="utf-8")
    outcome = run(["2023"])
    found = {(d.line, d.code) for d in outcome.diagnostics if d.path.name == "measures.md"}
    others = [d for d in outcome.diagnostics if d.path.name != "measures.md"]
    assert found == expected
    assert expected_columns(source) <= {(d.line, d.code, d.column) for d in outcome.diagnostics}
    assert not others


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("*.txt")))
def test_received_case(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = (CASES / name).read_text(encoding="utf-8")
    text, expected = split_expectations(source)
    target = Path(tmp_path / name)
    target.write_text(text, encoding="utf-8")
    outcome = run([str(target)])
    assert {(d.line, d.code) for d in outcome.diagnostics} == expected
    assert expected_columns(source) <= {(d.line, d.code, d.column) for d in outcome.diagnostics}
