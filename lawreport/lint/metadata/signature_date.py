"""缺少落款或成文日期（M003 signature-date）。

作用：检查报告是否有成文日期（源文件 report.yaml 的 date；收到的报告正文之后的发文机关署名和
日期行），收到的报告在成文日期之上是否有发文机关署名（成文日期写在标题之下的，落款应在正文之后）。
原因：GB/T 9704-2012 7.3.5：公文应有发文机关署名和成文日期；报告须经主要负责人审核签发，
日期也是判断是否按时报送（3月1日或4月1日前）的依据。没有标题的节选，其末尾不一定是报告的末尾，
不检查是否缺少落款。落款之后的附件（“附件1”、附件标题和附表，GB/T 9704-2012 7.4）不是正文，落款不必在
文件末尾：成文日期（或落款的机关名称）之后从“附件”“附件1”起的内容都按附件略过；落款之上的附件说明
（“附件：1.……”）也不妨碍识别落款。发文机关署名和成文日期写在同一行的（“示例县水务局　　2025年2月18日”），
读作落款，并提示（警告）日期应另起一行写在署名之下。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.importing.lines import SIGNED_ONE_LINE
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import end_of
from lawreport.model import Span
from lawreport.received.facts import is_excerpt

_TITLE_BLOCK = 4
"""How far below the title's first line a date still stands in the title block (a title of up to three lines)."""


def _under_title(date: Span, title: Span | None) -> bool:
    """The 成文日期 is the one a page writes in brackets under the title (“（2024年2月18日）”), not a 落款's."""
    return title is not None and 0 < date.line - title.line <= _TITLE_BLOCK


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    if meta.date is not None or meta.date_text:
        date = meta.spans.get("date")
        if doc.received and SIGNED_ONE_LINE in meta.spans:
            yield Finding(meta.spans[SIGNED_ONE_LINE],
                          "发文机关署名和成文日期写在了同一行：成文日期应另起一行，写在署名之下",
                          severity=Severity.WARNING)
        if doc.received and date is not None and "signatory" not in meta.spans:
            if not _under_title(date, meta.spans.get("title")):
                yield Finding(date, "成文日期之上缺少发文机关署名：请在日期上一行写明发文机关全称（如“示例县教育局”）")
            elif not is_excerpt(doc.report):  # the date under the title: the 落款 is due after the text
                yield Finding(end_of(doc), "缺少落款：正文之后应有发文机关署名（成文日期写在了标题之下）")
        return
    if doc.received and is_excerpt(doc.report):
        return  # an excerpt (no title): its end is not the report's end
    # the example date: when a report of this year is written (a received report's year may be unknown, 0)
    written = str(doc.report.year + 1) if doc.report.year else "××××"
    if doc.kind == "sources":
        yield Finding(Span(meta.path, 1, 1), f"缺少成文日期：请在 report.yaml 中写 date（如 date: \"{written}-02-20\"）")
    elif "signatory" in meta.spans:
        yield Finding(meta.spans["signatory"],
                      f"落款缺少成文日期：请在发文机关署名的下一行写成文日期（如“{written}年2月20日”）")
    else:
        yield Finding(end_of(doc), f"缺少落款：正文之后应有发文机关署名和成文日期（如“{written}年2月20日”）")


RULE = Rule(
    code="M003",
    name="signature-date",
    summary="有落款和成文日期",
    check=check,
    doc=__doc__ or "",
    example_kind="yaml",
    bad=("date: ''",),
    good=("date: \"2024-02-20\"",),
)
