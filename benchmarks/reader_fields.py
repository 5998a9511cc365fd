"""How often the audit's per-file columns are right on real received texts.

Run from the repository root:

    python benchmarks/reader_fields.py --dir RAW_DIR --fields benchmarks/openings/heldout/fields.tsv
    python benchmarks/reader_fields.py --sets RAW_ROOT   # every benchmarks/openings/<set>/fields.tsv
                                                         # against RAW_ROOT/<set>, then all pooled

RAW_DIR holds the openings as received (NN-name-year.txt, the names in each set's SOURCES.md; the
raw texts, furniture included, not prepare.py's output). Each file is read through the audit's
own entry, :func:`lawreport.audit.source.read`, and its 单位, 类型, 年度, 标题, 发布日期 and
成文日期 (the 落款's date, else the page's 成文日期: the audit's column) are compared with the
truth in fields.tsv (see benchmarks/openings/FIELDS.md; ``-`` = the text does not say). Only
what is no decision of the reader is normalised: whitespace, and full- against half-width brackets.

Per field it prints the files with a truth value, the files the reader gave a value for, how
many of those are right, precision (right / given) and recall (right / truth values), then each
file where the reader differs from the truth (``truth → reader``). The figures are in docs/audit.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIELDS = ("unit", "kind", "year", "title", "published", "written")
KINDS = {"government": "政府", "department": "部门"}
_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "〔": "[", "〕": "]"})
_SPACE = re.compile(r"\s+")


class Tally(NamedTuple):
    """One field's counts and the files where the reader differs from the truth."""

    truths: int
    given: int
    right: int
    wrong: tuple[str, ...]


def normalise(value: str) -> str:
    """A field as compared: no whitespace, brackets half-width; ``-`` and "" both mean none."""
    value = _SPACE.sub("", value).translate(_BRACKETS)
    return "" if value == "-" else value


def read_truth(path: Path) -> dict[str, dict[str, str]]:
    """fields.tsv: file number → field → value (a header line, then one row per file)."""
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line.strip()]
    header, body = rows[0], rows[1:]
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in body}


def reader_fields(path: Path) -> dict[str, str]:
    """The columns the audit writes for one file ("" for each when it cannot be read)."""
    from lawreport.audit.source import Unreadable, page_date, read
    from lawreport.sources.structure import load_structure

    got = read(path, load_structure(None))
    if isinstance(got, Unreadable):
        return dict.fromkeys(FIELDS, "")
    written = got.date or page_date(got.page_meta, "成文日期")
    return {"unit": got.issuer, "kind": KINDS.get(got.issuer_type, ""),
            "year": str(got.year) if got.year else "", "title": got.title,
            "published": got.published.isoformat() if got.published else "",
            "written": written.isoformat() if written else ""}


def compare(folder: Path, truth: dict[str, dict[str, str]], label: str = "") -> dict[str, Tally]:
    """Each field's tally over the files of ``folder`` that ``truth`` lists."""
    counts = {field: [0, 0, 0, []] for field in FIELDS}
    for number, expected in sorted(truth.items()):
        matches = sorted(folder.glob(f"{number}-*.txt"))
        if not matches:
            raise SystemExit(f"{folder}: no file {number}-*.txt")
        got = reader_fields(matches[0])
        for field in FIELDS:
            want, have = normalise(expected[field]), normalise(got[field])
            tally = counts[field]
            tally[0] += bool(want)
            tally[1] += bool(have)
            tally[2] += bool(have) and have == want
            if have != want:
                tally[3].append(f"{label}{matches[0].stem}: {want or '-'} → {have or '-'}")
    return {field: Tally(t[0], t[1], t[2], tuple(t[3])) for field, t in counts.items()}


def pooled(tallies: list[dict[str, Tally]]) -> dict[str, Tally]:
    """The tallies of several sets added up."""
    return {field: Tally(sum(t[field].truths for t in tallies), sum(t[field].given for t in tallies),
                         sum(t[field].right for t in tallies), tuple(w for t in tallies for w in t[field].wrong))
            for field in FIELDS}


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def report(name: str, tallies: dict[str, Tally], details: bool = True) -> None:
    """Print one table of figures (and, with ``details``, the files where a field is wrong)."""
    print(f"== {name}")
    print(f"{'field':10} {'truth':>5} {'given':>5} {'right':>5} {'precision':>9} {'recall':>6}")
    for field, t in tallies.items():
        print(f"{field:10} {t.truths:5} {t.given:5} {t.right:5} {_share(t.right, t.given):>9} "
              f"{_share(t.right, t.truths):>6}")
    if details:
        for field, t in tallies.items():
            for line in t.wrong:
                print(f"  {field}: {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="folder of received texts (NN-name-year.txt)")
    parser.add_argument("--fields", type=Path, help="the truth for --dir (a fields.tsv)")
    parser.add_argument("--sets", type=Path, metavar="RAW_ROOT",
                        help="measure every benchmarks/openings/<set> against RAW_ROOT/<set>, then pooled")
    args = parser.parse_args()
    if args.sets is not None:
        every = []
        for fields in sorted((ROOT / "benchmarks" / "openings").glob("*/fields.tsv")):
            name = fields.parent.name
            if (args.sets / name).is_dir():
                every.append(compare(args.sets / name, read_truth(fields), f"{name}/"))
                report(name, every[-1], details=False)
        report("pooled", pooled(every))
        return 0
    if args.dir is None or args.fields is None:
        parser.error("give --dir and --fields, or --sets")
    report(str(args.dir), compare(args.dir, read_truth(args.fields)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
