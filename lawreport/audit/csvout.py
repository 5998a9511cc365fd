"""CSV files in UTF-8 with a BOM (Excel and WPS then read them as UTF-8), one per sheet.

A cell that starts with ``= + - @`` (or a tab or carriage return) gets a leading apostrophe, so
that a spreadsheet never takes text from a received report for a formula.
"""

from __future__ import annotations

import csv
import io

from lawreport.audit.table import Cell, Sheet

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: Cell) -> Cell:
    """``value``, with an apostrophe before text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render_csv(sheet: Sheet) -> bytes:
    """The sheet as CSV bytes: BOM, UTF-8, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(sheet.header)
    for row in sheet.rows:
        writer.writerow(["" if v is None else safe_text(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
