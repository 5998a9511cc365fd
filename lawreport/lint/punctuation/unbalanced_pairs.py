"""成对标点不配对（P003 unbalanced-pairs）。

作用：在同一段（或标题）内检查引号“”‘’、书名号《》〈〉、括号（）【】〔〕是否成对，报告
缺少另一半的位置。形如“1）”“二）”的列项序号不报。
原因：GB/T 15834-2011 的标号成对使用；缺失的一半通常是删改时误删，印发后很难发现。
修复：无法安全修复（不知道另一半应补在哪里）。
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.text import units

PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "（": "）", "【": "】", "〔": "〕"}
_CLOSERS = {v: k for k, v in PAIRS.items()}
_ITEM_NUMBER = r"(?:^|[\s。；，：、])[\d一二三四五六七八九十]{1,2}$"
"""An item number before a lone "）"; compiled (and cached by re) on first use, which is rare."""


@functools.cache
def _pair_chars() -> re.Pattern[str]:
    """Any opener or closer: the check visits these, not every character (compiled on first use)."""
    return re.compile("[" + re.escape("".join(PAIRS) + "".join(_CLOSERS)) + "]")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in units(doc):
        text = unit.text
        stack: list[tuple[str, int]] = []
        lone: list[int] = []
        unclosed: list[tuple[str, int]] = []
        for match in _pair_chars().finditer(text):
            index, char = match.start(), match.group()
            if char in PAIRS:
                stack.append((char, index))
            elif char in _CLOSERS:
                opener = _CLOSERS[char]
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == opener), None)
                if depth is None:
                    if char == "）" and re.search(_ITEM_NUMBER, text[:index]):
                        continue
                    lone.append(index)
                else:
                    unclosed.extend(stack[depth + 1 :])
                    del stack[depth:]
        for opener, index in sorted(unclosed + stack, key=lambda item: item[1]):
            yield Finding(unit.span_at(index), f"“{opener}”没有对应的“{PAIRS[opener]}”，请补全或删除")
        for index in lone:
            yield Finding(unit.span_at(index), f"“{text[index]}”没有对应的“{_CLOSERS[text[index]]}”，请补全或删除")


RULE = Rule(
    code="P003",
    name="unbalanced-pairs",
    summary="引号、书名号、括号应成对",
    check=check,
    doc=__doc__ or "",
    bad=("学习《行政处罚法，提高执法水平。", "开展“法治进校园活动。", "完成整改（共5项。"),
    good=("学习《中华人民共和国行政处罚法》，开展“法治进校园”活动（共5场）。", "措施有三：1）建立台账；2）定期通报。"),
)
