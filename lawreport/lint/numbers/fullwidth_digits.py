"""使用了全角数字或全角拉丁字母（N001 fullwidth-digits）。

作用：查找“２０２３”“ＡＢＣ”这类全角数字和字母。
原因：GB/T 15835-2011 的阿拉伯数字和 GB/T 9704 公文中的数字、字母用半角形式；全角数字在
检索、统计和排版（数字不能断行）时都会出问题。
修复：安全。换成对应的半角字符。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding, joined

_PATTERN = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+")
_FULLWIDTH = tuple(chr(code) for first, last in ("０９", "ＡＺ", "ａｚ") for code in range(ord(first), ord(last) + 1))
"""The characters of ``_PATTERN``."""


def _half(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) for c in text)


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not _PATTERN.search(joined(doc).text):  # one search of the text: faster than one for each character
        return
    for unit in holding(doc, _FULLWIDTH):
        for match in _PATTERN.finditer(unit.text):
            written = match.group()
            yield Finding(unit.span_at(match.start()), f"全角字符“{written}”应改为半角“{_half(written)}”",
                          unit.fix(match.start(), written, _half(written)))


RULE = Rule(
    code="N001",
    name="fullwidth-digits",
    summary="数字和字母用半角",
    check=check,
    doc=__doc__ or "",
    bad=("２０２３年共办理案件１２件。", "建成ＡＰＰ服务平台。"),
    good=("2023年共办理案件12件，建成APP服务平台。",),
    fixable=True,
)
