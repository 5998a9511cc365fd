"""同级标题混用了不同形式的序号（H003 heading-sibling-style）。

作用：查找同一级的标题序号混用汉字和阿拉伯数字的情况，如“（1）（2）（三）”或“（一）（二）（3）”。
原因：GB/T 9704-2012 7.3.3：同一层次使用同一种序数形式；混用通常是复制粘贴的痕迹，
读者也无法判断层级。
修复：不自动修复（无法判断哪种形式才是本意）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.headings.common import outline
from lawreport.text.numbering import label


def check(doc: Document, options: None) -> Iterator[Finding]:
    for entries in outline(doc):
        for entry in entries[1:]:
            other = entry.mixed_with
            if other is None or other.marker is None or entry.marker is None or entry.marker.number is None:
                continue
            expected = label(other.marker.level, entry.marker.number)
            yield Finding(entry.span, f"同级标题序号形式不一致：前面是“{other.marker.text}”，这里是"
                                      f"“{entry.marker.text}”，应统一（如写作“{expected}”）")


RULE = Rule(
    code="H003",
    name="heading-sibling-style",
    summary="同级标题的序号形式一致",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("（一）加强学习\n1.学法。正文。\n（1）集中学习。正文。\n（2）个人自学。正文。\n（三）专题辅导。正文。",),
    good=("（一）加强学习\n1.学法。正文。\n（1）集中学习。正文。\n（2）个人自学。正文。\n（3）专题辅导。正文。",),
)
