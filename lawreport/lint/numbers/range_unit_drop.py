"""数值范围省略了前一个数的单位（N005 range-unit-drop）。

作用：查找“15～30%”“9～16亿”这类前一个数缺少“%”“万”“亿”的范围。
原因：GB/T 15835-2011：数值范围中，省略前一个数的单位或符号会引起歧义时不能省略，
应写作“15%～30%”“9亿～16亿”。
修复：安全。给前一个数补上同样的单位。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_PATTERN = re.compile(r"(?<![\d.%])(\d+(?:\.\d+)?)([～~—\-－])(\d+(?:\.\d+)?)(万|亿|%)")
_HOLDS = re.compile(r"\d[～~—\-－]\d")
"""What every match holds, found faster (a search for a pattern that starts with a look-behind
tries each position in full)."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "万亿%"):  # the unit the pattern ends in
        if not _HOLDS.search(unit.text):
            continue
        for match in _PATTERN.finditer(unit.text):
            first, connector, second, suffix = match.groups()
            fixed = f"{first}{suffix}{connector}{second}{suffix}"
            yield Finding(unit.span_at(match.start()), f"“{match.group()}”前一个数也要带单位，应写作“{fixed}”",
                          unit.fix(match.end(1), "", suffix))


RULE = Rule(
    code="N005",
    name="range-unit-drop",
    summary="数值范围的两个数都带单位",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("满意率提高15～30%。", "投入资金9～16亿元。"),
    good=("满意率提高15%～30%，投入资金9亿～16亿元。",),
    fixable=True,
)
