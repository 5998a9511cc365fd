"""report.yaml 中值后面的“ #”被当作注释（M007 yaml-comment-in-value）。

作用：逐行检查 report.yaml 的原文：一个没有加引号的值后面紧跟一个空格和“#”（如
“addressee: 县政府 # 县委”）时，YAML 把“#”及其后的文字当作注释丢掉，值被悄悄截断。
块文本（“preamble: |”下面缩进的各行）中的“#”是普通文字，不检查；加了引号的值不检查；
值后面空两个或更多空格再写“#”，是有意的注释（yamllint 的通行写法），也不检查。
原因：可靠性评审 Y5（reliability.md）：这样的截断没有任何报错，生成的报告中却少了文字。
修复：不自动修复（是注释还是值的一部分需要作者判断）：值的一部分请给整个值加引号，
注释请在“#”前空两格。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Span

# Pattern strings, compiled (and cached) by re on first use: this rule checks report.yaml only.
_ENTRY = r"^(\s*)(?:-\s+)?[^\s#:'\"][^:#]*:\s+(?=\S)"
_BLOCK = r":\s*[|>][-+0-9]*\s*(?:#.*)?$"
_HASH = r"(?<=\S) #"


def _lines(doc: Document) -> Iterator[tuple[int, str, Span]]:
    for path, lines in doc.lines.items():
        if path.suffix != ".yaml":
            continue
        block_indent: int | None = None
        for number, line in enumerate(lines, 1):
            indent = len(line) - len(line.lstrip(" "))
            if block_indent is not None:
                if not line.strip() or indent > block_indent:
                    continue
                block_indent = None
            if re.search(_BLOCK, line):
                block_indent = indent
                continue
            yield number, line, Span(path, number, 1)


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "sources":
        return
    for number, line, span in _lines(doc):
        entry = re.match(_ENTRY, line)
        if entry is None:
            continue
        value = line[entry.end():]
        if value[0] in "'\"[{|>&*!":
            continue
        hash_at = re.search(_HASH, value)
        if hash_at is None:
            continue
        column = entry.end() + hash_at.start() + 2
        kept = value[: hash_at.start()]
        yield Finding(Span(span.path, number, column),
                      f"`#` 之后被当作注释，请加引号：这个值只读到“{kept}”，“{value[hash_at.start() + 1:]}”被丢掉了")


RULE = Rule(
    code="M007",
    name="yaml-comment-in-value",
    summary="report.yaml 的值中没有被当作注释截断的“ #”",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="yaml",
    bad=("addressee: 样例市人民政府 # 样例市委",),
    good=("addressee: \"样例市人民政府 # 样例市委\"", "addressee: 样例市人民政府  # 主送机关"),
)
