"""The workbook as a spreadsheet program reads it: LibreOffice Calc opens it, and text from reports stays text."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from lawreport.audit.perfile import unreadable_row
from lawreport.audit.table import SUMMARY_HEADER, sheets
from lawreport.audit.xlsxout import render_xlsx

SOFFICE = shutil.which("soffice")
CALC = SOFFICE is not None and any(Path(SOFFICE).resolve().parent.glob("libsclo.so"))


@pytest.mark.skipif(not CALC, reason="needs LibreOffice Calc")
def test_calc_opens_the_workbook_and_keeps_formula_text_as_text(audited, tmp_path):
    row = unreadable_row('=HYPERLINK("http://example.invalid/","x").docx', "@SUM(1+1)")
    workbook = tmp_path / "audit.xlsx"
    workbook.write_bytes(render_xlsx(sheets(audited._replace(files=(*audited.files, row)))))
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
                    str(workbook)], capture_output=True, timeout=180, check=True)
    rows = list(csv.reader(io.StringIO((tmp_path / "audit.csv").read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == SUMMARY_HEADER and len(rows) == len(audited.files) + 2
    assert rows[-1][0] == '=HYPERLINK("http://example.invalid/","x").docx'
    assert rows[-1][SUMMARY_HEADER.index("无法读取的原因")] == "@SUM(1+1)"
    justice = next(r for r in rows if r[0].endswith("司法局.txt"))
    assert justice[SUMMARY_HEADER.index("与上年相似度")].endswith("%")
