"""G9: every denial-of-service row of the catalogue (those with a ``max_seconds`` budget) ends
within a generous bound on the work it may do: a fresh process, at most 1 GB of address space
and a hang guard of ``HANG_GUARD`` seconds, many times any budget. An input that makes a rule
or a parser quadratic (minutes) or makes it build a huge pattern (gigabytes) fails here; the
budgets themselves are measured by benchmarks/pathological.py, never asserted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from catalogue import CASES, Case
from reltools import REPO

HANG_GUARD = 30
"""Seconds: a hang guard, not a timing (every row takes a few seconds on a loaded machine)."""
ADDRESS_SPACE = 1 << 30

BOUNDED = [case for case in CASES if case.max_seconds is not None and case.patch is None]

_LIMITED = f"""
import resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE}, {ADDRESS_SPACE}))
sys.argv = ["lawreport", *sys.argv[1:]]
runpy.run_module("lawreport", run_name="__main__")
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS")
@pytest.mark.parametrize("case", BOUNDED, ids=str)
def test_row_ends_within_a_bound_on_work(case: Case, built_workspace: Path) -> None:
    root = built_workspace
    case.apply(root)
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_JOBS": "1"}
    try:
        done = subprocess.run([sys.executable, "-c", _LIMITED, *case.args], cwd=root, env=env, capture_output=True,
                              timeout=HANG_GUARD)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.id}: still running after {HANG_GUARD} s")
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == case.exit, f"{case.id}: exit {done.returncode}\n{err[-2000:]}"
    assert "Traceback" not in err and "MemoryError" not in err, err[-2000:]
