"""并列的书名号或引号之间使用了顿号（P004 dunhao-between-titles）。

作用：查找“》、《”和“”、“”这类紧挨着的写法。书名号或引号之间还有其他成分（如
“《某某文选》第一卷、《……》”或书名后带括注）时不报。
原因：GB/T 15834-2011 4.5.3.5：标有引号或书名号的并列成分之间通常不用顿号，标号本身已把
它们分开。
修复：安全。删除两个标号之间的顿号。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding, matches_at

_PATTERN = re.compile(r"(?<=[》”])、(?=[《“])")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ("》、", "”、")):  # what the pattern needs
        for match in matches_at(_PATTERN, unit.text, "、", 0):
            pair = unit.text[match.start() - 1] + "、" + unit.text[match.end()]
            yield Finding(unit.span_at(match.start()), f"并列的书名号或引号之间一般不用顿号：“{pair}”应删去“、”",
                          unit.fix(match.start(), "、", ""))


RULE = Rule(
    code="P004",
    name="dunhao-between-titles",
    summary="并列的书名号、引号之间不用顿号",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("学习《宪法》、《民法典》等法律。", "开展“宪法宣传周”、“法治进校园”活动。"),
    good=("学习《宪法》《民法典》等法律。", "学习《习近平法治文选》第一卷、《民法典》。"),
    fixable=True,
)
