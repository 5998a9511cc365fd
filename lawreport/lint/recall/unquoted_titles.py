"""常引文件的名称没有加书名号（T014 title-without-book-marks）。

作用：查找正文中写出了常引文件的完整名称却没有加书名号的地方，例如“落实法治政府建设实施纲要
（2021—2025年）”。文件名称列在 lawreport/data/known_titles.txt（与 T003 共用）。只查带年份
或以“规定”“条例”结尾的完整名称，泛称（“法治政府建设实施纲要”“纲要”）不报。
原因：GB/T 15834-2011 4.15：书名、篇名、文件名等用书名号标示。
修复：不自动修复（提示加书名号）。
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding
from lawreport.lint.terms.known_titles import known_titles


def _full() -> list[str]:
    return [title for title in known_titles() if "（" in title or title.endswith(("规定", "条例"))]


@functools.cache
def _pattern() -> re.Pattern[str]:
    flexible = [re.escape(title).replace("（", "[（(]").replace("）", "[）)]").replace("—", "[—\\-－–~～]")
                for title in _full()]
    return re.compile("|".join(flexible))


@functools.cache
def heads() -> tuple[str, ...]:
    """What each match of the pattern starts with: its title up to the first bracket or dash."""
    return tuple(dict.fromkeys(re.split("[（）—]", title, maxsplit=1)[0] for title in _full()))


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, heads()):
        if unit.kind == "title":
            continue
        text = unit.text
        for match in _pattern().finditer(text):
            before, after = text[:match.start()], text[match.end():]
            if before.count("《") > before.count("》") or after[:1] == "》" or before.endswith(("《", "〈", "“")):
                continue
            yield Finding(unit.span_at(match.start()), f"文件名称“{match.group()}”应加书名号：《{match.group()}》")


RULE = Rule(
    code="T014",
    name="title-without-book-marks",
    summary="常引文件的名称加书名号",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("落实法治政府建设实施纲要（2021—2025年），全面推进依法行政。",),
    good=("落实《法治政府建设实施纲要（2021—2025年）》和《贯彻〈法治政府建设实施纲要（2021—2025年）〉的方案》。",),
)
