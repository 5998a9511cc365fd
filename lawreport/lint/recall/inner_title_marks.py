"""书名号内的书名号写成尖括号（P013 inner-title-marks）。

作用：查找书名号《》之内用“<>”“‹›”“＜＞”表示的内层书名号：“《贯彻<法治政府建设实施纲要>
的方案》”应写作“《贯彻〈法治政府建设实施纲要〉的方案》”。
原因：GB/T 15834-2011 4.15.2：书名号里边还要用书名号时，外面一层用双书名号“《》”，里边
一层用单书名号“〈〉”（U+3008、U+3009）；“<>”是数学符号，从网页复制时常被替换。
修复：安全。把尖括号换成单书名号。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding

_BOOK = re.compile(r"《[^《》]*》")
_INNER = re.compile(r"[<‹＜]([^<>‹›＜＞《》]{1,60})[>›＞]")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "<‹＜"):  # what _INNER needs
        for book in _BOOK.finditer(unit.text):
            for inner in _INNER.finditer(book.group()):
                start = book.start() + inner.start()
                old = inner.group()
                fix = unit.fix(start, old, f"〈{inner.group(1)}〉")
                yield Finding(unit.span_at(start), f"书名号内的书名号应写作“〈{inner.group(1)}〉”，不用“{old[0]}{old[-1]}”", fix)


RULE = Rule(
    code="P013",
    name="inner-title-marks",
    summary="书名号内的书名号用〈〉，不用 < >",
    check=check,
    doc=__doc__ or "",
    bad=("印发《贯彻<法治政府建设实施纲要>的方案》。", "印发《贯彻‹法治社会建设实施纲要›的措施》。"),
    good=("印发《贯彻〈法治政府建设实施纲要〉的方案》，其中 a<b 的写法不在书名号内。",),
    fixable=True,
)
