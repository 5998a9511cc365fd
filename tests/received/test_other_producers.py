"""Received Word files as producers other than Word write them (WPS, LibreOffice, pandoc):
what lint, import and audit read from them.

Every document is built here from OOXML strings (tests/importing/docx_fixtures.py); the text is
our own, about a fictional office (示例县水务局).
"""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.targets import load_received
from lawreport.sources.structure import load_structure
from tests.importing.docx_fixtures import frame, make_docx, para, table

PARTS = (para("一、2023年度推进法治政府建设的主要举措和成效") + para("全年修订内部制度4项。")
         + para("二、2023年度推进法治政府建设存在的不足和原因") + para("执法人员数量不足。")
         + para("三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况") + para("局主要负责人主持专题学法2次。")
         + para("四、2024年度推进法治政府建设的主要安排") + para("继续开展河道巡查。"))


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "报告.docx"
    path.write_bytes(make_docx(body))
    return path


def test_a_report_ending_in_a_table_is_linted(tmp_path: Path) -> None:
    """A table as the document's last block (a 附表 after the 落款): its cells' paragraphs come after
    the last paragraph the reader keeps a line for, and lint's source lines reach them too."""
    body = frame(PARTS) + para("附表：") + table([["项目", "数量"], ["修订制度（项）", "4"]])
    loaded = load_received(_write(tmp_path, body), load_structure(None))
    assert loaded.errors == [] and loaded.document is not None
    lines = loaded.document.lines[loaded.fallback]
    assert lines[-1] == "4" and "修订制度（项）" in lines
