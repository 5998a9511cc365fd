"""The workbook: one sheet per table (汇总, 问题, 雷同段落, 未报送), each with a frozen header and filters.

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
from typing import BinaryIO

from lawreport.audit.table import Cell, Sheet

WIDTHS = {"文件": 36, "单位": 26, "标题": 44, "落款": 26, "已有部分": 44, "缺少部分": 24, "无法读取的原因": 40,
          "主要问题": 60, "说明": 60, "相同文字": 60, "期限问题": 36, "上年安排未见落实": 40, "上年安排可能落实": 40, "雷同单位": 26,
          "单位甲": 26, "单位乙": 26, "文件甲": 36, "文件乙": 36, "位置甲": 40, "位置乙": 40, "位置": 12,
          "规则名称": 22, "成文日期": 16, "报送期限": 12, "发布日期": 12}
"""Column widths in characters (a Chinese character counts two); other columns fit their header."""
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

    def cell(page: Worksheet, value: Cell, percent: bool) -> WriteOnlyCell:
        if not isinstance(value, str):
            made = WriteOnlyCell(page, value=value)
            if percent and value is not None:
                made.number_format = "0%"
            return made
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
        made = WriteOnlyCell(page, value=text)
        made.data_type = "s"
        if "\n" in text:
            made.alignment = wrap
        return made

    book = Workbook(write_only=True)
    for sheet in sheets:
        page = book.create_sheet(sheet.name)
        page.freeze_panes = "A2"
        for column, name in enumerate(sheet.header, start=1):
            page.column_dimensions[get_column_letter(column)].width = WIDTHS.get(name, max(10, len(name) * 2 + 2))
        header = []
        for name in sheet.header:
            made = WriteOnlyCell(page, value=name)
            made.font = bold
            header.append(made)
        page.append(header)
        percent = [column in sheet.percent for column in range(len(sheet.header))]
        written = 0
        for values in sheet.rows:
            page.append([cell(page, value, share) for value, share in zip(values, percent, strict=True)])
            written += 1
        page.auto_filter.ref = f"A1:{get_column_letter(max(len(sheet.header), 1))}{written + 1}"
    book.save(stream)


def render_xlsx(sheets: list[Sheet]) -> bytes:
    """The sheets as an XLSX workbook, in memory."""
    buffer = io.BytesIO()
    write_xlsx(sheets, buffer)
    return buffer.getvalue()
