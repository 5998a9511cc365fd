"""A 落款 that a Word file lays out in a table: read as the lines it shows.

WPS and Word users place the 落款 and 成文日期 with a borderless table (the name over the date in
the right-hand cell, two offices side by side for a joint report, a cell to hold the seal). As a
table the reader would find no 落款 above the end of the document (lint: M003 缺少落款; audit: no
date, so no deadline). A table that ends the document and shows only a few short lines, the
last of them a date, is read as those lines, each at its own paragraph: :func:`unfold_signature`.
"""

from __future__ import annotations

from lawreport.importing.lines import Line, Received
from lawreport.importing.recognise import looks_like_office
from lawreport.text.dates import is_date_text

MAX_SIGNATURE_LINES = 6
"""Lines of a 落款 table at most: up to four offices of a joint report, the date, one spare."""
_SENTENCE = "。；！？，,;!?"


def is_signature_table(lines: list[Line]) -> bool:
    """Whether the non-empty lines of a table's cells are a 落款: offices' names (“……局”), then
    the date; a table of figures or dates (“项目 | 完成时间”) is not one."""
    if not 2 <= len(lines) <= MAX_SIGNATURE_LINES or not is_date_text(lines[-1].text):
        return False
    return all(looks_like_office(line.text) and not any(ch in line.text for ch in _SENTENCE)
               for line in lines[:-1])


def unfold_signature(received: Received, table: Line | None, cells: list[Line]) -> None:
    """Replace ``table``, the last of ``received``'s lines, by ``cells`` (its cells' lines in
    reading order) when they are a 落款 (:func:`is_signature_table`), with a note."""
    if table is None or not received.lines or received.lines[-1] is not table or not is_signature_table(cells):
        return
    received.lines[-1:] = cells
    received.note("落款和成文日期排在表格中，已按落款读取", cells[0].span)
