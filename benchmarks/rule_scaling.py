"""Hunt for lint rules (and their parsers) that are not linear on hostile text.

Run from the repository root:  python benchmarks/rule_scaling.py [--size N] [--only CODE,…]

Each hostile body (long runs of every punctuation mark, nesting, repetition, many lines) is
linted at two sizes, N and 2N characters, as the measures part of a Markdown workspace and as
the body of a received .txt report. Every report rule runs alone and is timed; a rule whose
time more than triples when the text doubles, and that takes over 50 ms at 2N, is printed as
SUPER-LINEAR. Loading (the parsers) is timed the same way under the name "load". Exits 1 if
anything is flagged. Nothing here is asserted in the test suite.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the examples' report (tests/lint/examples.py)

PUNCT = list(",.;:?!()[]{}<>\"'`~@#$%^&*_-+=|\\/") + list("，。；：？！（）【】《》〈〉「」『』〔〕“”‘’、…—－～·　") + ["\u00a0", "\u200b"]


def bodies() -> dict[str, Callable[[int], str]]:
    """Hostile bodies by name: each takes a size in characters."""
    made: dict[str, Callable[[int], str]] = {}
    for mark in PUNCT:
        made[f"run {mark!r}"] = lambda n, m=mark: "法治" + m * n + "政府。"
        made[f"run {mark!r} in Latin"] = lambda n, m=mark: "a" + m * n + "b"
        made[f"alt {mark!r}"] = lambda n, m=mark: (m + "法") * (n // 2) + "。"
    made["nested ( )"] = lambda n: "法" + "(" * (n // 2) + "治" + ")" * (n // 2) + "。"
    made["nested （ ）"] = lambda n: "法" + "（" * (n // 2) + "治" + "）" * (n // 2) + "。"
    made["nested [ ]"] = lambda n: "法" + "[" * (n // 2) + "治" + "]" * (n // 2) + "。"
    made["nested “ ”"] = lambda n: "法" + "“" * (n // 2) + "治" + "”" * (n // 2) + "。"
    made["nested 《 》"] = lambda n: "法" + "《" * (n // 2) + "治" + "》" * (n // 2) + "。"
    made["open ( with han"] = lambda n: "(法" * (n // 2)
    made["close ) with han"] = lambda n: "法)" * (n // 2)
    made["<!--"] = lambda n: "法治" + "<!--" * (n // 4)
    made["<!-- -->"] = lambda n: "法治" + "<!-- x -->" * (n // 10)
    made["disable"] = lambda n: "法治。" + "<!-- lawreport-disable P001: 引用 -->" * (n // 34)
    made["disable lines"] = lambda n: "<!-- lawreport-disable P001: 引用 -->\n\n法治。\n\n" * (n // 40)
    made["digits"] = lambda n: "共" + "1" * n + "人。"
    made["digits, commas"] = lambda n: "共" + "1," * (n // 2) + "人。"
    made["years"] = lambda n: "2023年" * (n // 5)
    made["dates"] = lambda n: "2023年1月1日至" * (n // 10)
    made["chinese numerals"] = lambda n: "一二三四五六七八九十百千万" * (n // 13)
    made["markers"] = lambda n: "（一）" * (n // 3)
    made["marker lines"] = lambda n: "（一）加强学习\n\n" * (n // 9)
    made["numbered lines"] = lambda n: "1.做法。\n\n" * (n // 7)
    made["http"] = lambda n: "见http://" + "a" * n + "法。"
    made["urls"] = lambda n: "见 http://a.cn 法" * (n // 16)
    made["at signs"] = lambda n: "a@" * (n // 2)
    made["www."] = lambda n: "www." * (n // 4)
    made["spaces"] = lambda n: "法" + " " * n + "治"
    made["han spaces"] = lambda n: "法 " * (n // 2)
    made["han"] = lambda n: "法治政府建设" * (n // 6)
    made["han then @"] = lambda n: "法" * n + ",@"
    made["unclosed directives"] = lambda n: "法治" + "<!-- lawreport-enable " * (n // 22)
    made["closers over openers"] = lambda n: "法" + "《" * (n // 6) + "，1）" * (n // 6) + "》" * (n // 6)
    made["admin chars"] = lambda n: "省市区县旗镇乡" * (n // 7)
    made["quotes"] = lambda n: "\"法\"" * (n // 3)
    made["single quotes"] = lambda n: "'法'" * (n // 3)
    made["ellipsis dots"] = lambda n: "法" + "." * n
    made["dashes"] = lambda n: "法" + "-" * n + "治"
    made["tilde ranges"] = lambda n: "1~2" * (n // 3)
    made["lines of one char"] = lambda n: "法\n" * (n // 2)
    made["table"] = lambda n: "| a | b |\n|---|---|\n" + "| 法 | 治 |\n" * (n // 10)
    return made


class Corpus:
    """Writes one hostile body as a workspace's measures part and as a received report."""

    def __init__(self, folder: Path) -> None:
        from lint.examples import PARTS, REPORT_YAML

        self.folder = folder
        self.parts = PARTS
        self.report_yaml = REPORT_YAML

    def documents(self, body: str) -> list[tuple[str, Callable[[], object]]]:
        from lint.examples import received_text

        from lawreport.lint.targets import load_received, load_year
        from lawreport.sources.structure import load_structure
        from lawreport.sources.workspace import Workspace

        structure = load_structure(None)
        year = self.folder / "ws" / "sections" / "2023"
        year.mkdir(parents=True, exist_ok=True)
        (year / "report.yaml").write_text(self.report_yaml, encoding="utf-8")
        for key, text in self.parts.items():
            (year / f"{key}.md").write_text(body + "\n" if key == "measures" else text, encoding="utf-8")
        received = self.folder / "报告.txt"
        received.write_text(received_text("（一）加强学习\n" + body), encoding="utf-8")
        return [("md", lambda: load_year(Workspace(self.folder / "ws"), 2023, structure, set())),
                ("txt", lambda: load_received(received, structure))]


