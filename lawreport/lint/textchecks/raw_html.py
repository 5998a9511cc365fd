"""Markdown 源文件中写了 HTML 标签（T007 raw-html）。

作用：查找源文件正文中的 HTML 标签（如 <br>、<span>、<script>）和 HTML 注释。lawreport 的
抑制指令 <!-- lawreport-disable … --> 除外。
原因：为了安全，lawreport 不解析 Markdown 中的 HTML（reliability.md M1），这些标签会原样
作为文字出现在 DOCX 和网页上。
修复：不自动修复。请删除标签；换行请另起段落，强调请用 **粗体**。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

# Pattern strings, compiled (and cached) by re on first use: this rule checks Markdown sources only.
_TAG = r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--(?!\s*lawreport-(?:disable|enable))"


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for unit in holding(doc, "<"):  # what _TAG needs
        for match in re.finditer(_TAG, unit.text):
            yield Finding(unit.span_at(match.start()),
                          f"不支持 HTML 标签“{match.group()[:20]}”，它会按原样作为文字输出，请删除")


RULE = Rule(
    code="T007",
    name="raw-html",
    summary="源文件中不写 HTML 标签",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("依法行政<br>严格执法。", "<span style=\"color:red\">重点</span>工作。"),
    good=("依法行政，严格执法，数量<5时另行处理。",),
)
