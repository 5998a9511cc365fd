"""年份、月份、条款的起止用了短横线或浪纹线（P007 range-connector）。

作用：查找“2021-2025年”“2021~2025年”（也把一字线写成两个短横线的“2021--2025年”）“1-3月”（也在年份之后：“2020年1-8月”）“第5-8条”这类写法。电话号码、
“2024-03-01”式日期和编号不报。
原因：GB/T 15834-2011 4.13：时间、地域、序号的起止用一字线“—”（U+2014）；短横线“-”
用于电话号码、编号和日期的数字形式，浪纹线“～”用于数值范围。
修复：安全。把连接号换成“—”。
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding

_CONNECTORS = "-~～－–"
# One connector, or a hyphen doubled where a 一字线 was meant (“2021--2025年”, typed as two hyphens for its width).
_CONNECTOR = rf"\s*(?:--|－－|[{_CONNECTORS}])\s*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: most texts hold no connector at all (see ``check``)."""
    return (
        re.compile(rf"(?<![\d-])(?:19|20)\d{{2}}({_CONNECTOR})(?:19|20)\d{{2}}(?![\d-])(?!\s*[-~～－–])"),
        re.compile(rf"(?<![\d\-.])(?:1[0-2]|[1-9])({_CONNECTOR})(?:1[0-2]|[1-9])月"),  # also “2020年1-8月”
        re.compile(rf"第\d{{1,4}}({_CONNECTOR})\d{{1,4}}(?=[条款章节项页])"),
    )


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, _CONNECTORS):  # every pattern needs one
        for pattern in _patterns():
            for match in pattern.finditer(unit.text):
                start, written = match.start(1), match.group(1)
                yield Finding(unit.span_at(start),
                              f"表示起止的“{match.group()}”应使用一字线“—”，写作“{match.group().replace(written, '—')}”",
                              unit.fix(start, written, "—"))


RULE = Rule(
    code="P007",
    name="range-connector",
    summary="年份、月份、序号的起止用一字线“—”",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("落实《法治中国建设规划（2020-2025年）》。", "落实《青石县法治政府建设规划（2021--2025年）》。", "1~3月开展专项检查。", "依据第5-8条处理。", "印发《2020年1-8月执法检查清单》。"),
    good=("落实《法治中国建设规划（2020—2025年）》。", "咨询电话0451-5762345，时间2024-03-01。",
          "1—3月开展专项检查，温度25～30℃。"),
    fixable=True,
)
