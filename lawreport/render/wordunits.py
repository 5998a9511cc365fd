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
_NUMBER = re.compile(
    r"\d(?:[\d.,:：/-]*\d)?(?:[—～~]\d(?:[\d.,]*\d)?)?"  # 2019, 5.1, 1,200, 9:30, 2024-02-22, 2021—2025
    rf"(?:[%‰％]|年度|(?:[万亿千百]?[{_UNITS}])(?:次)?)?"  # its unit: %, 年度, 万人次, 件
)
"""A number with the unit that follows it, or a range of numbers."""
_UNBREAKABLE = frozenset("0123456789.,:%‰/-")
"""What a number alone is made of when no browser breaks inside it (UAX #14: NU, IS, PO, SY, HY)."""

_PART_END = re.compile(
    r"(?:自治)?[省市区县州盟旗](?![委场长级属直辖])|(?<!城)[镇乡](?![村镇长级])|街道(?!办)|人民政府|委员会(?=.)"
)
"""Where an office's name may be cut: after a place (省、市、区、县、州、盟、旗、镇、乡、街道) or
after 人民政府 / 委员会 when more follows (人民政府 / 办公室); not in 市场, 区委, 乡村, 城乡, 县长."""
_PART_START = re.compile(r"(?=人民政府|办事处|办公室)")
"""Where a name may be cut before its organ (河口镇 / 人民政府, 留下街道 / 办事处)."""


def number_pieces(text: str) -> tuple[tuple[str, bool], ...]:
    """``text`` as (piece, keep whole) pairs: each number with its unit is a piece to keep on one
    line; the text between them may wrap anywhere. Joined, the pieces are ``text``."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in _NUMBER.finditer(text):
        if _UNBREAKABLE.issuperset(match.group()):  # 2019, 9.3, 100%: a browser does not split these
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
