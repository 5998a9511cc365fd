"""Time ``lawreport audit`` on a generated corpus (default 1,000 reports) and check what it finds.

Run from the repository root:  python benchmarks/audit_bench.py [--reports N] [--every K]

The corpus comes from tests/audit/corpus.py's ``generate``: plain-text reports of made-up units
that share the county's boilerplate and sentence frames, with a distinct paragraph planted in
each K-th unit and the next. Prints the time of the per-file stage (all cores) and of the copy
index, the CPU time of the main process and of the workers, the main process's memory after
each stage and its peak, the peak of one worker, the size of the run's store on disk, the
stoplist size, and how many planted pairs were found (and how many other pairs were reported).

The index's own size is measured afterwards by running the copy stage again over the same
store under tracemalloc: its traced peak is what the stoplist counts and the LSH index hold
(plus the few chunks read back at a time). Main-process memory minus that is what must stay
flat as the number of reports grows. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "audit"))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _now_mb() -> float:
    """Resident memory of this process now (Linux /proc; the peak elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


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
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    with tempfile.TemporaryDirectory() as folder, Spool() as spool:
        reports = Path(folder) / "reports"
        start = time.perf_counter()
        planted = corpus.generate(reports, args.reports, args.every)
        generated = time.perf_counter() - start

        settings = audit_run.Settings(load_structure(None), None, {})
        cpu_main, cpu_workers = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        paths = [str(p) for p in audit_run.find_files([reports])]
        audit_run.audit_all(paths, settings, spool)
        per_file = time.perf_counter() - start
        memory = {"per-file stage": _now_mb()}
        shared, stopped = audit_run.cross_unit(spool)
        total = time.perf_counter() - start
        memory["copy index"] = _now_mb()
        result = AuditResult(spool.rows(), tuple(shared), (), False, False, stopped, None)
        start = time.perf_counter()
        written = write_outputs(result, parse_formats(args.formats), Path(folder) / "out")
        outputs = time.perf_counter() - start
        memory["outputs"] = _now_mb()
        cpu_main = _cpu(resource.RUSAGE_SELF) - cpu_main
        cpu_workers = _cpu(resource.RUSAGE_CHILDREN) - cpu_workers
        main_rss = _peak_mb()
        sizes = {p.name: p.stat().st_size for p in written}
        store = spool.path.stat().st_size

        tracemalloc.start()
        audit_run.cross_unit(spool)
        index_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()

    found = {(_planted(p.first.file, args.every), _planted(p.second.file, args.every)) for p in result.shared}
    true_pairs = {pair for pair in found if pair[0] == pair[1]}
    other = sum(1 for p in result.shared
                if _planted(p.first.file, args.every) != _planted(p.second.file, args.every)
                or {int(Path(p.first.file).stem) % args.every, int(Path(p.second.file).stem) % args.every} != {0, 1})
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"reports                 {args.reports} (generated in {generated:.1f} s)")
    print(f"audit (read, lint, index) {total:.1f} s  = {args.reports / total:.0f} reports/s")
    print(f"  per-file stage        {per_file:.1f} s (all cores)")
    print(f"  copy index            {total - per_file:.1f} s (main process)")
    print(f"outputs ({args.formats}) {outputs:.1f} s  " + ", ".join(f"{k} {v // 1024} KB" for k, v in sizes.items()))
    print(f"cpu time                main {cpu_main:.1f} s, workers {cpu_workers:.1f} s")
    print(f"peak memory             main {main_rss:.0f} MB, largest worker {child_rss:.0f} MB")
    print("  main after each stage " + ", ".join(f"{k} {v:.0f} MB" for k, v in memory.items()))
    print(f"  copy index's own size {index_peak:.1f} MB (traced peak of the copy stage); "
          f"main peak minus index {main_rss - index_peak:.0f} MB")
    print(f"store on disk           {store / 2**20:.0f} MB")
    print(f"stoplist                {result.stoplist} shingles")
    print(f"planted pairs found     {len(true_pairs)} of {planted['planted_pairs']}; other pairs reported {other}")


if __name__ == "__main__":
    main()
