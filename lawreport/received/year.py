"""The report year of a received report, and where it was found.

In this order: the year given by the user (``--year``), the title, the part titles (a
“下一年度” part counts one year back), the preamble (“2023年，…”, “根据……，2023年，…”,
“现将2023年…报告如下”; never a year inside a cited document's 《》), then
the metadata (the 成文日期, or the page's 成文日期/发布日期: a report is written early in the
following year). Never from an 索引号, a page date or “今天是”: the furniture is set aside before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from lawreport.importing import docinfo
from lawreport.model import Report

_PREAMBLE_START = re.compile(r"^(?:19|20)\d{2}\s*年度?(?![\d０-９月底初末至到—\-－~～前后内]|以前|以后)")
"""A preamble that opens with the year: “2023年，…”, “2023年以来”, “2022年市交通运输局在……” (the
subject right after the year); not a date (“2023年3月”), a span (“2022年至2023年”) or a time
of the year (“2022年底”)."""
_PREAMBLE_ANNOUNCE = re.compile(r"现将(?:[^。]{0,20}?)((?:19|20)\d{2})\s*年"
                                r"|((?:19|20)\d{2})\s*年度?法治政府建设[^。，]{0,12}报告"
                                r"|((?:19|20)\d{2})\s*年度?法治政府建设[^。；;]{0,12}?[，,]\s*(?:现|特)?[报汇]告如下"
                                r"|(?:本报告|报告)旨在总结[^。，,]{0,8}?((?:19|20)\d{2})\s*年度?法治政府建设")
"""“现将2023年……报告如下”, the report naming itself (“关于2023年度法治政府建设情况的报告”), or the
year of what was summed up, in the clause just before “现报告如下” (“总结2023年度法治政府建设情况，现报告
如下。”, the comma a full-width or a copy's half-width one, the sentence ending in “：” or “。”), or the year
the report says it sums up (“本报告旨在总结我局2023年度法治政府建设工作的经验和不足”)."""
_CLAUSE_YEAR = re.compile(r"[，。；,;]\s*((?:19|20)\d{2})\s*年度?[，,]")
"""A clause of the first paragraph that opens with the year (“根据……部署，2023年，我街道……”, also
with the half-width commas of a copy: “……部署,2023年,”); not “，2018年以来，”, which looks back
over several years."""
_CITED = re.compile(r"《[^《》]*》")
"""A cited document's name: the years in it (“纲要（2023—2027年）”) are not the report's."""
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
LATE_MONTH = 7
"""A 成文日期 from July on belongs to a report on that same year (a mid-year or year-end summary)."""


def _from_date(date: dt.date) -> int:
    return date.year if date.month >= LATE_MONTH else date.year - 1


def from_parts(report: Report) -> int | None:
    """The year named by the first part title that names one (a “下一年度” part: one year back)."""
    for part in report.parts:
        match = _YEAR.search(part.title)
        if match is None:
            continue
        spec = report.structure.spec(part.key)
        year = int(match[1])
        return year - 1 if spec is not None and spec.year == "next" else year
    return None


def from_preamble(report: Report) -> int | None:
    """The year the preamble opens with (“2023年，…”), announces (“现将2023年…报告如下”), or
    one of the first paragraph's clauses opens with (“根据……，2023年，…”), in this order."""
    texts = ["".join(run.text for run in paragraph.runs) for paragraph in report.meta.preamble]
    for text in texts[:2]:
        if _PREAMBLE_START.match(text):
            return int(text[:4])
    for text in texts:
        match = _PREAMBLE_ANNOUNCE.search(text)
        if match:
            return int(match[1] or match[2] or match[3] or match[4])
    for text in texts[:1]:
        clause = _CLAUSE_YEAR.search(_CITED.sub(lambda m: "《" + "·" * (len(m[0]) - 2) + "》", text))
        if clause:
            return int(clause[1])
    return None


_SPACED_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?")
"""A page's date that may have spaces inside (“2025- 02- 08 14： 11”: a template padding each part)."""


def page_date(meta: Mapping[str, str]) -> dt.date | None:
    """The page's 成文日期, else its 发布日期 (the part before a time; spaces inside the date do not count)."""
    for key in ("成文日期", "发布日期"):
        value = meta.get(key)
        if value:
            spaced = _SPACED_DATE.match(value.strip())
            text = re.sub(r"\s+", "", spaced[0]) if spaced else re.split(r"\s+", value.strip())[0]
            date = docinfo.parse_date_text(text)
            if date is not None:
                return date
    return None


def resolve(given: int | None, report: Report, title: str | None,
            page_meta: Mapping[str, str]) -> tuple[int | None, str | None]:
    """The report year and its source: "given", "title", "part-title", "preamble", "metadata" or None."""
    if given is not None:
        return given, "given"
    if title:
        found = docinfo.year_in(title)
        if found is not None:
            return found, "title"
    found = from_parts(report)
    if found is not None:
        return found, "part-title"
    found = from_preamble(report)
    if found is not None:
        return found, "preamble"
    date = report.meta.date or page_date(page_meta)
    if date is not None:
        return _from_date(date), "metadata"
    return None, None
