"""中文语境中使用了半角标点（P001 ascii-punct-in-cjk）。

作用：查找紧挨汉字或全角标点的半角逗号、分号、冒号、问号、叹号、句点和圆括号。网址、
电子邮箱、数字内部（1,000、3.5、9:30、3:1）和纯英文片段中的半角标点不报。
原因：GB/T 15834-2011《标点符号用法》规定中文横排文本使用全角标点（，；：？！。（）），
各占一个汉字位置；半角标点夹在汉字之间，排版拥挤，也是从网页复制文本的常见痕迹。
修复：安全。把半角标点换成对应的全角标点；括号成对替换，不成对的括号不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import cjk_at, han_at, is_cjk, is_han
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding
from lawreport.lint.text import in_url

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}
_MARKS = re.compile(r"[,;:?!.]")
_MARKER_AT_START = re.compile(r"^\s*\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)")


def _near_cjk(text: str, index: int) -> bool:
    return cjk_at(text, index - 1) or cjk_at(text, index + 1)


def _marks(text: str) -> Iterator[int]:
    """Where a , ; : ? or ! touches CJK, or a . follows a Chinese character (or a % or closing
    ）》 ending a Chinese phrase, as in 办结率100%.) and ends the text, a space or CJK follows it."""
    first_han: int | None = None
    for match in _MARKS.finditer(text):
        index = match.start()
        if match.group() != ".":
            if _near_cjk(text, index):
                yield index
            continue
        if index > 0 and text[index - 1] in "%）》" and first_han is None:
            first_han = next((i for i, char in enumerate(text) if is_han(char)), len(text))
        if han_at(text, index - 1) or (index > 0 and text[index - 1] in "%）》" and first_han is not None
                                       and first_han < index):
            after = text[index + 1 : index + 2]
            if not after or after.isspace() or is_cjk(after):
                yield index


def _han_before(text: str) -> list[int]:
    """``counts[i]``: how many Chinese characters ``text[:i]`` holds (so that whether a stretch
    holds one is a subtraction, not a new pass over it)."""
    counts = [0]
    for char in text:
        counts.append(counts[-1] + is_han(char))
    return counts


def _parens(text: str) -> Iterator[tuple[int, int | None]]:
    """(open, close) index pairs of ASCII parentheses; close None when unmatched; (-1, i) for a lone ')'."""
    if "(" not in text and ")" not in text:  # nearly every paragraph: no need to walk it
        return
    stack: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")":
            if stack:
                yield stack.pop(), index
            else:
                yield -1, index
    for index in stack:
        yield index, None


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, ",;:?!.()"):  # the marks and parentheses this rule looks at
        text = unit.text
        for index in _marks(text):
            if in_url(text, index):
                continue
            mark = text[index]
            yield Finding(unit.span_at(index), f"中文中使用了半角“{mark}”，应改为全角“{FULL[mark]}”",
                          unit.fix(index, mark, FULL[mark]))
        pairs = list(_parens(text))
        if not pairs:
            continue
        skipped = text.index("(") if _MARKER_AT_START.match(text) else None
        han = _han_before(text)
        for start, end in pairs:
            if start == skipped:
                continue
            if start >= 0 and end is not None:
                if in_url(text, start) or not (
                    _near_cjk(text, start) or _near_cjk(text, end) or han[end] > han[start + 1]
                ):
                    continue
                yield Finding(unit.span_at(start), "中文中使用了半角括号“()”，应改为全角“（）”",
                              unit.fixes([(start, "(", "（"), (end, ")", "）")]))
            else:
                index = start if end is None else end
                if _near_cjk(text, index) and not in_url(text, index):
                    mark = text[index]
                    yield Finding(unit.span_at(index), f"中文中使用了半角“{mark}”（且不成对），应改为全角“{FULL[mark]}”")


RULE = Rule(
    code="P001",
    name="ascii-punct-in-cjk",
    summary="中文语境中的标点应为全角",
    check=check,
    doc=__doc__ or "",
    severity=Severity.ERROR,
    bad=("依法行政,严格执法。", "主要做法是:加强培训。", "召开座谈会(2场)听取意见。", "全年办结12件.",
         "按时办结率为100%.全年无超期。"),
    good=("依法行政，严格执法。", "比例为3:1，增长3.5%，共1,000人，上午9:30开会。",
          "详见 https://example.gov.cn/a?b=1,2 的公告。", "使用 Office (Word) 编辑。",
          "按时办结率为100%，版本号为3.2.1，PM2.5浓度下降5%。"),
    fixable=True,
)
