"""Time ``lawreport diff`` on the example years (2022 → 2023).

Run from the repository root:  python benchmarks/diff_bench.py [--repeat N]

Prints the median time of: loading both years, compare(), each output format (the Word redline
too), and the whole command in a fresh process (``python -m lawreport diff 2022 2023``), which
includes start-up. Nothing here asserts a time; the figures are for docs/diff.md and for spotting
regressions.

``--tokens`` instead measures what docs/diff.md reports on comparing Chinese by character or by
word (jieba): over every changed paragraph of the example and of the test fixture, how many
edits there are, how many of them begin or end inside a dictionary word, how many characters
they mark, and how long the diffs take.
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


def _changed_pairs() -> list[tuple[str, str]]:
    from lawreport.diff import compare
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    pairs = []
    for root, year in ((ROOT, 2022), (ROOT / "tests" / "diff" / "fixtures", 2030)):
        workspace = load_workspace(root)
        diff = compare(load_report(workspace, year), load_report(workspace, year + 1))
        for part in diff.parts:
            for unit in [*part.units, *(u for s in part.sections for u in s.units)]:
                if unit.status == "changed" and unit.kind == "paragraph":
                    pairs.append((unit.old_text, unit.new_text))
    return pairs


def compare_tokens(repeat: int) -> None:
    """Character tokens (with whole figures) against jieba words, on the same changed paragraphs."""
    from lawreport.diff.textdiff import text_diff
    from lawreport.diff.tokens import tokens
    from lawreport.diff.words import words

    pairs = _changed_pairs()
    bounds: dict[str, set[int]] = {}

    def word_bounds(text: str) -> set[int]:
        if text not in bounds:
            found, position = {0}, 0
            for word in words(text):
                position += len(word)
                found.add(position)
            bounds[text] = found
        return bounds[text]

    print(f"{len(pairs)} changed paragraphs (example 2022→2023 and fixture 2030→2031)")
    for name, cut in (("character", tokens), ("jieba word", words)):
        edits = inside = marked = 0
        for old, new in pairs:
            segments = text_diff(old, new, cut)
            for side, skip in ((old, "insert"), (new, "delete")):
                position = 0
                for segment in segments:
                    if segment.op == skip:
                        continue
                    end = position + len(segment.text)
                    if segment.op != "equal":
                        edits += 1
                        marked += len(segment.text)
                        inside += (position not in word_bounds(side)) + (end not in word_bounds(side))
                    position = end
        ms = _median_ms(lambda cut=cut: [text_diff(o, n, cut) for o, n in pairs], repeat)
        print(f"  {name:<10}  edits {edits:4d}  edit ends inside a word {inside:4d}  "
              f"characters marked {marked:5d}  {ms:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--old", type=int, default=2022)
    parser.add_argument("--new", type=int, default=2023)
    parser.add_argument("--tokens", action="store_true", help="compare character and word tokens instead")
    args = parser.parse_args()
    if args.tokens:
        compare_tokens(args.repeat)
        return

    from lawreport.diff import compare
    from lawreport.diff.htmlout import render_html
    from lawreport.diff.jsonout import render_json
    from lawreport.diff.redline import render_redline
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
        ("word redline", _median_ms(lambda: render_redline(result, old, new), args.repeat)),
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
