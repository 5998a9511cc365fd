"""文本中含有双向文字控制符（T006 bidi-controls）。

作用：查找 U+202A–U+202E、U+2066–U+2069、U+200E、U+200F 等改变文字显示方向的控制符。
原因：这类字符能让审阅者在屏幕上看到的文字与实际发布的文字不同（“Trojan Source”，
CVE-2021-42574）；中文报告不需要它们（reliability.md T2）。
修复：安全。删除这些字符。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import printable
from lawreport.lint.text import units
from lawreport.text.controls import BIDI_CONTROLS

_CONTROLS = BIDI_CONTROLS


def check(doc: Document, options: None) -> Iterator[Finding]:
    if printable(doc):  # what this rule looks for is unprintable
        return
    for unit in units(doc):
        if unit.text.isprintable() or _CONTROLS.isdisjoint(unit.text):  # isprintable: a fast no (all are unprintable)
            continue
        for index, char in enumerate(unit.text):
            if char not in _CONTROLS:
                continue
            yield Finding(unit.span_at(index),
                          f"含有改变显示方向的控制符 U+{ord(char):04X}，审阅时看到的可能与发布的不同，请删除",
                          unit.fix(index, char, ""))


RULE = Rule(
    code="T006",
    name="bidi-controls",
    summary="文本中不能有双向文字控制符",
    check=check,
    doc=__doc__ or "",
    bad=("办结率\u202e%001\u202c。",),
    good=("办结率100%。",),
    fixable=True,
)
