"""The summary's columns as each output shows them: the row's name first in the dashboard, the
similarity the same way in the CSV, the dashboard and (as a percentage cell) the workbook."""

from __future__ import annotations

import csv
import io
import re

from lawreport.audit.csvout import render_csv
from lawreport.audit.htmlout import render_html
from lawreport.audit.table import SUMMARY_HEADER, percent_text, sheets, summary
from lawreport.audit.xlsxout import render_xlsx


def _dashboard_rows(page: str) -> list[list[str]]:
    body = page.split('id="summary"')[1].split("<tbody>")[1].split("</tbody>")[0]
    # each cell's text as read: a <wbr> (where a unit's name may wrap) is no character
    return [[cell.replace("<wbr>", "") for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_similarity_reads_the_same_in_csv_dashboard_and_workbook(audited):
    from openpyxl import load_workbook

    justice = next(f for f in audited.files if f.path.endswith("/司法局.txt"))
    assert justice.previous is not None
    shown = percent_text(justice.previous.similarity)
    assert re.fullmatch(r"\d{1,3}%", shown)
    rows = list(csv.reader(io.StringIO(render_csv(summary(audited))[3:].decode("utf-8"))))
    column = SUMMARY_HEADER.index("与上年相似度")
    assert next(r for r in rows if r[0] == justice.path)[column] == shown
    page = render_html(audited).decode("utf-8")
    assert any(shown in cells for cells in _dashboard_rows(page) if cells and cells[0] == justice.unit)
    book = load_workbook(io.BytesIO(render_xlsx(sheets(audited))))["汇总"]
    cell = next(r[column] for r in book.iter_rows(min_row=2) if r[0].value == justice.path)
    assert cell.value == justice.previous.similarity and cell.number_format == "0%"  # shows as `shown`


def test_dashboard_names_every_row_in_its_first_column(audited):
    """An unreadable file and an untitled excerpt have no unit: their first cell is the file's name."""
    page = render_html(audited).decode("utf-8")
    assert re.search(r'<thead><tr><th class="who"><button type="button">单位或文件</button>', page)
    rows = _dashboard_rows(page)
    assert len(rows) == len(audited.files) and all(cells[0] for cells in rows)
    named = {cells[0] for cells in rows}
    assert {"损坏.docx", "旧版.doc", "加密.docx"} <= named
    assert {f.unit for f in audited.files if f.unit} <= named
    assert re.search(r"th\.who, td\.who \{ position: sticky; left: 0;", page)
