"""Word's automatic numbering (``numbering.xml``) rendered to the label the reader sees.

A paragraph with ``w:numPr`` (directly or through its style) shows a label that is not in
its text: ``lvlText`` such as ``"（%1）"`` with each ``%N`` replaced by the counter of level
N in that level's ``numFmt`` (``chineseCounting`` 一二三, ``decimal``, ``decimalEnclosedCircle``
①…). Counters run per abstract list and honour ``startOverride``. A level starts again when a
higher level is numbered, as its ``w:lvlRestart`` says (ECMA-376 17.9.10): without it, after
any higher level; with N (one-based), only after level N or a higher one; with 0, never; a
value naming this level or a lower one is ignored. What Word shows between the label and the
text is the level's ``w:suff``: a tab (also when ``w:suff`` is absent), a space, or nothing.
A list defined through a list style (Word's “定义新的列表样式”: an ``abstractNum`` with only
``w:numStyleLink``) takes the levels, and shares the counters, of the ``abstractNum`` whose
``w:styleLink`` names that style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from lawreport.ooxml.names import MC, w
from lawreport.ooxml.values import int_attr
from lawreport.text.numbering import to_chinese

_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
MAX_START = 32767
"""Word's largest list start value; larger values are corrupt and are clamped."""
MAX_LABEL = 40
"""Characters of a label (and of its level text) kept: report numbering is a few characters
(``%1.%2.%3.%4.`` with large numbers is twenty). A longer one is corrupt or hostile (a level text
of thousands of ``%1``, letters counted past 32767): cut here, so that a small file's labels
cannot grow into gigabytes of text."""
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(number: int) -> str:
    out = "M" * min(number // 1000, MAX_LABEL)
    number %= 1000
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    letter = chr(ord("A") + (number - 1) % 26)
    return letter * min((number - 1) // 26 + 1, MAX_LABEL)


def _chinese(number: int) -> str:
    return to_chinese(number) if 1 <= number <= 99 else str(number)


def format_number(number: int, fmt: str) -> str:
    """``number`` in Word's number format ``fmt``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseCountingThousand"):
        return _chinese(number)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return "".join(_LEGAL[int(d)] for d in str(number)) if number < 10 else _chinese(number).translate(
            str.maketrans("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if fmt == "decimalEnclosedParen" and 1 <= number <= 20:
        return chr(0x2474 + number - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= number <= 20:
        return chr(0x2488 + number - 1)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "upperLetter":
        return _letters(number)
    if fmt == "lowerLetter":
        return _letters(number).lower()
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt == "ideographTraditional" and 1 <= number <= 10:
        return _STEMS[number - 1]
    if fmt == "ideographZodiac" and 1 <= number <= 12:
        return _BRANCHES[number - 1]
    if fmt == "none":
        return ""
    return str(number)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    style: str | None = None
    legal: bool = False
    suffix: str = "tab"
    restart: int | None = None
    """``w:lvlRestart``: the one-based level after which this one starts again (0: never); None: absent."""

    def restarts_after(self, ilvl: int, higher: int) -> bool:
        """Whether this level (``ilvl``) starts again when the higher level ``higher`` is numbered."""
        if self.restart is None or self.restart > ilvl:  # absent, or naming this level or a lower one
            return True
        return self.restart != 0 and higher < self.restart


@dataclass
class _List:
    levels: dict[int, _Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


def _fmt(lvl: etree._Element) -> str:
    direct = lvl.find(w("numFmt"))
    if direct is not None:
        return direct.get(w("val"), "decimal")
    for choice in lvl.iter(f"{MC}Choice"):
        custom = choice.find(w("numFmt"))
        if custom is not None and "一" in custom.get(w("format"), ""):
            return "chineseCounting"
    for fallback in lvl.iter(f"{MC}Fallback"):
        found = fallback.find(w("numFmt"))
        if found is not None:
            return found.get(w("val"), "decimal")
    return "decimal"


def _restart(element: etree._Element | None) -> int | None:
    """The value of ``w:lvlRestart``; None when absent or not a level number (then ignored)."""
    value = int_attr(element.get(w("val")), -1, 10) if element is not None else None
    return value if value is not None and value >= 0 else None


def _level(lvl: etree._Element) -> _Level:
    start = lvl.find(w("start"))
    text = lvl.find(w("lvlText"))
    style = lvl.find(w("pStyle"))
    suff = lvl.find(w("suff"))
    restart = lvl.find(w("lvlRestart"))
    first = int_attr(start.get(w("val"), "1"), 0, MAX_START) if start is not None else 1
    first = 1 if first is None else first
    return _Level(first, _fmt(lvl), text.get(w("val"), "")[:MAX_LABEL] if text is not None else "",
                  style.get(w("val")) if style is not None else None, lvl.find(w("isLgl")) is not None,
                  suff.get(w("val"), "tab") if suff is not None else "tab", _restart(restart))


def _ilvl(element: etree._Element) -> int:
    return int_attr(element.get(w("ilvl"), "0"), 0, 8) or 0


class Numbering:
    """The numbering definitions of a document and the running counters while reading it."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, _List] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        styled: dict[str, str] = {}
        for element in root.iter(w("abstractNum")):
            levels = {_ilvl(lvl): _level(lvl) for lvl in element.iter(w("lvl"))}
            abstract_id = element.get(w("abstractNumId"), "")
            self.abstract[abstract_id] = _List(levels)
            uses, defines = element.find(w("numStyleLink")), element.find(w("styleLink"))
            if uses is not None and not levels:
                links[abstract_id] = uses.get(w("val"), "")
            if defines is not None:
                styled[defines.get(w("val"), "")] = abstract_id
        for abstract_id, style in links.items():  # a list that takes its levels from a list style
            if style in styled:
                self.abstract[abstract_id] = self.abstract[styled[style]]
        for element in root.iter(w("num")):
            abstract = element.find(w("abstractNumId"))
            if abstract is None:
                continue
            starts: dict[int, int] = {}
            overrides: dict[int, _Level] = {}
            for override in element.iter(w("lvlOverride")):
                ilvl = _ilvl(override)
                start = override.find(w("startOverride"))
                if start is not None:
                    value = int_attr(start.get(w("val"), "1"), 0, MAX_START)
                    starts[ilvl] = 1 if value is None else value
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
            self.nums[element.get(w("numId"), "")] = (abstract.get(w("val"), ""), starts, overrides)

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        """The list level a numbered style is linked to (``w:pStyle`` in the level), else 0."""
        entry = self.nums.get(num_id)
        if entry is None or style_id is None:
            return 0
        current = self.abstract.get(entry[0])
        for ilvl, level in (current.levels.items() if current else ()):
            if level.style == style_id:
                return ilvl
        return 0

    def suffix(self, num_id: str, ilvl: int) -> str:
        """What Word shows after the label of level ``ilvl`` of list ``num_id``: "tab" (Word's
        default), "space" or "nothing"."""
        entry = self.nums.get(num_id)
        current = self.abstract.get(entry[0]) if entry is not None else None
        if entry is None or current is None:
            return "nothing"
        level = entry[2].get(ilvl) or current.levels.get(ilvl)
        return level.suffix if level is not None else "tab"

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counters for a paragraph numbered (num_id, ilvl) and return its label."""
        entry = self.nums.get(num_id)
        if entry is None or num_id == "0":
            return ""
        abstract_id, starts, overrides = entry
        current = self.abstract.get(abstract_id)
        if current is None:
            return ""
        levels = {**current.levels, **overrides}
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in starts.items():
                current.counters[level] = start - 1
        level = levels.get(ilvl, _Level())
        current.counters[ilvl] = current.counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in current.counters if k > ilvl]:
            if levels.get(deeper, _Level()).restarts_after(deeper, ilvl):
                del current.counters[deeper]

        def value(match: re.Match[str]) -> str:
            index = int(match[1]) - 1
            shown = levels.get(index, _Level())
            number = current.counters.get(index, shown.start)
            return format_number(number, "decimal" if level.legal else shown.fmt)

        return re.sub(r"%([1-9])", value, level.text)[:MAX_LABEL]
