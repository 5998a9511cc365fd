"""Helpers for the lint tests: expected-finding markers and small workspaces."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .expectations import expected_columns, split_expectations

CASES = Path(__file__).parent / "cases"
REPO = Path(__file__).resolve().parents[2]

__all__ = ["CASES", "REPO", "expected_columns", "split_expectations"]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped example workspace as the current folder."""
    shutil.copytree(REPO / "sections", tmp_path / "sections")
    monkeypatch.chdir(tmp_path)
    return tmp_path
