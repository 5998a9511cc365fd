"""日期写法不规范（N007 date-form）。

作用：查找正文中“2024年03月01日”这类补零的月、日，以及“2024.3.1”“2024/3/1”这类日期；正文
段落中的“2024-03-01”作警告（这种写法只用于表格和附注，表格中的不报）。
原因：GB/T 15835-2011 与 GB/T 9704-2012 7.3.5.4：正文日期写作“2024年3月1日”，月、日不编虚位
（“1”不写作“01”）；“2024.3.1”是不规范的写法。
修复：补零的写法可安全修复（删去多余的0）；点号、斜线和短横线日期不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding, matches_at

_PADDED = re.compile(r"(?:(?<=\d年)|(?<=\d月))0(?=[1-9][月日])")
_ISO = re.compile(r"(?<![\d\-./])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\-])")
_DOTTED = re.compile(r"(?<![\d.])(?:19|20)\d{2}[./](?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])(?![\d.])")
_DOTTED_HOLDS = re.compile(r"\d[./]\d")
"""What a match of ``_DOTTED`` holds, found faster (a search for a pattern that starts with a
look-behind tries each position in full)."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ("年0", "月0", ".", "/", "-")):  # what each pattern needs
        for match in matches_at(_PADDED, unit.text, "0", 0):
            yield Finding(unit.span_at(match.start()), "日期的月、日不补零，例如“3月1日”不写作“03月01日”",
                          unit.fix(match.start(), "0", ""))
        for match in _DOTTED.finditer(unit.text) if _DOTTED_HOLDS.search(unit.text) else ():
            year, month, day = re.split(r"[./]", match.group())
            yield Finding(unit.span_at(match.start()),
                          f"日期“{match.group()}”应写作“{year}年{int(month)}月{int(day)}日”")
        if unit.kind == "paragraph":
            for match in matches_at(_ISO, unit.text, "-", 4):  # a year, then -
                year, month, day = match.group().split("-")
                yield Finding(unit.span_at(match.start()),
                              f"正文中的日期“{match.group()}”应写作“{year}年{int(month)}月{int(day)}日”"
                              "（“2024-03-01”的写法只用于表格和附注）", severity=Severity.WARNING)


RULE = Rule(
    code="N007",
    name="date-form",
    summary="日期写作“2024年3月1日”，月日不补零",
    check=check,
    doc=__doc__ or "",
    bad=("于2023年03月15日召开会议。", "于2023.3.15召开会议。", "统计截止日为2023-12-31。"),
    good=("于2023年3月15日召开会议，12月10日总结，版本3.1.2发布。",
          "| 事项 | 办结日期 |\n| --- | --- |\n| 许可 | 2023-12-31 |",
          "投诉电话0471-1234567，编号2023-0015，依据GB/T 15834-2011。"),
    fixable=True,
)
