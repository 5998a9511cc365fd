"""How long this machine takes to create what a cold build creates for each year.

    python benchmarks/file_creation.py              # 15 rounds of 100 years
    python benchmarks/file_creation.py --rounds 30  # more rounds

A cold ``lawreport build --all`` creates, for each year, one folder and four files in it (the
lock, the DOCX, the HTML and the build state; the three outputs through temporary files that
are then renamed). This script does the same with nothing else around it: per round, 100
folders with four files each (the outputs' sizes), two renames per folder, in a new temporary
folder beside the one the benchmarks use; it reports the median and the spread of the time
per year, wall and system CPU. On a machine where this is a large part of the ~8 ms of CPU a
year's build takes, the batch figures of ``benchmarks/run.py`` move with it (docs/performance.md).
Nothing here is a test, and nothing asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

YEARS = 100
SIZES = (8, 40_000, 12_000, 2_000)
"""Bytes of the lock, the DOCX, the HTML and the build state of the example report."""


def one_round(root: Path) -> tuple[float, float]:
    """Wall and system seconds to create the folders and files of YEARS cold years under ``root``."""
    started, before = time.perf_counter(), os.times()
    for year in range(YEARS):
        folder = root / str(year)
        folder.mkdir()
        for index, size in enumerate(SIZES):
            path = folder / f".tmp-{index}"
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                os.write(descriptor, b"x" * size)
            finally:
                os.close(descriptor)
            if index in (1, 2):
                os.replace(path, folder / f"output-{index}")
    after = os.times()
    return time.perf_counter() - started, after.system - before.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds of 100 years (default 15)")
    args = parser.parse_args()
    walls: list[float] = []
    systems: list[float] = []
    with tempfile.TemporaryDirectory(prefix="lawreport-files-") as temporary:
        for number in range(args.rounds):
            root = Path(temporary) / str(number)
            root.mkdir()
            wall, system = one_round(root)
            walls.append(wall)
            systems.append(system)
            shutil.rmtree(root)
    per_year = [wall / YEARS * 1000 for wall in walls]
    print(f"{args.rounds} rounds of {YEARS} years: one folder and {len(SIZES)} files a year")
    print(f"per year: median {statistics.median(per_year):.2f} ms "
          f"[{min(per_year):.2f}–{max(per_year):.2f}], "
          f"system CPU median {statistics.median(systems) / YEARS * 1000:.2f} ms")


if __name__ == "__main__":
    main()
