"""Word units a web page keeps on one line: a number with its unit, the parts of an office's name.

A browser may wrap Chinese text between any two characters, and between a number and the
character after it, so a narrow table column shows ``2019 | 年`` or ``人民政 | 府``. The HTML
renderers mark what must stay whole instead of forbidding wrapping: a number with the unit
that follows it (2019年, 2023年度, 5.1万, 86件, 2021—2025年) is set in a no-break span
(:func:`number_pieces`), and an office's name is cut only between its administrative parts
(示例县 / 河口镇 / 人民政府, :func:`name_parts`), each part kept whole by ``word-break: keep-all``
with a ``<wbr>`` between parts. The text itself is unchanged: a screen reader reads the same
characters, and the same text gives the same markup.
"""

from __future__ import annotations

import itertools
import re

_UNITS = "年月日时分秒个件次项人所家台条份场起卷名元万亿千百倍天周户张篇部批期届类处座辆套支间本例"
_UNIT = rf"(?:[%‰％]|年度|(?:[万亿千百]?[{_UNITS}])(?:次)?)"
"""A number's unit: %, 年度, 万人次, 件."""
_NUMBER = re.compile(
    rf"\d(?:[\d.,:：/-]*\d)?(?:{_UNIT}?[—～~]\d(?:[\d.,]*\d)?)?{_UNIT}?"  # 2019年, 5.1万, 9:30, 2021—2025年, 9亿～16亿
)
"""A number with the unit that follows it, or a range of numbers (the first may carry the unit too:
15%～30%, GB/T 15835 keeps it there when dropping it would be ambiguous)."""
_RANGE = re.compile(r"\d\D*[—～~]\d")
"""A piece of :data:`_NUMBER` that is a range: a browser may break it at its connector (UAX #14 class B2
or ID), leaving 2021— at a line's end and 2025年 at the next line's start."""
_UNBREAKABLE = frozenset("0123456789.,:%‰/-")
"""What a number alone is made of when no browser breaks inside it (UAX #14: NU, IS, PO, SY, HY)."""

_PART_END = re.compile(
    r"(?:自治)?[省市区县州盟旗](?![委场长级属直辖])|(?<!城)[镇乡](?![村镇长级])|街道(?!办)|人民政府|委员会(?=.)"
)
"""Where an office's name may be cut: after a place (省、市、区、县、州、盟、旗、镇、乡、街道) or
after 人民政府 / 委员会 when more follows (人民政府 / 办公室); not in 市场, 区委, 乡村, 城乡, 县长."""
_PART_START = re.compile(r"(?=人民政府|办事处|办公室)")
"""Where a name may be cut before its organ (河口镇 / 人民政府, 留下街道 / 办事处)."""


def number_pieces(text: str, ranges_only: bool = False) -> tuple[tuple[str, bool], ...]:
    """``text`` as (piece, keep whole) pairs: each number with its unit is a piece to keep on one
    line; the text between them may wrap anywhere. Joined, the pieces are ``text``.

    With ``ranges_only`` only ranges (2021—2025年, 1—3月, 9亿～16亿) are kept whole: running text
    may wrap between a number and its unit as Chinese text does (and as the DOCX does), but a range cut
    at its dash reads as a stray dash."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in _NUMBER.finditer(text):
        if _UNBREAKABLE.issuperset(match.group()):  # 2019, 9.3, 100%: a browser does not split these
            continue
        if ranges_only and not _RANGE.search(match.group()):
            continue
        if match.start() > at:
            pieces.append((text[at:match.start()], False))
        pieces.append((match.group(), True))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return tuple(pieces)


def name_parts(name: str) -> tuple[str, ...]:
    """An office's name cut between its administrative parts: 示例县河口镇人民政府 →
    (示例县, 河口镇, 人民政府). A name with no such part is one piece; joined, the parts are ``name``."""
    cuts = {m.end() for m in _PART_END.finditer(name)} | {m.start() for m in _PART_START.finditer(name)}
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(name)), len(name)]
    return tuple(name[a:b] for a, b in itertools.pairwise(bounds) if a < b)


CONJUNCTION = re.compile(
    r"(?<![温缓总调人柔共])和(?![谐平睦美])|(?<![以涉普危顾波提论])及(?![时格早])|(?<![参给赋授])与|暨|(?<![合])并(?![购入])")
"""A conjunction that starts a word (和、及、与、暨、并), not the second character of 调和, 以及, 参与, 合并."""
_PHRASE = re.compile(r"法治政府建设|法治建设|第一责任人|主要负责人|依法行政|行政执法|法治思想|法治宣传教育|法治教育|普法")
"""Set phrases of these reports: a heading is cut before and after them, never inside."""
_DE = re.compile(r"(?<![目有])的(?![确])")
"""的 as a particle (建设的主要举措), not in 目的, 有的, 的确."""
_CLOSING = "，、；：。！？）》”’〕】"
"""Marks that end a word and may not start a line (GB/T 15834: 点号 and closing brackets)."""
_OPENING = "（《“‘〔【"
"""Marks that start a word and may not end a line."""


def heading_words(text: str) -> tuple[str, ...]:
    """A heading cut where a narrow screen may wrap it: after punctuation, around a number with its
    unit, around a set phrase, before a conjunction or 的. Joined, the words are ``text``."""
    inside: set[int] = set()
    cuts: set[int] = set()
    for match in _PHRASE.finditer(text):
        inside.update(range(match.start() + 1, match.end()))
        cuts.update((match.start(), match.end()))
    at = 0
    for piece, whole in number_pieces(text):
        end = at + len(piece)
        if whole:
            inside.update(range(at + 1, end))
            cuts.update((at, end))
        at = end
    cuts.update(i + 1 for i, char in enumerate(text) if char in _CLOSING)
    cuts.update(i for i, char in enumerate(text) if char in _OPENING)
    cuts.update(m.start() for pattern in (CONJUNCTION, _DE) for m in pattern.finditer(text))
    # a <wbr> overrides the browser's own rule: none after an opening mark or before a closing one
    cuts = {c for c in cuts - inside if 0 < c < len(text) and text[c - 1] not in _OPENING and text[c] not in _CLOSING}
    bounds = [0, *sorted(cuts), len(text)]
    return tuple(text[a:b] for a, b in itertools.pairwise(bounds) if a < b)
