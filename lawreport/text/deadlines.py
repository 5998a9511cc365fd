"""The deadlines for reporting and publishing a year's report, as the rules of that year set them.

- From the 2019 report year, 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）: departments
  report by 1 March, governments by 1 April, and every report is public by 1 April.
- For 2015–2018, 《法治政府建设实施纲要（2015—2020年）》: the report in the first quarter (by
  31 March), published without a date set.
- Before 2015 no deadline is checked.

Used by lint's M005 and by the audit's deadline column, so that the two never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

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
