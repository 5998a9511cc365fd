"""源文件无法读取（S000 source-error）。

作用：源文件（Markdown、YAML）或收到的报告无法读取或解析时，把读取错误作为检查结果报告，
其他年份和文件照常检查。
原因：无法读取的文件无法检查，也无法生成报告。
修复：不自动修复；按提示修改文件。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule


def check(doc: Document, options: None) -> Iterator[Finding]:
    return iter(())


RULE = Rule(code="S000", name="source-error", summary="源文件可以读取和解析", check=check, doc=__doc__ or "")
