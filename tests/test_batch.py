"""Several years in one call: all cores, same outputs as one at a time, errors per year, progress."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from lawreport.errors import UsageError
from lawreport.running import batch
from lawreport.running.batch import Progress, chunk_size, run_all, workers


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not any(x.startswith(".") for x in p.relative_to(root).parts)}


def test_parallel_build_equals_sequential(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    result = cli("build", "2022", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    parallel = _digests(workspace / "build")
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    assert cli("build", "--all", "--force", cwd=workspace).exit_code == 0
    assert _digests(workspace / "build") == parallel
    assert len(parallel) == 4


def test_one_bad_year_does_not_stop_the_others(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    (workspace / "sections/2022/plans.md").unlink()
    result = cli("build", "--all", cwd=workspace)
    assert result.exit_code == 1
    assert "2022 年：" in result.stderr and "plans.md" in result.stderr
    assert any((workspace / "build/2023").glob("*.docx"))
    assert not (workspace / "build/2022").exists() or not any((workspace / "build/2022").glob("*.docx"))


def test_one_worker_more_than_cores_but_none_on_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAWREPORT_JOBS", raising=False)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    assert [workers(n) for n in (1, 2, 3, 100)] == [1, 2, 3, 3]
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1)
    assert workers(100) == 1
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 1000)
    assert workers(10_000) == batch.MAX_WORKERS
    monkeypatch.setenv("LAWREPORT_JOBS", "5")
    assert (workers(100), workers(4)) == (5, 4)
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    assert workers(100) == 1


def _square(n: int) -> int:
    return n * n


def test_run_all_keeps_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    assert [o.value for o in run_all(_square, range(20), "x")] == [n * n for n in range(20)]


def _square_but_sevens(n: int) -> int:
    if n % 7 == 0:
        raise UsageError(f"第 {n} 项不行")
    return n * n


def test_items_handed_over_in_chunks_come_back_in_order_with_their_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    assert chunk_size(100, 2) == 6 and chunk_size(10, 2) == 1 and chunk_size(1000, 8) == 15
    outcomes = list(run_all(_square_but_sevens, range(100), "x"))
    assert [o.item for o in outcomes] == list(range(100))
    assert [o.value for o in outcomes if o.item % 7] == [n * n for n in range(100) if n % 7]
    assert [o.error for o in outcomes if o.item % 7 == 0] == [f"第 {n} 项不行" for n in range(0, 100, 7)]
    assert {o.exit_code for o in outcomes if o.item % 7 == 0} == {2}


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    tty = _Tty()
    progress = Progress("生成中", 3, tty)
    for _ in range(3):
        progress.step()
    progress.close()
    assert "生成中 3/3" in tty.getvalue()
    plain = io.StringIO()
    quiet = Progress("生成中", 3, plain)
    quiet.step()
    assert plain.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    assert not Progress("生成中", 3, _Tty()).enabled


def _bug_at_five(n: int) -> int:
    if n == 5:
        raise ValueError("a bug in the job")
    return n


def _dies_at_five(n: int) -> int:
    if n == 5:
        os._exit(9)  # as if the system killed the worker
    return n


@pytest.mark.parametrize(("job", "expected"), [(_bug_at_five, "子进程出错：ValueError: a bug in the job"),
                                               (_dies_at_five, "意外结束")])
def test_a_worker_failing_outside_the_users_input_is_an_internal_error(job, expected: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from lawreport.running.batch import WorkerFailed

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    with pytest.raises(WorkerFailed, match=expected):
        list(run_all(job, range(40), "x"))
    with pytest.raises(ChildProcessError):  # every worker was waited for
        os.waitpid(-1, os.WNOHANG)


def _slow(log: Path, n: int) -> int:
    import time

    time.sleep(0.05)
    with log.open("a") as handle:
        handle.write(f"{n}\n")
    return n


def test_stopping_early_ends_and_reaps_the_workers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import functools

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    log = tmp_path / "done.txt"
    outcomes = run_all(functools.partial(_slow, log), range(200), "x")
    assert next(outcomes).value == 0
    outcomes.close()  # the caller stops (SIGTERM, the time limit and Ctrl-C take this path too)
    with pytest.raises(ChildProcessError):  # every worker was waited for
        os.waitpid(-1, os.WNOHANG)
    assert len(log.read_text().split()) < 100  # and stopped, not left to finish the batch


def test_a_crash_in_a_batch_worker_is_reported_with_exit_3(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    import lawreport.building.year

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ZeroDivisionError("rendering bug")

    monkeypatch.setattr(lawreport.building.year, "render_html", broken)
    result = cli("build", "--all", "--force", cwd=workspace)
    assert result.exit_code == 3
    assert "子进程出错：ZeroDivisionError: rendering bug" in result.stderr and "Traceback" not in result.stderr
    logs = list((tmp_path / "lawreport" / "crash").glob("crash-*.log"))
    assert logs and 'in broken\n    raise ZeroDivisionError("rendering bug")' in logs[0].read_text("utf-8")


def test_python_dash_m_can_be_imported_by_a_fresh_worker(capsys: pytest.CaptureFixture[str]) -> None:
    """A worker started fresh (spawn: Windows, macOS) runs the parent's main module as __mp_main__:
    ``python -m lawreport`` must not start the command line again there."""
    import runpy

    runpy.run_module("lawreport.__main__", run_name="__mp_main__")
    assert capsys.readouterr() == ("", "")


def test_a_batch_with_workers_started_fresh_builds_every_year(workspace: Path) -> None:
    """As on Windows: the workers are spawned, not forked; the job and the years are pickled."""
    import subprocess
    import sys

    code = ("import multiprocessing, sys\n"
            "multiprocessing.set_start_method('spawn')\n"
            "from lawreport.cli import main\n"
            "sys.argv = ['lawreport', 'build', '--all']\n"
            "sys.exit(main())\n")
    env = {**os.environ, "LAWREPORT_JOBS": "2", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", code], cwd=workspace, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.parent.name for p in (workspace / "build").rglob("*.docx")) == ["2022", "2023"]
