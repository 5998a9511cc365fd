"""部分文件重复了部分标题（S011 repeated-part-title）。

作用：查找部分文件（如 measures.md）开头把这一部分的标题又写了一遍的标题行，如
“# 一、2023年度推进法治政府建设的主要举措和成效”。
原因：部分标题（“一、……”）由 lawreport 按年份生成；文件中再写一遍，它就成了一个没有正文的
“（一）”级标题，后面的标题全部顺延编号（（一）变成（二）……），印出的报告层级错乱。
修复：可自动修复：这一行标题下没有正文时，删除这一行（lawreport lint --fix）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Edit, Finding, Fix, Rule
from lawreport.model import Part, Section

_MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])\s*")
_NOISE = re.compile(r"[\s。：:；;，,]")
_YEAR = re.compile(r"\d{4}\s*年度?")


def _normal(text: str) -> str:
    return _YEAR.sub("", _NOISE.sub("", _MARKER.sub("", text)))


def repeats(part: Part, section: Section) -> bool:
    """Whether ``section``'s heading is the part's own title (with or without 一、 or the year)."""
    heading = _normal((section.heading.typed_marker or "") + section.heading.title)
    title = _normal(part.title)
    return bool(heading) and heading == title


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for part in doc.report.parts:
        if not part.sections or part.blocks or not repeats(part, part.sections[0]):
            continue
        section = part.sections[0]
        span = section.heading.span_at(0)
        line = doc.line(span.path, span.line)
        fix = None
        if line is not None and line.lstrip().startswith("#") and not section.blocks:
            fix = Fix((Edit(span.line, 1, line, ""),))
        yield Finding(span, f"重复了部分标题“{part.title}”：部分标题由 lawreport 生成，这一行会成为没有正文的"
                            "“（一）”级标题，其后的标题顺延编号；请删除这一行", fix)


RULE = Rule(
    code="S011",
    name="repeated-part-title",
    summary="部分文件不重复部分标题",
    check=check,
    doc=__doc__ or "",
    bad=("# 一、2023年度推进法治政府建设的主要举措和成效\n\n# 加强组织领导\n\n全年召开专题会议5次。",),
    good=("# 加强组织领导\n\n全年召开专题会议5次。",),
    fixable=True,
)
