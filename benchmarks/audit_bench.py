"""Time ``lawreport audit`` on a generated corpus (default 1,000 reports) and check what it finds.

Run from the repository root:  python benchmarks/audit_bench.py [--reports N] [--every K]

The corpus comes from tests/audit/corpus.py's ``generate``: plain-text reports of made-up units
that share the county's boilerplate and sentence frames, with a distinct paragraph planted in
each K-th unit and the next. Prints the time of the per-file stage (all cores) and of the copy
index, the peak memory of the main process and of one worker, the stoplist size, and how many
planted pairs were found (and how many other pairs were reported). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "audit"))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _planted(path: str, every: int) -> int:
    return int(Path(path).stem) // every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--formats", default="xlsx,csv,json,html")
    args = parser.parse_args()

    import corpus

    from lawreport.audit import run as audit_run
    from lawreport.audit.outputs import parse_formats, write_outputs
    from lawreport.audit.records import AuditResult
    from lawreport.sources.structure import load_structure

    with tempfile.TemporaryDirectory() as folder:
        reports = Path(folder) / "reports"
        start = time.perf_counter()
        planted = corpus.generate(reports, args.reports, args.every)
        generated = time.perf_counter() - start

        settings = audit_run.Settings(load_structure(None), None, {})
        start = time.perf_counter()
        paths = [str(p) for p in audit_run.find_files([reports])]
        collected = audit_run.audit_all(paths, settings)
        per_file = time.perf_counter() - start
        peak = {"per-file stage": _peak_mb()}
        shared, stopped = audit_run.cross_unit(collected)
        total = time.perf_counter() - start
        peak["copy index"] = _peak_mb()
        result = AuditResult(tuple(collected.rows), tuple(shared), (), False, False, stopped, None)
        start = time.perf_counter()
        written = write_outputs(result, parse_formats(args.formats), Path(folder) / "out")
        outputs = time.perf_counter() - start
        peak["outputs"] = _peak_mb()
        sizes = {p.name: p.stat().st_size for p in written}

    found = {(_planted(p.first.file, args.every), _planted(p.second.file, args.every)) for p in result.shared}
    true_pairs = {pair for pair in found if pair[0] == pair[1]}
    other = sum(1 for p in result.shared
                if _planted(p.first.file, args.every) != _planted(p.second.file, args.every)
                or {int(Path(p.first.file).stem) % args.every, int(Path(p.second.file).stem) % args.every} != {0, 1})
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"reports                 {args.reports} (generated in {generated:.1f} s)")
    print(f"audit (read, lint, index) {total:.1f} s  = {args.reports / total:.0f} reports/s")
    print(f"  per-file stage        {per_file:.1f} s (all cores)")
    print(f"  copy index            {total - per_file:.1f} s (main process)")
    print(f"outputs ({args.formats}) {outputs:.1f} s  " + ", ".join(f"{k} {v // 1024} KB" for k, v in sizes.items()))
    print(f"peak memory             main {main_rss:.0f} MB, largest worker {child_rss:.0f} MB")
    print("  main after each stage " + ", ".join(f"{k} {v:.0f} MB" for k, v in peak.items()))
    print(f"stoplist                {result.stoplist} shingles")
    print(f"planted pairs found     {len(true_pairs)} of {planted['planted_pairs']}; other pairs reported {other}")


if __name__ == "__main__":
    main()
