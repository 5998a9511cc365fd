"""网页信息与报告不一致（S009 page-metadata）。

作用：从网站复制的报告，网页上的“成文日期”（lint 已把网页栏目作为附带内容略过，不当作正文
检查）与落款下的成文日期不一致时给出提示。网页上的“发布机构”常是代为发布的部门（如司法局
发布区政府的报告），不作比较。只对收到的报告检查。
原因：网页的公开信息应与公开的文件一致（《中华人民共和国政府信息公开条例》第二十六条，
信息应准确）；不一致时，审阅人需要知道以哪个日期判断是否按期报送。
修复：不自动修复（请核对哪一个是正确的）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Span
from lawreport.received.facts import page_value
from lawreport.text.dates import parse_date_text


def _line(doc: Document) -> object:
    def text(span: Span) -> str | None:
        return doc.line(span.path, span.line)
    return text


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    meta = doc.report.meta
    read = _line(doc)
    given = page_value(meta, "成文日期", read)  # type: ignore[arg-type]
    if given is not None and meta.date is not None:
        span, value = given
        date = parse_date_text(value.split()[0]) if value.split() else None
        if date is not None and date != meta.date:
            yield Finding(span, f"网页上的成文日期“{value}”与报告落款下的成文日期“{meta.date_text}”不一致，请核对")


RULE = Rule(
    code="S009",
    name="page-metadata",
    summary="网页上的成文日期与报告一致",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("replace:样例市司法局2023年法治政府建设年度报告\n:成文日期：2024年3月1日\n样例市司法局2023年法治政府建设年度报告\n",),
    good=("replace:样例市司法局2023年法治政府建设年度报告\n:成文日期：2024年2月20日\n样例市司法局2023年法治政府建设年度报告\n",),
)
