"""Markdown 表格某一行的单元格数与表头不同（T010 table-shape）。

作用：逐行数出源文件中表格每一行的单元格数（按未转义的“|”分隔），与表头行比较。
原因：可靠性评审 M8（reliability.md）：Markdown 解析器会悄悄把多出的单元格丢掉、把缺少的
补成空白，生成的 DOCX 和网页中数据错位或丢失，却没有任何提示。
修复：不自动修复（请补齐或删去单元格；单元格中的“|”写作“\\|”）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Span, Table

# Pattern strings, compiled (and cached) by re on first use: this rule checks Markdown sources only.
_PIPE = r"(?<!\\)\|"


def cell_count(line: str) -> int:
    """How many cells a Markdown table row has (outer pipes optional)."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return len(re.split(_PIPE, text))


def tables(doc: Document) -> Iterator[Table]:
    """Every table of the report, in document order."""
    for part in doc.report.parts:
        yield from (block for block in part.blocks if isinstance(block, Table))
        for section in part.walk():
            yield from (block for block in section.blocks if isinstance(block, Table))


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for table in tables(doc):
        spans = [span for span in table.row_spans if doc.line(span.path, span.line) is not None]
        if len(spans) < 2:
            continue
        header = cell_count(doc.line(spans[0].path, spans[0].line) or "")
        for span in spans[1:]:
            raw = doc.line(span.path, span.line) or ""
            count = cell_count(raw)
            if count != header:
                effect = "多出的单元格会被丢掉" if count > header else "缺少的单元格会补成空白"
                column = len(raw) - len(raw.lstrip()) + 1
                yield Finding(Span(span.path, span.line, column),
                              f"表格这一行有 {count} 个单元格，表头有 {header} 个：{effect}，请补齐或删去")


RULE = Rule(
    code="T010",
    name="table-shape",
    summary="表格各行的单元格数与表头相同",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("| 项目 | 件数 |\n|---|---|\n| 行政许可 | 94 | 12 |", "| 项目 | 件数 |\n|---|---|\n| 行政许可 |"),
    good=("| 项目 | 件数 |\n|---|---|\n| 行政许可 | 94 |\n| 行政处罚 \\| 警告 | 12 |",),
)
