"""Heading numbers of 公文 (GB/T 9704 7.3.3): 一、 → （一） → 1. → （1）.

Conversions between integers and Chinese numerals, the label of each level, and a parser
for markers typed by hand (also in the half-width and spaced forms real reports use).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from lawreport.cjk import is_han
from lawreport.text.spaces import MARKER_SPACE

_DIGITS = "零一二三四五六七八九"
_CN_VALUE = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2}


def to_chinese(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 101 → 一百零一, 110 → 一百一十 (1–9999)."""
    if not 1 <= number <= 9999:
        raise ValueError(f"number out of range: {number}")
    if number < 100:
        tens, ones = divmod(number, 10)
        if tens == 0:
            return _DIGITS[ones]
        head = "" if tens == 1 else _DIGITS[tens]
        return head + "十" + (_DIGITS[ones] if ones else "")
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit:
            if zero:
                out += "零"
            out += _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def from_chinese(text: str) -> int | None:
    """Inverse of :func:`to_chinese`; None if ``text`` is not a number in that form."""
    if not text or any(ch not in _CN_VALUE and ch not in "十百千" for ch in text):
        return None
    if not any(ch in "百千" for ch in text):
        return _from_tens(text)
    total, digit, last_unit = 0, None, 10000
    for ch in text:
        if ch in "百千":
            unit = 100 if ch == "百" else 1000
            if digit is None or digit == 0 or unit >= last_unit:
                return None
            total += digit * unit
            digit, last_unit = None, unit
        elif ch == "十":
            if digit is None or digit == 0 or last_unit <= 10:
                return None
            total += digit * 10
            digit, last_unit = None, 10
        else:
            value = _CN_VALUE[ch]
            if value == 0:
                if digit is not None:
                    return None
                digit = 0
                continue
            if digit not in (None, 0):
                return None
            digit = value
    if digit:
        total += digit
    return total if to_chinese(total) == text else None


def _from_tens(text: str) -> int | None:
    """一 … 九十九."""
    if "十" not in text:
        return _CN_VALUE[text] if len(text) == 1 and _CN_VALUE[text] > 0 else None
    head, _, tail = text.partition("十")
    if len(head) > 1 or len(tail) > 1 or "十" in tail:
        return None
    tens = _CN_VALUE[head] if head else 1
    ones = _CN_VALUE[tail] if tail else 0
    if tens == 0 or (tail and ones == 0):
        return None
    return tens * 10 + ones


def label(level: int, number: int) -> str:
    """The marker for ``number`` at ``level`` (1 一、, 2 （一）, 3 1., 4 （1））."""
    chinese = to_chinese(number) if 1 <= number <= 9999 else str(number)
    if level == 1:
        return f"{chinese}、"
    if level == 2:
        return f"（{chinese}）"
    if level == 3:
        return f"{number}."
    if level == 4:
        return f"（{number}）"
    raise ValueError(f"level out of range: {level}")


class Marker(NamedTuple):
    """A numbering marker found at the start of a line."""

    level: int
    """1 一、 2 （一） 3 1. 4 （1）; the level the marker's family belongs to."""
    number: int | None
    text: str
    """The marker exactly as written, without what follows."""
    punct: str
    """What follows the number: "、", ".", "．", "" …"""
    space: str
    """Whitespace between the marker and the heading text."""
    halfwidth_brackets: bool = False

    @property
    def end(self) -> int:
        """Length of marker, punctuation and space together."""
        return len(self.text) + len(self.space)


_CN = frozenset("一二三四五六七八九十百千〇零两")
_YEAR_AFTER = re.compile(r"(?:19|20)\d{2}年")
"""A year right after “1.”: “1.2023年……” is a heading about the year, not the number 1.2023."""
_OPEN, _CLOSE = "（(", "）)"
_AFTER_PAREN = "、.．，,"
"""Punctuation written (wrongly) after a bracketed marker, kept so lint can point at it."""
_AFTER_CN = "、.．，,"
_AFTER_AR = ".．、"
_BARE_CN = frozenset("一二三四五六七八九十")
"""A part marker whose 顿号 was lost (一 标题) is one of these, at most three long."""


