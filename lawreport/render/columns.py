"""Column widths and type size of a DOCX table, in twips, as a browser lays out a table automatically.

A table whose every cell fits a column of equal width keeps equal columns. Otherwise each column
gets at least what its longest unbreakable run needs (a number with its unit, ``+10.1%``,
``2019年``; up to four characters of Chinese text), and the width left over goes to the columns
whose text is longer than that, in proportion: a long 备注 column no longer wraps into a tall
column of single characters while the number columns beside it stay half empty, and a number
is not split from its sign or unit.

GB/T 9704 sets no type size for tables, and 公文 set a wide table smaller than the text: a table
is set in the template's 4号 unless its columns cannot each hold their numbers whole and four
characters of text on a line; then in 小四, then in 五号 (with narrower cell margins and line
spacing to match), which holds the nine columns of a six-year comparison.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lawreport.cjk import em_width

TWIPS_PER_EM = 280
"""The table text style's 4号 (14 pt)."""
CELL_PADDING = 216
"""Left and right cell margins of the table style (108 twips each)."""
TABLE_WIDTH = 8844 - CELL_PADDING
"""Twips a table may take: the 156 mm type area less the outer cell margins (borders stay inside it)."""
TABLE_LINE = 400
"""The reference template's Table Text line spacing (exact 20 pt) for its 4号."""
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


class TableLayout(NamedTuple):
    """A table's type size, cell margins and column widths."""

    half_points: int
    """``w:sz`` of the cells' text: 28 (the table style's 4号), 24 or 21 for a wide table."""
    padding: int
    """Left and right cell margins together, in twips."""
    widths: list[int]

    @property
    def smaller(self) -> bool:
        """Whether the table is set below the table style's 4号 (its runs carry the size)."""
        return self.half_points != SIZES[0][0]

    def cell_ppr(self) -> str:
        """WordprocessingML paragraph properties of a cell: off the line grid (LibreOffice puts each
        line of a cell on a 3号 grid line, 29 pt, whatever the style's exact spacing; Word does not),
        and for a smaller size the style's exact 20 pt scaled to it."""
        ppr = '<w:snapToGrid w:val="0"/>'
        if self.smaller:
            ppr += f'<w:spacing w:line="{TABLE_LINE * self.half_points // SIZES[0][0]}" w:lineRule="exact"/>'
        return ppr

    def margins_xml(self) -> str:
        """The table's ``w:tblCellMar`` for a smaller size ("" for 4号: the style's)."""
        if not self.smaller:
            return ""
        side = self.padding // 2
        return f'<w:tblCellMar><w:left w:w="{side}" w:type="dxa"/><w:right w:w="{side}" w:type="dxa"/></w:tblCellMar>'


SIZES = ((28, CELL_PADDING), (24, 180), (21, 114))
"""The type sizes tried in turn (4号, 小四, 五号, in half-points) with their cell margins; 五号's
are Word's narrow 0.1 cm a side."""


def table_layout(rows: tuple[tuple[str, ...], ...], columns: int, available: int) -> TableLayout:
    """The largest of :data:`SIZES` at which every column holds its numbers (with their units) and
    four characters of its text on a line, and the widths at that size (the smallest size when none does)."""
    cells = _columns(rows, columns)
    unbreakable, cjk_ems = _TIERS[0]
    for size, padding in SIZES[:-1]:
        em = size * 10  # twips per character: a half-point is 10 twips
        least = [max((_minimum(text, unbreakable, cjk_ems, em, padding) for text in column), default=0.0)
                 for column in cells]
        if sum(least) <= available:
            return TableLayout(size, padding, column_widths(rows, columns, available, em, padding))
    size, padding = SIZES[-1]
    return TableLayout(size, padding, column_widths(rows, columns, available, size * 10, padding))


def _columns(rows: tuple[tuple[str, ...], ...], columns: int) -> list[list[str]]:
    return [[row[i] if i < len(row) else "" for row in rows] for i in range(columns)]


def _natural(text: str, em: int, padding: int) -> float:
    """Twips the cell's text needs on one line."""
    return max((_ems(line) for line in text.split("\n")), default=0.0) * em + padding


def _minimum(text: str, unbreakable: re.Pattern[str], cjk_ems: float, em: int, padding: int) -> float:
    """Twips below which the cell's text would break inside a number (with its unit, by
    ``unbreakable``) or be set in lines of fewer than ``cjk_ems`` characters."""
    runs = max((_ems(m.group()) for m in unbreakable.finditer(text)), default=0.0)
    whole = max((_ems(line) for line in text.split("\n")), default=0.0)
    return max(runs, min(whole, cjk_ems)) * em + padding


def column_widths(rows: tuple[tuple[str, ...], ...], columns: int, available: int,
                  em: int = TWIPS_PER_EM, padding: int = CELL_PADDING) -> list[int]:
    """Widths of ``columns`` columns summing to at most ``available`` twips, for text ``em`` twips
    a character (the table style's 4号 by default) in cells with ``padding`` twips of margins."""
    equal = available // columns
    cells = _columns(rows, columns)
    widest = [max((_natural(text, em, padding) for text in column), default=padding) for column in cells]
    if max(widest, default=0.0) <= equal:
        return [equal] * columns
    if sum(widest) <= available:
        return [int(w * available / sum(widest)) for w in widest]
    for unbreakable, cjk_ems in _TIERS:
        least = [max((_minimum(text, unbreakable, cjk_ems, em, padding) for text in column), default=padding)
                 for column in cells]
        if sum(least) <= available:
            spare, wants = available - sum(least), [w - m for w, m in zip(widest, least, strict=True)]
            return [int(m + spare * want / sum(wants)) for m, want in zip(least, wants, strict=True)]
    return [int(m * available / sum(least)) for m in least]  # too many columns for the page: shrink alike
