"""Several years in one call: all cores, same outputs as one at a time, errors per year, progress."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from lawreport.running.pool import DIED


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


@pytest.mark.skipif(sys.platform != "linux", reason="the patched build reaches forked workers only")
def test_a_year_that_kills_its_worker_costs_only_that_year(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lawreport.building.year

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    real = lawreport.building.year.build_year

    def dies_on_2022(workspace: Path, year: int, *args: object) -> object:
        if year == 2022:
            os._exit(9)  # as if the system killed the worker
        return real(workspace, year, *args)

    monkeypatch.setattr(lawreport.building.year, "build_year", dies_on_2022)
    result = cli("build", "--all", "--force", cwd=workspace)
    assert result.exit_code == 3
    assert f"2022 年：{DIED}" in result.stderr and "Traceback" not in result.stderr
    assert any((workspace / "build/2023").glob("*.docx"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_one_year_costs_only_that_year(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path, jobs: str) -> None:
    """In workers as in one process: the year's error names the crash log, the other years are
    built, and the run ends with exit 3."""
    import lawreport.building.year

    if jobs == "2" and sys.platform != "linux":
        pytest.skip("the patched build reaches forked workers only")
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    real = lawreport.building.year.build_year

    def broken_2022(workspace: Path, year: int, *args: object) -> object:
        if year == 2022:
            raise ZeroDivisionError("rendering bug")
        return real(workspace, year, *args)

    monkeypatch.setattr(lawreport.building.year, "build_year", broken_2022)
    result = cli("build", "--all", "--force", cwd=workspace)
    assert result.exit_code == 3
    [log] = list((tmp_path / "state" / "lawreport" / "crash").glob("crash-*.log"))
    assert (f"2022 年：lawreport 内部错误：ZeroDivisionError: rendering bug（这是 lawreport 的缺陷，不是输入文件的问题；"
            f"其余各项照常处理）。详细信息已写入 {log}，请把该文件反馈给维护者。\n") in result.stderr
    assert "Traceback" not in result.stderr and "2023 年" not in result.stderr
    assert 'in broken_2022\n    raise ZeroDivisionError("rendering bug")' in log.read_text("utf-8")
    assert any((workspace / "build/2023").glob("*.docx")) and "build/2023/" in result.stdout
    assert not (workspace / "build/2022").exists() or not any((workspace / "build/2022").glob("*.docx"))


def test_python_dash_m_can_be_imported_by_a_fresh_worker(capsys: pytest.CaptureFixture[str]) -> None:
    """A worker started fresh (spawn: Windows, macOS) runs the parent's main module as __mp_main__:
    ``python -m lawreport`` must not start the command line again there."""
    import runpy

    runpy.run_module("lawreport.__main__", run_name="__mp_main__")
    assert capsys.readouterr() == ("", "")


def test_a_batch_with_workers_started_fresh_builds_every_year(workspace: Path) -> None:
    """As on Windows: the workers are spawned, not forked; the job and the years are pickled."""
    import subprocess

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
