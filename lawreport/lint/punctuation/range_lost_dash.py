"""起止年份之间丢了连接号（P008 range-lost-dash）。

作用：查找“20212025年”这类两个年份连写的数字。
原因：这是复制粘贴时丢失了一字线“—”的痕迹，应写作“2021—2025年”（GB/T 15834-2011 4.13）。
修复：不自动修复，请核对原文后补上“—”。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import matches_at, matching

_PATTERN = re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in matching(doc, _PATTERN, "年", 8):
        for match in matches_at(_PATTERN, unit.text, "年", 8):  # two years, then 年
            first, second = match.group(1), match.group(2)
            if int(second) <= int(first):
                continue
            yield Finding(unit.span_at(match.start()),
                          f"“{match.group()}”像是两个年份连写，丢了连接号，应写作“{first}—{second}年”")


RULE = Rule(
    code="P008",
    name="range-lost-dash",
    summary="起止年份之间应有一字线“—”",
    check=check,
    doc=__doc__ or "",
    bad=("落实《法治政府建设实施纲要（20212025年）》。",),
    good=("落实《法治政府建设实施纲要（2021—2025年）》。", "全年投入20232500元。"),
)
