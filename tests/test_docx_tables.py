"""DOCX tables: two tables in a row stay two tables; a header row never ends a page alone."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

FIRST = "|事项|2023年|2024年|\n|---|---|---|\n|行政许可|94|101|\n|执法检查|365|402|\n"
SECOND = "|单位|人数|\n|---|---|\n|政策法规股|5|\n|执法大队|30|\n"


def _document(root: Path, tables: str) -> str:
    shutil.copytree(Path(__file__).resolve().parents[1] / "sections", root / "sections")
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n\n" + tables, "utf-8")
    docx = next(p for p in build_year(load_workspace(root), 2023, ("docx",)).written if p.suffix == ".docx")
    return zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")


def test_two_tables_in_a_row_are_kept_apart_by_a_paragraph(tmp_path: Path) -> None:
    """Before: </w:tbl><w:tbl> — Word and LibreOffice join adjacent tables into one, and the second
    table's rows printed under the first table's repeated header."""
    xml = _document(tmp_path, FIRST + "\n" + SECOND)
    assert "</w:tbl><w:tbl>" not in xml
    assert re.search(r"</w:tbl><w:p><w:pPr><w:pStyle w:val=\"[^\"]+\"/></w:pPr></w:p><w:tbl>", xml)


def test_the_header_row_keeps_with_the_first_row(tmp_path: Path) -> None:
    """Before: a table that began at a page foot left its header row there alone (cantSplit rows)."""
    xml = _document(tmp_path, FIRST)
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.DOTALL)
    for table in tables:
        rows = re.findall(r"<w:tr>.*?</w:tr>", table, re.DOTALL)
        header = rows[0]
        assert header.count("<w:keepNext/>") == header.count("<w:p>") > 0
        assert all("<w:keepNext/>" not in row for row in rows[1:-1])
