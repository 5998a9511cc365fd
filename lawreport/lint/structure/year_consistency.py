"""年份前后不一致（S003 year-consistency）。

作用：报告年度为 Y 时，检查标题中的年份是否为 Y（标题同时写明下一年度工作安排、计划的，其中的 Y+1 不报）；第一至第三部分标题中的年份是否为 Y，
“下一年度主要安排”部分标题中的年份是否为 Y+1；开头语“现将……报告如下”中的年份，以及开头语以年份起句时
（“2023年，××局坚持……”）的这个年份是否为 Y（“2022年以来”“2022年底”“2022年10月”这样的时间不算）。
源文件中自动生成的部分标题总是正确的，只检查改写过的标题。
原因：规定要求报告上一年度的情况和下一年度的安排；复制上一年的报告后忘改年份是常见错误。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, matched
from lawreport.lint.search import holding
from lawreport.lint.text import line_map, units

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
_PLANS = re.compile(r"年?度?(?:的)?(?:主要)?(?:工作)?(?:安排|计划|打算|思路)")
"""What follows the next year in a title that names the plans too (“2021年度工作安排”)."""
_ANNOUNCE = re.compile(r"现将[^。：]{0,12}?((?:19|20)\d{2})年")
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*年度?(?!\s*(?:以来|来|底|初|末|中|上半|下半|至|到|[—\-~～－]|\d))")
"""The year an opening starts with as its subject's time (“2023年，……”), not a point or a span of time."""


def _opening_year(doc: Document, year: int) -> Iterator[Finding]:
    preamble = doc.report.meta.preamble
    if not preamble:
        return
    for unit in units(doc):
        if unit.kind == "paragraph" and unit.span_at(0) == preamble[0].span:
            match = _OPENING_YEAR.match(unit.text)
            if match is not None and int(match.group(1)) != year:
                yield Finding(unit.span_at(match.start(1)),
                              f"开头语起句的年份“{match.group(1)}”与报告年度{year}年不一致")
            return


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    year = report.year
    if not year:
        return  # a received report whose year could not be found (S000 says so)
    for unit in units(doc):
        if unit.kind == "title":
            for match in _YEAR.finditer(unit.text):
                found = int(match.group(1))
                if found == year + 1 and _PLANS.match(unit.text, match.end()):
                    continue  # “……情况及2021年度工作安排的报告”: the next year's plans, named in the title
                if found != year:
                    yield Finding(unit.span_at(match.start()), f"标题中的年份“{match.group(1)}”与报告年度{year}年不一致")
    yield from _opening_year(doc, year)
    for unit in holding(doc, ("现将",)):  # what _ANNOUNCE needs
        if unit.kind == "paragraph":
            for match in _ANNOUNCE.finditer(unit.text):
                if int(match.group(1)) != year:
                    yield Finding(unit.span_at(match.start(1)),
                                  f"开头语中的年份“{match.group(1)}”与报告年度{year}年不一致")
    for part in report.parts:
        spec = report.structure.spec(part.key)
        if spec is None or not (part.title_overridden or doc.received):
            continue
        expected = spec.expected_year(year)
        if expected is None:
            continue
        offsets = line_map(doc, part.title_span, part.title)
        for match in _YEAR.finditer(part.title):
            if int(match.group(1)) != expected:
                which = "下一年度" if spec.year == "next" else "报告年度"
                yield Finding(offsets.span_at(match.start()),
                              f"部分标题中的年份应为{which}{expected}年，这里写的是{match.group(1)}年",
                              length=matched(offsets.span_at, match.start(), match.end() + 1))


RULE = Rule(
    code="S003",
    name="year-consistency",
    summary="标题、各部分标题和开头语中的年份与报告年度一致",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("replace:四、2024年度:四、2023年度", "replace:样例市司法局2023年:样例市司法局2022年",
         "replace:2023年，样例市司法局坚持:2022年，样例市司法局坚持"),
    good=("（一）加强学习\n正文。", "replace:2023年，样例市司法局坚持:2022年以来，样例市司法局坚持",
          "replace:样例市司法局2023年法治政府建设年度报告:样例市司法局关于2023年度法治政府建设情况及2024年度工作安排的报告"),
)
