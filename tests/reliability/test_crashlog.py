"""Crash logs (issue 15 point 7): a private per-user folder, created safely; the handler cannot fail."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lawreport.running.crashlog import crash_folder, write_crash_log

posix = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and owners")


def _boom() -> BaseException:
    try:
        raise ValueError("测试用的内部错误")
    except ValueError as exc:
        return exc


@posix
def test_the_log_is_private_in_the_users_own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    log = write_crash_log(_boom())
    assert log is not None and log.parent == crash_folder() == tmp_path / "state/lawreport/crash"
    assert stat.S_IMODE(os.stat(log.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600
    text = log.read_text("utf-8")
    assert "测试用的内部错误" in text and "Traceback" in text
    assert write_crash_log(_boom()) != log  # a new file each time


@posix
def test_a_planted_link_is_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone else made the folder a link (to a place they read, or to a file to overwrite)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "state/lawreport").mkdir(parents=True)
    (tmp_path / "state/lawreport/crash").symlink_to(elsewhere, target_is_directory=True)
    log = write_crash_log(_boom())
    assert log is not None and elsewhere not in log.parents and list(elsewhere.iterdir()) == []
    assert stat.S_IMODE(os.stat(log.parent).st_mode) == 0o700


@posix
def test_a_folder_others_may_write_to_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    shared = tmp_path / "state/lawreport/crash"
    shared.mkdir(parents=True)
    shared.chmod(0o777)
    log = write_crash_log(_boom())
    assert log is not None and log.parent != shared


def test_the_handler_cannot_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the folder nor a temporary one can be made (a full disk): no log, no exception."""
    import tempfile

    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # a file where the folder would be
    monkeypatch.setenv("LOCALAPPDATA", str(blocker))

    def full(*args: object, **kwargs: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    assert write_crash_log(_boom()) is None


def test_an_internal_error_without_a_log_still_gets_its_message(cli, workspace: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from lawreport.building import year

    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "full")))
    monkeypatch.setattr(year, "render_html", lambda *a, **k: 1 / 0)
    result = cli("build", "2023", "--force", cwd=workspace)
    assert result.exit_code == 3
    assert "ZeroDivisionError" in result.stderr and "无法写入崩溃日志" in result.stderr
    assert "Traceback" not in result.stderr
