"""Who issued a received report and what kind of office it is, as the audit's 单位 and 类型 give them.

The issuer comes from the title, the 落款 or the page's 发布机构 (the reader's other modules find
those). Two things are settled here: a joint report's two offices stay two (“中共××县委、××县
人民政府”, where the title only set them a space or a line apart), and a report that names no
issuer still says what kind of office wrote it when it speaks of itself (“我局”, “我镇”), which
decides its deadline (部门 3月1日, 政府 4月1日).
"""

from __future__ import annotations

import re
from itertools import islice

from lawreport.model import Report

_SELF = r"(?<![基根])[我本]"
"""我 or 本 speaking of the report's own office, not the 本 of 基本 and 根本 (“信访事项基本办结”,
“基本局面” are no 本办, 本局)."""
_OFFICE, _PLACE, _TOWN = "局|委|办|厅|署|中心", "省|市|区|县|旗|州|盟", "镇|乡|街道"
"""What follows 我 or 本 when a report speaks of itself: an office, a place, a town or street."""
_VOICE = re.compile(_SELF + f"(?:({_OFFICE})|({_PLACE}|{_TOWN}))")
"""How a report speaks of its own office: 我局, 本委 (a department) or 我县, 我镇 (a government)."""
_OWN_VOICE = re.compile(_SELF + f"(?:({_OFFICE})|({_TOWN}))")
"""The voices that tell the kind wherever they are: 我局 (a department) or 我镇 (a government);
a department says 我县 too, of the place it serves."""
_QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」")
"""Words the report quotes (“县司法局评价‘我局与白河镇协作顺畅’”): another office's voice, not its own."""
_SHORT_NAME = re.compile(r"[（(]\s*(?:以下)?(?:简称|称)[^（）()]{0,30}[）)]")
"""The bracket that gives the name's short form after it (“××经济技术开发区（以下简称“××经开区”）”)."""
_UNDER = r"(?:在[^，,。；;]{2,40}?下\s*[，,]\s*)*"
"""The leadership an opening names before its subject (“在市委、市政府的坚强领导下，”)."""
_LOOKING_BACK = r"(?:一年来|今年以来|过去一年|回顾\s*(?:19|20)\d{2}\s*年)"
"""How an opening may look back over the year instead of naming it (“一年来，××乡在……”)."""
_PLACE_SUBJECT = re.compile(rf"^(?:(?:\d{{4}}\s*年度?(?:以来)?|{_LOOKING_BACK})\s*[，,]\s*)?{_UNDER}[我本](?:{_PLACE})")
"""A government's report opening with itself as the subject (“2023年，我县坚持……”, also after the
leadership it works under): a department writes “我县” too, but only of the place it serves, later
in the sentence."""
_PURPOSE_PLACE_SUBJECT = re.compile(rf"^为[^。；;]{{2,160}}?[，,]\s*{_UNDER}[我本](?:{_PLACE})(?![^，,。；;]{{0,12}}?[局厅委办])")
"""The same after the purpose the opening states first (“为深入贯彻……提供坚强的法治保障，在市委的领导下，
我市继续……”); not where an office's name goes on after the place (“我市交通运输局”)."""
_LATER_PLACE_SUBJECT = re.compile(rf"^\s*(?:\d{{4}}\s*年度?(?:以来)?|{_LOOKING_BACK})\s*[，,]\s*{_UNDER}[我本](?:{_PLACE})")
"""The same in a later sentence of the opening, which must open with the year or look back over it
(“2025年是……之年。一年来，在区委的坚强领导下，我区坚持……”)."""


_LEAD = r"\s*(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?(?:以来)?|" + _LOOKING_BACK + r")\s*[，,]?\s*"
_SUBJECT = (r"(?:在[^，,。；;]{2,40}?下\s*[，,]\s*(?:在?[^，,。；;在]{2,40}?下\s*[，,]\s*)*)?"
            r"(?P<name>[^，,。；;\s的]{2,30}?)(?:领导班子)?(?:法治政府建设|法治建设|依法行政)?(?:工作)?"
            r"(?=坚持|深入|认真|全面|始终|紧紧|紧扣|持续|聚焦|围绕|积极|按照|立足|扎实|牢牢|切实|不断|高度重视|以习近平|以深入|在)")
