"""抑制指令写法有误（L001 bad-suppression）。

作用：检查 Markdown 源文件中的 <!-- lawreport-disable … --> 指令：必须写明规则代码或名称，
并在冒号后写明理由；规则必须存在；指令必须在行尾或单独一行。
原因：不写理由的抑制会让问题悄悄留在报告里；审阅者需要知道为什么这里可以例外。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule


def check(doc: Document, options: None) -> Iterator[Finding]:
    return iter(())  # the runner reports directive problems found while scanning


RULE = Rule(
    code="L001",
    name="bad-suppression",
    summary="抑制指令须写明规则和理由",
    check=check,
    doc=__doc__ or "",
    bad=("依法行政,严格执法。<!-- lawreport-disable P001 -->",),
    good=("依法行政,严格执法。<!-- lawreport-disable P001: 引用原文 -->",),
)
