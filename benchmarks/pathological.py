"""Time the denial-of-service rows of the bad-input catalogue against their budgets.

Run from the repository root:  python benchmarks/pathological.py

Each catalogue row with a ``max_seconds`` budget (huge and pathological files, the YAML alias
bomb and deep nesting, the zip bomb, billion laughs; see tests/reliability/catalogue.py) is run
as ``python -m lawreport ...`` in a fresh process, in a copy of the example workspace built
once. Prints the time, the budget and the exit code of each; exits 1 if any row is over its
budget or ends with an unexpected exit code. Timing is measured here, never asserted in the
test suite (tests/reliability/test_catalogue.py checks the same rows' messages and exit codes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))
sys.path.insert(0, str(ROOT))  # the catalogue's PDF rows use tests/received/pdfs.py


def main() -> int:
    from catalogue import CASES

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="lawreport-patho-") as temp:
        template = Path(temp) / "template"
        shutil.copytree(ROOT / "sections", template / "sections")
        subprocess.run([sys.executable, "-m", "lawreport", "build", "2023"], cwd=template, env=env, check=True,
                       capture_output=True)
        print(f"{'row':<14}{'seconds':>9}{'budget':>9}  exit")
        for case in (c for c in CASES if c.max_seconds is not None):
            root = Path(temp) / case.id
            shutil.copytree(template, root, symlinks=True)
            case.apply(root)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "lawreport", *case.args], cwd=root, env=env,
                                  capture_output=True)
            seconds = time.perf_counter() - start
            bad = seconds > case.max_seconds or done.returncode != case.exit
            failed += bad
            print(f"{case.id:<14}{seconds:>9.2f}{case.max_seconds:>9.1f}  {done.returncode}"
                  f"{'  OVER BUDGET OR WRONG EXIT' if bad else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
