"""Markdown 源文件中的链接使用了不安全的协议（T008 unsafe-link）。

作用：查找 [文字](javascript:…)、vbscript:、data:、file: 等链接，以及以 \\\\ 开头的网络共享路径。
原因：这些链接在网页上可能执行脚本或泄露本机文件（reliability.md M2）；lawreport 生成时
会丢弃它们，链接文字将不带链接。只允许 http、https、mailto 和相对路径。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.model import Span

# Pattern strings, compiled (and cached) by re on first use: this rule checks Markdown sources only.
_LINK = r"\]\(\s*<?((?:javascript|vbscript|data|file):[^)\s]*|\\\\[^)\s]*|//[^)\s]*)"


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for path, lines in sorted(doc.lines.items()):
        if path.suffix != ".md" or "](" not in "\n".join(lines):  # what _LINK starts with
            continue
        for number, line in enumerate(lines, 1):
            for match in re.finditer(_LINK, line, re.IGNORECASE):
                yield Finding(Span(path, number, match.start(1) + 1),
                              f"不安全的链接“{match.group(1)[:30]}”，只允许 http、https、mailto 和相对路径")


RULE = Rule(
    code="T008",
    name="unsafe-link",
    summary="链接只用 http、https、mailto 和相对路径",
    check=check,
    doc=__doc__ or "",
    bad=("详见[通知](javascript:alert(1))。",),
    good=("详见[通知](https://example.gov.cn/notice.html)。",),
)
