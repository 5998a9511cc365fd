"""一个数里混用了阿拉伯数字和汉字数字（N004 mixed-numerals）。

作用：查找“3千人”“5百元”“1百零8”这类写法。与“万”“亿”连用（“4.1万”“10亿”）以及
“千米”“千克”“千瓦”“千伏”等计量单位不报。
原因：GB/T 15835-2011：同一个数不能混用阿拉伯数字和汉字数字，写作“3000人”或“三千人”。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_PATTERNS = (  # each with what its matches hold, searched first (a search for a pattern that starts with
    # a look-behind tries each position in full)
    (re.compile(r"(?<![\d.])\d+[十百千](?![米克瓦伏焦卡帕赫分位])"), re.compile(r"\d[十百千]")),
    (re.compile(r"[一二三四五六七八九]百零\d"), re.compile("百零")),
)


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "十百千"):  # what both patterns need
        for pattern, held in _PATTERNS:
            if not held.search(unit.text):
                continue
            for match in pattern.finditer(unit.text):
                yield Finding(unit.span_at(match.start()),
                              f"“{match.group()}”混用了阿拉伯数字和汉字数字，请统一写作阿拉伯数字（如3000）或汉字")


RULE = Rule(
    code="N004",
    name="mixed-numerals",
    summary="同一个数不混用阿拉伯数字和汉字数字",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("培训教师3千人次。",),
    good=("培训教师3000人次，覆盖4.1万名学生，新建10千伏线路。",),
)
