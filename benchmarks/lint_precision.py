"""Precision and recall of ``lawreport lint`` on received reports whose defects an editor marked.

Run from the repository root:

    python benchmarks/lint_precision.py                      # the fixtures tests/lint/cases/received*.txt
    python benchmarks/lint_precision.py --dir DIR --openings # real report openings kept outside the repo
                                                             # (benchmarks/openings/prepare.py makes DIR)

Each ``.txt`` marks the defects an editor would mark with ``<!-- expect: CODE, … -->`` at the end
of the line (the syntax of tests/lint/cases). A finding counts as found when its rule and line
match a mark; precision is the share of findings that are marked, recall the share of marks
found. A file is *blind* when lint could not read a report in it at all (only S000, no rule
ran). With ``--openings`` the files are the first lines of longer reports: findings that only
say something is missing at the end (a part, the 落款) are not counted, since the end was cut.
Prints one line per file that differs, then the totals (the figures in docs/lint.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the expect markers of the lint cases (tests/lint/expectations.py)

AT_THE_END = {"S001", "S005", "M003"}
"""Rules that report what is missing at the end of the text (not applicable to an opening)."""


def measure(files: list[Path], openings: bool) -> int:
    from lint.expectations import split_expectations

    from lawreport.lint.session import run
    from lawreport.lint.targets import load_received
    from lawreport.sources.structure import load_structure

    structure = load_structure(None)
    found_total = marked_total = hits = blind = 0
    with tempfile.TemporaryDirectory() as temp:
        for source in files:
            text, expected = split_expectations(source.read_text(encoding="utf-8"))
            path = Path(temp) / source.name
            path.write_text(text, encoding="utf-8")
            if load_received(path, structure).document is None:
                blind += 1
            last = len(text.rstrip("\n").split("\n"))
            found = set()
            for d in run([str(path)], start=Path(temp)).diagnostics:
                if openings and d.code in AT_THE_END and d.line >= last:
                    continue
                found.add((d.line, d.code))
            found_total += len(found)
            marked_total += len(expected)
            hits += len(found & expected)
            if found != expected:
                extra = ", ".join(f"{line}:{code}" for line, code in sorted(found - expected)) or "-"
                missed = ", ".join(f"{line}:{code}" for line, code in sorted(expected - found)) or "-"
                print(f"{source.name}: not marked {extra}; missed {missed}")
    precision = hits / found_total if found_total else 1.0
    recall = hits / marked_total if marked_total else 1.0
    print(f"files {len(files)}, blind {blind}; marked {marked_total}, findings {found_total}, "
          f"at the right line {hits}: precision {precision:.0%}, recall {recall:.0%}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "tests" / "lint" / "cases",
                        help="folder of marked .txt files (default: the lint fixtures)")
    parser.add_argument("--openings", action="store_true", help="the files are openings of longer reports")
    args = parser.parse_args()
    pattern = "received*.txt" if args.dir == ROOT / "tests" / "lint" / "cases" else "*.txt"
    return measure(sorted(args.dir.glob(pattern)), args.openings)


if __name__ == "__main__":
    sys.exit(main())