_BASIS = r"(?:(?:根据|按照|依据|为)[^。；;]{2,160}?[，,]\s*)?"
"""What an opening may cite or state first, before the year and its subject (“根据……部署，2023年，××街道……”;
the purpose, over one or more clauses: “为深入贯彻……，全面推进依法行政，××县民政局在……领导下，……”)."""
_OPENING_OFFICE = re.compile(_BASIS + _LEAD + _SUBJECT)
"""An opening that names its office as the subject: “2023年，××市交通运输局坚持……” (the comma
may be missing), also after the leadership it works under (“2021年，在区委、区政府坚强领导下，
××街道深入……”), and with the office's work run into it as the subject (“2024年，××区商务局法治政府
建设工作坚持……”: the name is what stands before “法治政府建设工作”)."""
_CITED_SUBJECT = re.compile(_BASIS.removesuffix("?") + _SUBJECT)
"""The same without the year, right after what the opening cites (“根据……要求，区财政局认真梳理总结……”)."""
_BARE_SUBJECT = re.compile(r"\s*" + _SUBJECT)
"""The same as the opening's very first words, with neither a year nor a cited basis before them
(“区财政局认真贯彻……”, “××市审计局按照……部署，坚持……”)."""
_FRAMING = re.compile(r"^\s*(?:19|20)\d{2}\s*年[，,]?\s*(?:是|为)[^。]{2,160}?之年。")
"""An opening sentence that only frames the year (“2024年是……的关键之年，也是××街道……的重要之年。”):
the office is the subject of the next one (“××街道始终坚持……”), with or without the year."""
_FRAMED_SUBJECT = re.compile(rf"(?:{_LEAD})?{_SUBJECT}")


def _subject(opening: str) -> re.Match[str] | None:
    """The opening's subject (see ``_OPENING_OFFICE``), or that of the sentence after a framing one."""
    framing = _FRAMING.match(opening)
    return (_OPENING_OFFICE.match(opening) or _CITED_SUBJECT.match(opening)
            or (_FRAMED_SUBJECT.match(opening, framing.end()) if framing else None) or _BARE_SUBJECT.match(opening))


_BARE_PLACE = ("省", "市", "县", "区", "州", "盟", "旗", "乡", "镇")
"""How a name without its place opens (“县司法局”, “区政府”): which county's it is the text does not say."""
_ANNOUNCED = re.compile(r"现将(?P<name>[^，,。；;\s的]{2,30}?)\s*(?:19|20)\d{2}\s*年")
"""The preamble's closing naming the office: “现将××新区2025年度法治政府建设情况报告如下”."""


_ZONE_ALONE = re.compile(r"^(?:(?:高新|经开|开发|新|经济开发|经济技术开发|高新技术产业开发|综合保税|保税)区|街道(?:办事处)?)$")
"""A zone or a street named by its kind alone (“高新区”, “经开区”, “街道”): which one the text does not say."""
_HAS_PLACE = re.compile(r"省|自治区|市|区|县|旗|州|盟|镇|乡|街道|村")
"""A word of a place inside a name: an office named without any (“教育局”) says not whose it is."""
_NATIONAL = re.compile(r"^(?:国家|国务院|中国|中华|最高)|(?:部|署|总局)$")
"""A national body, named in full without a place (“司法部”, “海关总署”, “国家统计局”)."""


def _named_in_full(name: str | None) -> str | None:
    """``name`` when it is an office's or a place's whole name (not “县司法局”, “我区”, nor an organ
    without its place: “教育局”, “司法局”)."""
    from lawreport.importing.docinfo import office_name

    if not name or name.startswith(_BARE_PLACE + ("在",)) or _ZONE_ALONE.match(name):
        return None
    if not _HAS_PLACE.search(name) and not _NATIONAL.search(name):
        return None
    return office_name(name)


