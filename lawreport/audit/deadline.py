"""Whether a received report was signed and published by the deadlines of its year
(lawreport.text.deadlines, the same as lint's M005).

The 成文日期 is the 落款's; a report copied from a web page without its 落款 falls back on the
page's 成文日期 field. The 发布日期 comes only from the page (see /work/shared/domain.md §1.1).
"""

from __future__ import annotations

import datetime as dt

from lawreport.audit.records import Deadline
from lawreport.text.deadlines import publication_limit, report_limit

ON_TIME = "on-time"
LATE = "late"
UNKNOWN = "unknown"


def check_deadline(year: int, issuer_type: str, signed: dt.date | None, page_signed: dt.date | None,
                   published: dt.date | None) -> Deadline:
    """Whether the report of ``year`` was signed and published in time (no deadline before 2015)."""
    limit = report_limit(year, issuer_type == "department")
    date, source = (signed, "document") if signed is not None else (page_signed, "page" if page_signed else "")
    problems = []
    if limit is not None and date is not None and date > limit.date:
        problems.append(f"成文日期 {date.isoformat()} 晚于{limit.who}报送期限 {limit.date.isoformat()}")
    publish_limit = publication_limit(year)
    if publish_limit is not None and published is not None and published > publish_limit:
        problems.append(f"发布日期 {published.isoformat()} 晚于公开期限 {publish_limit.isoformat()}")
    if problems:
        status = LATE
    elif date is None and published is None:
        status = UNKNOWN
    else:
        status = ON_TIME
    return Deadline(status, limit.date.isoformat() if limit is not None else "", date.isoformat() if date else "",
                    source, published.isoformat() if published else "", tuple(problems))
