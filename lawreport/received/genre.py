"""Whether a received file is a 法治政府建设年度报告 at all, and if not, what it looks like.

A supervising office receives other papers too: a meeting notice, a 通知, a summary of other
work, a news item, a table, the covering letter without the report, or another statutory annual
report (the 政府信息公开工作年度报告). Read as a report, such a file has every required part missing
and looks like a very bad report; :func:`looks_like` tells it apart, so that the audit says what
the file is and lint gives one finding instead of four S001 errors.

The judgement leans to the report: a badly structured report (the author's own themes, parts
missing, titled 法治建设工作总结, an excerpt without a title, a covering letter before the report)
is still a report and is read and checked as one. A file is called something else only when

- its title names another kind of document (通知, 会议纪要, 政府信息公开工作年度报告, 述法报告,
  普法规划或工作要点, a 工作要点 or 计划 on 法治政府建设), or it is a 报送函 (“关于报送……的函”)
  with none of the report's parts and a short text (the letter alone, the report not attached), or
- its title does not speak of 法治 (or there is no title) and its text hardly does: fewer than
  three mentions of 法治, 依法行政, 执法 and the like, or fewer than two in a thousand characters
  (every real report's opening, even a badly structured one, has more).

A 述法报告 is out of scope: it is a leader's own account of his duties as 第一责任人, made to the
述法 review, not the organ's annual report that the 督察工作规定 asks for (whose third part covers
those duties for the organ's leaders).
"""

from __future__ import annotations

import re

from lawreport.model import Report, Table

__all__ = ["NOT_A_REPORT", "looks_like"]

NOT_A_REPORT = "不像法治政府建设年度报告"
"""How lint and the audit begin saying so (followed by what the file looks like)."""

_TOPIC = re.compile("法治|法制|依法行政|依法治|依法决策|执法|行政复议|行政诉讼|合法性审[核查]|普法|规范性文件")
"""What a report on 法治政府建设 speaks of, a little in every paragraph."""
_TITLE_TOPIC = re.compile("法治|法制|依法")
_COVERING = re.compile("(报送|上报|呈报|呈送).*函$")
"""The title of a covering letter (“关于报送2024年度法治政府建设情况报告的函”)."""
_LETTER = 500
"""A covering letter's text is shorter than this (characters); a report after it is longer."""
_MIN_MENTIONS = 3
_MIN_PER_THOUSAND = 2.0


def _title_kind(title: str) -> str | None:
    """What the title says the file is, when it names another kind of document."""
    if "法治政府" in title:
        if re.search("(要点|计划|方案|规划)$", title) and not re.search("报告|总结|情况", title):
            return "工作要点或计划"
        return None
    if "政府信息公开" in title and "报告" in title:  # not a page's column title (“政府信息公开专栏”)
        return "政府信息公开工作年度报告"
    if "述法" in title:
        return "述法报告"
    if "普法" in title and re.search("规划|计划|要点|方案|意见", title):
        return "普法规划或工作要点"
    if re.search("纪要|会议记录", title):
        return "会议纪要"
    if title.endswith("通知"):
        return "会议通知" if "会议" in title else "通知"
    return None


def _guess(title: str, text: str, tables: bool) -> str:
    """What a file whose text is not on 法治 looks like."""
    start = text[:200]
    if re.search("本报讯|记者|日电|讯（|讯\\(|通讯员", start):
        return "新闻"
    if "会议" in title or re.search("会议时间|参会人员|会议地点", text):
        return "会议材料"
    if "通知" in title:
        return "通知"
    if re.search("总结|报告|汇报|情况", title):
        return "其他工作的总结或报告"
    if tables and len(text) < 100:
        return "表格"
    return "其他文件"


def looks_like(report: Report, title: str | None) -> str | None:
    """None when ``report`` (as the received-report reader found it, ``title`` the title it found,
    the page's own when only that gives one) is a 法治政府建设年度报告, else what it looks like
    instead (“通知”, “新闻”, “政府信息公开工作年度报告” …)."""
    title = re.sub(r"\s+", "", title or "")
    pieces = [paragraph.text for paragraph in report.paragraphs()]
    pieces += [heading.title for heading in report.headings()]
    pieces += [part.title for part in report.parts]
    text = "".join(pieces)
    if _COVERING.search(title) and len(text) < _LETTER and not any(report.structure.spec(p.key) for p in report.parts):
        return "报送函，没有附报告正文"  # with the report after it, its parts are there (and the text is longer)
    kind = _title_kind(title)
    if kind is not None:
        return kind
    if _TITLE_TOPIC.search(title):
        return None  # 法治建设工作总结, 依法行政工作报告 …: a report, however it is laid out
    mentions = len(_TOPIC.findall(text))
    if mentions >= _MIN_MENTIONS and mentions * 1000 / max(len(text), 1) >= _MIN_PER_THOUSAND:
        return None
    tables = any(isinstance(block, Table) for part in report.parts for block in part.blocks)
    return _guess(title, text, tables)
