"""表示概数的相邻数字之间用了顿号（N003 approx-dunhao）。

作用：查找“三、四个月”“五、六次”这类相邻两个数字连用表示概数、中间却加了顿号的写法。列举
具体的月份、年级、季度（“三、四月份”“一、二年级”“一、二季度”）不是概数，不报。
原因：GB/T 15835-2011 与 GB/T 15834-2011：相邻两个数字连用表示概数时，中间不用顿号，写作
“三四个月”。
修复：安全。删除顿号。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import matches_at, matching
from lawreport.text.numbering import from_chinese

_PATTERN = re.compile(r"(?<![第是\d、])([一二三四五六七八九])、([一二三四五六七八九十])(?=[个天次名项件倍家周所])")
"""Not before 月: "三、四月份" names two months (March and April); the estimate is "三四个月"."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in matching(doc, _PATTERN, "、", 1):
        for match in matches_at(_PATTERN, unit.text, "、", 1):
            if match.start() == 0:
                continue
            first, second = from_chinese(match.group(1)), from_chinese(match.group(2))
            if first is None or second is None or second != first + 1:
                continue
            comma = match.start() + 1
            yield Finding(unit.span_at(comma),
                          f"表示概数的“{match.group()}”中间不用顿号，应写作“{match.group(1)}{match.group(2)}”",
                          unit.fix(comma, "、", ""))


RULE = Rule(
    code="N003",
    name="approx-dunhao",
    summary="概数的相邻数字之间不用顿号",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("每年开展三、四次专项检查。",),
    good=("每年开展三四次专项检查，覆盖一、三年级。", "三、四月份开展专项检查，一、二年级学生参加。"),
    fixable=True,
)
