"""标题开头残留了栏目名称（H009 heading-merged-label，启发式）。

作用：查找以“主要举措”“主要成效”“存在问题”“下一步打算”等栏目名称开头、紧接着又是一个
动词短语的标题，如“（一）主要举措加强组织领导”：通常是模板或上一稿的栏目名与新标题粘在了
一起。只检查部分标题以下的各级标题；栏目名后面是“和”“及”“与”“：”等连接时不报告。
原因：真实报告中见到的问题（domain.md §3.3 “a leftover label merged into a heading”）。这是
启发式检查，只作提示。
修复：不自动修复（删去栏目名，或在栏目名后断开）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import sections

LABELS = ("主要举措", "主要做法", "主要成效", "工作成效", "工作措施", "主要工作", "存在问题", "存在的问题",
          "存在不足", "存在的不足", "主要安排", "工作安排", "下一步打算", "下一步安排", "下一步工作")
VERBS = ("加强", "推进", "完善", "健全", "深化", "落实", "强化", "提升", "提高", "规范", "严格", "坚持", "开展",
         "优化", "建立", "推动", "着力", "加快", "抓好", "做好")
_LONGEST_FIRST = tuple(sorted(LABELS, key=len, reverse=True))


def merged_label(title: str) -> str | None:
    """The label ``title`` starts with when a verb follows it directly (longest label first)."""
    if not title.startswith(_LONGEST_FIRST):  # nearly every title: one test instead of one per label
        return None
    for label in _LONGEST_FIRST:
        if title.startswith(label) and title.startswith(VERBS, len(label)):
            return label
    return None


def check(doc: Document, options: None) -> Iterator[Finding]:
    for section in sections(doc):
        heading = section.heading
        label = merged_label(heading.title)
        if label is None:
            continue
        rest = heading.title[len(label):]
        yield Finding(heading.span_at(0), f"标题开头的“{label}”像是残留的栏目名称，与“{rest.rstrip('。')}”粘在了一起："
                                          "请删去栏目名称，或把它作为上一级标题")


RULE = Rule(
    code="H009",
    name="heading-merged-label",
    summary="标题开头没有残留的栏目名称（启发式）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("（一）主要举措加强组织领导\n调整法治建设领导小组。",),
    good=("（一）加强组织领导\n调整法治建设领导小组。", "（一）主要举措和成效\n调整法治建设领导小组。",
          "（一）主要工作成效显著\n调整法治建设领导小组。"),
)
