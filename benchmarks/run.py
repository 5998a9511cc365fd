"""Benchmark ``lawreport build`` against pandoc on the same content: whole-process wall time.

    python benchmarks/run.py                  # every case, 15 interleaved runs each
    python benchmarks/run.py --runs 25        # more runs
    python benchmarks/run.py --only one,x100  # some of the cases
    python benchmarks/run.py --years 50       # size of the batch case

Cases (docs/performance.md has the figures and the targets):
  one    the example report (sections/2023), DOCX + HTML, cold: nothing built before
  x100   the same report with every part repeated 100 times, cold
  batch  N copies of the report as N years in one `lawreport build --all`, cold, against pandoc
         making the same DOCX and HTML for each year on as many processes as lawreport's workers

Method, the same for every case:
- pandoc gets the same content (the report as one Markdown file, numbered as lawreport numbers
  it) and the same Word template (``--reference-doc templates/reference.docx``); it makes the
  DOCX and the standalone HTML in two runs, lawreport both in one;
- cold: before each lawreport run its output folder is moved away, so nothing is skipped as
  unchanged (lawreport keeps no other cache); the page cache is warm for both sides alike;
- lawreport runs as a user's installation: the console script of a fresh virtual environment
  into which pip installed lawreport and its dependencies only (bytecode compiled by pip);
- the two sides alternate, run after run, so that the machine's speed drifting affects both;
  each side starts with nothing waiting to be written to disk (``os.sync``);
- reported: the median of each side with its spread (the lowest and highest run), the ratio
  of the medians, lawreport's peak RSS, and each side's median CPU time (user + system, of the
  process and its children): on a machine other work shares, CPU time is the steadier figure.
Nothing here is a test, and nothing asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
PARTS = ("measures", "shortcomings", "leadership", "plans")
REFERENCE_DOC = REPO / "templates" / "reference.docx"
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "LAWREPORT_JOBS")}
CASES = ("one", "x100", "batch")
TARGETS = {"one": 1.0, "x100": 0.2, "batch": 0.1}
"""The ratio to pandoc each case should stay under (issue 16)."""


class Side(NamedTuple):
    """The runs of one side of a case."""

    times: list[float]
    cpu: list[float]
    peak_rss_kib: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def spread(self) -> str:
        return f"{min(self.times):.3f}–{max(self.times):.3f}"


class Ran(NamedTuple):
    """One run of a command."""

    wall: float
    cpu: float
    """User + system seconds of the command and every process it waited for."""
    peak_rss_kib: int


def run(command: list[str] | str, cwd: Path) -> Ran:
    """Wall time, CPU time and peak RSS (KiB) of one command (a string runs through the shell)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, shell=isinstance(command, str),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"failed ({code}): {command}")
    return Ran(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def clean_lawreport(folder: Path) -> list[str]:
    """The ``lawreport`` command of a fresh virtual environment into which pip installed this tree
    and its dependencies, and nothing else (as a user's installation: bytecode compiled by pip)."""
    import venv

    venv.EnvBuilder(with_pip=True, symlinks=os.name != "nt").create(folder)
    bin_dir = folder / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    installed = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(REPO)],
                               capture_output=True, text=True)
    if installed.returncode != 0:
        raise SystemExit(f"pip could not install lawreport into the benchmark environment:\n{installed.stderr[-600:]}")
    script = bin_dir / ("lawreport.exe" if os.name == "nt" else "lawreport")
    check = subprocess.run([str(script), "--version"], capture_output=True)
    if check.returncode != 0:
        raise SystemExit(f"the benchmark environment cannot run lawreport: {check.stderr.decode()[-300:]}")
    return [str(script)]


def pandoc_markdown(year_dir: Path) -> str:
    """The report as one Markdown document, numbered the way lawreport numbers it."""
    from lawreport.render.context import build_view
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    view = build_view(load_report(load_workspace(year_dir.parents[1]), int(year_dir.name)))
    lines = [f"% {view.title}", "", view.addressee, ""]
    for block in (*view.preamble, *view.blocks):
        if block.kind == "heading":
            lines += ["#" * (block.level + 1) + " " + block.label + block.heading, ""]
        elif block.kind == "table":
            rows = block.rows
            lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
        else:
            lines += [block.text, ""]
    lines += [view.signatory, "", view.date_text, ""]
    return "\n".join(lines)


