"""中文语境中使用了直引号（P002 ascii-quotes）。

作用：查找中文文本中的半角直引号 " 和 '。成对的直引号自动换成弯引号。
原因：GB/T 15834-2011 规定中文横排使用双引号“”，内层用单引号‘’；直引号是英文键盘输入或
网页复制留下的痕迹。
修复：安全（仅成对出现时）。把成对的 "…" 换成“…”，'…' 换成‘…’。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.cjk import cjk_at, has_han
from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding
from lawreport.lint.text import in_url

_OPEN_CLOSE = {'"': ("“", "”"), "'": ("‘", "’")}


def _touches_cjk(text: str, start: int, end: int) -> bool:
    return cjk_at(text, start - 1) or cjk_at(text, end + 1) or has_han(text[start + 1 : end])


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, _OPEN_CLOSE):
        text = unit.text
        for quote, (left, right) in _OPEN_CLOSE.items():
            if quote not in text:
                continue
            positions = [i for i, c in enumerate(text) if c == quote and not in_url(text, i)]
            if quote == '"' and len(positions) % 2 == 1:
                for index in positions:
                    if cjk_at(text, index - 1) or cjk_at(text, index + 1):
                        yield Finding(unit.span_at(index), "中文中使用了直引号“\"”（且不成对），应改为“”")
                continue
            for start, end in zip(positions[::2], positions[1::2], strict=False):
                if quote == "'" and not has_han(text[start + 1 : end]):
                    continue
                if not _touches_cjk(text, start, end):
                    continue
                yield Finding(
                    unit.span_at(start),
                    f"中文中使用了直引号 {quote}…{quote}，应改为{left}…{right}",
                    unit.fixes([(start, quote, left), (end, quote, right)]),
                )


RULE = Rule(
    code="P002",
    name="ascii-quotes",
    summary='中文语境中的引号应为弯引号“”‘’，不用直引号 " \'',
    check=check,
    doc=__doc__ or "",
    bad=('开展"送法进校园"活动。', "提出'三个必须'要求。"),
    good=("开展“送法进校园”活动。", "推广 Let's Go 英语角活动。"),
    fixable=True,
)
