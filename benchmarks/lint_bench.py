"""Benchmark: lint many reports received as .txt: reports per second, and memory as the count grows.

Run:  python benchmarks/lint_bench.py [REPORT.txt] [--counts 10,100,1000,10000] [--runs 15] [--format json]

Without REPORT.txt, a received-style text is composed from the example workspace
(sections/2023). For each count, that many copies are linted by ``lawreport lint`` in a fresh
process (start-up included, on every core, output to a pipe that is read and dropped), ``--runs``
times, the counts interleaved run by run; printed are the median time with its spread, reports
per second, the CPU seconds of all processes and of the parent alone (on a machine others
load too, CPU time says more than wall time), and the peak resident memory of the lint
process and of its largest worker. The
same process also times ``pandoc`` reading the same files on one core, for scale. No timing is
asserted anywhere; the figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Runs lint in this process (so that its own peak memory is the parent's), its findings going
# to stdout (the pipe the benchmark reads and drops), and writes to the file argv[3] the peaks
# of this process and of the largest worker it waited for.
_MEASURE = """
import json, resource, sys, time
from lawreport.cli import main
files = open(sys.argv[2], encoding="utf-8").read().split("\\n")
start = time.perf_counter()
code = main(["lint", "--format", sys.argv[1], *files])
seconds = time.perf_counter() - start
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    json.dump({"code": code, "seconds": seconds, "parent_kb": own.ru_maxrss, "worker_kb": workers.ru_maxrss,
               "parent_cpu": own.ru_utime + own.ru_stime, "worker_cpu": workers.ru_utime + workers.ru_stime}, out)
"""


def example_text() -> str:
    """The example workspace's 2023 report as a received plain-text report."""
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace
    from lawreport.text.numbering import label

    report = load_report(load_workspace(ROOT), 2023)
    lines = [report.title, f"{report.meta.addressee}：", *(p.text for p in report.meta.preamble)]
    for number, part in enumerate(report.parts, 1):
        lines.append(label(1, number) + part.title)
        counters: dict[int, int] = {}
        for section in part.walk():
            level = section.heading.level
            counters[level] = counters.get(level, 0) + 1
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            lines.append(label(level, counters[level]) + section.heading.title)
            lines.extend(b.text for b in section.blocks if hasattr(b, "runs"))
    lines += [report.meta.signatory, f"{report.meta.date.year}年{report.meta.date.month}月{report.meta.date.day}日"]
    return "\n".join(lines) + "\n"


def _run(folder: Path, listing: Path, fmt: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    figures = folder / "figures.json"
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", _MEASURE, fmt, str(listing), str(figures)], cwd=folder, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        while process.stdout.read(1 << 16):  # the findings: read from the pipe and dropped as they come, so
            pass  # that this process stays small (a child started from a large one reports its peak memory)
    result = json.loads(figures.read_text(encoding="utf-8"))
    result["wall"] = time.perf_counter() - start
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", nargs="?", type=Path)
    parser.add_argument("--counts", default="10,100,1000,10000")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--format", default="json", choices=("text", "json", "github", "sarif"))
    args = parser.parse_args()
    text = args.report.read_text(encoding="utf-8") if args.report else example_text()
    counts = [int(c) for c in args.counts.split(",")]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for index in range(max(counts)):
            (folder / f"r{index:05d}.txt").write_text(text, encoding="utf-8")
        listings = {}
        for count in counts:
            listings[count] = folder / f"list-{count}"
            listings[count].write_text("\n".join(f"r{index:05d}.txt" for index in range(count)), encoding="utf-8")
        cores = os.cpu_count()
        print(f"负载 {' '.join(f'{value:.2f}' for value in os.getloadavg())}（运行前）")
        print(f"每份报告 {len(text)} 字符；{cores} 个核心；格式 {args.format}；每种数量运行 {args.runs} 次（交替进行）")
        results: dict[int, list[dict[str, float]]] = {count: [] for count in counts}
        for _ in range(args.runs):
            for count in counts:
                results[count].append(_run(folder, listings[count], args.format))
        print(f"{'份数':>6} {'中位时间 s':>10} {'最短–最长 s':>14} {'份/秒':>8} {'CPU 秒':>8} {'主进程 CPU':>10} "
              f"{'主进程峰值 MB':>13} {'子进程峰值 MB':>13}")
        for count in counts:
            walls = [r["wall"] for r in results[count]]
            median = statistics.median(walls)
            parent = max(r["parent_kb"] for r in results[count]) / 1024
            worker = max(r["worker_kb"] for r in results[count]) / 1024
            cpu = statistics.median(r["parent_cpu"] + r["worker_cpu"] for r in results[count])
            parent_cpu = statistics.median(r["parent_cpu"] for r in results[count])
            print(f"{count:>6} {median:>10.2f} {min(walls):>6.2f}–{max(walls):<6.2f} {count / median:>8.0f} {cpu:>8.2f} "
                  f"{parent_cpu:>10.2f} {parent:>13.1f} {worker:>13.1f}")
        pandoc = shutil.which("pandoc")
        if pandoc:
            count = max([c for c in counts if c <= 1000] or [min(counts)])
            names = listings[count].read_text(encoding="utf-8").split("\n")
            start = time.perf_counter()
            subprocess.run([pandoc, "-f", "markdown", "-t", "plain", "-o", os.devnull, *names], cwd=folder,
                           capture_output=True, check=False)
            print(f"pandoc 读入 {count} 份并输出纯文本（单进程，作对比）：{time.perf_counter() - start:.2f} 秒")
    return 0


if __name__ == "__main__":
    sys.exit(main())
