"""省略号写法不规范（P005 ellipsis-form）。

作用：查找用三个以上句点（...）、句号（。。。）、中点（···）或单个“…”代替省略号的写法。
原因：GB/T 15834-2011 规定省略号为“……”（两个 U+2026，占两个字的位置）；其他写法在公文
中不规范。
修复：安全。换成“……”；连续三个以上“…”无法判断原意，不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding
from lawreport.lint.text import in_url

_PATTERN = re.compile(r"\.{3,}|。{3,}|[·・]{3,}|⋯+|…+")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ("...", "。。。", "·", "・", "⋯", "…")):  # what the pattern needs
        for match in _PATTERN.finditer(unit.text):
            written = match.group()
            if written == "……" or in_url(unit.text, match.start()):
                continue
            fix = None
            if not written.startswith("…") or len(written) in (1, 3):
                fix = unit.fix(match.start(), written, "……")
            yield Finding(unit.span_at(match.start()), f"省略号应写作“……”，不写作“{written}”", fix)


RULE = Rule(
    code="P005",
    name="ellipsis-form",
    summary="省略号应写作“……”",
    check=check,
    doc=__doc__ or "",
    bad=("包括宪法、民法典...等法律。", "开展学法、用法。。。等活动。", "还有…等问题。"),
    good=("包括宪法、民法典……等法律。",),
    fixable=True,
)
