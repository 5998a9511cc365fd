"""Whether a received report was signed and published by the deadlines of its year
(lawreport.text.deadlines.judge, the same verdict as lint's M005).

The 成文日期 is the 落款's; a report copied from a web page without its 落款 falls back on the
page's 成文日期 field (the choice is made by ``judge``, for lint too). The 发布日期 comes only from
the page (see /work/shared/domain.md §1.1).
"""

from __future__ import annotations

import datetime as dt

from lawreport.audit.records import Deadline
from lawreport.text.deadlines import judge

ON_TIME = "on-time"
LATE = "late"
EARLY = "early"
UNKNOWN = "unknown"


def check_deadline(year: int, issuer_type: str, signed: dt.date | None, page_signed: dt.date | None,
                   published: dt.date | None) -> Deadline:
    """Whether the report of ``year`` was signed and published in time (no deadline before 2015)."""
    verdict = judge(year, issuer_type == "department", signed, page_signed, published)
    limit, date = verdict.limit, verdict.date
    problems = []
    if verdict.late and limit is not None and date is not None:
        problems.append(f"成文日期 {date.isoformat()} 晚于{limit.who}报送期限 {limit.date.isoformat()}")
    if verdict.published_late and verdict.publication is not None and published is not None:
        problems.append(f"发布日期 {published.isoformat()} 晚于公开期限 {verdict.publication.isoformat()}")
    if verdict.early and date is not None:
        problems.append(f"成文日期 {date.isoformat()} 早于报告年度结束，请核对（应在 {year + 1} 年）")
    unsure = date is None and published is not None and limit is not None and published > limit.date
    if unsure and limit is not None and published is not None and not verdict.published_late:
        # published after the 报送 deadline, signed who knows when: in time for publication says nothing of 报送
        problems.append(f"没有成文日期，发布日期 {published.isoformat()} 晚于{limit.who}报送期限 {limit.date.isoformat()}，"
                        "看不出是否按期报送，请核对报送时间")
    if verdict.late or verdict.published_late:
        status = LATE
    elif verdict.early:
        status = EARLY
    elif date is None and (published is None or unsure):
        status = UNKNOWN
    else:
        status = ON_TIME
    return Deadline(status, limit.date.isoformat() if limit is not None else "", date.isoformat() if date else "",
                    verdict.source, published.isoformat() if published else "", tuple(problems))
