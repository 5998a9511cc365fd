"""正文用了相对时间（T009 relative-time，默认关闭）。

作用：查找“今年”“去年”“明年”“本年度”“上年”等相对时间词。
原因：年度报告会被长期公开和引用，脱离发布时间后“今年”含义不明，宜写明具体年份
（期刊编校规范的通行要求）。这是文风建议，默认不启用，可在 lawreport.yaml 的 lint.select 中开启。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_PATTERN = re.compile(r"今年|去年|明年|本年度|上年(?!级)")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ("今年", "去年", "明年", "本年度", "上年")):  # what the pattern needs
        for match in _PATTERN.finditer(unit.text):
            yield Finding(unit.span_at(match.start()), f"“{match.group()}”请写明具体年份，例如“{doc.report.year}年”")


RULE = Rule(
    code="T009",
    name="relative-time",
    summary="用具体年份代替“今年”“去年”等（默认关闭）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    bad=("今年共办理行政许可94件。",),
    good=("2023年共办理行政许可94件。",),
    default_enabled=False,
)
