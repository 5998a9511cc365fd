"""序号用了半角括号（H007 marker-brackets）。

作用：查找“(一)”“(1)”这类用半角圆括号的标题序号。
原因：GB/T 9704-2012 7.3.3 的层次序数“（一）”“（1）”使用全角括号；半角括号常见于从网页
复制的文本。
修复：安全。换成全角括号。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Edit, Finding, Fix, Rule, Severity
from lawreport.lint.headings.common import outline

_FULL = {"(": "（", ")": "）"}


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    for entries in outline(doc):
        for entry in entries:
            marker = entry.marker
            if marker is None or not marker.halfwidth_brackets:
                continue
            span = entry.span  # a typo such as “(二）” has one half-width bracket only
            fix = Fix(tuple(Edit(span.line, span.column + index, char, _FULL[char])
                            for index, char in enumerate(marker.text) if char in _FULL))
            full = marker.text.replace("(", "（").replace(")", "）")
            yield Finding(span, f"序号“{marker.text}”应使用全角括号：“{full}”", fix)


RULE = Rule(
    code="H007",
    name="marker-brackets",
    summary="序号使用全角括号（一）（1）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("(一)加强学习\n正文。",),
    good=("（一）加强学习\n正文。",),
    fixable=True,
)
