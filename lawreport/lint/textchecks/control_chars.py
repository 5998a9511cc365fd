"""文本中混入了控制字符（T004 control-chars）。

作用：查找从 Word 复制时带入的控制字符：U+000B（Shift+Enter 手动换行）、U+0007、U+000C
（分页符）、其他 C0/C1 控制字符和非字符 U+FFFE、U+FFFF。
原因：这些字符看不见，XML 中不能有它们（生成 DOCX 和 HTML 时被删去，原文因此与生成的文件不一致），在网页上还会显示为乱码
（reliability.md M6）。
修复：安全。删除这些字符（手动换行 U+000B 删除后，前后文字直接相连）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import printable
from lawreport.lint.text import units

_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0xFFFE, 0xFFFF), (0xD800, 0xDFFF))
_CONTROLS = frozenset(chr(code) for first, last in _RANGES for code in range(first, last + 1))
"""C0 and C1 controls (not tab, newline, carriage return), U+FFFE, U+FFFF and lone surrogates."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    if printable(doc):  # what this rule looks for is unprintable
        return
    for unit in units(doc):
        if unit.text.isprintable() or _CONTROLS.isdisjoint(unit.text):  # isprintable: a fast no (all are unprintable)
            continue
        for index, char in enumerate(unit.text):
            if char not in _CONTROLS:
                continue
            yield Finding(unit.span_at(index), f"含有看不见的控制字符 U+{ord(char):04X}，请删除",
                          unit.fix(index, char, ""))


RULE = Rule(
    code="T004",
    name="control-chars",
    summary="文本中不能有控制字符",
    check=check,
    doc=__doc__ or "",
    bad=("依法行政\x0b严格执法。",),
    good=("依法行政，严格执法。",),
    fixable=True,
)