def opening_office(report: Report) -> str | None:
    """The office the opening paragraph names as its subject, or the preamble's “现将××……报告如下”
    names, for a report whose title, 落款 and page name none; a name without its place
    (“市司法局”) is not taken."""
    match = _subject(_opening(report))
    subject = _named_in_full(match["name"]) if match else None
    if subject is not None:
        return subject
    for paragraph in report.meta.preamble[:2]:
        announced = _ANNOUNCED.search(_QUOTED.sub("", "".join(run.text for run in paragraph.runs)))
        if announced is not None:
            return _named_in_full(announced["name"])
    return None


def opening_kind(report: Report) -> str | None:
    """"department" or "government": the kind of the office the opening paragraph has as its
    subject, also when it names it without its place (“2025年，县政府办公室在……”: a department;
    “县委、县政府坚持……”: the government), else None."""
    from lawreport.importing.docinfo import issuer_type_of, office_name

    match = _subject(_opening(report))
    name = office_name(match["name"]) if match else None
    if name is None:
        return None
    return "department" if issuer_type_of(name) == "department" else "government"


def page_office(name: str | None, report: Report) -> str | None:
    """The page's 发布机构 as the issuer, unless the opening speaks as another kind of office: a
    county's site lists itself (“××县人民政府”) over its 办公室's or a bureau's report (“2025年，
    县政府办公室……”, “我局……”), a 司法局's page lists itself over the district's report (“在市委、市政府的
    正确领导下，我区坚持……”), and taking it would give the wrong kind and deadline; nor when the opening
    names another office in full."""
    if not name:
        return None
    from lawreport.importing.docinfo import issuer_type_of

    subject = opening_office(report)
    if subject is not None and subject not in name:
        return None  # the opening names another office in full (“2025年，青岚县市场监管局……” on the 司法局's page)
    kind = issuer_type(None, report) or issuer_type(subject, report)  # the opening's voice, subject or office
    return name if kind is None or kind == ("department" if issuer_type_of(name) == "department" else "government") else None


def _opening(report: Report) -> str:
    """The opening paragraph without what it quotes, nor the short name it gives its subject."""
    text = "".join(run.text for run in report.meta.preamble[0].runs) if report.meta.preamble else ""
    return _QUOTED.sub("", _SHORT_NAME.sub("", text))


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

        if _PLACE_COMMITTEE.match(issuer):
            return "government"  # a place's own party committee (“中共××镇委员会”), as a joint 党委–政府 report is
        return "department" if issuer_type_of(issuer) == "department" else "government"
    opening = _opening(report)
    voice = _OWN_VOICE.search(opening)  # the first: a town's 我镇 before the 我局 of a sentence it cites
    if voice is not None:
        return "department" if voice[1] else "government"
    if _PLACE_SUBJECT.match(opening) or _PURPOSE_PLACE_SUBJECT.match(opening) or any(_LATER_PLACE_SUBJECT.match(sentence) for sentence in opening.split("。")[1:]):
        return "government"
    return opening_kind(report) or _announced_kind(report) or _paragraphs_voice(report)


_OWN_PLACE = re.compile(_SELF + f"(?:{_PLACE}|{_TOWN})")
"""我县, 本市, 我镇 alone: the place itself, with no office after it (not “我县交通运输局”)."""


def _announced_kind(report: Report) -> str | None:
    """The kind of the office the preamble's closing names, also without its place (“现将县人民政府
    2022年……报告如下”: a government; “现将市人社局2022年……”: a department), else None."""
    from lawreport.importing.docinfo import issuer_type_of, office_name

    for paragraph in report.meta.preamble[:2]:
        announced = _ANNOUNCED.search(_QUOTED.sub("", "".join(run.text for run in paragraph.runs)))
        if announced is not None and _OWN_PLACE.fullmatch(announced["name"]):
            return "government"  # “现将我县2020年度……报告如下”: the place's own report
        name = office_name(announced["name"]) if announced is not None else None
        if name is not None:
            return "department" if issuer_type_of(name) == "department" else "government"
    return None


