"""The deadlines for reporting and publishing a year's report, as the rules of that year set them.

- From the 2019 report year, 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）: departments
  report by 1 March, governments by 1 April, and every report is public by 1 April.
- For 2015–2018, 《法治政府建设实施纲要（2015—2020年）》: the report in the first quarter (by
  31 March), published without a date set.
- Before 2015 no deadline is checked.

Used by lint's M005 and by the audit's deadline column, so that the two never disagree: both call
:func:`judge`, which also decides which 成文日期 is held to the deadline (the 落款's, else the web
page's 成文日期 field) and reads a page field's date (:func:`field_date`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

_FIELD_DATE = re.compile(r"(\d{4})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})")

SUPERVISION_RULES = 2019
"""The first report year under the 2019 督察工作规定 (3月1日 / 4月1日, publication by 4月1日)."""
OUTLINE_2015 = 2015
"""The first report year under the 2015 纲要 (a report in the first quarter, no publication date)."""


class Limit(NamedTuple):
    """The latest 成文日期 of a report, and whose deadline it is (for the message)."""

    date: dt.date
    who: str
    """部门, 政府, or 第一季度 (before 2019, the same for both)."""


def report_limit(year: int, department: bool) -> Limit | None:
    """The latest 成文日期 for a report of ``year``, or None when no rule set one."""
    if year >= SUPERVISION_RULES:
        return Limit(dt.date(year + 1, 3, 1), "部门") if department else Limit(dt.date(year + 1, 4, 1), "政府")
    if year >= OUTLINE_2015:
        return Limit(dt.date(year + 1, 3, 31), "第一季度")
    return None


def publication_limit(year: int) -> dt.date | None:
    """The latest 公开 date for a report of ``year``, or None when no rule set one."""
    return dt.date(year + 1, 4, 1) if year >= SUPERVISION_RULES else None


DOCUMENT = "document"
"""The 成文日期 judged is the one below the 落款."""
PAGE = "page"
"""The 成文日期 judged is the web page's 成文日期 field (the 落款 gives none, or there is no 落款)."""


class Judgement(NamedTuple):
    """What the deadlines of a report's year say about its dates."""

    date: dt.date | None
    """The 成文日期 held to the reporting deadline (None when neither the 落款 nor the page gives one)."""
    source: str
    """:data:`DOCUMENT`, :data:`PAGE` or "" (no date)."""
    limit: Limit | None
    late: bool
    """``date`` is after ``limit``."""
    early: bool
    """The 落款's ``date`` is in the report's year or before it: before the year it reports on ended
    (a slip of the year, or a draft's date), so it cannot be held to the deadline."""
    publication: dt.date | None
    """The latest publication date (None when no rule set one)."""
    published_late: bool


def field_date(value: str) -> dt.date | None:
    """The first date written in a web page field's value (``2025-03-24``, ``2025年3月24日 09:30``)."""
    match = _FIELD_DATE.search(value)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def judge(year: int, department: bool, signed: dt.date | None, page_signed: dt.date | None,
          published: dt.date | None) -> Judgement:
    """The verdict on a report of ``year``: its 成文日期 is the 落款's ``signed``, else the page's ``page_signed``."""
    limit = report_limit(year, department)
    date, source = (signed, DOCUMENT) if signed is not None else (page_signed, PAGE if page_signed else "")
    publication = publication_limit(year)
    return Judgement(date, source, limit, limit is not None and date is not None and date > limit.date,
                     source == DOCUMENT and date is not None and date.year <= year,
                     publication, publication is not None and published is not None and published > publication)
