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


def _square_in(context: int, number: int) -> tuple[int, int]:
    import time

    time.sleep(0.01)  # long enough that every worker takes chunks
    return os.getpid(), context * number * number


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_ordered_map_keeps_order_on_several_processes(monkeypatch, jobs):
    from lawreport.lint.parallel import ordered_map

    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    results = list(ordered_map(_square_in, 2, list(range(40))))
    assert [value for _, value in results] == [2 * n * n for n in range(40)]
    assert (len({pid for pid, _ in results}) > 1) == (jobs != "1")


def _fail_on_seven(context: None, number: int) -> int:
    if number == 7:
        raise ValueError("seven")
    return number


def test_ordered_map_raises_a_job_error_at_its_turn(monkeypatch):
    from lawreport.lint.parallel import ordered_map

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    seen = []
    with pytest.raises(ValueError, match="seven"):
        for value in ordered_map(_fail_on_seven, None, list(range(50))):
            seen.append(value)
    assert seen == list(range(7))


def test_ordered_map_hands_out_work_only_as_results_are_taken(monkeypatch):
    """The parent holds a bounded window of chunks, whatever the number of items: stopping after
    the first result leaves the rest unstarted."""
    from lawreport.lint import parallel

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    items = list(range(10_000))
    submitted = []
    real_submit = parallel.ProcessPoolExecutor.submit

    def counting(self, fn, *args, **kwargs):
        submitted.append(len(args[0]))
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(parallel.ProcessPoolExecutor, "submit", counting)
    results = parallel.ordered_map(_square_in, 1, items)
    assert next(results)[1] == 0
    assert next(results)[1] == 1
    results.close()
    assert sum(submitted) <= 2 * parallel.WINDOW * parallel.MAX_CHUNK


def test_lint_streams_each_file_as_it_is_done(tmp_path, monkeypatch):
    """The report is written file by file: the first file's findings are out before the last
    file's result is taken."""
    from lawreport.lint import command, session

    monkeypatch.chdir(tmp_path)
    paths = _files(tmp_path)
    written: list[str] = []

    class Out:
        def write(self, text: str) -> int:
            written.append(text)
            return len(text)

    before_last: list[str] = []
    real_chunks = session.chunks

    def watching(prepared, fmt):
        for index, chunk in enumerate(real_chunks(prepared, fmt)):
            if index == len(paths) - 1:
                before_last.append("".join(written))
            yield chunk

    monkeypatch.setattr(session, "chunks", watching)
    counts, _ = command._report(session.plan(tuple(paths)), "text", Out())
    assert counts.total > 0
    assert before_last and "报告00.txt:" in before_last[0] and "共 " not in before_last[0]
    assert "".join(written).endswith("。\n")


def test_lint_progress_only_on_a_terminal_outside_ci(monkeypatch):
    from lawreport.running.batch import Progress

    monkeypatch.delenv("CI", raising=False)
    shown = _Terminal()
    progress = Progress("lawreport lint", 3, shown)
    progress.step()
    progress.close()
    assert "lawreport lint 1/3" in shown.getvalue() and shown.getvalue().endswith("\r")
    piped = io.StringIO()
    Progress("lawreport lint", 3, piped).step()
    assert piped.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    quiet = _Terminal()
    Progress("lawreport lint", 3, quiet).step()
    assert quiet.getvalue() == ""


def test_lint_in_spawned_workers_matches_one_process(tmp_path, monkeypatch):
    """As on Windows and macOS, where workers are started fresh: the job and its context reach
    them by pickling, and the report is the same. (In a process of its own: spawning starts a
    resource tracker that would outlive the test.)"""
    import subprocess
    import sys

    monkeypatch.chdir(tmp_path)
    paths = _files(tmp_path)[:6]
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    alone = CliRunner().invoke(lint, [*paths, "--format", "json"])
    code = ("import multiprocessing, sys\n"
            "from lawreport.lint import parallel\n"
            "parallel._mp_context = lambda: multiprocessing.get_context('spawn')\n"
            "from lawreport.cli import main\n"
            "sys.exit(main(['lint', '--format', 'json', *sys.argv[1:]]))\n")
    spawned = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=300,
                             env={**os.environ, "LAWREPORT_JOBS": "2"})
    assert (spawned.returncode, spawned.stdout) == (alone.exit_code, alone.output), spawned.stderr


def test_ordered_map_waits_for_its_workers_even_when_stopped_early(monkeypatch):
    import multiprocessing

    from lawreport.lint.parallel import ordered_map

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    with pytest.raises(ValueError):
        list(ordered_map(_fail_on_seven, None, list(range(50))))
    results = ordered_map(_square_in, 1, list(range(100)))
    next(results)
    next(results)
    results.close()
    assert multiprocessing.active_children() == []  # every worker ended and was waited for
