"""The deadlines of 厅字〔2019〕28号: 报送 by 1 March (departments) or 1 April (governments), 公开 by 1 April.

The 成文日期 is the 落款's; a report copied from a web page without its 落款 falls back on the
page's 成文日期 field. The 发布日期 comes only from the page (see /work/shared/domain.md §1.1).
"""

from __future__ import annotations

import datetime as dt

from lawreport.audit.records import Deadline

ON_TIME = "on-time"
LATE = "late"
UNKNOWN = "unknown"


def limit_for(year: int, issuer_type: str) -> dt.date:
    """The 报送 deadline for a report of ``year``."""
    return dt.date(year + 1, 3, 1) if issuer_type == "department" else dt.date(year + 1, 4, 1)


def check_deadline(year: int, issuer_type: str, signed: dt.date | None, page_signed: dt.date | None,
                   published: dt.date | None) -> Deadline:
    """Whether the report of ``year`` was signed and published in time."""
    limit = limit_for(year, issuer_type)
    date, source = (signed, "document") if signed is not None else (page_signed, "page" if page_signed else "")
    problems = []
    who = "部门" if issuer_type == "department" else "政府"
    if date is not None and date > limit:
        problems.append(f"成文日期 {date.isoformat()} 晚于{who}报送期限 {limit.isoformat()}")
    publish_limit = dt.date(year + 1, 4, 1)
    if published is not None and published > publish_limit:
        problems.append(f"发布日期 {published.isoformat()} 晚于公开期限 {publish_limit.isoformat()}")
    if problems:
        status = LATE
    elif date is None and published is None:
        status = UNKNOWN
    else:
        status = ON_TIME
    return Deadline(status, limit.isoformat(), date.isoformat() if date else "", source,
                    published.isoformat() if published else "", tuple(problems))
