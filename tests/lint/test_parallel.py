"""Many targets are linted on all cores: same output and exit code as one process; progress only on a terminal."""

from __future__ import annotations

import io
import os

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint
from lawreport.running import batch
from lint.examples import received_text

BODIES = (
    "（一）加强学习\n全年开展集中学法6次,效果好。",
    "（一）加强学习\n全年开展集中学法6次。",
    "（二）加强学习\n全年开展集中学法6次。",
    "（一）加强学习。\n全年开展集中学法6次。",
    "（一）加强学习\n全年开展集中学法6次，局领导\n带头讲法治课。",
)


def _files(folder):
    paths = []
    for index in range(12):
        path = folder / f"报告{index:02d}.txt"
        path.write_text(received_text(BODIES[index % len(BODIES)]), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_parallel_run_matches_sequential(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    paths = _files(tmp_path)
    results = []
    for jobs in ("1", "4"):
        monkeypatch.setenv("LAWREPORT_JOBS", jobs)
        for strict in ([], ["--strict"]):
            result = CliRunner().invoke(lint, [*paths, "--format", fmt, *strict])
            results.append((jobs, strict, result.exit_code, result.output))
    half = len(results) // 2
    for (_, _, code_a, out_a), (_, _, code_b, out_b) in zip(results[:half], results[half:], strict=True):
        assert (code_a, out_a) == (code_b, out_b)
    assert results[0][2] == 1


def test_parallel_fix_matches_sequential(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    outputs = []
    for jobs in ("1", "3"):
        folder = tmp_path / jobs
        folder.mkdir()
        paths = _files(folder)
        monkeypatch.setenv("LAWREPORT_JOBS", jobs)
        result = CliRunner().invoke(lint, [*paths, "--fix", "--format", "json"])
        texts = [open(p, encoding="utf-8").read() for p in paths]
        outputs.append((result.exit_code, result.output.replace(f"{jobs}/", ""), texts))
    assert outputs[0] == outputs[1]


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork")
def test_run_all_uses_several_processes_and_keeps_order(monkeypatch):
    monkeypatch.setenv("LAWREPORT_JOBS", "3")
    outcomes = list(batch.run_all(_pid_and_square, range(9), "测试"))
    assert [o.value[1] for o in outcomes] == [n * n for n in range(9)]
    assert len({o.value[0] for o in outcomes}) > 1


def _pid_and_square(number: int) -> tuple[int, int]:
    import time

    time.sleep(0.02)  # long enough that the other workers, forked a moment later, take chunks too
    return os.getpid(), number * number


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    shown = _Terminal()
    progress = batch.Progress("lawreport lint", 3, shown)
    progress.step()
    assert "1/3" in shown.getvalue()
    monkeypatch.setenv("CI", "true")
    quiet = _Terminal()
    progress = batch.Progress("lawreport lint", 3, quiet)
    progress.step()
    assert quiet.getvalue() == ""
    monkeypatch.delenv("CI")
    piped = io.StringIO()
    batch.Progress("lawreport lint", 3, piped).step()
    assert piped.getvalue() == ""
