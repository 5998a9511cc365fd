"""“法治”与“法制”用混了（T001 term-fazhi-fazhi）。

作用：“重大执法决定法制审核制度”是制度的正式名称，写成“法治审核”是错的；反过来，
“法制政府”“法制建设”“法制宣传”“法制思维”“法制督察”“法制公安”等在“法治”已成为通用提法的报告中应写作“法治……”。
机构名称（法制科、法制股、法制办、法制机构等）不报；书名号中引用的文件名称（《关于开展法制宣传教育的第六个五年规划的决议》）
照原文写，也不报。
原因：国务院办公厅《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的
指导意见》（国办发〔2018〕118号）；党的十八届四中全会以来的规范提法是“法治政府”“法治建设”。
修复：不自动修复（术语需由作者确认）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_CITED = re.compile(r"《[^《》]*》")
"""A cited title: its words are the cited document's, as it was named."""
_WRONG = (
    (re.compile(r"法治审核"), "法制审核", "“重大执法决定法制审核制度”的正式名称是“法制审核”"),
    (re.compile(r"法制(?=政府|建设|宣传|思维|观念|意识|精神|轨道|督察|公安)(?![^，。；]{0,2}[科股处室办])"), "法治",
     "现行规范提法是“法治”"),
)


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ("法治审核", "法制")):  # what the patterns start with
        cited = [match.span() for match in _CITED.finditer(unit.text)] if "《" in unit.text else []
        for pattern, right, why in _WRONG:
            for match in pattern.finditer(unit.text):
                if any(start < match.start() < end for start, end in cited):
                    continue
                written = unit.text[match.start() : match.start() + 4]
                suggestion = right[:2] + written[2:]
                yield Finding(unit.span_at(match.start()), f"“{written}”应写作“{suggestion}”：{why}")


RULE = Rule(
    code="T001",
    name="term-fazhi-fazhi",
    summary="区分“法治”与“法制”：法制审核、法治政府",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("落实重大执法决定法治审核制度。", "加快建设法制政府。", "配合开展法制督察，按期完成整改。", "提升法制公安建设水平。"),
    good=("落实重大执法决定法制审核制度，加快建设法治政府，由法制科具体承办。", "法制督察处开展法治督察。", "由法制公安科审核案卷，推进法治公安建设。",
          "重温《关于开展法制宣传教育的第一个五年规划》，回顾普法历程。"),
)
