"""The per-file pool: results in order, and a worker that dies costs only the file that killed it."""

from __future__ import annotations

import os

from lawreport.audit.pool import map_files

_SEEN: list[str] = []


def _init(setting: str) -> None:
    _SEEN[:] = [setting]


def _job(path: str) -> str:
    if "crash" in path:
        os._exit(9)  # as a parser killed by the system would
    return f"{_SEEN[0]}:{path}"


def _failed(path: str) -> str:
    return f"failed:{path}"


def test_results_in_order_and_a_crash_costs_one_file(monkeypatch):
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    paths = [f"{n:03d}.txt" for n in range(40)]
    paths[17] = "017-crash.txt"
    results = list(map_files(_job, paths, _init, "ok", "测试", _failed))
    assert results[17] == "failed:017-crash.txt"
    assert results[:17] + results[18:] == [f"ok:{p}" for p in paths[:17] + paths[18:]]


def test_one_worker_runs_in_this_process(monkeypatch):
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    assert list(map_files(_job, ["a", "b"], _init, "here", "测试", _failed)) == ["here:a", "here:b"]
