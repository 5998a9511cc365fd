"""G9: ``LAWREPORT_TIMEOUT=<seconds>`` ends any command in an orderly way (exit 2, a Chinese
message, temporaries removed, lock released, previous outputs untouched).

No test here measures time: a build slowed down by ``LAWREPORT_TEST_DELAY_WRITE`` (30 s per
write) cannot finish before a 1 s limit, and a 1 µs limit passes before any command is done.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from reltools import REPO, held_locks, tree_digest

from lawreport import cli as cli_module
from lawreport.cli import cli as group
from lawreport.files.atomic import TEMP_PREFIX

posix_only = pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="SIGALRM")


def _edit(root: Path) -> None:
    """Change a source, so that a build that finished would change the outputs."""
    for year in ("2022", "2023"):
        part = root / "sections" / year / "measures.md"
        part.write_text(part.read_text("utf-8") + "\n这是新的一段，用来区分新旧输出。\n", "utf-8")


def _leftovers(root: Path) -> list[Path]:
    return [p for p in (root / "build").rglob("*") if p.name.startswith(TEMP_PREFIX)] + held_locks(root / "build")


@posix_only
@pytest.mark.parametrize("years", [("2023",), ("--all",)], ids=["one-year", "all-years-in-workers"])
def test_a_build_over_the_limit_stops_and_keeps_the_previous_outputs(built_workspace: Path,
                                                                     years: tuple[str, ...]) -> None:
    root = built_workspace
    subprocess.run([sys.executable, "-m", "lawreport", "build", "--all"], cwd=root, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    before = tree_digest(root / "build")
    _edit(root)
    sources = tree_digest(root / "sections")
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_TEST_DELAY_WRITE": "30", "LAWREPORT_TIMEOUT": "1"}
    done = subprocess.run([sys.executable, "-m", "lawreport", "build", *years, "--force"], cwd=root, env=env,
                          capture_output=True, timeout=600)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "运行超时" in err and "LAWREPORT_TIMEOUT" in err and "Traceback" not in err, err
    assert tree_digest(root / "build") == before, "previous outputs changed"
    assert tree_digest(root / "sections") == sources
    assert _leftovers(root) == []


@posix_only
@pytest.mark.parametrize("args", [
    ("build", "2023", "--force"), ("lint", "2023"), ("lint", "2023", "--fix"), ("diff", "2022", "2023"),
    ("diff", "2022", "2023", "-o", "out/diff.txt"), ("import", "build/2023/示例县教育局2023年法治政府建设年度报告.docx",
                                                     "--year", "2021"),
    ("fix-encoding", "sections/2023"), ("rules",),
], ids=lambda args: "-".join(args[:2]))
def test_every_command_honours_the_limit(built_workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                         args: tuple[str, ...]) -> None:
    root = built_workspace
    sources, outputs = tree_digest(root / "sections"), tree_digest(root / "build")
    monkeypatch.chdir(root)
    monkeypatch.setenv("LAWREPORT_TIMEOUT", "0.000001")
    result = CliRunner().invoke(group, list(args), prog_name="lawreport")
    assert result.exit_code == 2, result.output
    assert "运行超时" in result.stderr and "Traceback" not in result.output
    assert tree_digest(root / "sections") == sources and tree_digest(root / "build") == outputs
    assert not (root / "out").exists() and _leftovers(root) == []
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None), "the alarm handler was not restored"


def _busy(group: object, argv: object, prog_name: object) -> int:
    """A command that only the time limit can stop (a Python loop, long but finite)."""
    for _ in range(300_000_000):
        pass
    return 0


@pytest.mark.parametrize("alarm", [True, False], ids=["SIGALRM", "timer-thread-as-on-Windows"])
def test_the_limit_interrupts_python_code(monkeypatch: pytest.MonkeyPatch, alarm: bool) -> None:
    if not alarm:
        monkeypatch.delattr(signal, "SIGALRM", raising=False)
    elif not hasattr(signal, "SIGALRM"):
        pytest.skip("SIGALRM")
    monkeypatch.setattr(cli_module, "_run", _busy)
    monkeypatch.setenv("LAWREPORT_TIMEOUT", "0.2")
    result = CliRunner().invoke(group, ["rules"], prog_name="lawreport")
    assert result.exit_code == 2, result.output
    assert "运行超时" in result.stderr and "0.2 秒" in result.stderr


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "10s"])
def test_an_invalid_limit_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("LAWREPORT_TIMEOUT", value)
    result = CliRunner().invoke(group, ["rules"], prog_name="lawreport")
    assert result.exit_code == 2 and "LAWREPORT_TIMEOUT" in result.stderr, result.output


@pytest.mark.parametrize("value", ["0", "", "600"])
def test_no_limit_or_a_generous_one_changes_nothing(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("LAWREPORT_TIMEOUT", value)
    result = CliRunner().invoke(group, ["rules"], prog_name="lawreport")
    assert result.exit_code == 0, result.output


def test_start_up_imports_nothing_for_the_limit_when_it_is_unset() -> None:
    probe = ("import sys\nfrom lawreport.cli import main\nmain(['rules'])\n"
             "print(sorted(m for m in sys.modules if m in ('lawreport.running.stopping', 'threading', '_thread', 'signal')))")
    env = {k: v for k, v in os.environ.items() if k != "LAWREPORT_TIMEOUT"}
    done = subprocess.run([sys.executable, "-c", probe], env={**env, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=600)
    assert "lawreport.running.stopping" not in done.stdout.splitlines()[-1], done.stdout


@posix_only
def test_lint_fix_in_workers_over_the_limit_leaves_the_sources_whole(built_workspace: Path) -> None:
    """Several years are fixed in worker processes: stopped halfway, none leaves a temporary file
    in sections/ nor a half-fixed source."""
    root = built_workspace
    for year in ("2022", "2023"):
        part = root / "sections" / year / "measures.md"
        part.write_text(part.read_text("utf-8") + "\n全年办理20件,按时办结。\n", "utf-8")
    sources = tree_digest(root / "sections")
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_TEST_DELAY_WRITE": "30", "LAWREPORT_TIMEOUT": "1",
           "LAWREPORT_JOBS": "2"}
    done = subprocess.run([sys.executable, "-m", "lawreport", "lint", "2022", "2023", "--fix"], cwd=root, env=env,
                          capture_output=True, timeout=600)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "运行超时" in err and "Traceback" not in err, err
    assert tree_digest(root / "sections") == sources
    assert [p for p in (root / "sections").rglob(".*")] == []
