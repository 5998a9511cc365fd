"""成文日期或公开日期晚于规定期限（M005 deadline）。

作用：报告年度为 Y 时，部门（issuer_type: department）的成文日期不应晚于 Y+1 年 3 月 1 日，
政府（government、party-government）不应晚于 Y+1 年 4 月 1 日；公开日期（published）不应晚于
Y+1 年 4 月 1 日。成文日期也不应早于报告年度。收到的报告以落款下的成文日期为准；落款没有日期
（或没有落款，如从网页复制的报告）时，以网页上的“成文日期”（“成文时间”）栏为准，在该栏所在行报告；
网页的“发文日期”可能是网页发布文件的日期，不作为成文日期。审查（lawreport audit）的“报送期限”一栏与本规则读同一个
网页日期、调用同一个判断函数（lawreport.text.deadlines.judge），同一份报告得到同样的结论。
原因：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：县级以上政府部门每年3月1日前
报告，地方各级政府4月1日前报告，并于每年4月1日前向社会公开。这些期限从2019年度的报告起适用
（该规定2019年印发，2018年度的报告已在2019年第一季度报送）。此前按《法治政府建设实施纲要
（2015—2020年）》，政府和部门都在每年第一季度报告，并通过报刊、政府网站公开，没有规定公开期限：
2015—2018年度的报告，成文日期不应晚于Y+1年3月31日，公开日期不检查；2015年以前的年度不检查期限。
修复：不自动修复。
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.model import Metadata, Span
from lawreport.received.facts import PAGE as PAGE_FIELD
from lawreport.received.labels import cell_pairs, labels_in
from lawreport.text.deadlines import DOCUMENT, PAGE, field_date, judge


def page_signed(meta: Metadata, line_text: Callable[[Span], str | None]) -> tuple[Span, dt.date] | None:
    """Where a received report's web page gives its 成文日期 (a field labelled 成文日期 or 成文时间), and the
    date; None if it gives none. A 发文日期, which the reader also keeps as the page's 成文日期, may be the
    day the page issued the text and is not taken (the audit's deadline column calls this too)."""
    span = meta.spans.get(PAGE_FIELD + "成文日期")
    text = line_text(span) if span is not None else None
    if span is None or text is None:
        return None
    pairs = cell_pairs(text.strip().split("\t")) if "\t" in text else labels_in(text)
    if not pairs:  # a row whose cells only spaces part (“成文日期 2025-03-21 公开时限 长期公开”), or a value
        words = text.split()  # whose label is the line above (“• [ 成文日期 ]” / “• 2025-01-15”)
        above = line_text(Span(span.path, span.line - 1, 1)) if span.line > 1 else None
        pairs = [*zip(words, words[1:], strict=False), (re.sub(r"[\s•·\[\]【】|｜]", "", above or ""), text)]
    for label, value in pairs:
        date = field_date(value) if label.strip("[]【】：:") in _SIGNED_LABELS else None
        if date is not None:
            return span, date
    return None


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    meta = report.meta
    year = report.year
    if not year:
        return  # a received report whose year could not be found (S000 says so)
    read = (lambda span: doc.line(span.path, span.line)) if doc.received else None
    page = page_signed(meta, read) if read is not None and meta.date is None else None  # the page's field counts only without a 落款 date
    verdict = judge(year, meta.issuer_type == "department", meta.date, page[1] if page else None, meta.published)
    rule, date = verdict.limit, verdict.date
    if verdict.source == PAGE and page is not None and verdict.late and rule is not None:
        yield Finding(page[0], f"网页上的成文日期{page[1]:%Y-%m-%d}晚于{rule.who}报送期限{_day(rule.date)}"
                               "（报告没有落款日期，以网页上的成文日期为准）")
    elif verdict.source == DOCUMENT and date is not None:
        if verdict.late and rule is not None:
            yield Finding(meta.span("date"), f"成文日期{date:%Y-%m-%d}晚于{rule.who}报送期限{_day(rule.date)}")
        elif verdict.early:
            yield Finding(meta.span("date"), f"成文日期{date:%Y-%m-%d}早于报告年度结束，请核对（应在{year + 1}年）")
    if verdict.published_late and verdict.publication is not None and meta.published is not None:
        yield Finding(meta.span("published"), f"公开日期{meta.published:%Y-%m-%d}晚于公开期限{_day(verdict.publication)}")


_SIGNED_LABELS = ("成文日期", "成文时间")
"""Page labels that name the document's own 成文日期 (GB/T 9704 7.3.5), the date M005 holds to the deadline."""


def _day(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


RULE = Rule(
    code="M005",
    name="deadline",
    summary="按期报送（部门3月1日、政府4月1日前）和公开（4月1日前）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="yaml",
    bad=("date: \"2024-03-15\"", "published: \"2024-04-20\""),
    good=("date: \"2024-02-20\"\npublished: \"2024-03-20\"",),
)
