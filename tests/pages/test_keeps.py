"""The DOCX asks Word, WPS and LibreOffice to keep the 落款 with the last lines of text (no layout needed)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pagehelpers import build_docx, workspace


def _paragraphs(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    return re.findall(r"<w:p>.*?</w:p>", document)


def test_last_text_signature_and_date_are_kept_together(tmp_path: Path) -> None:
    paragraphs = _paragraphs(build_docx(workspace(tmp_path)))
    last_text, signature, date = paragraphs[-3:]
    assert "示例县教育局" in signature and "2024年2月22日" in date
    assert "<w:keepNext/>" in last_text
    assert "<w:keepNext/><w:keepLines/>" in signature
    assert "<w:keepLines/>" in date and "<w:keepNext/>" not in date
    assert sum("<w:keepNext/>" in p for p in paragraphs[:-3] if "<w:pStyle w:val=\"BodyText\"/>" in p) == 0


def test_a_closing_table_keeps_its_last_row_with_the_signature(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    plans = root / "sections/2023/plans.md"
    plans.write_text(plans.read_text("utf-8") + "\n| 项目 | 数量 |\n| --- | --- |\n| 培训 | 3 |\n| 评查 | 4 |\n", "utf-8")
    with zipfile.ZipFile(build_docx(root)) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    table = document[document.rindex("<w:tbl>"):document.rindex("</w:tbl>")]
    rows = re.findall(r"<w:tr>.*?</w:tr>", table)
    assert all("<w:cantSplit/>" in row for row in rows)
    assert "<w:keepNext/>" in rows[-1] and "<w:keepNext/>" not in rows[-2]


def test_the_title_is_off_the_grid_whatever_the_template(tmp_path: Path) -> None:
    title = _paragraphs(build_docx(workspace(tmp_path)))[0]
    assert "示例县教育局2023年法治政府建设年度报告" in title and '<w:snapToGrid w:val="0"/>' in title