_OWN_ORGAN = re.compile(r"(?:^|[，,。；;、：:“（()）]|[一二三四五六七八九十]是)[局厅](?:党组|党委|机关|领导班子|全体)")
"""A department speaking of its own bureau without naming it (“二是局党组严格落实……”, “厅机关全体
干部”): a name before 局 (“县司法局党组”) is another office's."""
_DEPARTMENT_VOICE = re.compile(_SELF + f"(?:{_OFFICE})")
_JOINT_SUBJECT = re.compile(rf"^(?:{_PLACE}|自治区)党?委、(?:{_PLACE}|自治区)?(?:人民)?政府"
                            r"(?:坚持|自觉|始终|深入|认真|全面|扎实|持续|不断|切实|积极|紧紧|牢牢|将|把|以习近平)")
"""A paragraph whose subject is the place's party committee and government acting together
(“自治区党委、政府自觉将……”, “县委、县政府坚持把……”): a joint 党委–政府 report's voice. Not their
leadership a department works under (“在市委、市政府的领导下”), nor their attention it reports
(“市委、市政府高度重视……”), nor the 主送 (“县委、县政府：”)."""
MAX_VOICE_PARAGRAPHS = 12


def _paragraphs_voice(report: Report) -> str | None:
    """"department" when one of the report's first paragraphs speaks of its bureau without naming
    it (“局党组”, “局机关”); "government" when one opens with the place's party committee and
    government as its subject and none speaks as a department (“我局”, “我厅”); else None."""
    texts = [_QUOTED.sub("", paragraph.text) for paragraph in islice(report.paragraphs(), MAX_VOICE_PARAGRAPHS)]
    if any(_OWN_ORGAN.search(text) for text in texts):
        return "department"
    if any(_JOINT_SUBJECT.match(text) for text in texts) and not any(_DEPARTMENT_VOICE.search(text) for text in texts):
        return "government"
    return None


_PLACE_FIRST = re.compile(r"^(?:中共)?[^\s]{1,20}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道)")
"""An office named in full, after its place (“白河镇人民政府”, “中共白河县委”): how each office of a
joint report is named, unlike a part of one office's name (“政法委员会”)."""


_PLACE_COMMITTEE = re.compile(r"^中共[^，,。\s]{1,24}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道)(?:委员会|委|党委|党工委)$")
"""A place's party committee and nothing after it (“中共××镇委员会”, “中共××县委”), not one of its
departments (“中共××市委教育工作委员会”)."""
_PARTY_PLACE = re.compile(r"^中共(.{1,20}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道))")
"""The place a party committee's name opens with (“中共××市委” → ××市)."""


def _run_together(name: str) -> list[str]:
    """A joint issuer whose title runs its offices together (“中共××市委××市人民政府”) as its two
    offices: the party committee (…委, …委员会, …党组) and, right after it, an office of the same
    place named after it (“××市人民政府”, “××市教育局”); else ``[name]``. One office whose name goes on
    after the committee (“中共××县委政法委员会”) does not name the place again, and stays whole."""
    from lawreport.importing.docinfo import office_name

    party = _PARTY_PLACE.match(name)
    at = name.find(party[1], party.end()) if party else -1
    while at > 0:
        first, second = name[:at], name[at:]
        if first.endswith(("委", "委员会", "党组")) and office_name(second):
            return [first, second]
        at = name.find(party[1], at + 1) if party else -1
    return [name]


def joint_issuer(issuer: str, title_lines: tuple[str, ...]) -> str:
    """``issuer`` with its offices joined by 、 where the title sets them only a space or a line
    apart (“中共××县委 ××县人民政府关于……”), or the 落款 one a line (which the reader joined with
    a space): each part must be an office's name, the second and later named after their place."""
    from lawreport.importing.docinfo import office_name

    spaced = re.search(r"\s*".join(map(re.escape, issuer)), "\n".join(title_lines)) if issuer.startswith("中共") else None
    parts = (spaced[0] if spaced else issuer).split()
    if len(parts) == 1:
        parts = _run_together(parts[0])
    if len(parts) < 2 or not all(office_name(part) or part.startswith("中共") for part in parts):
        return issuer
    if not all(_PLACE_FIRST.match(part) for part in parts[1:]):
        return issuer  # one office's name the title spaced out (“中共××县委 政法委员会”)
    return "、".join(parts)
