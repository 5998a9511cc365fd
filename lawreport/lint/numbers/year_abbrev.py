"""年份被省略为两位（N002 year-abbrev）。

作用：查找“23年度”“’23年”“于23年”“至25年底”以及“2021—25年”这类省略了世纪的年份。“在10年内”
“近10年来”“于10年前”是时长，不报。
原因：GB/T 15835 规定年份不能简写（“1990年”不写作“90年”），起止年份也要写全（“1950—1980年”）。
修复：不自动修复，请写出完整的四位年份。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import matches_at, matching

_PATTERNS = (  # each with where its 年 stands in a match: the pattern is tried only there
    (re.compile(r"(?<![\d０-９.])\d{2}年度"), 2),
    (re.compile(r"['’]\d{2}年"), 3),
    (re.compile(r"(?<!\d)(?:19|20)\d{2}[—\-～~－]\d{2}年(?!度)"), 7),
    (re.compile(r"(?<=[于至])\d{2}年(?![代内来间多余以左前后里中的])"), 2),
)
_TWO_DIGITS = re.compile(r"(?<!\d)\d{2}年")
"""What a match of every pattern ends in: 年 after two digits that follow no third."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in matching(doc, _TWO_DIGITS, "年", 2):
        seen: set[int] = set()  # "于23年度" matches two patterns: one finding
        for pattern, offset in _PATTERNS:
            for match in matches_at(pattern, unit.text, "年", offset):
                if match.start() in seen:
                    continue
                seen.add(match.start())
                yield Finding(unit.span_at(match.start()), f"年份不能简写：“{match.group()}”请写出完整的四位年份")


RULE = Rule(
    code="N002",
    name="year-abbrev",
    summary="年份写全四位，不简写",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("23年度共办理案件12件。", "落实2021—25年规划。", "该项目于23年3月完成。", "规划期至25年底。"),
    good=("2023年度共办理案件12件，落实2021—2025年规划，近10年来持续推进。",
          "该项目于2023年3月完成，计划在10年内全部完成，始建于10年前，至今已运行12年。"),
)
