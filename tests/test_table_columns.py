"""DOCX tables: columns as wide as their text needs, so numbers and years are not cut across lines."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from lawreport.building.year import build_year
from lawreport.render.columns import CELL_PADDING, TWIPS_PER_EM, column_widths, table_layout
from lawreport.sources.workspace import load_workspace

AVAILABLE = 8628
EXAMPLE = (("项目", "2022年", "2023年"), ("行政许可办件（件）", "86", "94"), ("法制审核率", "100%", "100%"))
WIDE = (("事项", "2023年", "2024年", "同比增减", "说明"),
        ("行政许可办件（件）", "94", "101", "+7.4%", "含民办学校设立、变更和教师资格认定"),
        ("执法检查（家次）", "365", "402", "+10.1%", "联合市场监管、公安、消防部门开展"))


def _build_with_table(root: Path, rows: tuple[tuple[str, ...], ...]) -> Path:
    """The example's 2023 report with ``rows`` as a table at the end of part 一; its DOCX."""
    shutil.copytree(Path(__file__).resolve().parents[1] / "sections", root / "sections")
    lines = ["|" + "|".join(row) + "|" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n\n" + "\n".join(lines) + "\n", "utf-8")
    result = build_year(load_workspace(root), 2023, ("docx",))
    return next(path for path in result.written if path.suffix == ".docx")


def test_a_table_whose_cells_fit_keeps_equal_columns() -> None:
    assert column_widths(EXAMPLE, 3, AVAILABLE) == [AVAILABLE // 3] * 3


def test_a_long_column_takes_the_room_the_number_columns_do_not_need() -> None:
    """With equal columns (1725 twips) the 说明 column ran to four lines and +10.1% and 2023年 broke."""
    widths = column_widths(WIDE, 5, AVAILABLE)
    assert sum(widths) <= AVAILABLE
    assert widths[4] == max(widths) and widths[4] > AVAILABLE // 5 + 1000
    for width, needed in zip(widths[1:4], (3.0, 3.0, 3.0), strict=True):  # 2023年 / +10.1% whole on a line
        assert width >= needed * TWIPS_PER_EM + CELL_PADDING


NINE = (("项目", "2019年", "2020年", "2021年", "2022年", "2023年", "2024年", "同比增减", "备注说明"),
        ("行政许可办件（件）", "60", "66", "70", "86", "94", "101", "+7.4%", "含民办学校设立、变更和教师资格认定"),
        ("执法检查（家次）", "210", "250", "280", "312", "365", "402", "+10.1%", "联合市场监管、公安、消防部门开展"))


def test_a_table_too_wide_for_whole_years_still_keeps_its_numbers_whole() -> None:
    """Before: nine columns shrunk alike printed +7.4 | % and +10.1 | % in two lines."""
    widths = column_widths(NINE, 9, AVAILABLE)
    assert sum(widths) <= AVAILABLE
    assert widths[7] >= 3.0 * TWIPS_PER_EM + CELL_PADDING  # +10.1% on one line
    assert all(width >= 2.0 * TWIPS_PER_EM + CELL_PADDING for width in widths[1:7])  # 2019 on one line


def test_a_table_too_wide_for_whole_years_in_4hao_is_set_in_5hao() -> None:
    """Before: the nine columns stayed in 4号, each 2019年 broken after its digits; in 五号 (with Word's
    narrow cell margins) the years are whole and the text columns hold four characters a line."""
    layout = table_layout(NINE, 9, AVAILABLE)
    assert layout.half_points == 21 and sum(layout.widths) <= AVAILABLE
    em = 210
    assert all(width >= 3.0 * em + layout.padding for width in layout.widths[1:8])  # 2019年, +10.1%
    assert layout.widths[0] >= 4 * em + layout.padding and layout.widths[8] >= 4 * em + layout.padding
    assert table_layout(WIDE, 5, AVAILABLE) == (28, CELL_PADDING, column_widths(WIDE, 5, AVAILABLE))
    assert table_layout(EXAMPLE, 3, AVAILABLE).half_points == 28


def test_the_docx_sets_a_wide_table_in_5hao(tmp_path: Path) -> None:
    xml = zipfile.ZipFile(_build_with_table(tmp_path, NINE)).read("word/document.xml").decode("utf-8")
    nine = next(t for t in re.findall(r"<w:tbl>.*?</w:tbl>", xml) if t.count("<w:gridCol") == 9)
    assert nine.count('<w:sz w:val="21"/>') == 27 and 'w:line="300" w:lineRule="exact"' in nine
    assert '<w:sz w:val="' not in next(t for t in re.findall(r"<w:tbl>.*?</w:tbl>", xml) if t.count("<w:gridCol") == 3)


def test_a_table_too_wide_for_the_page_still_fits_the_type_area() -> None:
    rows = (tuple(f"{year}年" for year in range(2012, 2025)), tuple(str(n) for n in range(100, 113)))
    widths = column_widths(rows, 13, AVAILABLE)
    assert len(widths) == 13 and sum(widths) <= AVAILABLE and min(widths) > 0


def test_the_docx_grid_carries_the_widths(tmp_path: Path) -> None:
    docx = _build_with_table(tmp_path, WIDE)
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    grids = re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", xml)
    wide = [g for g in grids if g.count("<w:gridCol") == 5]
    assert wide, grids
    assert [int(w) for w in re.findall(r'w:w="(\d+)"', wide[0])] == column_widths(WIDE, 5, AVAILABLE)


def _lines_of(chars: list[dict], text: str) -> int:
    """On how many printed lines the characters of ``text`` (in reading order) fall."""
    printed = [c for c in chars if not c["text"].isspace()]
    joined = "".join(c["text"] for c in printed)
    start = joined.index(text)
    return len({round(c["top"]) for c in printed[start:start + len(text)]})


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_printed_rows_stay_low_and_numbers_whole(tmp_path: Path) -> None:
    """Equal columns set the 说明 of each row in four lines, beside number columns half empty."""
    import pdfplumber

    from lawreport.render.pdf import convert_pdf, read_pdf

    docx = _build_with_table(tmp_path, WIDE)
    pdf = tmp_path / "table.pdf"
    pdf.write_bytes(read_pdf(convert_pdf(docx.read_bytes(), "table")))
    with pdfplumber.open(str(pdf)) as document:
        chars = [c for page in document.pages for c in page.chars]
    for remark in (WIDE[1][4], WIDE[2][4]):
        assert _lines_of(chars, remark) <= 2
    for whole in ("+10.1%", "+7.4%", "2023年", "2024年", "行政许可办件（件）"):
        assert _lines_of(chars, whole) == 1, whole


def test_the_html_sets_a_wide_table_in_the_docx_size(tmp_path: Path) -> None:
    """Before: the nine-column table stayed in 14 pt on the page, wider than its A4 sheet: the
    备注 column, one character a line, was cut off at the sheet's edge."""
    shutil.copytree(Path(__file__).resolve().parents[1] / "sections", tmp_path / "sections")
    lines = ["|" + "|".join(row) + "|" for row in NINE]
    lines.insert(1, "|" + "---|" * 9)
    part = tmp_path / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n\n" + "\n".join(lines) + "\n", "utf-8")
    page = build_year(load_workspace(tmp_path), 2023, ("html",)).written[0].read_text("utf-8")
    assert page.count('<table class="size-21">') == 1 and page.count("<table>") == 1  # the example's own stays 4号
    assert re.search(r"table\.size-21 \{ font-size: 10\.5pt; \}", page)
