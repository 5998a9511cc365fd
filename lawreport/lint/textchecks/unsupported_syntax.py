"""Markdown 源文件中用了不支持的写法（T011 unsupported-syntax）。

作用：查找 lawreport 不解析、会按原样作为文字输出的 Markdown 写法：脚注（“[^1]”及
“[^1]: …”）、列表项（行首“- ”“* ”“+ ”）、引用（行首“> ”）、代码块（“```”“~~~”）、图片
（“![…](…)”）和分隔线（单独一行的“---”“***”）。HTML 标签和 HTML 表格由 T007 检查。
原因：可靠性评审 M8（reliability.md）；为了安全和格式统一，源文件只支持公文需要的写法（标题、
段落、表格、粗体、链接），其他写法不会报错，却会把符号原样印在 DOCX 和网页上。
修复：不自动修复。脚注请改为括号中的说明；列表请改为“一是……二是……”或下一级标题。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Span

_ANYWHERE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\[\^[^\]\s]+\]"), "脚注", "[^"),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), "图片", "!["),
)
"""Patterns that match anywhere in a line, with what they find and what each match starts with."""
_AT_START: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), what) for pattern, what in (
    (r"^\s{0,3}[-*+]\s+\S", "列表项"),
    (r"^\s{0,3}>", "引用"),
    (r"^\s{0,3}(?:```|~~~)", "代码块"),
    (r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$", "分隔线"),
))
"""Patterns that match at the start of a line only."""
_STARTS = frozenset("-*+>`~_")
"""The first character after its indent of a line that a pattern of ``_AT_START`` matches."""


def _body_lines(lines: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """The lines after a leading YAML front matter block."""
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        start = end + 1 if end is not None else 0
    for index in range(start, len(lines)):
        yield index + 1, lines[index]


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for path, lines in sorted(doc.lines.items()):
        if path.suffix != ".md":
            continue
        text = "\n".join(lines)
        anywhere = [(pattern, what) for pattern, what, start in _ANYWHERE if start in text]
        everywhere = anywhere + list(_AT_START)
        for number, line in _body_lines(lines):
            patterns = everywhere if line.lstrip()[:1] in _STARTS else anywhere
            for pattern, what in patterns:
                for match in pattern.finditer(line):
                    column = match.start() + len(match.group()) - len(match.group().lstrip()) + 1
                    yield Finding(Span(path, number, column),
                                  f"不支持{what}写法“{match.group().strip()[:20]}”，它会按原样作为文字输出，请改写")


RULE = Rule(
    code="T011",
    name="unsupported-syntax",
    summary="源文件不用不支持的 Markdown 写法（脚注、列表、引用、代码块、图片、分隔线）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("全年办理行政许可94件[^1]。", "- 全年办理行政许可94件。", "> 全年办理行政许可94件。"),
    good=("全年办理行政许可94件（含延续许可12件）。", "一是办理行政许可94件；二是办理行政处罚12件。",
          "比例为3:1，数组[1]不是脚注。"),
)
