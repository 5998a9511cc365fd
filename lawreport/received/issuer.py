"""Who issued a received report and what kind of office it is, as the audit's 单位 and 类型 give them.

The issuer comes from the title, the 落款 or the page's 发布机构 (the reader's other modules find
those). Two things are settled here: a joint report's two offices stay two (“中共××县委、××县
人民政府”, where the title only set them a space or a line apart), and a report that names no
issuer still says what kind of office wrote it when it speaks of itself (“我局”, “我镇”), which
decides its deadline (部门 3月1日, 政府 4月1日).
"""

from __future__ import annotations

import re

from lawreport.model import Report

_VOICE = re.compile(r"[我本](?:(局|委|办|厅|中心|署)|(省|市|区|县|旗|州|盟|镇|乡|街道))")
"""How a report speaks of its own office: 我局, 本委 (a department) or 我县, 我镇 (a government)."""
_OFFICE_VOICE = re.compile(r"[我本](?:局|委|办|厅|署|中心)")
_TOWN_VOICE = re.compile(r"[我本](?:镇|乡|街道)")
_PLACE_SUBJECT = re.compile(r"^(?:\d{4}\s*年度?(?:以来)?\s*[，,]\s*)?[我本](?:省|市|区|县|旗|州|盟)")
"""A government's report opening with itself as the subject (“2023年，我县坚持……”): a department
writes “我县” too, but only of the place it serves, later in the sentence."""


_OPENING_OFFICE = re.compile(
    r"\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?(?:以来)?\s*[，,]?\s*"
    r"(?:在[^，,。；;]{2,40}?下\s*[，,]\s*(?:在?[^，,。；;在]{2,40}?下\s*[，,]\s*)*)?"
    r"(?P<name>[^，,。；;\s的]{2,30}?)"
    r"(?=坚持|深入|认真|全面|始终|紧紧|紧扣|持续|聚焦|围绕|积极|按照|立足|扎实|牢牢|切实|不断|以习近平|在)"
)
"""An opening that names its office as the subject: “2023年，××市交通运输局坚持……” (the comma
may be missing), also after the leadership it works under (“2021年，在区委、区政府坚强领导下，
××街道深入……”)."""
_BARE_PLACE = ("省", "市", "县", "区", "州", "盟", "旗", "乡", "镇")
"""How a name without its place opens (“县司法局”, “区政府”): which county's it is the text does not say."""


def opening_office(report: Report) -> str | None:
    """The office the opening paragraph names as its subject, for a report whose title, 落款 and
    page name none; a name without its place (“市司法局”) is not taken."""
    from lawreport.importing.docinfo import office_name

    match = _OPENING_OFFICE.match(_opening(report))
    if match is None or match["name"].startswith(_BARE_PLACE + ("在",)):
        return None
    return office_name(match["name"])


def _opening(report: Report) -> str:
    return "".join(run.text for run in report.meta.preamble[0].runs) if report.meta.preamble else ""


def office_title(title: str | None, report: Report) -> str | None:
    """The office a page's title names when the page gives only that (“××市人力资源和社会保障局”).

    Not when the report speaks as another kind of office: a site's name taken for the title
    (“××县人民政府” above a department's “我局……”, “××县司法局” above the county's “我县……”)
    would give the wrong issuer type and so the wrong deadline.
    """
    from lawreport.importing.docinfo import issuer_type_of, office_name

    name = office_name(title) if title else None
    if name is None or not report.meta.preamble:
        return name
    voice = _VOICE.search(_opening(report))
    if voice is None:
        return name
    government = issuer_type_of(name) != "department"
    return name if government == (voice[2] is not None) else None


def issuer_type(issuer: str | None, report: Report) -> str | None:
    """"department" or "government": from the issuer's name, or without one from the opening
    paragraph's voice (None when neither tells)."""
    if issuer:
        from lawreport.importing.docinfo import issuer_type_of

        return "department" if issuer_type_of(issuer) == "department" else "government"
    opening = _opening(report)
    if _OFFICE_VOICE.search(opening):
        return "department"
    if _TOWN_VOICE.search(opening) or _PLACE_SUBJECT.match(opening):
        return "government"
    return None


def joint_issuer(issuer: str, title_lines: tuple[str, ...]) -> str:
    """``issuer`` with its offices joined by 、 where the title sets them only a space or a line
    apart (“中共××县委 ××县人民政府关于……”): each part must be an office's name."""
    from lawreport.importing.docinfo import office_name

    if not issuer.startswith("中共"):
        return issuer
    spaced = re.search(r"\s*".join(map(re.escape, issuer)), "\n".join(title_lines))
    if spaced is None:
        return issuer
    parts = spaced[0].split()
    if len(parts) < 2 or not all(office_name(part) or part.startswith("中共") for part in parts):
        return issuer
    return "、".join(parts)
