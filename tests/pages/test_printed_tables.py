"""D005 counts the 22 lines of a page in body text: the 4号 lines of a table are not body lines."""

from __future__ import annotations

from pathlib import Path

from pagehelpers import build_docx, needs_libreoffice, printed_findings, workspace

from lawreport.lint.built.pdfread import PrintedLine, print_docx

HEAD = "|项目|2019年|2020年|2021年|2022年|2023年|2024年|同比增减|备注说明|\n" + "|---" * 9 + "|\n"
ROW = "|行政许可办件（件）|60|66|70|86|94|{n}|+7.4%|含民办学校设立、变更和教师资格认定|"


@needs_libreoffice
def test_a_page_of_table_rows_is_not_over_22_lines(tmp_path: Path) -> None:
    """Before: pages of a nine-column table, whose cells of one, two and five lines are centred in
    their rows, were reported as 排了 25 行，超过每页 22 行 (each staggered baseline counted as a line)."""
    root = workspace(tmp_path)
    part = root / "sections/2023/measures.md"
    rows = "\n".join(ROW.format(n=100 + i) for i in range(8))
    part.write_text(part.read_text("utf-8") + "\n\n" + HEAD + rows + "\n", "utf-8")
    messages = [d.message for d in printed_findings(build_docx(root))]
    assert messages == [], messages


def _printed_lines(root: Path) -> list[PrintedLine]:
    return [line for page in print_docx(build_docx(root)) for line in page.lines]


@needs_libreoffice
def test_a_nine_column_table_is_set_smaller_with_its_years_whole(tmp_path: Path) -> None:
    """Before: in 4号 every year of the header broke after its digits (2019 | 年), and a row's
    备注 ran to nine lines: two rows a page. Now 五号, years whole, six rows a page."""
    root = workspace(tmp_path)
    part = root / "sections/2023/measures.md"
    rows = "\n".join(ROW.format(n=100 + i) for i in range(8))
    part.write_text(part.read_text("utf-8") + "\n\n" + HEAD + rows + "\n", "utf-8")
    lines = _printed_lines(root)
    header = [line for line in lines if line.text.replace(" ", "").startswith("项目2019年2020年")]
    assert header, [line.text for line in lines if "项目" in line.text]
    assert all(10 <= line.size <= 11 for line in header)  # 五号
    assert "2024年同比增减备注说明" in header[0].text.replace(" ", "")


@needs_libreoffice
def test_table_rows_keep_the_styles_line_spacing_off_the_line_grid(tmp_path: Path) -> None:
    """Before: LibreOffice set each row of the example's 4号 table on a 3号 grid line (29.5 pt
    apart) instead of the Table Text style's exact 20 pt, which Word keeps."""
    lines = _printed_lines(workspace(tmp_path))
    first = next(line for line in lines if line.text.replace(" ", "").startswith("行政许可办件（件）86"))
    second = next(line for line in lines if line.text.replace(" ", "").startswith("执法检查（家次）312"))
    assert 20 <= first.baseline - second.baseline <= 24
