"""“关于”标题不完整（M009 about-title）。

作用：检查收到的报告标题：以“关于”开头时应是“关于……的报告”（“关于2024年法治政府建设报告”
应为“关于2024年法治政府建设情况的报告”）。不以“报告”结尾的标题由 M001 检查。
原因：GB/T 9704-2012 7.3.1：标题由发文机关名称、事由和文种组成；“关于”引出事由，事由与文种
之间用“的”（“关于……情况的报告”）。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    title = (meta.title or "").replace(" ", "")
    if not doc.received or "关于" not in title or not title.endswith("报告"):
        return
    if title.endswith("的报告"):
        return
    subject = title[title.index("关于") + 2 : -2]
    fixed = subject if subject.endswith("情况") else subject + "情况"
    yield Finding(meta.span("title"), f"“关于……”标题应写作“关于{fixed}的报告”：事由与文种“报告”之间用“的”", severity=None)


RULE = Rule(
    code="M009",
    name="about-title",
    summary="“关于”标题写作“关于……的报告”",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("replace:样例市司法局2023年法治政府建设年度报告:样例市司法局关于2023年法治政府建设报告",),
    good=("replace:样例市司法局2023年法治政府建设年度报告:样例市司法局关于2023年法治政府建设情况的报告",),
)
