"""Tokens a reader thinks in: numbers with their units, Latin words and codes, single characters.

A figure is read as one thing: ``14件`` changed to ``16件`` is "14 became 16", never "the 4
became a 6"; ``96.8%`` → ``97.5%`` is one changed figure. A Latin word or code (``ISO9001``,
``App``) is one token too. Chinese is compared character by character (docs/diff.md says why
words from a segmenter did not read better).
"""

from __future__ import annotations

import re

UNITS = (
    "个百分点", "万人次", "平方米", "家次", "人次", "户次", "件次", "公里", "小时", "分钟", "万元", "亿元",
    "%", "％", "‰", "元", "人", "件", "次", "个", "项", "家", "场", "名", "份", "起", "条", "所", "台",
    "卷", "户", "篇", "批", "处", "天", "日", "月", "年", "倍", "期", "部", "本", "套", "万", "亿",
)
"""Units written right after a figure; the longest is tried first."""

_DIGITS = "0-9０-９"
_NUMBER = rf"[{_DIGITS}]+(?:[.．][{_DIGITS}]+)?"
_UNIT = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<number>{_NUMBER}(?:万|亿)?(?P<unit>{_UNIT})?)"
    r"|(?P<latin>[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９_]*)"
    r"|(?P<space>\s+)"
    r"|.",
    re.DOTALL,
)
_FIGURE = re.compile(rf"{_NUMBER}")


def tokens(text: str) -> list[str]:
    """``text`` cut into tokens; joined again they give ``text`` exactly."""
    return [match.group() for match in _TOKEN.finditer(text)]


def is_number(token: str) -> bool:
    """Whether ``token`` is a figure (with or without its unit)."""
    return bool(token) and _FIGURE.match(token) is not None


def unit_of(token: str) -> str:
    """The unit attached to a figure token (``件`` of ``14件``, ``万元`` of ``3.5万元``), or ""."""
    match = _TOKEN.fullmatch(token)
    if match is None or match.group("number") is None:
        return ""
    figure = _FIGURE.match(token)
    assert figure is not None
    return token[figure.end():]
