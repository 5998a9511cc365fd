"""汉字年份中的零写错了（N006 zero-in-chinese-year）。

作用：查找汉字数字年份中用“0”“O”“o”“○”或“零”表示零的写法，如“二0二三年”“二○二三年”。
原因：GB/T 15835-2011：用作编号和年份的汉字数字，零写作“〇”（U+3007），不能用阿拉伯数字
0、字母 O 或几何符号○。
修复：安全。换成“〇”。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import matches_at, matching

_YEAR = re.compile(r"(?<![一二三四五六七八九十〇零○0OoО])[一二三四五六七八九〇零○0OoО]{4}(?=年)")
_BAD = "零○0OoО"


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in matching(doc, _YEAR, "年", 4):
        for match in matches_at(_YEAR, unit.text, "年", 4):  # four numerals, then 年
            year = match.group()
            if not any(c in "一二三四五六七八九" for c in year) or not any(c in _BAD for c in year):
                continue
            fixed = "".join("〇" if c in _BAD else c for c in year)
            edits = [(match.start() + i, c, "〇") for i, c in enumerate(year) if c in _BAD]
            yield Finding(unit.span_at(match.start()), f"汉字年份“{year}年”中的零应写作“〇”：{fixed}年",
                          unit.fixes(edits))


RULE = Rule(
    code="N006",
    name="zero-in-chinese-year",
    summary="汉字年份中的零写作“〇”",
    check=check,
    doc=__doc__ or "",
    bad=("二0二三年三月印发。", "二○二三年三月印发。"),
    good=("二〇二三年三月印发，2023年3月施行。",),
    fixable=True,
)
