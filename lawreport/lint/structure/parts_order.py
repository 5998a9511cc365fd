"""各部分的顺序与规定不一致（S002 parts-order）。

作用：检查收到的报告中各部分的先后顺序是否与结构数据一致（举措和成效、不足和原因、第一
责任人、下一年度安排、其他情况）。源文件的部分顺序由结构数据决定，不会出错。以自拟主题作一级标题的
报告，主题（哪怕含有“履职”等关键词）不参与比较，由 S008 说明。
原因：《法治政府建设与责任落实督察工作规定》列举的顺序。不少地方习惯把第一责任人情况放在
最前面，因此只作警告。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint import layout
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.received.layout import THEMATIC


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    order = [spec.key for spec in report.structure.parts]
    seen: list[str] = []
    skipped = {id(part) for part in layout.themes(doc)} if layout.kind(doc) == THEMATIC else set()
    for part in report.parts:
        if part.key not in order or id(part) in skipped:
            continue  # a theme matched to a part by a keyword only: S008 speaks for the themes
        later = [key for key in seen if order.index(key) > order.index(part.key)]
        if later:
            first = report.part(later[0])
            other = first.title if first is not None else later[0]
            yield Finding(part.title_span, f"部分顺序与规定不一致：“{part.title}”应排在“{other}”之前")
        seen.append(part.key)


RULE = Rule(
    code="S002",
    name="parts-order",
    summary="各部分按规定顺序排列",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("swap:leadership",),
    good=("（一）加强学习\n正文。",),
)
