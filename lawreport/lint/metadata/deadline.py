"""成文日期或公开日期晚于规定期限（M005 deadline）。

作用：报告年度为 Y 时，部门（issuer_type: department）的成文日期不应晚于 Y+1 年 3 月 1 日，
政府（government、party-government）不应晚于 Y+1 年 4 月 1 日；公开日期（published）不应晚于
Y+1 年 4 月 1 日。成文日期也不应早于报告年度。
原因：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：县级以上政府部门每年3月1日前
报告，地方各级政府4月1日前报告，并于每年4月1日前向社会公开。这些期限从2019年度的报告起适用
（该规定2019年印发，2018年度的报告已在2019年第一季度报送）。此前按《法治政府建设实施纲要
（2015—2020年）》，政府和部门都在每年第一季度报告，并通过报刊、政府网站公开，没有规定公开期限：
2015—2018年度的报告，成文日期不应晚于Y+1年3月31日，公开日期不检查；2015年以前的年度不检查期限。
修复：不自动修复。
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.text.deadlines import publication_limit, report_limit


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    meta = report.meta
    year = report.year
    if not year:
        return  # a received report whose year could not be found (S000 says so)
    if meta.date is not None:
        rule = report_limit(year, meta.issuer_type == "department")
        if rule is not None and meta.date > rule.date:
            yield Finding(meta.span("date"), f"成文日期{meta.date:%Y-%m-%d}晚于{rule.who}报送期限{_day(rule.date)}")
        elif meta.date.year <= year:
            yield Finding(meta.span("date"), f"成文日期{meta.date:%Y-%m-%d}早于报告年度结束，请核对（应在{year + 1}年）")
    published = publication_limit(year)
    if published is not None and meta.published is not None and meta.published > published:
        yield Finding(meta.span("published"), f"公开日期{meta.published:%Y-%m-%d}晚于公开期限{_day(published)}")


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
