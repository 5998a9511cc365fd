"""Lint findings name their file as every other message does (lawreport.errors.display_path),
with forward slashes in every format."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lawreport.errors import display_path
from lawreport.lint.base import Diagnostic, Severity
from lawreport.lint.output import format_chunk


def _finding(path: Path) -> Diagnostic:
    return Diagnostic(path, 3, 2, "P001", "some-rule", Severity.ERROR, "消息")


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_a_file_below_the_current_folder_is_shown_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "sections" / "2023" / "报告.md"
    chunk = format_chunk(fmt, [_finding(path)], {}, [])
    assert "sections/2023/报告.md" in chunk and str(tmp_path) not in chunk
    assert display_path(path) == os.path.join("sections", "2023", "报告.md")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_file_reached_through_a_link_to_a_folder_below_is_shown_where_it_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As in every other message: the folders on the way are resolved, the file's own name is not.
    (Lint used to show the path through the link, or an absolute one when the link lay outside.)"""
    work = tmp_path / "work"
    (work / "sections" / "2023").mkdir(parents=True)
    (tmp_path / "shortcut").symlink_to(work / "sections", target_is_directory=True)
    monkeypatch.chdir(work)
    [item] = json.loads("[" + format_chunk("json", [_finding(tmp_path / "shortcut" / "2023" / "a.md")], {}, []) + "]")
    assert item["path"] == "sections/2023/a.md"


def test_a_file_outside_the_current_folder_keeps_its_whole_path(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    path = tmp_path / "elsewhere" / "a.md"
    [item] = json.loads("[" + format_chunk("json", [_finding(path)], {}, []) + "]")
    assert item["path"] == path.as_posix()
