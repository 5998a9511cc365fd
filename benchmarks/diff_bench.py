"""Time ``lawreport diff`` on the example years (2022 → 2023).

Run from the repository root:  python benchmarks/diff_bench.py [--repeat N]

Prints the median time of: loading both years, compare(), each output format, and the whole
command in a fresh process (``python -m lawreport diff 2022 2023``), which includes start-up.
Nothing here asserts a time; the figures are for the README and for spotting regressions.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--old", type=int, default=2022)
    parser.add_argument("--new", type=int, default=2023)
    args = parser.parse_args()

    from lawreport.diff import compare
    from lawreport.diff.htmlout import render_html
    from lawreport.diff.jsonout import render_json
    from lawreport.diff.textout import render_text
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    workspace = load_workspace(ROOT)
    old, new = load_report(workspace, args.old), load_report(workspace, args.new)
    result = compare(old, new)
    chars = sum(p.old_chars + p.new_chars for p in result.parts)
    rows = [
        ("load both years", _median_ms(lambda: (load_report(workspace, args.old), load_report(workspace, args.new)),
                                       args.repeat)),
        ("compare()", _median_ms(lambda: compare(old, new), args.repeat)),
        ("text output", _median_ms(lambda: render_text(result), args.repeat)),
        ("json output", _median_ms(lambda: render_json(result), args.repeat)),
        ("html output", _median_ms(lambda: render_html(result), args.repeat)),
    ]
    command = [sys.executable, "-m", "lawreport", "diff", str(args.old), str(args.new)]
    rows.append(("whole command (new process)",
                 _median_ms(lambda: subprocess.run(command, cwd=ROOT, capture_output=True, check=True),
                            max(3, args.repeat // 4))))
    print(f"lawreport diff {args.old} → {args.new}: {chars} characters compared, median of {args.repeat} runs")
    for name, ms in rows:
        print(f"  {name:<30} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
