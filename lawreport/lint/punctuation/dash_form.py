"""破折号写法不规范（P006 dash-form）。

作用：查找用“--”、“－－”、三个以上“—”或制表线“──”“――”代替破折号的写法。单个“—”
可能是表示起止的一字线（如“北京—上海”），不报。
原因：GB/T 15834-2011 规定破折号为“——”（两个 U+2014，占两个字的位置）。
修复：安全。换成“——”。
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lawreport.cjk import CJK_CLASS
from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding
from lawreport.lint.text import in_url

_NEEDS = ("--", "－－", "———", "─", "―")
"""What a text must contain to be worth searching: every faulty dash contains one of these."""


@functools.cache
def _pattern() -> re.Pattern[str]:
    """Compiled once, on the first text that holds one of ``_NEEDS``: both look-arounds carry the
    whole CJK class, a large pattern that a run whose texts hold no such dash never needs."""
    return re.compile(rf"(?<=[{CJK_CLASS}\s])(?:-{{2,}}|－{{2,}}|—{{3,}}|[─―]{{2}}|[─―]—|—[─―])(?=[{CJK_CLASS}\s]|$)")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, _NEEDS):
        for match in _pattern().finditer(unit.text):
            if in_url(unit.text, match.start()):
                continue
            written = match.group()
            yield Finding(unit.span_at(match.start()), f"破折号应写作“——”，不写作“{written}”",
                          unit.fix(match.start(), written, "——"))


RULE = Rule(
    code="P006",
    name="dash-form",
    summary="破折号应写作“——”",
    check=check,
    doc=__doc__ or "",
    bad=("坚持一个目标--建设法治政府。", "坚持一个目标――建设法治政府。"),
    good=("坚持一个目标——建设法治政府。", "开通北京—上海专线。"),
    fixable=True,
)
