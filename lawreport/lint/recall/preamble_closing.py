"""开头语的“现将……报告如下”写了两次，或不以冒号结尾（M008 preamble-closing）。

作用：检查收到的报告开头语中引出正文的“现将……报告如下”（也查“现报告如下”“汇报如下”，以及不以
“现将”起句的“现根据……，将……报告如下”“具体完成情况报告如下”等，凡以“报告如下”“汇报如下”收尾的
句子）：写了两次时在第二次处报告；以“。”结尾或后面没有标点时提示用“：”。
原因：“现将……报告如下”是引出下文的过渡句，按公文惯例以冒号结尾（GB/T 15834-2011 4.5.3.1：
冒号用于总起下文）；重复多是合并两稿时的残留。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity, matched

# The closing is any “……报告如下” or “……汇报如下” of the preamble: most write “现将……报告如下”, and the
# match then starts at 现 (where a duplicate is reported); others (“现根据……，将……报告如下”, “具体完成情况
# 报告如下”, “现就……报告如下”) match from 报告. The group is the mark that follows, if any.
_CLOSING = re.compile(r"(?:现将[^。：:；]{0,60}?|现)?(?:报告|汇报)如下([。：:；，]?)")


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    seen = 0
    for paragraph in doc.report.meta.preamble:
        text = paragraph.text
        for match in _CLOSING.finditer(text):
            seen += 1
            if seen == 2:
                yield Finding(paragraph.span_at(match.start()), "“现将……报告如下”写了两次，请删去一处",
                              length=matched(paragraph.span_at, *match.span()))
            elif match.group(1) == "。":
                yield Finding(paragraph.span_at(match.end() - 1), "“报告如下”引出下文，应以冒号“：”结尾，不用“。”")
            elif not match.group(1):
                yield Finding(paragraph.span_at(match.end() - 1), "“报告如下”引出下文，后面应加冒号“：”")


RULE = Rule(
    code="M008",
    name="preamble-closing",
    summary="开头语的“现将……报告如下：”只写一次，以冒号结尾",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("replace:报告如下：:报告如下。", "replace:报告如下：:报告如下", "replace:现将2023年度法治政府建设情况报告如下：:现报告如下。",
         "replace:现将2023年度法治政府建设情况报告如下：:现将有关情况报告如下：现将2023年度情况报告如下：",
         "replace:现将2023年度法治政府建设情况报告如下：:现根据上级要求，将2023年度法治政府建设情况报告如下。",
         "replace:现将2023年度法治政府建设情况报告如下：:具体情况报告如下。"),
    good=("（一）加强学习\n全年开展集中学法6次。",
          "replace:现将2023年度法治政府建设情况报告如下：:现根据上级要求，将2023年度法治政府建设情况报告如下："),
)
