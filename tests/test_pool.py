"""The one process pool (lawreport.running.pool): order, errors as data, a bounded window of work
in flight, a bug or a dead worker costing one item, stopping and reaping, progress only on a terminal."""

from __future__ import annotations

import functools
import io
import multiprocessing
import os
import signal
import sys
from pathlib import Path

import pytest

from lawreport.errors import UsageError
from lawreport.running import pool
from lawreport.running.pool import DIED, chunk_size, internal_error, run_all, workers
from lawreport.running.progress import Progress

fork_only = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")


def _all_workers_waited_for() -> bool:
    return multiprocessing.active_children() == []


def test_one_worker_per_core_and_none_on_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAWREPORT_JOBS", raising=False)
    monkeypatch.setattr(pool, "cores", lambda: 2)
    assert [workers(n) for n in (1, 2, 3, 100)] == [1, 2, 2, 2]
    monkeypatch.setattr(pool, "cores", lambda: 1)
    assert workers(100) == 1
    monkeypatch.setattr(pool, "cores", lambda: 1000)
    assert workers(10_000) == pool.MAX_WORKERS
    monkeypatch.setenv("LAWREPORT_JOBS", "5")
    assert (workers(100), workers(4)) == (5, 4)
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    assert workers(100) == 1


def test_chunks_spread_the_items_and_stay_small() -> None:
    assert chunk_size(100, 2) == 6 and chunk_size(10, 2) == 1 and chunk_size(1000, 8) == 15
    assert chunk_size(10_000, 3) == pool.MAX_CHUNK


