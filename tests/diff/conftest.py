"""Fixtures of the diff tests: a copy of the 青禾县水务局 workspace (2030, 2031) written for them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from diffkit import FIXTURES

from lawreport.diff import ReportDiff, compare
from lawreport.sources.loader import load_report
from lawreport.sources.workspace import load_workspace


@pytest.fixture
def water(tmp_path: Path) -> Path:
    """A workspace holding the fixture years 2030 and 2031."""
    root = tmp_path / "water"
    shutil.copytree(FIXTURES / "sections", root / "sections")
    return root


@pytest.fixture(scope="session")
def water_diff() -> ReportDiff:
    workspace = load_workspace(FIXTURES)
    return compare(load_report(workspace, 2030), load_report(workspace, 2031))


@pytest.fixture(scope="session")
def example_diff() -> ReportDiff:
    workspace = load_workspace(Path(__file__).resolve().parents[2])
    return compare(load_report(workspace, 2022), load_report(workspace, 2023))