def timed(call: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=8000)
    parser.add_argument("--only", help="rule codes, comma-separated")
    args = parser.parse_args()
    from lawreport.lint.registry import ALL_RULES
    from lawreport.lint.runner import lint_document

    rules = [rule for rule in ALL_RULES if rule.target == "report"
             and (not args.only or rule.code in args.only.split(","))]
    from lawreport.lint.config import Active

    flagged = 0
    with tempfile.TemporaryDirectory() as temp:
        corpus = Corpus(Path(temp))
        for name, make in bodies().items():
            times: dict[tuple[str, str], list[float]] = {}
            for size in (args.size, 2 * args.size):
                for kind, load in corpus.documents(make(size)):
                    seconds, loaded = timed(load)
                    times.setdefault((kind, "load"), []).append(seconds)
                    document = loaded.document  # type: ignore[attr-defined]
                    if document is None:
                        continue
                    for rule in rules:
                        active = [Active(rule, None, rule.default_options())]
                        seconds, _ = timed(functools.partial(lint_document, document, active))
                        times.setdefault((kind, rule.code), []).append(seconds)
            for (kind, code), measured in sorted(times.items()):
                if len(measured) != 2:  # the body was read at one size only (a limit refused the other)
                    print(f"ONE SIZE     {code:<5} {kind:<4} {name:<22} read at one of the two sizes only")
                    continue
                small, large = measured
                if large > 0.05 and large > 3 * max(small, 1e-4):
                    flagged += 1
                    print(f"SUPER-LINEAR {code:<5} {kind:<4} {name:<22} {small:7.3f} s → {large:7.3f} s")
                elif large > 0.5:
                    print(f"SLOW         {code:<5} {kind:<4} {name:<22} {small:7.3f} s → {large:7.3f} s")
            sys.stdout.flush()
    print("done:", flagged, "flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
