"""Shared fixture texts for the import tests: a fictional office, our own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.model import Report, Structure
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure()
_NAME = "reference/hulan-education-bureau-2023.txt"
REFERENCE = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / _NAME, Path("/work/shared") / _NAME)
                  if p.is_file()), Path("/work/shared") / _NAME)
"""The real published report beside the project (../shared/reference/), read as input, never copied."""
needs_reference = pytest.mark.skipif(not REFERENCE.is_file(), reason="../shared/reference/ is not beside the project")

SAMPLE_LINES = [
    "示例县水务局2023年法治政府建设",
    "年度报告",
    "县政府：",
    "2023年，县水务局坚持依法治水，稳步推进各项工作。现将有关情况报告如下：",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）健全制度体系",
    "全年修订内部制度4项，清理规范性文件2件。",
    "1. 落实合法性审查。对3份合同进行了审查。",
    "2. 推行执法公示。公示执法信息25条。",
    "（二）强化执法监督",
    "开展河道巡查48次，立案查处违法行为3起。",
    "二、存在的问题",
    "执法人员数量不足，专业培训偏少。",
    "三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局主要负责人主持专题学法2次。",
    "四、下一步工作打算",
    "（1） 加强队伍建设。计划新增执法人员2名。",
    "（2） 完善巡查机制。每月开展联合巡查。",
    "（三）深化普法宣传。组织节水法治宣传周活动。",
    "示例县水务局",
    "2024年2月18日",
]


def sample_text() -> str:
    return "\n".join(SAMPLE_LINES) + "\n"


def report_text(report) -> list[str]:
    """The report's text in reading order, without numbering: what a round trip must keep."""
    from lawreport.model import Paragraph, Table

    out = [report.title, report.meta.addressee or ""]
    out += [p.text for p in report.meta.preamble]

    def blocks(items):
        for block in items:
            if isinstance(block, Paragraph):
                out.append(block.text)
            elif isinstance(block, Table):
                out.extend(cell for row in block.rows for cell in row)

    for part in report.parts:
        out.append(part.title)
        blocks(part.blocks)
        for section in part.walk():
            out.append(section.heading.title)
            blocks(section.blocks)
    out += [report.meta.signatory, str(report.meta.date)]
    return out


def round_trip(report, tmp_path, year: int | None = None):
    """Write ``report`` as sources into a fresh workspace and load them back."""
    from lawreport.importing import write_sources
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import Workspace

    root = tmp_path / "rt"
    write_sources(report, root / "sections" / str(year or report.year))
    return load_report(Workspace(root), year or report.year)


def read_report(path: Path, structure: Structure = STRUCTURE, year: int | None = None) -> Report:
    """The report ``lawreport import`` reads from a received file (its year must be found)."""
    from lawreport.received import read_dated

    return read_dated(path, structure, year).report
