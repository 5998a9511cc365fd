"""Many targets are linted on all cores: same output and exit code as one process, streamed file by
file, progress only when the report goes to a file, and a file that kills its worker, or trips a bug
in lawreport, costs only itself."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint
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

    def watching(prepared, fmt, label):
        for index, chunk in enumerate(real_chunks(prepared, fmt, label)):
            if index == len(paths) - 1:
                before_last.append("".join(written))
            yield chunk

    monkeypatch.setattr(session, "chunks", watching)
    counts, _, _ = command._report(session.plan(tuple(paths)), "text", Out())
    assert counts.total > 0
    assert before_last and "报告00.txt:" in before_last[0] and "共 " not in before_last[0]
    assert "".join(written).endswith("。\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lint_to_a_file_shows_its_progress_on_a_terminal(tmp_path, monkeypatch):
    from lawreport.lint import command, session

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    paths = _files(tmp_path)
    shown = _Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    command._report(session.plan(tuple(paths)), "text", io.StringIO(), progress=True)
    assert "lawreport lint 12/12" in shown.getvalue()
    shown.truncate(0)
    command._report(session.plan(tuple(paths)), "text", io.StringIO())  # the report itself on the terminal
    assert shown.getvalue() == ""


def _with_fault_on_the_fifth(tmp_path, monkeypatch, fault, jobs):
    """The JSON lint of the twelve files in one process, and with ``fault(path)`` called instead of
    reading 报告05.txt on ``jobs`` processes: (the run without the fault, the run with it)."""
    from lawreport.lint import targets

    monkeypatch.chdir(tmp_path)
    paths = _files(tmp_path)
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    alone = CliRunner().invoke(lint, [*paths, "--format", "json"])
    real = targets.load_received

    def faulty(path, *args):
        return fault(path) if path.name == "报告05.txt" else real(path, *args)

    monkeypatch.setattr(targets, "load_received", faulty)
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    return alone, CliRunner().invoke(lint, [*paths, "--format", "json"])


@pytest.mark.skipif(sys.platform != "linux", reason="the patched reader reaches forked workers only")
def test_a_file_that_kills_its_worker_is_one_error_and_the_others_are_linted(tmp_path, monkeypatch):
    def dies(path):
        os._exit(9)  # as a file that crashes the reader would

    alone, result = _with_fault_on_the_fifth(tmp_path, monkeypatch, dies, "2")
    assert result.exit_code == 1
    found = json.loads(result.output)
    expected = [d for d in json.loads(alone.output) if not d["path"].endswith("报告05.txt")]
    assert [d for d in found if not d["path"].endswith("报告05.txt")] == expected
    [died] = [d for d in found if d["path"].endswith("报告05.txt")]
    assert died["code"] == "S000" and "子进程意外结束" in died["message"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_trips_a_bug_is_one_error_and_the_others_are_linted(tmp_path, monkeypatch, jobs):
    """In workers as in one process: the file gets one S000 error naming the crash log, which
    holds the traceback; every other file's findings are printed, in order; exit 3."""
    if jobs == "2" and sys.platform != "linux":
        pytest.skip("the patched reader reaches forked workers only")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def bug_on_the_fifth(path):
        raise RuntimeError("a bug in the reader")

    alone, result = _with_fault_on_the_fifth(tmp_path, monkeypatch, bug_on_the_fifth, jobs)
    assert result.exit_code == 3
    found = json.loads(result.stdout)
    expected = [d for d in json.loads(alone.stdout) if not d["path"].endswith("报告05.txt")]
    assert [d for d in found if not d["path"].endswith("报告05.txt")] == expected
    assert [d["path"] for d in found] == sorted(d["path"] for d in found)  # in order, the failed file in its place
    [log] = list((tmp_path / "state" / "lawreport" / "crash").glob("crash-*.log"))
    [failed] = [d for d in found if d["path"].endswith("报告05.txt")]
    assert failed["code"] == "S000" and failed["severity"] == "error"
    assert failed["message"].startswith("lawreport 内部错误：RuntimeError: a bug in the reader")
    assert f"详细信息已写入 {log}" in failed["message"] and "不是输入文件的问题" in failed["message"]
    text = log.read_text("utf-8")
    assert 'in bug_on_the_fifth\n    raise RuntimeError("a bug in the reader")' in text and "报告05.txt" in text
    assert "1 个文件因 lawreport 内部错误没有检查完" in result.stderr and "Traceback" not in result.output


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
            "multiprocessing.set_start_method('spawn')\n"
            "from lawreport.cli import main\n"
            "sys.exit(main(['lint', '--format', 'json', *sys.argv[1:]]))\n")
    spawned = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, timeout=300,
                             env={**os.environ, "LAWREPORT_JOBS": "2"})
    assert (spawned.returncode, spawned.stdout) == (alone.exit_code, alone.output), spawned.stderr
