"""Fixtures for the reliability suite: a built example workspace, and tree hashing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reltools import REPO, tree_digest  # noqa: F401 - re-exported for fixtures


@pytest.fixture(scope="session")
def built_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example workspace, built once per session (copied for each case)."""
    from lawreport.cli import main

    root = tmp_path_factory.mktemp("template") / "ws"
    shutil.copytree(REPO / "sections", root / "sections")
    cwd = Path.cwd()
    os.chdir(root)
    try:
        assert main(["build", "2023"]) == 0
    finally:
        os.chdir(cwd)
    return root


@pytest.fixture
def built_workspace(built_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built example workspace (sections/ and build/2023/)."""
    root = tmp_path / "ws"
    shutil.copytree(built_template, root, symlinks=True)
    return root
