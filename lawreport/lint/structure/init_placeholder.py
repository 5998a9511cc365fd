"""残留了 lawreport init 的占位文字（S010 init-placeholder）。

作用：查找“（请填写发文机关）”这类括号中以“请填写”“请输入”“请补充”“请修改”开头的占位
文字：lawreport init 没有给出 --issuer 时写入 lawreport.yaml 的发文机关，以及模板中同样写法的
提示。发文机关、署名、主送机关、标题和正文都检查。
原因：占位文字会原样进入标题、落款和输出文件名，报告无法印发；它和 S004 的“20XX”“××”不同，
一定是没有填写，所以是错误。
修复：不自动修复。请在 lawreport.yaml 的 report.issuer（或 report.yaml 的 issuer）中写发文机关
全称，如 issuer: 示例县教育局。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.search import holding
from lawreport.model import Span

PLACEHOLDER = re.compile(r"[（(]\s*请(?:填写|输入|补充|修改)[^（()）]{0,20}[）)]")
_FIELDS = {"issuer": "发文机关", "signatory": "署名", "addressee": "主送机关", "title": "标题"}


def _field_span(doc: Document, key: str, found: str) -> Span:
    """Where the field is written: its line in report.yaml, else in the workspace's
    lawreport.yaml (the defaults of every year), else the top of report.yaml."""
    meta = doc.report.meta
    span = meta.spans.get(key)
    if span is not None:
        line = doc.line(span.path, span.line)
        if line is not None and found in line:
            return Span(span.path, span.line, line.index(found) + 1)
    config = doc.report.directory.parent.parent / "lawreport.yaml"
    try:
        lines = config.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for number, line in enumerate(lines, 1):
        if found in line and f"{key}:" in line:
            return Span(config, number, line.index(found) + 1)
    return Span(meta.path, 1, 1)


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    for key, what in _FIELDS.items():
        value = getattr(meta, key) or ""
        if key == "signatory" and value == meta.issuer:
            continue  # the signature defaults to the issuer: reported once, as the issuer
        match = PLACEHOLDER.search(value)
        if match:
            yield Finding(_field_span(doc, key, match.group()),
                          f"{what}是占位文字“{match.group()}”：请写实际的{what}"
                          + ("（lawreport.yaml 的 report.issuer 或 report.yaml 的 issuer）" if key == "issuer" else ""))
    for unit in holding(doc, "请"):  # what PLACEHOLDER needs
        if unit.kind == "title":
            continue  # reported with the metadata above
        for match in PLACEHOLDER.finditer(unit.text):
            yield Finding(unit.span_at(match.start()), f"残留了占位文字“{match.group()}”，请替换为实际内容")


RULE = Rule(
    code="S010",
    name="init-placeholder",
    summary="不残留“（请填写发文机关）”等占位文字",
    check=check,
    doc=__doc__ or "",
    example_kind="yaml",
    bad=("issuer: （请填写发文机关）", "signatory: （请填写署名）"),
    good=("issuer: 示例县教育局",),
)
