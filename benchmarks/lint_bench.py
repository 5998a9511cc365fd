"""Benchmark: lint 100 copies of a report received as .txt; compare with pandoc reading the same files.

Run:  python benchmarks/lint_bench.py [REPORT.txt] [--copies N]

Without REPORT.txt, a received-style text is composed from the example workspace
(sections/2023). No timing is asserted anywhere; the figures are for the README.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", nargs="?", type=Path)
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    text = args.report.read_text(encoding="utf-8") if args.report else example_text()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        paths = []
        for index in range(args.copies):
            path = folder / f"report-{index:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        print(f"{args.copies} 份报告，每份 {len(text)} 字符")

        from lawreport.lint.session import run

        start = time.perf_counter()
        outcome = run(paths)
        elapsed = time.perf_counter() - start
        print(f"lawreport lint（进程内）：{elapsed:.2f} 秒，{len(outcome.diagnostics)} 个问题，"
              f"{elapsed / args.copies * 1000:.1f} 毫秒/份")

        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lawreport", "lint", "--format", "json", *paths],
                       cwd=folder, capture_output=True, check=False)
        print(f"lawreport lint（命令行，含启动）：{time.perf_counter() - start:.2f} 秒")

        pandoc = shutil.which("pandoc")
        if pandoc:
            start = time.perf_counter()
            subprocess.run([pandoc, "-f", "markdown", "-t", "plain", "-o", str(folder / "all.out"), *paths],
                           capture_output=True, check=False)
            print(f"pandoc（只读入并输出纯文本，作对比）：{time.perf_counter() - start:.2f} 秒")
        else:
            print("未安装 pandoc，跳过对比。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
