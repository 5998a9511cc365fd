"""以自拟主题作一级标题（S008 thematic-layout）。

作用：收到的报告以自拟的主题作为一级标题（如“一、坚持党的领导，凝聚法治共识”“二、深化执法
改革，规范执法行为”），而没有“主要举措和成效”这一部分时，在第一个主题处说明一次：这些主题
应归入“主要举措和成效”之下。只报告一次，不再另报缺少“主要举措和成效”（S001）。两个及以上
一级标题与结构数据中的任何部分都对不上时才算这种写法。
原因：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十五条规定年度报告的
内容：上一年度推进法治政府建设的主要举措和成效、存在的不足和原因、党政主要负责人履行推进
法治建设第一责任人职责情况、下一年度的主要安排，以及其他需要报告的情况。约四分之一的实际
报告以主题代替法定部分，审阅时难以对照。
修复：不自动修复。把各主题改为“一、××××年度推进法治政府建设的主要举措和成效”之下的
“（一）（二）……”，其余部分按规定的标题和顺序写。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint import layout
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.received.layout import THEMATIC, THEMES_STAND_FOR


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    if not doc.received or layout.kind(doc) != THEMATIC:
        return
    found = layout.themes(doc)
    first, last = found[0], found[-1]
    spec = report.structure.spec(THEMES_STAND_FOR)
    measures = spec.title_in(report.year) if spec is not None else "主要举措和成效"
    shown = f"“{first.marker or ''}{first.title}”" + (f"至“{last.marker or ''}{last.title}”" if last is not first else "")
    yield Finding(first.title_span,
                  f"这份报告以自拟主题作一级标题（{shown}，共 {len(found)} 个），没有“{measures}”部分："
                  "《法治政府建设与责任落实督察工作规定》第二十五条要求依次报告主要举措和成效、存在的不足和原因、"
                  "党政主要负责人履行第一责任人职责情况和下一年度主要安排；请把这些主题改为该部分之下的（一）（二）……")


RULE = Rule(
    code="S008",
    name="thematic-layout",
    summary="一级标题是规定的部分，而不是自拟主题",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("replace:一、2023年度推进法治政府建设的主要举措和成效\n（一）加强学习\n:"
         "一、坚持党的领导，凝聚法治共识\n正文。\n二、深化执法改革，规范执法行为\n",),
    good=("（一）坚持党的领导，凝聚法治共识\n正文。\n（二）深化执法改革，规范执法行为\n正文。",),
)