def _pid_and_square(number: int) -> tuple[int, int]:
    import time

    time.sleep(0.01)  # long enough that every worker takes chunks
    return os.getpid(), number * number


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_outcomes_come_in_order_from_several_processes(monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    outcomes = list(run_all(_pid_and_square, list(range(100)), "测试"))
    assert [o.item for o in outcomes] == list(range(100))
    assert [o.value[1] for o in outcomes] == [n * n for n in range(100)]
    assert (len({o.value[0] for o in outcomes}) > 1) == (jobs != "1")
    assert (os.getpid() in {o.value[0] for o in outcomes}) == (jobs == "1")


def _scaled(factor: int, number: int) -> int:
    return factor * number


def test_the_job_with_its_context_reaches_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    assert [o.value for o in run_all(functools.partial(_scaled, 3), list(range(50)))] == [3 * n for n in range(50)]


def _square_but_sevens(n: int) -> int:
    if n % 7 == 0:
        raise UsageError(f"第 {n} 项不行")
    return n * n


def test_an_error_in_the_users_input_is_the_outcome_of_its_item(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    outcomes = list(run_all(_square_but_sevens, list(range(100))))
    assert [o.item for o in outcomes] == list(range(100))
    assert [o.value for o in outcomes if o.item % 7] == [n * n for n in range(100) if n % 7]
    assert [o.error for o in outcomes if o.item % 7 == 0] == [f"第 {n} 项不行" for n in range(0, 100, 7)]
    assert {o.exit_code for o in outcomes if o.item % 7 == 0} == {2}


def _bug_at_thirty(n: int) -> int:
    if n in (30, 170):
        raise ValueError(f"a bug in the job at {n}")
    return n


def _crash_logs(state: Path) -> list[Path]:
    return sorted((state / "lawreport" / "crash").glob("crash-*.log"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_the_job_costs_only_its_item(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: str) -> None:
    """The same in workers and in this process: every other item's outcome, in order; the item
    an internal error (exit code 3) naming its crash log, which holds the traceback."""
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    outcomes = list(run_all(_bug_at_thirty, list(range(200))))
    assert [o.item for o in outcomes] == list(range(200))
    assert [o.value for o in outcomes if o.item not in (30, 170)] == [n for n in range(200) if n not in (30, 170)]
    assert all(o.error is None and o.exit_code == 0 for o in outcomes if o.item not in (30, 170))
    logs = _crash_logs(tmp_path)
    assert len(logs) == 2
    for n in (30, 170):
        failed = outcomes[n]
        assert failed.value is None and failed.exit_code == 3
        assert failed.error is not None and failed.error.startswith(f"lawreport 内部错误：ValueError: a bug in the job at {n}")
        assert "不是输入文件的问题" in failed.error and "反馈给维护者" in failed.error
        [log] = [log for log in logs if str(log) in failed.error]
        text = log.read_text("utf-8")
        assert f"item: {n}\n" in text and "Traceback" in text
        assert 'in _bug_at_thirty\n    raise ValueError(f"a bug in the job at {n}")' in text
        assert f"ValueError: a bug in the job at {n}" in text
    assert _all_workers_waited_for()


def _stops_at_three(n: int) -> int:
    if n == 3:
        raise SystemExit(5)  # as Terminated (SIGTERM) and the time limit are
    return n


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_what_stops_a_run_is_not_taken_for_a_bug(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: str) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    with pytest.raises(SystemExit):
        list(run_all(_stops_at_three, list(range(8))))
    assert _crash_logs(tmp_path) == []
    assert _all_workers_waited_for()


def test_the_message_of_a_bug_is_one_line_even_without_a_log() -> None:
    message = internal_error(ValueError("two\nlines " + "x" * 500), None)
    assert "\n" not in message and message.startswith("lawreport 内部错误：ValueError: two lines xxx")
    assert "x" * 300 not in message
    assert message.endswith("无法写入崩溃日志，请把这条信息和所用的命令反馈给维护者。")


def _dies_on_crash(item: str) -> str:
    if "crash" in item:
        os._exit(9)  # as a parser killed by the system would
    return f"ok:{item}"


@fork_only
def test_a_dead_worker_costs_only_the_item_that_killed_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    items = [f"{n:03d}" for n in range(300)]
    for index in (17, 18, 250):
        items[index] += "-crash"
    outcomes = list(run_all(_dies_on_crash, items, failed=lambda item: f"failed:{item}"))
    assert [o.item for o in outcomes] == items
    assert [o.value for o in outcomes] == [f"failed:{i}" if "crash" in i else f"ok:{i}" for i in items]
    assert all(o.error is None for o in outcomes)
    assert _all_workers_waited_for()


@fork_only
def test_without_failed_a_dead_worker_is_an_internal_error_of_its_item(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    items = ["a", "b-crash", "c", "d"]
    outcomes = list(run_all(_dies_on_crash, items))
    assert [(o.item, o.value, o.error, o.exit_code) for o in outcomes] == [
        ("a", "ok:a", None, 0), ("b-crash", None, DIED, 3), ("c", "ok:c", None, 0), ("d", "ok:d", None, 0)]


def _logged(log: Path, n: int) -> int:
    with log.open("a") as handle:
        handle.write(f"{n}\n")
    return n


def test_work_is_handed_out_only_as_outcomes_are_taken(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Flat memory: while the caller holds on to one outcome, the workers run only the window of
    chunks handed out, not the ten thousand items; then, stopped, they are waited for."""
    import time

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    log = tmp_path / "done.txt"
    log.touch()
    outcomes = run_all(functools.partial(_logged, log), list(range(10_000)))
    assert next(outcomes).value == 0
    for _ in range(50):  # give the workers every chance to run ahead (they must not)
        time.sleep(0.02)
    done = len(log.read_text().split())
    outcomes.close()
    assert _all_workers_waited_for()
    assert 16 <= done <= 2 * pool.WINDOW * pool.MAX_CHUNK


def _slow(log: Path, n: int) -> int:
    import time

    time.sleep(0.05)
    return _logged(log, n)


def test_stopping_early_ends_and_reaps_the_workers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    log = tmp_path / "done.txt"
    outcomes = run_all(functools.partial(_slow, log), list(range(200)))
    assert next(outcomes).value == 0
    outcomes.close()  # the caller stops (SIGTERM, the time limit and Ctrl-C take this path too)
    assert _all_workers_waited_for()
    assert len(log.read_text().split()) < 100  # and stopped, not left to finish the run


def _unwinding(log: Path, n: int) -> int:
    import time

    try:
        with log.open("a") as handle:
            handle.write(f"start {n}\n")
        time.sleep(60)
    finally:
        with log.open("a") as handle:
            handle.write(f"unwound {n}\n")
    return n


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_unwinds_the_items_under_way(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The parent is told to stop while every worker is in the middle of an item: each item's
    ``finally`` runs (temporaries removed, locks released) and no other item starts."""
    import threading
    import time

    from lawreport.running.stopping import Terminated, orderly_sigterm

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    log = tmp_path / "log.txt"
    log.touch()

    def stop_when_both_have_started() -> None:
        for _ in range(6000):  # a bound on the polling, not a timing assertion
            if log.read_text().count("start") >= 2:
                break
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)

    watcher = threading.Thread(target=stop_when_both_have_started)
    with orderly_sigterm(), pytest.raises(Terminated):
        watcher.start()
        list(run_all(functools.partial(_unwinding, log), list(range(40))))
    watcher.join()
    assert _all_workers_waited_for()
    lines = log.read_text().split("\n")
    started = {line.split()[1] for line in lines if line.startswith("start")}
    assert len(started) == 2  # one item per worker, nothing started after the stop
    assert started == {line.split()[1] for line in lines if line.startswith("unwound")}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    shown = _Terminal()
    progress = Progress("审查报告", 10_000, shown)
    for _ in range(10_000):
        progress.step()
    progress.close()
    text = shown.getvalue()
    assert "\r审查报告 1/10000" in text and "审查报告 10000/10000" in text
    assert text.endswith("\r" + " " * 20 + "\r")  # the whole line cleared, CJK counted two columns
    piped = io.StringIO()
    Progress("生成中", 3, piped).step()
    assert piped.getvalue() == ""
    unlabelled = _Terminal()
    Progress(None, 3, unlabelled).step()
    assert unlabelled.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    quiet = _Terminal()
    Progress("生成中", 3, quiet).step()
    assert quiet.getvalue() == ""


def test_the_run_shows_its_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    shown = _Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    assert len(list(run_all(_scaled_by_two, list(range(5)), "生成中"))) == 5
    assert "生成中 5/5" in shown.getvalue()


def _scaled_by_two(number: int) -> int:
    return 2 * number


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_to_a_command_using_the_pool_stops_its_workers_too(tmp_path: Path) -> None:
    """Whatever the command: its workers are stopped and waited for, none left behind."""
    import subprocess

    log = tmp_path / "pids.txt"
    code = ("import functools, os, sys, time\n"
            "from lawreport.running.pool import run_all\n"
            "def job(log, n):\n"
            "    with open(log, 'a') as handle:\n"
            "        handle.write(f'{os.getpid()}\\n')\n"
            "    time.sleep(0.2)\n"
            "    return n\n"
            "for outcome in run_all(functools.partial(job, sys.argv[1]), list(range(400))):\n"
            "    print(outcome.value, flush=True)\n")
    env = {**os.environ, "LAWREPORT_JOBS": "2", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    process = subprocess.Popen([sys.executable, "-c", code, str(log)], env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "0\n"
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM
    workers = {int(pid) for pid in log.read_text().split()} - {process.pid}
    assert workers
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@fork_only
def test_what_this_process_holds_is_frozen_while_forked_workers_run_and_only_then(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    assert gc.get_freeze_count() == 0
    counts = [gc.get_freeze_count() for _outcome in run_all(abs, [-1, -2, -3, -4])]
    assert min(counts) > 0 and gc.get_freeze_count() == 0


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_preload_runs_here_only_when_the_workers_are_forked(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    """Forked workers inherit what the preload prepared; spawned ones (Windows, macOS) start
    afresh, so this process does not pay for it; nor with one process, where the job prepares
    what it needs itself."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method}")
    monkeypatch.setattr(pool, "_mp_context", lambda: multiprocessing.get_context(method))
    for jobs, expected in (("2", ["preloaded"] if method == "fork" else []), ("1", [])):
        monkeypatch.setenv("LAWREPORT_JOBS", jobs)
        calls: list[str] = []
        outcomes = list(run_all(abs, [-1, -2, -3, -4], preload=functools.partial(calls.append, "preloaded")))
        assert [o.value for o in outcomes] == [1, 2, 3, 4]
        assert calls == expected, (jobs, method)
