"""Prepare real-report openings for ``benchmarks/lint_precision.py --openings``.

Seventeen sets of beginnings of published reports, as the ``search`` tool's pages corpus returns
them: ``development`` (44 reports; lint's rules and reader were corrected on it, so its figure
is biased), ``heldout`` (30 other issuers, measured once before anything was changed for it),
``heldout2`` (17 more, measured once on the code of the end of that day) and ``heldout3``
(29 more: 5 provinces, 4 city and 3 county governments, 11 departments, 6 towns and streets,
2016–2024; marked blind, the marks committed, then measured once with no change to lawreport's
code), ``heldout4`` (23 more, 2019–2024), ``heldout5`` (27 more, 2017–2024), ``heldout6`` (15 more,
2018–2024) and ``heldout7`` (8 more, 2020–2023), these four marked and measured the same way,
``heldout8`` (24 more, all of them 2025 reports, the first set to have them: 9 towns and townships,
5 streets, 10 departments; marked the same way, with fields.tsv giving what the reader should find) and
``heldout9`` (24 more 2025 reports, of the kinds heldout8 lacked: 12 county, district and city governments,
5 开发区 and 新区 管委会, 4 provincial-level and 3 county departments; marked and measured the same way:
blind, lint 61% precision and 83% recall, 64% / 88% with the two marks corrected on review; its reader
figures are in its SOURCES.md), ``heldout10`` and ``heldout11`` (24 more each, 2022–2025) and ``heldout12``
(24 more, 2023–2025: provincial departments, a 自治州 and a 自治县, provinces the sets had little of; marked
and measured the same way) and ``heldout13`` (22 more, 2021–2025, most 2022 and 2023: city and county
市场监管、人社、自然资源、农业农村、审计 bureaus, 司法局 of cities, 山东 towns with page furniture, 河南 and
江苏 city governments; marked and measured the same way) and ``heldout14`` (24 more, 2020–2025, most 2021
and 2022: 住建、卫健、公安、城管、文旅、教育 bureaus, a government's 办公室 and 办公厅, a 开发区, towns of 重庆 and 广东, and
issuers of 青海、山西、陕西、辽宁、贵州、北京; marked and measured the same way) and ``heldout15`` (16 more,
2019–2025: 统计、林草、商务、水务、财政 bureaus, a 开发区's bureau, a 乡 and three 街道, 2019 and 2020 reports, and issuers of
西藏、吉林、安徽、江西、甘肃; marked and measured the same way) and ``heldout16`` (23 more, 2020–2025: 退役军人事务、气象、
审计、民宗、信访 and 2021 人社 bureaus, 审计署, a 开发区 whose title drops its place, streets and a town; marked and measured
the same way) and ``heldout17`` (25 more, 2018–2025: 民政、应急管理、数据、政务服务和数据管理、体育、科技、卫健、国防动员
offices, a 自然资源 分局, two towns and two 高新区; marked and measured the same way). SOURCES.md in each folder gives each page's
address and title; marks.tsv the editor's marks. The texts themselves are not kept in this repository: whoever measures again saves each
excerpt as given in RAW_DIR/NN-name-year.txt (the names in SOURCES.md), then:

    python benchmarks/openings/prepare.py development RAW_DIR OUT_DIR
    python benchmarks/lint_precision.py --dir OUT_DIR --openings

Each step is mechanical:

1. **Restore the punctuation the corpus folded.** The corpus turns full-width ，；：？！（） into
   half-width (none of the excerpts has one, while all have “”、《》。), so these are turned
   back in a Chinese context only (a bracket left unclosed too); everything else (hyphens, [ ], spaces, a lost dash) is left
   as given, and P001 (half-width punctuation) is therefore not marked.
2. **End each excerpt at a complete sentence.** The corpus cuts each page mid-sentence; an open
   quote or book-title mark at the cut is the cut's, not the report's (a last line that ends in ）
   or ” with a 《 or “ still open is cut as well). The last line is
   shortened to its last 。！？, or dropped when it has none or only a heading would be left
   (一、 （一） （1） 1. 一是 …: a run-in item cut after its first sentence would read as a
   heading standing alone).
3. **Add the editor's marks** (marks.tsv: file number, line, rule codes), decided by reading
   each prepared text against the rule catalogue before lint was run on it; the few marks
   corrected on review are listed in docs/lint.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FW = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}


def _ascii_word(c: str) -> bool:
    return c != "" and c.isascii() and c.isalnum()


def restore_line(s: str) -> str:
    """Full-width , ; : ? ! ( ) where the corpus folded them (not in 1,000, 09:18, ://, PM(2.5)); a
    bracket left unclosed too, unless an ASCII word stands on its outer side."""
    out = list(s)
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i, c in enumerate(s):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            pairs[stack.pop()] = i
    for opening, closing in pairs.items():
        if s[opening + 1:closing].isascii() and _ascii_word(s[opening - 1] if opening else ""):
            continue
        out[opening], out[closing] = "（", "）"
    paired = set(pairs) | set(pairs.values())
    for i, c in enumerate(s):  # a bracket left unclosed in a Chinese context (“规划(2021—2025年》”)
        if c == "(" and i not in paired and not _ascii_word(s[i - 1] if i else ""):
            out[i] = "（"
        elif c == ")" and i not in paired and not _ascii_word(s[i + 1] if i + 1 < len(s) else ""):
            out[i] = "）"
    for i, c in enumerate(s):
        before, after = (s[i - 1] if i else ""), (s[i + 1] if i + 1 < len(s) else "")
        if c in ",;?!" and not (_ascii_word(before) and _ascii_word(after)):
            out[i] = FW[c]
        elif c == ":" and not (before.isdigit() and after.isdigit()) and s[i:i + 3] != "://":
            out[i] = FW[c]
    return "".join(out)


HEADING = re.compile(r"\s*(（[一二三四五六七八九十]+）|（\d+）|[一二三四五六七八九十]+、|\d+[.、．]|[一二三四五六七八九十]是)")


def read_marks(path: Path) -> dict[str, dict[int, list[str]]]:
    """marks.tsv: file number → line → rule codes."""
    marks: dict[str, dict[int, list[str]]] = {}
    for row in path.read_text("utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            number, line, codes = row.split("\t")
            marks.setdefault(number, {})[int(line)] = codes.split(",")
    return marks


def prepare(text: str, marks: dict[int, list[str]]) -> str:
    """The excerpt restored, ended at a complete sentence, with its marks."""
    lines = [restore_line(line) for line in text.rstrip("\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return ""
    body = lines[-1]
    unclosed = body.count("《") > body.count("》") or body.count("“") > body.count("”")
    if unclosed or not re.search(r"[。！？；：”）》]\s*$", body):  # “…条例（修订）” inside an open 《 is cut too
        cut = max(body.rfind(c) for c in "。！？")
        kept = body[:cut + 1]
        if cut >= 0 and not (HEADING.match(kept) and kept.count("。") == 1):
            lines[-1] = kept
        else:
            lines.pop()
    for number, codes in marks.items():
        if number > len(lines):
            raise ValueError(f"a mark on line {number}, past the prepared text's {len(lines)} lines")
        lines[number - 1] += "<!-- expect: " + ", ".join(codes) + " -->"
    return "\n".join(lines) + "\n"


def main() -> None:
    which, raw, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    marks = read_marks(Path(__file__).parent / which / "marks.tsv")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw.glob("*.txt")):
        (out / path.name).write_text(prepare(path.read_text("utf-8"), marks.get(path.name[:2], {})), "utf-8")


if __name__ == "__main__":
    main()
