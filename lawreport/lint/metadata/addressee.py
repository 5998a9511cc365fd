"""缺少主送机关（M002 addressee）。

作用：检查报告是否写明主送机关（源文件 report.yaml 的 addressee，收到的报告标题后的一行，
如“区政府：”），以及收到的报告中主送机关后的冒号是不是全角“：”。
原因：年度报告是向上级机关的报告（部门报本级党委政府，政府报上一级）；GB/T 9704-2012 7.3.2
规定主送机关在标题下空一行居左顶格，最后一个机关名称后标全角冒号。网页公开版常省略主送机关
（多数网页版没有），从文字上看不出报送的原件有没有，故只作警告，并且只在报送的文件本身上检查是否缺少：
源文件（report.yaml）和收到的 .docx 检查；收到的纯文本（.txt、.md，多从网页复制）只在保留了公文
版头或版记、显然是报送原件时检查（单独一行的发文字号如“青枫司〔2024〕5号”，或“抄送：”“抄报：”行），
其余不检查；从网页复制的报告（带网页栏目、索引号等）和没有标题的节选也不检查。
修复：缺少主送机关时不自动修复；半角冒号“:”可安全地改为“：”。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Fix, Rule, Severity
from lawreport.model import Span
from lawreport.received.facts import is_excerpt, is_web_copy
from lawreport.text.docnumber import is_doc_number

_RECORD = ("抄送：", "抄报：", "抄送:", "抄报:")
"""How the 版记 lines of the document as issued begin."""


def submitted_form(doc: Document) -> bool:
    """Whether a received plain text evidently is the document as submitted: it keeps the 版头's
    发文字号 on a line of its own or a 版记 line (抄送、抄报), which a web page does not reproduce."""
    for lines in doc.lines.values():
        for raw in lines:
            text = raw.strip()
            if is_doc_number(text) or text.startswith(_RECORD):  # the 版头 or 版记 of the document as issued
                return True
    return False


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    if meta.addressee:
        span = meta.spans.get("addressee")
        line = doc.line(span.path, span.line) if span is not None and doc.received else None
        if line is not None and line.rstrip().endswith(":"):
            colon = Span(span.path, span.line, len(line.rstrip()))  # type: ignore[union-attr]
            yield Finding(colon, "主送机关后应使用全角冒号“：”，不用半角“:”", Fix.replace(colon, ":", "："))
        return
    if doc.received and (is_web_copy(meta) or is_excerpt(doc.report)):
        return  # a web copy or an excerpt: the site leaves the addressee out
    if doc.kind == "txt" and not submitted_form(doc):
        return  # mostly copied from a web page, which may have left the addressee out
    if doc.kind == "sources":
        yield Finding(Span(meta.path, 1, 1), "缺少主送机关：请在 report.yaml 中写 addressee（如 addressee: 示例县人民政府）")
        return
    title = meta.spans.get("title")
    line = title.line + 1 if title is not None else 1
    yield Finding(Span(meta.path, line, 1), "缺少主送机关：标题之后应顶格写明主送机关，并以全角冒号结尾（如“区政府：”）")


RULE = Rule(
    code="M002",
    name="addressee",
    summary="写明主送机关",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="yaml",
    bad=("addressee: ''",),
    good=("addressee: 示例县人民政府",),
    fixable=True,
)
