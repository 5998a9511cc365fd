"""各部分标题的写法前后不一致（H010 part-title-style）。

作用：检查收到的报告中各部分（一级）标题的写法是否一致：报告年度的三个部分（主要举措和成效、
存在的不足和原因、第一责任人职责情况）有的写年份（“2023年度……”）有的不写；或者有的标题末尾
加了“：”“。”等标点，有的不加。在与多数写法不同的标题处报告（独立成行的部分标题末尾的“；”“，”“、”
“。”本身就不对，由 H008 报告，这里不再重复）。以自拟主题作一级标题的报告，主题由 S008 说明，这里只比较其余的部分标题。
原因：GB/T 9704-2012 7.3.3 的层次标题同级同式；《法治政府建设与责任落实督察工作规定》第二十五条
的各项内容都以年度限定，规范的部分标题都写年份（domain.md §1.1）。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint import layout
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.headings import runin_punct
from lawreport.model import Part
from lawreport.received.layout import THEMATIC
from lawreport.text.numbering import marker_end

_YEAR_PARTS = ("measures", "shortcomings", "leadership")
_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年")
_ENDS = "：:。；;，,"


def _odd(parts: list[Part], feature: dict[int, bool]) -> list[Part]:
    """The parts whose ``feature`` differs from the majority (none when there is no majority)."""
    yes = [part for part in parts if feature[id(part)]]
    no = [part for part in parts if not feature[id(part)]]
    if not yes or not no or len(yes) == len(no):
        return []
    return no if len(yes) > len(no) else yes


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    report = doc.report
    skipped = {id(part) for part in layout.themes(doc)} if layout.kind(doc) == THEMATIC else set()
    parts = [part for part in report.parts if part.marker and id(part) not in skipped]  # themes: S008
    dated = [part for part in parts if part.key in _YEAR_PARTS]
    with_year = {id(part): bool(_YEAR.match(part.title[marker_end(part.title):])) for part in dated}  # “一、一、2023年…”: H004
    for part in _odd(dated, with_year):
        if with_year[id(part)]:
            yield Finding(part.title_span, "这一部分标题写了年份，前三个部分中其他部分的标题没有写：各部分标题的写法应一致")
        else:
            example = f"（如“{report.year}年度……”）" if report.year else ""
            yield Finding(part.title_span, f"这一部分标题没有写年份，前三个部分中其他部分的标题写了{example}：各部分标题的写法应一致")
    punct = {id(part): part.title.rstrip()[-1:] in _ENDS for part in parts if part.title.strip()}
    for part in _odd([part for part in parts if part.title.strip()], punct):
        mark = part.title.rstrip()[-1]
        if punct[id(part)] and runin_punct.wrong_part_end(doc, part):
            continue  # a mark no part title should end with (；， or a stand-alone 。): H008 reports it
        if punct[id(part)]:
            yield Finding(part.title_span, f"这一部分标题末尾有“{mark}”，其他部分标题没有：请删去，使各部分标题写法一致")
        else:
            yield Finding(part.title_span, "其他部分标题末尾都有标点，这一个没有：各部分标题的写法应一致")


RULE = Rule(
    code="H010",
    name="part-title-style",
    summary="各部分（一级）标题写法一致：都写年份，末尾标点一致",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("replace:二、2023年度推进法治政府建设存在的不足和原因:二、存在的不足和原因",
         "replace:存在的不足和原因\n:存在的不足和原因：\n"),
    good=("（一）加强学习\n全年开展集中学法6次。",),
)
