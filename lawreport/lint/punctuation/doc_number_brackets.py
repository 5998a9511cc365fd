"""发文字号中的年份没有用六角括号（P009 doc-number-brackets）。

作用：查找“厅字[2019]28号”“教发（2023）5号”“政办【2022】3号”这类发文字号，也查在页面上与六角括号
相像的小型括号“﹝2025﹞”（U+FE5D、U+FE5E）和全角方括号“［2025］”。
原因：GB/T 9704-2012 7.2.4：发文字号的年份用六角括号“〔〕”括入。
修复：安全。把年份两侧的括号换成“〔〕”。
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lawreport.cjk import han_at
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Compiled on the first text with a 号. A match must also follow a Chinese character (tested in
    ``check``: a regex look-behind for that is slow to compile)."""
    return re.compile(r"([\[(（【﹝［])((?:19|20)\d{2})([\])）】﹞］])(?=\d{1,4}号)")


_SMALL = "﹝﹞"
"""The small-form brackets, which look like 〔〕 on the page (the message says so)."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "号"):
        for match in _pattern().finditer(unit.text):
            if not han_at(unit.text, match.start() - 1):
                continue
            left, year, right = match.groups()
            small = "（“﹝﹞”是小型括号，不是六角括号）" if left in _SMALL or right in _SMALL else ""
            yield Finding(unit.span_at(match.start()),
                          f"发文字号的年份应用六角括号：“{left}{year}{right}”应写作“〔{year}〕”{small}",
                          unit.fixes([(match.start(1), left, "〔"), (match.end(2), right, "〕")]))


RULE = Rule(
    code="P009",
    name="doc-number-brackets",
    summary="发文字号的年份用六角括号〔〕",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("按照厅字[2019]28号文件要求。", "转发县政办发（2023）5号文件。", "依据县法治办﹝2023﹞8号通知。"),
    good=("按照厅字〔2019〕28号文件要求。", "依据《条例（2019）》第3号附件。"),
    fixable=True,
)
