"""Tables in a ``.txt`` report: rows of cells separated by tabs, or aligned with spaces.

A table copied from a web page or from Word into Notepad arrives as lines whose cells are
separated by tab characters: two or more such lines in a row become a table. Columns aligned
with runs of spaces are ambiguous (Chinese text rarely has them, but a heading followed by a
wide gap does), so those lines stay paragraphs and a note asks the user to check them.
"""

from __future__ import annotations

import re

from lawreport.importing.lines import Line, Received
from lawreport.model import OffsetMap, Table

MIN_ROWS = 2
_SPACED = re.compile(r"(?: {2,}|\u3000{2,}|[ \u3000]*\u3000[ \u3000]*\u3000[ \u3000]*)")


def tab_cells(line: Line) -> list[str] | None:
    """The cells of a tab-separated row, or None when ``line`` has no tab between its characters."""
    if line.table is not None or "\t" not in line.text:
        return None
    cells = [cell.strip(" \u3000\u00a0") for cell in line.text.split("\t")]
    return cells if len(cells) >= 2 else None


def _spaced(line: Line) -> bool:
    """True when ``line`` has a gap of two spaces or ideographic spaces between its characters.

    Every such gap holds two spaces in a row or two ideographic spaces: a line without either
    (almost every line) is answered without the regular expression."""
    text = line.text
    if line.table is not None or ("  " not in text and text.count("\u3000") < 2):
        return False
    return _SPACED.search(text) is not None


def _table(rows: list[Line]) -> Line:
    first = rows[0]
    cells = tuple(tuple(tab_cells(row) or ()) for row in rows)
    table = Table(cells, first.span, tuple(row.span for row in rows))
    return Line("", first.span, OffsetMap(first.span.path, ((0, first.span.line, first.span.column),)), table=table)


def find_tables(lines: list[Line], received: Received) -> list[Line]:
    """``lines`` with each run of two or more consecutive tab-separated rows replaced by a table."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and tab_cells(lines[end]) is not None and \
                (end == index or lines[end].span.line == lines[end - 1].span.line + 1):
            end += 1
        if end - index >= MIN_ROWS:
            out.append(_table(lines[index:end]))
            received.note(f"第 {lines[index].span.line}–{lines[end - 1].span.line} {received.unit}是用制表符分隔的表格，"
                          "已导入为表格，请核对", lines[index].span)
            index = end
            continue
        end = index
        while end < len(lines) and _spaced(lines[end]) and \
                (end == index or lines[end].span.line == lines[end - 1].span.line + 1):
            end += 1
        if end - index >= MIN_ROWS:
            received.note(f"第 {lines[index].span.line}–{lines[end - 1].span.line} 行像是用空格对齐的表格，"
                          "已按段落原样导入，请核对（可改写为表格）", lines[index].span)
            out.extend(lines[index:end])
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out
