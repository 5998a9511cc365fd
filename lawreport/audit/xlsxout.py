"""The workbook: one sheet per table (汇总, 问题, 雷同段落, 未报送), each with a frozen header and filters.

Each sheet prints on A4 landscape with its header row on every page, at the fixed scale that
makes it one page wide (a fixed scale, since Excel, WPS and LibreOffice read "fit to one page
wide" differently) but never below a legible size: a sheet wider than that (汇总 has some forty
columns) prints across pages, with its first column (the file) repeated on each, so that every
printed cell can be traced to its file. Long texts wrap in their columns, in rows made tall
enough for them.

Every text cell is written as a string (never a formula), without the control characters the
XLSX format cannot hold. The workbook is written row by row (openpyxl's write-only mode: each
sheet's rows go to a temporary file as they are appended, and strings are written inline, with
no shared-string table), so that ten thousand rows do not become ten thousand rows of cell
objects in memory. In that mode what precedes the rows in the sheet's XML (frozen panes,
column widths) is set before the first row, and what follows them (the filter's range) after
the last.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from lawreport.audit.table import Cell, Sheet
from lawreport.cjk import display_width

WIDTHS = {"文件": 36, "单位": 26, "标题": 44, "落款": 26, "已有部分": 44, "缺少部分": 24, "无法读取的原因": 40,
          "主要问题": 60, "说明": 60, "相同文字": 60, "期限问题": 36, "上年安排未见落实": 40, "上年安排可能落实": 40, "雷同单位": 26, "同一单位的其他文件": 36,
          "单位甲": 26, "单位乙": 26, "文件甲": 36, "文件乙": 36, "位置甲": 40, "位置乙": 40, "位置": 12,
          "规则名称": 22, "成文日期": 16, "报送期限": 12, "发布日期": 12}
"""Column widths in characters (a Chinese character counts two); other columns fit their header."""
MIN_WRAPPED_WIDTH = 40
"""A text longer than a column this wide (or wider) wraps within it, on screen and in print,
instead of running over the cells to its right and past the printed page."""
LINE_HEIGHT = 15
"""Points per line of 11 pt text, as Excel sets a row by default."""
MAX_LINES = 27
"""The most lines a row is made tall for (Excel's row height is at most 409 pt)."""
PAGE_WIDTH = 105
"""Units of column width A4 landscape holds at full size inside half-inch margins: LibreOffice
prints a unit about 7 pt wide (Excel a little less), and the page holds 770 pt."""
SMALLEST_SCALE = 55
"""Per cent: the smallest print that stays legible (11 pt text at about 6 pt)."""
MAX_CELL = 32767
"""Characters an Excel cell holds."""


def write_xlsx(sheets: list[Sheet], stream: BinaryIO) -> None:
    """Write the sheets as an XLSX workbook to ``stream`` (a seekable binary file)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")  # a row made tall for a wrapped text reads from its top line

    def cell(page: Worksheet, value: Cell, percent: bool, wrapped: bool) -> WriteOnlyCell:
        if not isinstance(value, str):
            made = WriteOnlyCell(page, value=value)
            made.alignment = top
            if percent and value is not None:
                made.number_format = "0%"
            return made
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
        made = WriteOnlyCell(page, value=text)
        made.data_type = "s"
        made.alignment = wrap if "\n" in text or wrapped else top
        return made

    book = Workbook(write_only=True)
    for sheet in sheets:
        page = book.create_sheet(sheet.name)
        page.freeze_panes = "A2"
        widths = [WIDTHS.get(name, max(10, len(name) * 2 + 2)) for name in sheet.header]
        for column, width in enumerate(widths, start=1):
            page.column_dimensions[get_column_letter(column)].width = width
        _print_setup(page, sum(widths))
        header = []
        for name in sheet.header:
            made = WriteOnlyCell(page, value=name)
            made.font = bold
            header.append(made)
        page.append(header)
        percent = [column in sheet.percent for column in range(len(sheet.header))]
        wrapped = [width >= MIN_WRAPPED_WIDTH for width in widths]
        written = 0
        for values in sheet.rows:
            row = [cell(page, value, share, wraps) for value, share, wraps in zip(values, percent, wrapped, strict=True)]
            lines = _lines(values, widths, wrapped)
            if lines > 1:  # tall enough for its wrapped text: neither Excel nor LibreOffice fits it on opening
                page.row_dimensions[written + 2].height = LINE_HEIGHT * lines
            page.append(row)
            if lines > 1:  # a write-only sheet wrote the row, height and all, when it was appended
                del page.row_dimensions[written + 2]
            written += 1
        page.auto_filter.ref = f"A1:{get_column_letter(max(len(sheet.header), 1))}{written + 1}"
    book.save(stream)


def _lines(values: tuple[Cell, ...], widths: list[float], wrapped: list[bool]) -> int:
    """How many lines the row's text takes: its line breaks, and wrapping in the wrapped columns
    (a Chinese character is two units of column width)."""
    most = 1
    for value, width, wraps in zip(values, widths, wrapped, strict=True):
        if isinstance(value, str) and (wraps or "\n" in value):
            room = max(int(width) - 2, 1)  # such a cell wraps (see cell()): its breaks and its width count
            most = max(most, sum(-(-max(display_width(line), 1) // room) for line in value.split("\n")))
    return min(most, MAX_LINES)


def _print_setup(page: Any, width: float) -> None:
    """A4 landscape, the header row on every page; one page wide when that stays legible, else at
    the smallest legible scale with the first column on every page."""
    from openpyxl.worksheet.worksheet import Worksheet

    page.page_setup.orientation = "landscape"
    page.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    page.page_margins.left = page.page_margins.right = 0.5
    page.print_title_rows = "1:1"
    scale = min(100, int(100 * PAGE_WIDTH / max(width, 1)))
    page.page_setup.scale = max(scale, SMALLEST_SCALE)
    if scale < SMALLEST_SCALE:
        page.print_title_cols = "A:A"


def render_xlsx(sheets: list[Sheet]) -> bytes:
    """The sheets as an XLSX workbook, in memory."""
    buffer = io.BytesIO()
    write_xlsx(sheets, buffer)
    return buffer.getvalue()
