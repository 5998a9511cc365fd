"""What the page's list says that the furniture pass leaves aside: the report's title, when the text
has no title line, and the time stamp under the title.

A page may give the title only in its list (“标      题： 中共××区委××区人民政府关于2024年度……的报告”,
“| 标题： | ××镇2024年法治政府建设年度报告 |”) and start the text at the 主送机关 or the opening. The
list is furniture (lint never checks its wording), but what it says is what a reader takes for the
report's title, and for its issuer when nothing else names one: the audit's columns do.

A page may also put its time stamp alone under the title (“时间：2026-01-09 09:36”), with no source or
view count beside it. A date alone under a title may be the 成文日期, but not one written as a site's
software writes dates: with the clock time, in figures with hyphens, slashes or dots (“日期：2025-02-25”),
or with a month or day padded to two digits (“2025年03月10日”), where GB/T 9704 writes a 成文日期 as
“2025年3月10日”. Such a date right under the title is when the page was put up: its 发布日期. So is a date
between the page's heading and the document's own title below it (“……的报告” / “日期：2023-01-28” /
“××局” / “关于……的报告”): it is the page's, above the document, not a date of the report.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from lawreport.importing.lines import Line
from lawreport.received import labels
from lawreport.received.furniture import Furniture

if TYPE_CHECKING:
    from lawreport.received.head import Head

_TITLE_LABELS = ("标题", "名称")
_REPORT_TITLE = re.compile(r"(?:报告|总结)$")


def _is_report_title(value: str) -> bool:
    return 8 <= len(value) <= 80 and "法治" in value and _REPORT_TITLE.search(value) is not None


def listed_title(lines: list[Line], indices: frozenset[int]) -> str | None:
    """The value of the list's 标题 (or 名称) among the furniture lines ``indices``, when it is a
    report's title (法治…报告 or …总结); the first such value, else None."""
    for index in sorted(indices):
        line = lines[index]
        if line.table is not None:
            pairs = [pair for row in line.table.rows for pair in labels.cell_pairs(row)]
        else:
            pairs = labels.label_line(line.text, True)
        for label, value in pairs:
            value = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))
            if label in _TITLE_LABELS and _is_report_title(value):
                return value
    return None


_PAGE_FORM = re.compile(r"\d{1,2}\s*[:时]\s*\d{2}|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年0\d月|月0\d日")
"""A date as a site's software writes it: with the clock time, in figures (2025-02-25), or zero-padded."""
_TITLE_WORDS = re.compile(r"法治.*(?:报告|情况)|报告.*法治")
"""A title by its words: 法治 and 报告, or 法治 and 情况 (a page heading without 报告: “××省2021年度法治政府建设情况”)."""


def stamp_under_title(lines: list[Line], page: Furniture) -> Furniture:
    """``page`` with its 发布日期 from a time stamp alone under the title (a furniture line giving
    only a date in a page's form, after 时间/日期 or bare, right below a title line that is not
    furniture), when the page gives no other."""
    if "发布日期" in page.meta:
        return page
    for index in sorted(page.indices):
        date = labels.lone_date(lines[index].text)
        above = index - 1
        if (date is None or not _PAGE_FORM.search(date) or above < 0 or above in page.indices
                or _TITLE_WORDS.search(lines[above].text) is None or "。" in lines[above].text):
            continue
        return page._replace(meta={**page.meta, "发布日期": date}, where={**page.where, "发布日期": lines[index].span})
    return page


def stamp_between_titles(lines: list[Line], page: Furniture, head: Head) -> Furniture:
    """``page`` with its 发布日期 from a date alone (“日期：2023-01-28”, “2023-01-28”) between the page's
    heading, set aside as a copy of the title, and the document's title that ``head`` found right
    below it, when the page gives no other."""
    if "发布日期" in page.meta or not head.title:
        return page
    below = head.title[0]
    index, above = below - 1, below - 2
    date = labels.lone_date(lines[index].text) if index in page.indices else None
    if (date is None or above not in head.aside or above in page.indices
            or _TITLE_WORDS.search(lines[above].text) is None or "。" in lines[above].text):
        return page
    return page._replace(meta={**page.meta, "发布日期": date}, where={**page.where, "发布日期": lines[index].span})
