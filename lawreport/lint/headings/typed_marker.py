"""源文件的标题里手写了序号（H001 typed-marker）。

作用：Markdown 源文件中的标题由 lawreport 自动编号（# 为（一），## 为 1.，### 为（1）），
查找作者在标题前手写的“（一）”“1.”“（1）”等序号。
原因：手写的序号不会被采用，增删标题后还会与自动编号不一致；层级应由 # 的个数表达。
修复：安全。删除手写的序号及其后的空格（生成的文档不变）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Fix, Rule
from lawreport.text.numbering import parse_marker


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for heading in doc.report.headings():
        if not heading.typed_marker:
            continue
        span = heading.span
        raw = doc.line(span.path, span.line) or ""
        written = raw[span.column - 1 :]
        marker = parse_marker(written)
        fix = None
        if marker is not None and written.startswith(heading.typed_marker):
            fix = Fix.replace(span, written[: marker.end], "")
        yield Finding(span, f"标题序号由 lawreport 自动生成，请删除手写的“{heading.typed_marker}”"
                            "（层级用 # 的个数表示：# 为（一），## 为 1.，### 为（1））", fix)


RULE = Rule(
    code="H001",
    name="typed-marker",
    summary="源文件标题不手写序号",
    check=check,
    doc=__doc__ or "",
    bad=("# （一）加强组织领导\n\n正文。", "## 1. 健全制度。\n\n正文。"),
    good=("# 加强组织领导\n\n正文。\n\n## 健全制度。\n\n正文。",),
    fixable=True,
)
