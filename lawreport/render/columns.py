"""Column widths of a DOCX table, in twips, as a browser lays out a table automatically.

A table whose every cell fits a column of equal width keeps equal columns. Otherwise each column
gets at least what its longest unbreakable run needs (a number with its unit, ``+10.1%``,
``2019年``; up to four characters of Chinese text), and the width left over goes to the columns
whose text is longer than that, in proportion: a long 备注 column no longer wraps into a tall
column of single characters while the number columns beside it stay half empty, and a number
is not split from its sign or unit.
"""

from __future__ import annotations

import re

from lawreport.cjk import em_width

TWIPS_PER_EM = 280
"""The table text style's 4号 (14 pt)."""
CELL_PADDING = 216
"""Left and right cell margins of the table style (108 twips each)."""
MIN_CJK_EMS = 4.0
"""The narrowest a column of Chinese text is made (when its text is longer)."""
SLACK_EMS = 0.25
"""Room for the bold header row."""
_ASCII_RUN = re.compile(r"[\x21-\x7e]+")

_UNBREAKABLE = re.compile(r"[\x21-\x7e\u00b0\u2030\uff05]+[年月日个件人次%％]?")
"""A run a line is not broken inside: ASCII letters, digits and signs, with a unit after them."""
_NUMBER = re.compile(r"[\x21-\x7e\u00b0\u2030\uff05]+")
"""The same without the unit: a table too wide for the page may set 2019 | 年 in two lines."""
_TIERS = ((_UNBREAKABLE, MIN_CJK_EMS), (_UNBREAKABLE, 2.0), (_NUMBER, 2.0))
"""The minimum widths tried in turn, until the columns fit: each gives up a little more."""


def _ems(text: str) -> float:
    """Printed width in em, with room for digits wider than half a character in the fallback
    fonts (0.1 em each) and the space LibreOffice puts between them and Chinese text (0.2 em)."""
    width = em_width(text) + SLACK_EMS
    for run in _ASCII_RUN.finditer(text):
        width += 0.1 * len(run.group()) + 0.2 * ((run.start() > 0) + (run.end() < len(text)))
    return width


def _natural(text: str) -> float:
    """Twips the cell's text needs on one line."""
    return max((_ems(line) for line in text.split("\n")), default=0.0) * TWIPS_PER_EM + CELL_PADDING


def _minimum(text: str, unbreakable: re.Pattern[str], cjk_ems: float) -> float:
    """Twips below which the cell's text would break inside a number (with its unit, by
    ``unbreakable``) or be set in lines of fewer than ``cjk_ems`` characters."""
    runs = max((_ems(m.group()) for m in unbreakable.finditer(text)), default=0.0)
    whole = max((_ems(line) for line in text.split("\n")), default=0.0)
    return max(runs, min(whole, cjk_ems)) * TWIPS_PER_EM + CELL_PADDING


def column_widths(rows: tuple[tuple[str, ...], ...], columns: int, available: int) -> list[int]:
    """Widths of ``columns`` columns summing to at most ``available`` twips."""
    equal = available // columns
    cells = [[row[i] if i < len(row) else "" for row in rows] for i in range(columns)]
    widest = [max((_natural(text) for text in column), default=CELL_PADDING) for column in cells]
    if max(widest, default=0.0) <= equal:
        return [equal] * columns
    if sum(widest) <= available:
        return [int(w * available / sum(widest)) for w in widest]
    for unbreakable, cjk_ems in _TIERS:
        least = [max((_minimum(text, unbreakable, cjk_ems) for text in column), default=CELL_PADDING)
                 for column in cells]
        if sum(least) <= available:
            spare, wants = available - sum(least), [w - m for w, m in zip(widest, least, strict=True)]
            return [int(m + spare * want / sum(wants)) for m, want in zip(least, wants, strict=True)]
    return [int(m * available / sum(least)) for m in least]  # too many columns for the page: shrink alike
