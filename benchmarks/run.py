"""Benchmark lawreport against pandoc on the same content, whole-process wall time.

    python benchmarks/run.py            # all cases, 5 runs each (median)
    python benchmarks/run.py --runs 9   # more runs
    python benchmarks/run.py --batch 50 # size of the many-reports case
    python benchmarks/run.py --only batch,lint-many   # some of the cases

Cases (each run alternately with pandoc on the same content, when pandoc is installed; medians):
  one       the example report (sections/2023), DOCX + HTML, sources changed since the last build
  x100      the same report with every part repeated 100 times
  batch     N copies of the report as N years, `lawreport build --all --force` vs a pandoc loop:
            on a first run (empty caches and build folder, as on a fresh machine) and on a rebuild (the sources
            parsed before, as after a change of template)
  lint-many N received .txt reports in one `lawreport lint` vs a pandoc loop making each DOCX
  lint-txt  `lawreport lint` of one received .txt vs pandoc making that report's DOCX
  version   `lawreport --version` vs pandoc making the DOCX
  diff      `lawreport diff 2022 2023` vs pandoc making the DOCX
Peak RSS of the lawreport process is reported for `one` and `x100`. lawreport runs as a user's
installation would: in a fresh virtual environment that sees only lawreport and its
dependencies (not the start-up hooks, ``.pth`` files, of the environment running the
benchmark: on the machine of the README's figures one of them imported certifi at every
Python start, 25 ms that no user has), bytecode compiled, its parse cache in a private
temporary folder (a "changed" build edits one part file, so that file is parsed again and
the others are not).
Prints a table; nothing here is a test and nothing asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PARTS = ("measures", "shortcomings", "leadership", "plans")
LAWREPORT = [sys.executable, "-m", "lawreport"]  # replaced by the clean environment's command in main()
CONSOLE_SCRIPT = """# -*- coding: utf-8 -*-
import re
import sys
from lawreport.entry import run
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(run())
"""
"""What pip writes as the ``lawreport`` command (pyproject's [project.scripts]); users run that,
not ``python -m lawreport``, which first imports runpy and importlib.util (8 ms)."""


# As installed for a user: bytecode compiled (pip does it at install time), even where the
# environment sets PYTHONDONTWRITEBYTECODE; the parse cache in a private folder.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def clean_python(folder: Path) -> list[str]:
    """The ``lawreport`` command in a virtual environment whose path holds lawreport and this
    interpreter's installed packages.

    The packages' folder is listed in a ``.pth`` file as a plain path, so the ``.pth`` hooks
    inside it (editable-install finders, a sandbox's certificate hook …) do not run. The command
    is the script pip would install (CONSOLE_SCRIPT), run by the environment's Python.
    """
    import sysconfig
    import venv

    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(folder)
    paths = sysconfig.get_paths()
    site = Path(sysconfig.get_paths(vars={"base": str(folder), "platbase": str(folder)})["purelib"])
    lines = dict.fromkeys([str(REPO), paths["purelib"], paths["platlib"]])
    (site / "lawreport-benchmark.pth").write_text("\n".join(lines) + "\n", "utf-8")
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    check = subprocess.run([str(python), "-c", "import lawreport.cli, click, docx"], capture_output=True)
    if check.returncode != 0:
        raise SystemExit(f"the benchmark environment cannot import lawreport: {check.stderr.decode()[-300:]}")
    script = python.parent / "lawreport"
    script.write_text(CONSOLE_SCRIPT, "utf-8")
    return [str(python), str(script)]


def paired(ours: list[str], theirs: list[list[str]] | None, cwd: Path, runs: int,
           before: object = None) -> tuple[float, float | None, int]:
    """Median wall time of ``ours`` and of ``theirs`` (its commands one after the other), and
    the peak RSS of ours. The two are run alternately, so that the machine's speed drifting
    during the benchmark (by 30% on a shared VM) affects both sides alike.

    Each side starts with nothing waiting to be written to disk (``os.sync``): lawreport flushes
    its outputs (fsync), and on a journalling file system the first flush also writes out what
    the previous command left in the page cache (pandoc's files, or the folders ``before``
    deleted), a cost that belongs to neither command."""
    mine, other, peak = [], [], 0
    sync = getattr(os, "sync", lambda: None)
    for _ in range(runs):
        if callable(before):
            before()
        sync()
        elapsed, rss = run(ours, cwd)
        mine.append(elapsed)
        peak = max(peak, rss)
        if theirs:
            sync()
            other.append(sum(run(command, cwd)[0] for command in theirs))
    return statistics.median(mine), statistics.median(other) if other else None, peak


def pandoc_markdown(year_dir: Path) -> str:
    """The report as one Markdown document, numbered the way lawreport numbers it."""
    from lawreport.render.context import build_view
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    report = load_report(load_workspace(year_dir.parents[1]), int(year_dir.name))
    view = build_view(report)
    lines = [f"# {view.title}", "", view.addressee, ""]
    for block in (*view.preamble, *view.blocks):
        if block.kind == "heading":
            lines += ["#" * (block.level + 1) + " " + block.label + block.heading, ""]
        elif block.kind == "table":
            rows = block.rows
            lines += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        else:
            lines += [block.text, ""]
    lines += [view.signatory, "", view.date_text, ""]
    return "\n".join(lines)


def make_workspace(root: Path, repeat: int = 1, years: int = 0) -> Path:
    """A workspace with the example years; parts repeated ``repeat`` times; ``years`` extra copies of 2023."""
    shutil.copytree(REPO / "sections", root / "sections")
    if repeat > 1:
        for part in PARTS:
            path = root / "sections/2023" / f"{part}.md"
            text = path.read_text("utf-8").rstrip("\n") + "\n\n"
            path.write_text(text * repeat, "utf-8")
    for index in range(years):
        year = 1900 + index
        shutil.copytree(root / "sections/2023", root / f"sections/{year}")
    return root


_TOUCHES = [0]


def touch_sources(folder: Path) -> None:
    """Change the sources so that the build cannot skip anything: a paragraph never written
    before, so the changed part is parsed again (not read from the parse cache)."""
    path = folder / "leadership.md"
    text = path.read_text("utf-8").split("\n基准测试追加的第")[0]
    _TOUCHES[0] += 1
    path.write_text(f"{text}\n基准测试追加的第{_TOUCHES[0]}段。\n", "utf-8")


CASES = ("one", "x100", "batch", "lint-many", "lint-txt", "version", "diff")
Row = tuple[str, float, "float | None", "int | None"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--only", default=",".join(CASES), help=f"cases to run, comma-separated: {', '.join(CASES)}")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if not only <= set(CASES):
        parser.error(f"unknown case: {', '.join(sorted(only - set(CASES)))}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "lawreport")], check=True,
                   stdout=subprocess.DEVNULL)
    pandoc = shutil.which("pandoc")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if pandoc:
        version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        print(f"pandoc: {version}")
    else:
        print("pandoc: not installed: ratios are skipped (apt install pandoc)")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        LAWREPORT[:] = clean_python(tmp_path / "venv")
        ENV["LAWREPORT_CACHE_DIR"] = str(tmp_path / "parse-cache")
        one = None
        for name, repeat in (("one", 1), ("x100", 100)):
            if name in only or (name == "one" and only - {"x100", "batch"}):
                ws = make_workspace(tmp_path / name, repeat=repeat)
                (ws / "report.md").write_text(pandoc_markdown(ws / "sections/2023"), "utf-8")
                one = ws if name == "one" else one
            if name in only:
                pandoc_both = [[pandoc, str(ws / "report.md"), "-o", str(ws / "p.docx")],
                               [pandoc, str(ws / "report.md"), "-s", "-o", str(ws / "p.html")]] if pandoc else None
                ours, theirs, rss = paired([*LAWREPORT, "build", "2023"], pandoc_both, ws, args.runs,
                                           before=lambda ws=ws: touch_sources(ws / "sections/2023"))
                rows.append((f"{name}: build DOCX+HTML", ours, theirs, rss))
        if "batch" in only:
            rows += batch(tmp_path / "batch", args.batch + 2, args.runs, pandoc)
        if one is not None:
            rows += received(one, args.batch + 2, args.runs, pandoc, only)
    print()
    print(f"{'case':42} {'lawreport':>10} {'pandoc':>10} {'ratio':>7} {'peak RSS':>10}")
    for name, ours, theirs, rss in rows:
        ratio = (f"{ours / theirs:.3f}x" if ours < 0.1 * theirs else f"{ours / theirs:.2f}x") if theirs else "-"
        pandoc_s = f"{theirs:.3f}s" if theirs else "-"
        rss_s = f"{rss / 1024:.0f} MB" if rss else ""
        print(f"{name:42} {ours:>9.3f}s {pandoc_s:>10} {ratio:>7} {rss_s:>10}")


class SetAside:
    """Empties folders for a first run by moving them into ``place`` (deleted with the benchmark's
    temporary folder at the end), not by deleting them.

    On ext4 without a journal (the disk of the README's figures), creating a file skips, one by
    one, every free inode of its block group that was freed in the last minute (five minutes
    while the inode table is not written back: ``recently_deleted`` in fs/ext4/ialloc.c).
    Deleting the ~500 files of the previous run just before each first run made each of its
    ~500 file creations scan the inodes so freed: 0.3–0.6 ms per new file instead of 0.03 ms
    after a large deletion, up to a sixth of a run's CPU time in ``perf`` (``recently_deleted``
    and the buffer lookups it makes). A fresh machine or checkout has no such pile of freshly
    deleted files.
    """

    def __init__(self, place: Path) -> None:
        self.place = place
        self.moved = 0
        place.mkdir()

    def __call__(self, *folders: Path) -> None:
        for folder in folders:
            if folder.exists():
                self.moved += 1
                folder.rename(self.place / str(self.moved))


def batch(root: Path, count: int, runs: int, pandoc: str | None) -> list[Row]:
    """``build --all --force`` of ``count`` years (copies of the example) vs a pandoc loop: on a
    first run and on a rebuild."""
    ws = make_workspace(root, years=count - 2)
    md = ws / "report.md"
    md.write_text(pandoc_markdown(ws / "sections/2023"), "utf-8")
    script = (f'for i in $(seq {count}); do "{pandoc}" report.md -o p$i.docx && '
              f'"{pandoc}" report.md -s -o p$i.html; done')
    loop = [["sh", "-c", script]] if pandoc else None
    cache = Path(ENV["LAWREPORT_CACHE_DIR"])
    build_all = [*LAWREPORT, "build", "--all", "--force"]
    batch_runs = max(3, runs // 3)  # each run takes the pandoc loop's ~20 s; a median of three at least

    set_aside = SetAside(root / "aside")

    def fresh() -> None:  # a fresh machine or a CI checkout: no cache, nothing built before
        set_aside(cache, ws / "build")

    rows: list[Row] = []
    ours, theirs, _ = paired(build_all, loop, ws, batch_runs, before=fresh)
    rows.append((f"batch: {count} reports, first run", ours, theirs, None))
    # Rebuilding every year after a change of template or of lawreport: the sources were parsed before.
    ours, theirs, _ = paired(build_all, loop, ws, batch_runs)
    rows.append((f"batch: {count} reports, rebuild", ours, theirs, None))
    return rows


def received(one: Path, count: int, runs: int, pandoc: str | None, only: set[str]) -> list[Row]:
    """The cases on a received report (the example as .txt) and the quick commands, in the
    workspace ``one``."""
    from lawreport.render.context import build_view
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    txt = one / "received.txt"
    view = build_view(load_report(load_workspace(one), 2023))
    txt.write_text("\n".join(view.text_lines()) + "\n", "utf-8")
    pandoc_docx = [[pandoc, str(one / "report.md"), "-o", str(one / "p.docx")]] if pandoc else None
    rows: list[Row] = []
    for case, name, command in (("lint-txt", "lint one received .txt", [*LAWREPORT, "lint", str(txt)]),
                                ("version", "--version", [*LAWREPORT, "--version"]),
                                ("diff", "diff 2022 2023", [*LAWREPORT, "diff", "2022", "2023"])):
        if case not in only or (name.startswith(("lint", "diff")) and not _has_command(name.split()[0])):
            continue
        ours, theirs, _ = paired(command, pandoc_docx, one, runs)
        rows.append((name + " (vs pandoc DOCX)", ours, theirs, None))
    if "lint-many" in only:
        folder = one / "received"
        folder.mkdir()
        names = [f"r{i:03d}.txt" for i in range(count)]
        for name in names:
            shutil.copyfile(txt, folder / name)
        script = f'for i in $(seq {count}); do "{pandoc}" ../report.md -o p$i.docx; done'
        ours, theirs, _ = paired([*LAWREPORT, "lint", *names], [["sh", "-c", script]] if pandoc else None,
                                 folder, max(3, runs // 3))
        rows.append((f"lint-many: {count} received .txt, one lint", ours, theirs, None))
    return rows


def _has_command(name: str) -> bool:
    module = {"lint": "lawreport/commands/lint.py", "diff": "lawreport/commands/diff.py"}[name]
    return (REPO / module).is_file() and bool(re.search(name, (REPO / "lawreport/cli.py").read_text("utf-8")))


if __name__ == "__main__":
    main()
