"""日期写法不规范（N007 date-form）。

作用：查找正文中“2024年03月01日”这类补零的月、日，以及“2024.3.1”“2024/3/1”这类日期。
表格和附注中的“2024-03-01”不在正文段落中，不检查。
原因：GB/T 15835-2011 与 GB/T 9704-2012 7.3.5.4：正文日期写作“2024年3月1日”，月、日不编虚位
（“1”不写作“01”）；“2024.3.1”是不规范的写法。
修复：补零的写法可安全修复（删去多余的0）；点号或斜线日期不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.text import units

_PADDED = re.compile(r"(?:(?<=\d年)|(?<=\d月))0(?=[1-9][月日])")
_DOTTED = re.compile(r"(?<![\d.])(?:19|20)\d{2}[./](?:1[0-2]|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])(?![\d.])")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in units(doc):
        for match in _PADDED.finditer(unit.text):
            yield Finding(unit.span_at(match.start()), "日期的月、日不补零，例如“3月1日”不写作“03月01日”",
                          unit.fix(match.start(), "0", ""))
        for match in _DOTTED.finditer(unit.text):
            year, month, day = re.split(r"[./]", match.group())
            yield Finding(unit.span_at(match.start()),
                          f"日期“{match.group()}”应写作“{year}年{int(month)}月{int(day)}日”")


RULE = Rule(
    code="N007",
    name="date-form",
    summary="日期写作“2024年3月1日”，月日不补零",
    check=check,
    doc=__doc__ or "",
    bad=("于2023年03月15日召开会议。", "于2023.3.15召开会议。"),
    good=("于2023年3月15日召开会议，12月10日总结，版本3.1.2发布。",),
    fixable=True,
)
