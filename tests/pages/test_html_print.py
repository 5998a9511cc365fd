"""The HTML page printed to A4 (headless Chromium): table headers repeat, no heading ends a page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pagehelpers import workspace

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
ROWS = 45


def _long_table(root: Path) -> Path:
    part = root / "sections/2023/shortcomings.md"
    rows = "\n".join(f"| 第{i}项 | {i * 3} | {i * 5} |" for i in range(1, ROWS + 1))
    part.write_text(part.read_text("utf-8") + "\n\n| 事项 | 2022年 | 2023年 |\n| --- | --- | --- |\n" + rows + "\n", "utf-8")
    result = build_year(load_workspace(root), 2023, ("html",))
    return result.written[0]


def test_tables_have_a_header_group_and_print_rules(tmp_path: Path) -> None:
    html = _long_table(workspace(tmp_path)).read_text("utf-8")
    assert '<thead><tr><th scope="col">事项</th>' in html and "<tbody>" in html
    assert "thead { display: table-header-group; }" in html
    assert "h1, h2, h3, h4, h5 { break-after: avoid;" in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_printed_pages_repeat_the_header_and_keep_headings_with_text(tmp_path: Path) -> None:
    import pdfplumber

    page = _long_table(workspace(tmp_path))
    pdf = tmp_path / "printed.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=180, check=False)
    with pdfplumber.open(str(pdf)) as document:
        pages = [(p.extract_text() or "").splitlines() for p in document.pages]
    with_rows = [lines for lines in pages if any(line.startswith("第") and line.endswith(tuple("0123456789"))
                                                 and "项" in line for line in lines)]
    assert len(with_rows) >= 2  # the table runs over a page end
    for lines in with_rows[1:]:  # every page the table continues on opens with its header
        assert any(line.replace(" ", "").startswith("事项2022年2023年") for line in lines[:3]), lines[:3]
    headings = ("一、", "二、", "三、", "四、", "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）")
    for lines in pages[:-1]:
        assert lines and not (lines[-1].startswith(headings) and len(lines[-1]) < 30), lines[-1]
