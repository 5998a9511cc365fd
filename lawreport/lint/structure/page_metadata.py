"""网页信息与报告不一致（S009 page-metadata）。

作用：从网站复制的报告，网页上“成文日期”“发布机构”等栏目（lint 已把它们作为网页附带内容
略过，不当作正文检查）与报告本身的成文日期、发文机关不一致时给出提示：网页上的成文日期与
落款下的日期不同，或网页上的发布机构既不是落款的机关、也不在标题中。只对收到的报告检查。
原因：网页的公开信息应与公开的文件一致（《中华人民共和国政府信息公开条例》第二十六条，
信息应准确）；不一致时，审阅人需要知道以哪个日期判断是否按期报送。
修复：不自动修复（请核对哪一个是正确的）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.importing.docinfo import parse_date_text
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Span
from lawreport.received.facts import page_value


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
    office = page_value(meta, "发布机构", read)  # type: ignore[arg-type]
    if office is not None and meta.issuer:
        span, value = office
        names = (meta.issuer, meta.signatory, meta.title or "")
        if len(value) >= 3 and not any(value in name or name in value for name in names if name):
            yield Finding(span, f"网页上的发布机构“{value}”与报告的发文机关“{meta.issuer}”不一致，请核对")


RULE = Rule(
    code="S009",
    name="page-metadata",
    summary="网页上的成文日期、发布机构与报告一致",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("replace:样例市司法局2023年法治政府建设年度报告\n:成文日期：2024年3月1日\n样例市司法局2023年法治政府建设年度报告\n",),
    good=("replace:样例市司法局2023年法治政府建设年度报告\n:成文日期：2024年2月20日\n样例市司法局2023年法治政府建设年度报告\n",),
)
