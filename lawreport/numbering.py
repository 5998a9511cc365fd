"""Heading numbers of 公文 (GB/T 9704 7.3.3): 一、 → （一） → 1. → （1）.

Conversions between integers and Chinese numerals, the label of each level, and a parser
for markers typed by hand (also in the half-width and spaced forms real reports use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Marker:
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


_CN = "一二三四五六七八九十百千〇零两"
_MARKER = re.compile(
    rf"""^(?:
        (?P<paren_cn>[（(](?P<pcn>[{_CN}]{{1,6}})[）)])(?P<ppunct_cn>[、.．，,]?)
      | (?P<paren_ar>[（(](?P<par>\d{{1,2}})[）)])(?P<ppunct_ar>[、.．，,]?)
      | (?P<cn>[{_CN}]{{1,6}})(?P<cnpunct>[、.．，,])
      | (?P<cnbare>[一二三四五六七八九十]{{1,3}})(?P<nopunct>)(?=[ \t\u3000]+[\u4e00-\u9fff\d])
      | (?P<ar>\d{{1,2}})(?P<arpunct>[.．、](?!\d))
    )(?P<space>[ \t\u3000]*)""",
    re.VERBOSE,
)


def parse_marker(text: str) -> Marker | None:
    """The heading marker at the start of ``text``, or None.

    Recognises 一、 （一） (一) 1. 1． 1、 （1） (1), with or without a following space, and
    ``一 `` (the 顿号 lost, a space instead) before Chinese text or a year.
    ``一是`` and the like are not markers.
    """
    match = _MARKER.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    space = groups["space"]
    if groups["paren_cn"]:
        written = groups["paren_cn"] + groups["ppunct_cn"]
        return Marker(2, from_chinese(groups["pcn"]), written, groups["ppunct_cn"], space,
                      groups["paren_cn"].startswith("("))
    if groups["paren_ar"]:
        written = groups["paren_ar"] + groups["ppunct_ar"]
        return Marker(4, int(groups["par"]), written, groups["ppunct_ar"], space,
                      groups["paren_ar"].startswith("("))
    if groups["cn"] or groups["cnbare"]:
        numeral = groups["cn"] or groups["cnbare"]
        punct = groups["cnpunct"] or ""
        number = from_chinese(numeral)
        if number is None:
            return None
        return Marker(1, number, numeral + punct, punct, space)
    number = int(groups["ar"])
    if number == 0:
        return None
    return Marker(3, number, groups["ar"] + groups["arpunct"], groups["arpunct"], space)
