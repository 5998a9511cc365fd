"""The workbook: one sheet per table (汇总, 问题, 雷同段落, 未报送), each with a frozen header and filters.

Every text cell is written as a string (never a formula), without the control characters the
XLSX format cannot hold. The workbook is written row by row (openpyxl's write-only mode), so
that ten thousand rows do not become ten thousand rows of cell objects in memory.
"""

from __future__ import annotations

import io

from lawreport.audit.table import Cell, Sheet

WIDTHS = {"文件": 28, "标题": 40, "主要问题": 60, "说明": 60, "相同文字": 60, "期限问题": 36, "上年安排未见落实": 40}
MAX_CELL = 32767
"""Characters an Excel cell holds."""


def render_xlsx(sheets: list[Sheet]) -> bytes:
    """The sheets as an XLSX workbook."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    def cell(page: Worksheet, value: Cell) -> WriteOnlyCell:
        if not isinstance(value, str):
            return WriteOnlyCell(page, value=value)
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
        last = get_column_letter(max(len(sheet.header), 1))
        page.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        for column, name in enumerate(sheet.header, start=1):
            page.column_dimensions[get_column_letter(column)].width = WIDTHS.get(name, max(10, len(name) * 2 + 2))
        header = []
        for name in sheet.header:
            made = WriteOnlyCell(page, value=name)
            made.font = bold
            header.append(made)
        page.append(header)
        for values in sheet.rows:
            page.append([cell(page, value) for value in values])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
