"""D005 counts the 22 lines of a page in body text: the 4号 lines of a table are not body lines."""

from __future__ import annotations

from pathlib import Path

from pagehelpers import build_docx, needs_libreoffice, printed_findings, workspace

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
