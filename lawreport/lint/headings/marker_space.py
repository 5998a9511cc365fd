"""序号后多了空格（H006 marker-space）。

作用：查找序号与标题文字之间的空格，如“1. 健全制度”“（1） 强化思维”“一、 主要举措”。
原因：GB/T 9704-2012 7.3.3 的层次序数后紧接标题文字；空格是在 Word 中手工对齐或自动编号
转换留下的，使各级标题无法对齐。
修复：安全。删除这些空格。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Fix, Rule
from lawreport.lint.headings.common import outline
from lawreport.model import Span


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    for entries in outline(doc):
        for entry in entries:
            marker = entry.marker
            if marker is None or not marker.space or (marker.level == 1 and not marker.punct):
                continue  # "一 标题": the space stands for the lost 顿号 (H005)
            where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text))
            yield Finding(where, f"序号“{marker.text}”后不留空格，请删除空格", Fix.replace(where, marker.space, ""))


RULE = Rule(
    code="H006",
    name="marker-space",
    summary="序号后紧接标题文字，不留空格",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("（一） 加强学习\n正文。", "（一）加强学习\n1. 学法。正文。"),
    good=("（一）加强学习\n1.学法。正文。",),
    fixable=True,
)
