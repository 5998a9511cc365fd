"""文本中混入了零宽字符或特殊空格（T005 invisible-chars）。

作用：查找零宽空格（U+200B）、零宽连接符（U+200C、U+200D）、字节顺序标记（U+FEFF，文件开头
除外）、U+2060，以及不在汉字之间的不换行空格（U+00A0）。汉字之间的空格由 P010 检查。
原因：这些字符看不见，会让检索、比对（diff）和字数统计出错（reliability.md T1）。
修复：安全。删除零宽字符，把不换行空格换成普通空格。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.cjk import cjk_at
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import printable
from lawreport.lint.text import units

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def _lone_nbsp(text: str) -> Iterator[int]:
    """Where a no-break space stands that is not between two CJK characters (those are P010's)."""
    index = text.find("\u00a0")
    while index >= 0:
        if not (cjk_at(text, index - 1) and cjk_at(text, index + 1)):
            yield index
        index = text.find("\u00a0", index + 1)


def check(doc: Document, options: None) -> Iterator[Finding]:
    if printable(doc):  # what this rule looks for is unprintable
        return
    for unit in units(doc):
        if unit.text.isprintable():  # a fast no: zero-width characters and U+00A0 are unprintable
            continue
        if not _ZERO_WIDTH.isdisjoint(unit.text):
            for index, char in enumerate(unit.text):
                if char in _ZERO_WIDTH:
                    yield Finding(unit.span_at(index), f"含有看不见的零宽字符 U+{ord(char):04X}，请删除",
                                  unit.fix(index, char, ""))
        for index in _lone_nbsp(unit.text):
            yield Finding(unit.span_at(index), "含有不换行空格（U+00A0），请改为普通空格或删除",
                          unit.fix(index, "\u00a0", " "))


RULE = Rule(
    code="T005",
    name="invisible-chars",
    summary="文本中不能有零宽字符和不换行空格",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("依法\u200b行政。", "使用 Office\u00a0Word 编辑。"),
    good=("依法行政，使用 Office Word 编辑。",),
    fixable=True,
)