def _run(text: str, start: int, accept: Callable[[str], bool]) -> int:
    """The end of the run of characters from ``start`` for which ``accept(char)`` holds."""
    end = start
    while end < len(text) and accept(text[end]):
        end += 1
    return end


@functools.lru_cache(maxsize=4096)  # import and lint ask about the same line several times
def parse_marker(text: str) -> Marker | None:
    """The heading marker at the start of ``text``, or None.

    Recognises 一、 （一） (一) 1. 1． 1、 （1） (1), with or without a following space, and
    ``一 `` (the 顿号 lost, a space instead) before Chinese text or a year.
    ``一是`` and the like are not markers.
    """
    if not text:
        return None
    if text[0] in _OPEN:
        marker = _bracketed(text)
    elif text[0] in _CN:
        marker = _chinese(text)
    else:
        end = _run(text, 0, str.isdecimal)
        if not (1 <= end <= 2 and end < len(text) and text[end] in _AFTER_AR):
            return None
        if end + 1 < len(text) and text[end + 1].isdecimal() and _YEAR_AFTER.match(text, end + 1) is None:
            return None  # 1.5 is a number, not a marker; “1.2023年……” is one before a year
        number = int(text[:end])
        if number == 0:
            return None
        marker = Marker(3, number, text[: end + 1], text[end], "")
    if marker is None:
        return None
    after = len(marker.text)
    space = text[after:_run(text, after, MARKER_SPACE.__contains__)]
    return marker._replace(space=space)


def marker_end(text: str) -> int:
    """Where the heading text after the marker at the start of ``text`` begins (0 without a
    marker): after the marker and its spaces, and after the same marker written again (“一、一、”,
    “（一）（一）”: Word's automatic number, then the author's typed one)."""
    marker = parse_marker(text)
    if marker is None:
        return 0
    again = parse_marker(text[marker.end :])
    if again is not None and (again.level, again.number) == (marker.level, marker.number) \
            and text[marker.end + again.end :].strip():
        return marker.end + again.end
    return marker.end


def _chinese(text: str) -> Marker | None:
    """一、 (also with . ． ， ,), or a bare 一 to 三十 followed by spaces and Chinese text or a digit."""
    end = _run(text, 0, _CN.__contains__)
    if 1 <= end <= 6 and end < len(text) and text[end] in _AFTER_CN:
        number = from_chinese(text[:end])
        if number is None or (text[end] == "、" and _counts_on(text, end + 1, number)):
            return None
        return Marker(1, number, text[: end + 1], text[end], "")
    end = _run(text, 0, _BARE_CN.__contains__)
    after = _run(text, end, MARKER_SPACE.__contains__)
    if not (1 <= end <= 3 and end < after < len(text) and (is_han(text[after]) or text[after].isdecimal())):
        return None
    number = from_chinese(text[:end])
    return Marker(1, number, text[:end], "", "") if number is not None else None


def _counts_on(text: str, start: int, number: int) -> bool:
    """Whether ``text[start:]`` goes on counting quarters, months or grades (一、二季度, 三、四月份,
    一、二、三年级) from ``number``: the 、 joins numbers there and does not end a heading marker.
    A count goes up: “一、一、” is a marker written twice (Word's automatic number, then a typed one)."""
    end = _run(text, start, _BARE_CN.__contains__)
    if not (end > start and text.startswith(("、", "季", "月", "年级"), end)):
        return False
    following = from_chinese(text[start:end])
    return following is None or following > number


def _bracketed(text: str) -> Marker | None:
    """（一） or （1） (also with half-width brackets), with any punctuation written after it."""
    halfwidth = text[0] == "("
    end = _run(text, 1, _CN.__contains__)
    if 2 <= end <= 7 and end < len(text) and text[end] in _CLOSE:
        level, number = 2, from_chinese(text[1:end])
    else:
        end = _run(text, 1, str.isdecimal)
        if not (2 <= end <= 3 and end < len(text) and text[end] in _CLOSE):
            return None
        level, number = 4, int(text[1:end])
    close = end + 1
    punct = text[close] if close < len(text) and text[close] in _AFTER_PAREN else ""
    return Marker(level, number, text[: close + len(punct)], punct, "", halfwidth)
