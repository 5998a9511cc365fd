"""The layout of a received report: the statutory parts, the author's own themes, or an excerpt.

About a quarter of real reports use their own themes as 一、 headings (“一、坚持党的领导，…”,
“二、深化‘放管服’改革，…”) where the regulation asks for the statutory parts, and usually add
“存在的问题” and “下一步工作打算” after them. Such a report is *thematic*: its themes are its
主要举措和成效. A copy that starts without a title (a quoted or truncated page) is an *excerpt*.
"""

from __future__ import annotations

from lawreport.model import Part, Report

STATUTORY = "statutory"
THEMATIC = "thematic"
EXCERPT = "excerpt"
UNMATCHED_PREFIX = "unmatched-"
MIN_THEMES = 2


def themes(report: Report) -> tuple[Part, ...]:
    """The level-1 parts that match no statutory part (the author's own themes)."""
    return tuple(part for part in report.parts if part.key.startswith(UNMATCHED_PREFIX) and part.marker)


def layout_of(report: Report) -> str:
    """"thematic" when two or more 一、 headings are the author's themes, "excerpt" without a title,
    else "statutory"."""
    if len(themes(report)) >= MIN_THEMES:
        return THEMATIC
    if not report.meta.title:
        return EXCERPT
    return STATUTORY
