"""Fixtures for the reliability suite: a built example workspace, and tree hashing."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (symlinks by their target path), by relative path."""
    digests: dict[str, str] = {}
    if not folder.exists():
        return digests
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            digests[key] = "link:" + os.readlink(path)
        elif path.is_file():
            digests[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


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
