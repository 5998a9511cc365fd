"""A build's outputs are one set (issue 15 point 6): all written to temporaries, then renamed;
when a rename fails, the message says exactly which files are new and which are old."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from lawreport.files.atomic import TEMP_PREFIX

TITLE = "示例县教育局2023年法治政府建设年度报告"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def built(cli, workspace: Path) -> Path:
    assert cli("build", "2023", cwd=workspace).exit_code == 0
    part = workspace / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n新增的一段，使输出改变。\n", "utf-8")
    return workspace / "build/2023"


def test_a_failed_second_rename_names_the_new_and_the_old_file(cli, workspace: Path, built: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    docx, html = built / f"{TITLE}.docx", built / f"{TITLE}.html"
    before = {docx: _digest(docx), html: _digest(html)}
    real = os.replace

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if str(target).endswith(".html"):
            raise OSError(errno.EIO, "Input/output error")
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    result = cli("build", "2023", cwd=workspace)
    monkeypatch.undo()
    assert result.exit_code == 2, result.output
    message = result.stderr
    assert f"无法替换 build/2023/{TITLE}.html" in message
    assert f"已是新生成的文件：build/2023/{TITLE}.docx" in message
    assert f"仍是上一次生成的文件：build/2023/{TITLE}.html" in message
    assert _digest(docx) != before[docx] and _digest(html) == before[html]
    assert not [p for p in built.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert cli("build", "2023", cwd=workspace).exit_code == 0  # the next build completes the set
    assert _digest(html) != before[html]


def test_a_failed_second_write_replaces_nothing(cli, workspace: Path, built: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the HTML is written: the DOCX is not replaced either."""
    before = {p.name: _digest(p) for p in built.iterdir() if p.suffix in (".docx", ".html")}
    real = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = cli("build", "2023", cwd=workspace)
    monkeypatch.undo()
    assert result.exit_code == 2 and "磁盘已满" in result.stderr and "原有文件保持不变" in result.stderr
    assert {p.name: _digest(p) for p in built.iterdir() if p.suffix in (".docx", ".html")} == before
    assert not [p for p in built.iterdir() if p.name.startswith(TEMP_PREFIX)]


def _syncs_before_renames(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the fsyncs and renames of build outputs, in order."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if str(target).endswith((".docx", ".html")):
            events.append("replace " + Path(target).suffix)
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


def test_an_output_that_replaces_a_file_reaches_the_disk_before_the_rename(
        cli, workspace: Path, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A power cut after the rename must leave the old or the new file, never an empty one."""
    events = _syncs_before_renames(monkeypatch)
    assert cli("build", "2023", cwd=workspace).exit_code == 0
    monkeypatch.undo()
    assert events == ["fsync", "fsync", "replace .docx", "replace .html"]


def test_a_new_output_is_renamed_without_waiting_for_the_disk(cli, workspace: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """With no previous output there is nothing a power cut could lose: no fsync (a torn new
    file no longer matches the build state's digest, so the next build writes it again)."""
    events = _syncs_before_renames(monkeypatch)
    assert cli("build", "2023", cwd=workspace).exit_code == 0
    monkeypatch.undo()
    assert events == ["replace .docx", "replace .html"]


def test_a_full_disk_on_a_first_build_leaves_nothing_behind(cli, workspace: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the first DOCX is written: exit 2, a Chinese message, no output
    and no temporary file."""
    from lawreport.files import atomic

    real = os.fdopen

    class Full:
        def __init__(self, handle) -> None:
            self.handle = handle

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: Full(real(fd, mode)))
    result = cli("build", "2023", cwd=workspace)
    monkeypatch.undo()
    assert result.exit_code == 2 and "磁盘已满" in result.stderr, result.output
    folder = workspace / "build/2023"
    left = [p.name for p in folder.iterdir()] if folder.exists() else []
    assert not [name for name in left if name.endswith((".docx", ".html")) or name.startswith(TEMP_PREFIX)], left
