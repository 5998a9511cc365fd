"""The build lock (lawreport.files.lock, on the filelock library): never two holders, nothing stale."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from lawreport.errors import UsageError
from lawreport.files.lock import LOCK_NAME, exclusive

STARTERS = 3
TRIALS = 10


def _starter(folder: str, log: str, start: float) -> None:
    """Wait for the common start moment, then try to build: hold the lock a while, or be refused."""
    while time.time() < start:
        pass
    try:
        with exclusive(Path(folder)):
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"enter {os.getpid()} {time.monotonic_ns()}\n")
            time.sleep(0.05)
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"leave {os.getpid()} {time.monotonic_ns()}\n")
    except UsageError as exc:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"refused {os.getpid()} {'正在生成' in exc.message}\n")


def test_three_builds_starting_at_once_never_hold_the_lock_together(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")  # fresh interpreters, as three commands would be
    for trial in range(TRIALS):
        folder, log = tmp_path / f"out{trial}", tmp_path / f"log{trial}.txt"
        start = time.time() + 1.5  # after the interpreters have started
        processes = [context.Process(target=_starter, args=(str(folder), str(log), start)) for _ in range(STARTERS)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
            assert process.exitcode == 0
        events = [line.split() for line in log.read_text("utf-8").splitlines()]
        assert len([e for e in events if e[0] != "leave"]) == STARTERS, events
        assert all(e[2] == "True" for e in events if e[0] == "refused"), events  # refused with the message
        holding = 0
        for event in events:  # the log is appended in order: an "enter" while another holds is two holders
            if event[0] == "enter":
                holding += 1
                assert holding == 1, f"two holders in trial {trial}: {events}"
            elif event[0] == "leave":
                holding -= 1
        assert any(e[0] == "enter" for e in events)


def test_a_lock_file_left_by_a_killed_build_does_not_refuse(tmp_path: Path) -> None:
    (tmp_path / LOCK_NAME).write_text("999999999\n", "utf-8")
    with exclusive(tmp_path) as path:
        assert path.read_text("utf-8") == f"{os.getpid()}\n"


def test_a_second_holder_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with exclusive(tmp_path), pytest.raises(UsageError, match=f"进程 {os.getpid()}"):
        with exclusive(tmp_path):
            pass
    with exclusive(tmp_path):  # released: taken again
        pass


def test_no_space_for_the_lock_file_is_a_message_and_leaves_nothing(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import filelock

    def full(self: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / LOCK_NAME))

    monkeypatch.setattr(filelock.FileLock, "acquire", full)
    with pytest.raises(UsageError, match="磁盘已满"), exclusive(tmp_path):
        pass
    assert not (tmp_path / LOCK_NAME).exists()


def test_three_build_commands_at_once_one_builds_the_others_are_refused(workspace: Path) -> None:
    """End to end: three ``lawreport build`` started together on the same folder (each write slowed
    down by the test hook, so that they overlap): the refused ones say so, the outputs are whole."""
    import subprocess
    import sys
    import zipfile

    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo), "LAWREPORT_TEST_DELAY_WRITE": "0.5"}
    command = [sys.executable, "-m", "lawreport", "build", "2023", "--force"]
    starters = [subprocess.Popen(command, cwd=workspace, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for _ in range(STARTERS)]
    results = [(p.wait(timeout=300), p.stderr.read().decode("utf-8")) for p in starters]
    for p in starters:
        p.stdout.close()
        p.stderr.close()
    assert {code for code, _ in results} <= {0, 2}, results
    assert any(code == 0 for code, _ in results), results
    assert all("正在生成" in err for code, err in results if code == 2), results
    docx = next((workspace / "build/2023").glob("*.docx"))
    with zipfile.ZipFile(docx) as archive:
        assert archive.testzip() is None
