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
from lawreport.lint.search import holding

PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "（": "）", "【": "】", "〔": "〕"}
_CLOSERS = {v: k for k, v in PAIRS.items()}
_MARKS = (*PAIRS, *_CLOSERS)
_SEPARATORS = "。；，：、"
_NUMERALS = "一二三四五六七八九十"


@functools.cache
def _pair_chars() -> re.Pattern[str]:
    """Any opener or closer: the check visits these, not every character (compiled on first use)."""
    return re.compile("[" + re.escape("".join(PAIRS) + "".join(_CLOSERS)) + "]")


def _item_number_before(text: str, index: int) -> bool:
    """Whether one or two digits or numerals (1）, 十）) end ``text[:index]``, at its start or after
    a space or a separator: an item number, whose "）" has no opener. Reads at most three
    characters back."""
    count = 0
    while count < 3 and index - count > 0 and (text[index - count - 1].isdecimal()
                                               or text[index - count - 1] in _NUMERALS):
        count += 1
    if not 1 <= count <= 2:
        return False
    before = index - count - 1
    return before < 0 or text[before].isspace() or text[before] in _SEPARATORS


def _unpaired(text: str) -> tuple[list[tuple[str, int]], list[int]]:
    """(openers left unclosed, lone closers): a closer closes the nearest open one of its kind,
    and what was opened after that one is left unclosed. Linear: each opener is pushed and
    removed once, and each kind keeps where its open ones stand in the stack."""
    stack: list[tuple[str, int]] = []
    open_at: dict[str, list[int]] = {opener: [] for opener in PAIRS}
    lone: list[int] = []
    unclosed: list[tuple[str, int]] = []
    for match in _pair_chars().finditer(text):
        index, char = match.start(), match.group()
        if char in PAIRS:
            open_at[char].append(len(stack))
            stack.append((char, index))
            continue
        depths = open_at[_CLOSERS[char]]
        if not depths:
            if not (char == "）" and _item_number_before(text, index)):
                lone.append(index)
            continue
        depth = depths.pop()
        for opener, position in stack[depth + 1:]:
            open_at[opener].pop()
            unclosed.append((opener, position))
        del stack[depth:]
    return sorted(unclosed + stack, key=lambda item: item[1]), lone


def _nested(text: str) -> bool:
    """Whether every pair mark of ``text`` closes the last one left open: then nothing is unpaired
    (the common case, told by a walk over the marks alone)."""
    expected: list[str] = []
    for char in _pair_chars().findall(text):
        if char in PAIRS:
            expected.append(PAIRS[char])
        elif not expected or expected.pop() != char:
            return False
    return not expected


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, _MARKS):
        text = unit.text
        if _nested(text):
            continue
        unclosed, lone = _unpaired(text)
        for opener, index in unclosed:
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
