"""报告标题不规范（M001 title-pattern）。

作用：检查手写或收到的报告标题是否包含发文机关名称（标题不能以年份或“关于”开头：“2020年静海区……”
的机关名称应写在年份之前，“关于静海区2020年度……的报告”的应写在“关于”之前）、四位年份、
“法治政府建设”和“报告”这一文种；以“关于”
开头的标题应以“……的报告”结尾（“关于2023年度法治政府建设工作报告”缺“的”），“……工作的年度报告”也可以。年份写在文种之后的
括号里（“青岚县法治政府建设年度报告（2023年度）”“……报告(2023年)”）也算作标题的年份，文种仍是“报告”。
收到的网页把发文机关作为署名单独排在标题下一行（“2023年法治政府建设年度报告”／“××厅”／“（2024年1月31日）”）的，
发文机关已写明，不报缺少发文机关名称。由结构数据自动生成的标题不检查。
原因：省级工作指引规定报告名称为“法治政府建设年度报告”；GB/T 9704-2012 7.3.1 的标题由发文
机关名称、事由和文种组成。
修复：不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.importing.docinfo import office_after_year, office_name
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import line_map
from lawreport.received.facts import BYLINE

_TYPE = re.compile(r"报告$")
_ABOUT_END = re.compile(r"的(?:年度)?报告$")
"""How a 关于-title ends: “……情况的报告”, or “……工作的年度报告” (the 文种 with its 年度)."""
_YEAR_AFTER = re.compile(r"[（(](?:19|20)\d{2}年度?[）)]$")
"""A year in brackets after the 文种 (“……年度报告（2024年度）”): the title's year, not part of the 文种."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    if not meta.title:
        return
    title = re.sub(r"\s+", "", meta.title)
    span = line_map(doc, meta.span("title"), meta.title).span_at(0)
    opening_year = re.match(r"(?:关于)?(?:19|20)\d{2}", title)
    named_after = office_after_year(title[opening_year.end():]) if opening_year else None
    about = re.match(r"关于(.{2,30}?)(?:19|20)\d{2}", title) if opening_year is None else None
    named_inside = office_name(about[1]) if about else None  # “关于××区2025年度……的报告”
    problems = [f"标题应以发文机关名称开头（“{named_after}”写在了年份之后）"] if named_after else []
    problems += [f"标题应以发文机关名称开头（“{named_inside}”写在了“关于”之后，应写在“关于”之前）"] if named_inside else []
    missing = [what for what, ok in (
        ("发文机关名称", (opening_year is None and (about is None or named_inside is not None))
         or named_after is not None or (BYLINE in meta.spans and opening_year is not None)),
        ("四位年份", re.search(r"(?:19|20)\d{2}年", title)),
        ("“法治政府建设”", "法治政府建设" in title),
        ("文种“报告”", _TYPE.search(_YEAR_AFTER.sub("", title))),
    ) if not ok]
    problems += [f"标题缺少{'、'.join(missing)}"] if missing else []
    if problems and not doc.report.year:  # a received report whose year is unknown (S000 says so)
        yield Finding(span, "；".join(problems))
    elif problems:
        yield Finding(span, f"{'；'.join(problems)}，可参照“{doc.report.structure.title.format(issuer=meta.issuer, year=doc.report.year, next_year=doc.report.year + 1)}”")
    elif title.startswith("关于") or "关于" in title[:20]:
        if not _ABOUT_END.search(title):
            yield Finding(span, "以“关于”开头的标题应以“……的报告”结尾，例如“关于2023年度法治政府建设情况的报告”",
                          severity=Severity.WARNING)


RULE = Rule(
    code="M001",
    name="title-pattern",
    summary="标题含年份、“法治政府建设”和文种“报告”",
    check=check,
    doc=__doc__ or "",
    example_kind="yaml",
    bad=("title: 示例县教育局2023年工作总结", "title: 示例县教育局关于2023年度法治政府建设工作报告",
         "title: 2023年法治政府建设年度报告", "title: 关于2023年度法治政府建设情况的报告",
         "title: 2023年示例县教育局法治政府建设年度报告", "title: 关于示例县2023年度法治政府建设情况的报告"),
    good=("title: 示例县教育局关于2023年度法治政府建设情况的报告",
          "title: 青岚县教育局法治政府建设年度报告（2023年度）",
          "title: 中共示例县委 示例县人民政府关于2023年度法治政府建设情况的报告",
          "title: 青岚县人民政府关于2023年法治政府建设工作的年度报告"),
)