def make_workspace(root: Path, repeat: int = 1, years: int = 0) -> Path:
    """The example's years; parts of 2023 repeated ``repeat`` times; ``years`` more copies of 2023."""
    shutil.copytree(REPO / "sections", root / "sections")
    if repeat > 1:
        for part in PARTS:
            path = root / "sections/2023" / f"{part}.md"
            path.write_text((path.read_text("utf-8").rstrip("\n") + "\n\n") * repeat, "utf-8")
    for index in range(years):
        shutil.copytree(root / "sections/2023", root / f"sections/{1900 + index}")
    (root / "report.md").write_text(pandoc_markdown(root / "sections/2023"), "utf-8")
    return root


def pandoc_one(pandoc: str, suffix: str = "") -> str:
    """Shell command: pandoc makes the DOCX (with lawreport's Word template) and the HTML."""
    return (f'"{pandoc}" report.md --reference-doc "{REFERENCE_DOC}" -o p{suffix}.docx && '
            f'"{pandoc}" report.md -s -o p{suffix}.html')


class SetAside:
    """Empties a folder for a cold run by moving it into ``place`` (removed with the benchmark's
    temporary folder), so that no run pays for deleting the previous run's files."""

    def __init__(self, place: Path) -> None:
        self.place = place
        self.moved = 0
        place.mkdir()

    def __call__(self, folder: Path) -> None:
        if folder.exists():
            self.moved += 1
            folder.rename(self.place / str(self.moved))


def paired(ours: list[str], theirs: str, cwd: Path, runs: int, aside: SetAside) -> tuple[Side, Side]:
    """``runs`` cold runs of each side, alternating."""
    mine: list[Ran] = []
    other: list[Ran] = []
    sync = getattr(os, "sync", lambda: None)
    for _ in range(runs):
        aside(cwd / "build")
        sync()
        mine.append(run(ours, cwd))
        sync()
        other.append(run(theirs, cwd))
    return (Side([r.wall for r in mine], [r.cpu for r in mine], max(r.peak_rss_kib for r in mine)),
            Side([r.wall for r in other], [r.cpu for r in other]))


def lawreport_workers(count: int) -> int:
    """How many worker processes lawreport uses for ``count`` years on this machine."""
    sys.path.insert(0, str(REPO))
    from lawreport.running.pool import workers

    return workers(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--years", type=int, default=100)
    parser.add_argument("--only", default=",".join(CASES), help=f"comma-separated: {', '.join(CASES)}")
    args = parser.parse_args()
    only = [case for case in CASES if case in args.only.split(",")]
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise SystemExit("pandoc is not installed (apt install pandoc)")
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, {version}")
    rows: list[tuple[str, str, Side, Side]] = []
    with tempfile.TemporaryDirectory(prefix="lawreport-bench-") as tmp:
        temp = Path(tmp)
        lawreport = clean_lawreport(temp / "venv")
        aside = SetAside(temp / "aside")
        for case in only:
            if case == "batch":
                years = args.years
                ws = make_workspace(temp / case, years=years - 2)
                processes = lawreport_workers(years)
                loop = f"seq {years} | xargs -P {processes} -I{{}} sh -c '{pandoc_one(pandoc, '{}')}'"
                label = f"batch: {years} years, pandoc on {processes} processes"
                ours, theirs = paired([*lawreport, "build", "--all"], loop, ws, args.runs, aside)
            else:
                ws = make_workspace(temp / case, repeat=100 if case == "x100" else 1)
                label = "one report, DOCX+HTML" if case == "one" else "100x report, DOCX+HTML"
                ours, theirs = paired([*lawreport, "build", "2023"], pandoc_one(pandoc), ws, args.runs, aside)
            rows.append((case, label, ours, theirs))
            print(f"  {label}: done", file=sys.stderr)
    print(f"\n{args.runs} interleaved cold runs per side; median [lowest–highest] in seconds; "
          "CPU: median user+system seconds (lawreport / pandoc)\n")
    print(f"{'case':46} {'lawreport':>22} {'pandoc':>22} {'ratio':>6} {'target':>7} {'RSS':>7} {'CPU':>13}")
    for case, label, ours, theirs in rows:
        ratio = ours.median / theirs.median
        print(f"{label:46} {ours.median:7.3f} [{ours.spread()}] {theirs.median:7.3f} [{theirs.spread()}] "
              f"{ratio:5.2f}x {'≤' + str(TARGETS[case]) + 'x':>7} {ours.peak_rss_kib / 1024:5.0f}MB "
              f"{ours.cpu_median:6.3f}/{theirs.cpu_median:.3f}")


if __name__ == "__main__":
    main()
