"""CSV files in UTF-8 with a BOM (Excel and WPS then read them as UTF-8), one per sheet.

A share (the similarity to last year's report) is written as the dashboard shows it, ``40%``.
A cell that starts with ``= + - @`` (or a tab or carriage return) gets a leading apostrophe, so
that a spreadsheet never takes text from a received report for a formula.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from lawreport.audit.table import Cell, Sheet, percent_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = b"\xef\xbb\xbf"


def safe_text(value: Cell) -> Cell:
    """``value``, with an apostrophe before text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _text(value: Cell, percent: bool) -> Cell:
    """A cell as written: empty for None, a share as ``40%``, text defused."""
    if value is None:
        return ""
    if percent and isinstance(value, float | int):
        return percent_text(value)
    return safe_text(value)


def write_csv(sheet: Sheet, stream: BinaryIO) -> None:
    """Write the sheet to ``stream`` as CSV: BOM, UTF-8, CRLF line ends, a row at a time."""
    stream.write(BOM)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(sheet.header)
        for row in sheet.rows:
            writer.writerow([_text(value, column in sheet.percent) for column, value in enumerate(row)])
    finally:
        text.flush()
        text.detach()


def render_csv(sheet: Sheet) -> bytes:
    """The sheet as CSV bytes, in memory."""
    buffer = io.BytesIO()
    write_csv(sheet, buffer)
    return buffer.getvalue()
