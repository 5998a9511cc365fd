"""文件名称中的年份缺“年”（N009 year-without-nian）。

作用：查找书名号内紧跟汉字、没有“年”的四位年份：“《2021工作要点》”应写作“《2021年工作要点》”。
年份起止（“2021—2025年”）、“2021版”和“2021号”之类不报。没有配对“》”的“《”（漏写的书名号由 P003
报告）之后的文字也查，到第一个“，”“。”“；”“：”或下一个“《”为止、至多 60 字（名称在哪里结束看不出来，
只看最近的一段）：“印发《2023工作要点，明确……”。
原因：GB/T 15835-2011 5.2.1：年份写全，并带“年”字；文件名称须与发布的名称一致。
修复：安全。在年份后补“年”。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import HAN_CLASS
from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding

_BOOK = re.compile(r"《[^《》]*》")
_UNCLOSED = re.compile(r"《[^《》，。；：,;:]{1,60}(?=[，。；：,;:《]|$)(?![^《]*》)")
"""A 《 whose title is never closed: no 》 before the next 《 or the end of the text; the title is
taken to run to the next clause mark at most (where it ends cannot be told: the nearest stretch)."""
_YEAR = re.compile(rf"(?<![\d—\-－～~])((?:19|20)\d{{2}})(?=[{HAN_CLASS}])(?![年版号届期级])")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "《"):
        books = [*_BOOK.finditer(unit.text), *_UNCLOSED.finditer(unit.text)]
        for book in sorted(books, key=lambda match: match.start()):
            for year in _YEAR.finditer(book.group()):
                start = book.start() + year.start()
                fix = unit.fix(start, year.group(), year.group() + "年")
                yield Finding(unit.span_at(start), f"文件名称中的年份“{year.group()}”后缺“年”，应写作“{year.group()}年”", fix)


RULE = Rule(
    code="N009",
    name="year-without-nian",
    summary="文件名称中的年份带“年”（《2021年工作要点》）",
    check=check,
    doc=__doc__ or "",
    bad=("印发《2021工作要点》。", "印发《2021工作要点，明确任务12项。"),
    good=("印发《2021年工作要点》和《法治政府建设实施纲要（2021—2025年）》。",),
    fixable=True,
)
