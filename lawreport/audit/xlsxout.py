"""The workbook: one sheet per table (汇总, 问题, 雷同段落, 未报送), each with a frozen header and filters.

Every text cell is written as a string (never a formula), without the control characters the
XLSX format cannot hold.
"""

from __future__ import annotations

import io

from lawreport.audit.table import Sheet

WIDTHS = {"文件": 28, "标题": 40, "主要问题": 60, "说明": 60, "相同文字": 60, "期限问题": 36, "上年安排未见落实": 40}
MAX_CELL = 32767
"""Characters an Excel cell holds."""


def render_xlsx(sheets: list[Sheet]) -> bytes:
    """The sheets as an XLSX workbook."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        page = book.create_sheet(sheet.name)
        page.append(list(sheet.header))
        for cell in page[1]:
            cell.font = Font(bold=True)
        for number, values in enumerate(sheet.rows, start=2):
            for column, value in enumerate(values, start=1):
                cell = page.cell(row=number, column=column)
                if isinstance(value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
                    cell.data_type = "s"
                    if "\n" in value:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                else:
                    cell.value = value
        page.freeze_panes = "A2"
        last = get_column_letter(max(len(sheet.header), 1))
        page.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        for column, name in enumerate(sheet.header, start=1):
            page.column_dimensions[get_column_letter(column)].width = WIDTHS.get(name, max(10, len(name) * 2 + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
