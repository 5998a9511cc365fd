"""收到的 Word 报告中留有修订痕迹（M009 tracked-changes）。

作用：收到的 .docx 报告中还有没有接受或拒绝的修订（插入、删除）时报告一次。lint 和 audit 按
“接受所有修订”后的文字（保留插入，去掉删除）检查这份报告，这一条提醒审阅的人：报来的是带修订的稿子，
检查的文字是接受修订之后的样子。
原因：报送和公开的应是定稿。GB/T 9704-2012 规定的公文是定稿的版式，修订痕迹不属于公文；
带修订的文件在别人的 Word/WPS 中可能按“显示标记”打开，删除的文字仍然看得见，也可能被误当作定稿转发。
修复：不自动修复。请报送单位在 Word/WPS 中“审阅 → 接受所有修订”（或逐条接受、拒绝）后另存，
再报送；检查的结论以接受修订后的文字为准。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.received.facts import REVISIONS, has_revisions


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    if doc.received and has_revisions(meta):
        yield Finding(meta.spans[REVISIONS], "文档中留有没有接受或拒绝的修订：以上检查按“接受所有修订”后的文字进行；"
                      "请在 Word/WPS 中“审阅 → 接受所有修订”（或逐条处理）后另存，再报送定稿")


_INSERTION = ('word/document.xml:<w:body>=><w:body><w:p><w:ins w:id="901" w:author="审阅人" '
              'w:date="2025-01-01T00:00:00Z"><w:r><w:t>补充的一句。</w:t></w:r></w:ins></w:p>')

RULE = Rule(
    code="M009",
    name="tracked-changes",
    summary="收到的 Word 报告中没有留下修订痕迹",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="received-docx",
    bad=(_INSERTION,),
    good=("word/document.xml:<w:body>=><w:body>",),
)
