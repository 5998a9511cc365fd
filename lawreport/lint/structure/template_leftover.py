"""残留了模板占位文字（S004 template-leftover）。

作用：查找标题中的“上一年度”“下一年度”，以及全文中的“20XX”“××”“XX县”“xx区”（小写的 xx 紧接汉字）
“【请填写】”等占位符。
原因：按模板起草时忘了替换占位文字；规定中的“上一年度”“下一年度”在报告标题中应写成具体
年份（厅字〔2019〕28号）。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import HAN_CLASS
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_ANYWHERE = re.compile(r"20[Xx×]{2}|[×Ｘ]{2,}|(?<![A-Za-z])XX(?![A-Za-z])|【(?:请|填|此处|待)[^】]{0,10}】|【\s*】"
                       rf"|(?<![A-Za-z0-9])xx(?=[{HAN_CLASS}])")
"""The placeholders; a lower-case “xx” only right before a Chinese character (“xx区教育局”), where it
cannot be a word or part of an address."""
_TITLES = re.compile(r"上一年度|下一年度")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "Xx×Ｘ【"):  # what _ANYWHERE needs
        for match in _ANYWHERE.finditer(unit.text):
            yield Finding(unit.span_at(match.start()), f"残留了模板占位文字“{match.group()}”，请替换为实际内容")
    for unit in holding(doc, ("上一年度", "下一年度")):
        if unit.kind in ("title", "part-title", "heading"):
            for match in _TITLES.finditer(unit.text):
                yield Finding(unit.span_at(match.start()), f"标题中的“{match.group()}”请写成具体年份")


RULE = Rule(
    code="S004",
    name="template-leftover",
    summary="不残留模板占位文字",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("20XX年共办理案件××件。", "由【请填写单位】负责。", "2023年，xx区教育局开展执法检查3次。"),
    good=("2023年共办理案件12件，由政策法规股负责。", "结果在 www.xx.example.cn 公开，文件名为 xx.docx。"),
)
