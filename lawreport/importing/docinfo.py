"""The document's frame: 版头 and 版记, title (also over two lines), 主送机关, 落款 and 成文日期, year, issuer."""

from __future__ import annotations

import re

from lawreport.cjk import HAN_CLASS
from lawreport.importing.lines import Line
from lawreport.importing.textspan import shift
from lawreport.text.dates import chinese_year, is_date_text
from lawreport.text.dates import parse_date_text as parse_date_text  # the importer's callers read dates here
from lawreport.text.docnumber import (
    DOC_NUMBER_AND_SIGNER_LINE,
    DOC_NUMBER_LINE,
    LEADING_DOC_NUMBER,
    without_doc_numbers,
)
from lawreport.text.numbering import parse_marker

_TERMINAL = "。；;，,！？!?：:"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_ADDRESSEE = re.compile(r"^[^。；，,！？]{1,40}[：:]$")
MAX_TITLE_LINES = 3
_MASTHEAD = (
    re.compile(r"^\d{6}$"),  # 份号
    re.compile(r"^(?:绝密|机密|秘密)(?:\s*★.*)?$"),  # 密级和保密期限
    re.compile(r"^(?:特急|加急|特提|平急)$"),  # 紧急程度
    re.compile(r"^\S.{0,38}文件$"),  # 发文机关标志
    DOC_NUMBER_LINE,  # 发文字号
    DOC_NUMBER_AND_SIGNER_LINE,  # 发文字号 and 签发人 on one line (a 上行文)
    re.compile(r"^签发人[：:].{1,20}$"),
)
_STRONG_MASTHEAD = _MASTHEAD[3:6]
_COLOPHON = (
    re.compile(r"^抄送[：:]"),
    re.compile(r"^.{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$"),
)
MAX_FRAME_LINES = 6


def masthead_lines(lines: list[Line]) -> int:
    """How many lines at the top form a 版头 (GB/T 9704 7.2: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人).

    Only when one of them is a 发文机关标志 (“××局文件”) or a 发文字号 (“×发〔2024〕3号”), so that a
    title is never taken for one.
    """
    count = 0
    while (count < min(len(lines), MAX_FRAME_LINES) and lines[count].table is None
           and any(p.match(lines[count].text) for p in _MASTHEAD)):
        count += 1
    strong = any(p.match(line.text) for line in lines[:count] for p in _STRONG_MASTHEAD)
    return count if strong else 0


def shown_text(line: Line) -> str:
    """A line's text; for a table, its rows' non-empty cells (cells joined by a space, rows by ／)."""
    if line.table is None:
        return line.text
    return "／".join(" ".join(cell for cell in row if cell) for row in line.table.rows if any(row))


def _is_colophon(line: Line) -> bool:
    """A 抄送 or 印发 line, or a table (the usual layout of a 版记) whose every row is one."""
    rows = shown_text(line).split("／") if line.table is not None else [line.text]
    return bool(rows) and all(any(p.match(row) for p in _COLOPHON) for row in rows)


def colophon_lines(lines: list[Line], start: int) -> int:
    """How many lines at the end (none before ``start``) form a 版记: 抄送 and the 印发 line,
    as paragraphs or laid out in a table."""
    count = 0
    while (count < MAX_FRAME_LINES and len(lines) - count - 1 >= start and _is_colophon(lines[-count - 1])):
        count += 1
    return count


def is_addressee(line: Line) -> bool:
    """A short line ending with a colon, such as ``区政府：`` or ``市委、市政府：``."""
    return line.table is None and _ADDRESSEE.match(line.text) is not None and parse_marker(line.text) is None


def _title_like(line: Line) -> bool:
    return (
        line.table is None
        and len(line.text) <= 50
        and line.text[-1] not in _TERMINAL
        and parse_marker(line.text) is None
        and not is_addressee(line)
    )


def title_lines(lines: list[Line], is_part_start: object) -> int:
    """How many lines at the top form the title (0 when the report starts without one)."""
    count = 0
    text = ""
    while count < min(len(lines), MAX_TITLE_LINES):
        line = lines[count]
        if not _title_like(line) or is_part_start(line):  # type: ignore[operator]
            break
        if count and (text.endswith(("报告", "报告）")) or len(line.text) > 30):
            break
        text += line.text
        count += 1
    return count


def year_in(text: str) -> int | None:
    """The first year written in ``text`` (2023 or 二〇二三年), or None; not the year of a 发文字号
    (“[天政发〔2026〕7号]××市人民政府关于2025年……”: a report on 2025 issued in 2026)."""
    text = without_doc_numbers(text)
    match = _YEAR.search(text)
    if match:
        return int(match[1])
    match = _CN_YEAR.search(text)
    if match:
        return chinese_year(match[1])
    return None


_HEADLINE_VERB = re.compile(r"(?:正式|今天|今日)?(?:发布|印发|公布|公开|召开|晒出|亮出|推出|出台)了?$")
"""A news headline's verb between the office and the year (“××部发布2023年……报告”)."""


_TAG = re.compile(r"^\s*[【\[][^】\]]{1,12}[】\]]\s*")
"""A site's tag in brackets before a page title (“【2022年】”, “【转载】”)."""
_FULL_TEXT = re.compile(r"^《(.+)》\s*[（(]\s*全文\s*[）)]$")
"""A page heading that quotes the title and says the full text follows (“《××部2021年……报告》(全文)”)."""


def page_title(title: str) -> str:
    """A page heading's title without the site's tag before it (“【2022年】”) and without the
    《……》(全文) around it."""
    title = _TAG.sub("", title)
    quoted = _FULL_TEXT.match(title)
    return quoted[1].strip() if quoted else title
_OFFICE_END = re.compile(r"(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道|办事处|局|厅|委|委员会|办|办公室|政府|部|院|署|中心)$")
"""How the name of an office or a place ends."""
_TOPIC = re.compile(r"法治|依法行政")
_NOT_A_NAME = ("我", "本", "各", "推进", "深化")
"""What opens words after a year that name no office: 我局, 本市, 各乡镇, 推进……"""
_WHOLE = re.compile(r"^全(?:省|市|区|县|州|盟|旗|镇|乡|街道|国|体|面|年|系统)")
"""全县, 全市, 全体 …: the whole of a place or body, not a name that opens with 全 (“全南县”, “全椒县”)."""


_WRAPPED = re.compile(r"^[（(]\s*([^（）()]{2,30}?)\s*[）)]$")
"""A name wrapped in brackets, and nothing else."""


def issuer_in_title(title: str) -> str | None:
    """The issuing office as the title names it: what precedes the year (without 关于, and
    without the verb of a news site's headline), or, in a title that opens with the year, the
    office right after it (“2020年静海区法治政府建设情况报告”). A site's tag before the title
    (“【2022年】州生态环境局2022年度……”) is not part of it."""
    title = LEADING_DOC_NUMBER.sub("", page_title(title))  # “岚政发〔2026〕3号 关于……”: the number is no office
    blank = without_doc_numbers(title)
    match = _YEAR.search(blank) or _CN_YEAR.search(blank)
    if match is None:  # “××乡人民政府关于法治政府建设的情况报告”: the office before 关于
        about = title.find("关于")
        return office_name(title[:about]) if about > 0 else None
    head = title[: match.start()].strip()
    head = _HEADLINE_VERB.sub("", head).strip()  # “……人民政府关于公布2023年度……”: the verb, then 关于
    head = re.sub(r"关于(?:报送|上报|呈报)?$", "", head).strip()  # “……人民政府关于报送2024年度……”
    if re.search(r"报告\s*[（(【\[]?$", head):  # “××镇法治政府建设年度报告（2024年度）”: the year after the 文种
        return _office_before_subject(head)
    before, about, after = (part.strip() for part in head.partition("关于"))
    subject = None if about else _SUBJECT_BEFORE_YEAR.match(head)
    if subject is not None and office_name(subject[1]):  # “××局法治政府建设2022年度报告”: the subject, then the year
        return office_name(subject[1])
    if about and before:  # “××县人民政府关于××县2025年度……”: the issuer, then the place the 事由 names
        return before
    if about and after:  # “关于××区2025年度……的报告”: the place is in the 事由, no issuer before it
        return office_name(after)
    wrapped = _WRAPPED.match(before)  # “（××街道）2024年……”: the issuer printed in brackets before the year
    if wrapped is not None and office_name(wrapped[1]):
        return office_name(wrapped[1])
    return before or office_after_year(title[match.end():])


_SUBJECT_BEFORE_YEAR = re.compile(r"^(.{2,40}?)法治政府建设(?:工作|情况)?$")
"""What precedes the year of a title that names its subject before the year (“××局法治政府建设2022年度报告”)."""


def _office_before_subject(head: str) -> str | None:
    """The office named before a title's subject when its year comes only after it (``head`` is
    what precedes the year: “××镇法治政府建设年度报告（”, “××局关于法治政府建设工作的报告(”)."""
    head = re.sub(r"^关于", "", head)  # “关于××镇法治政府建设情况的报告（2024年）”: the place in the 事由
    stops = [found.start() for found in (_TOPIC.search(head), re.search("关于|报告", head)) if found]
    return office_name(head[: min(stops)]) if stops else None


_AFTER_YEAR = re.compile(
    r"^\s*年?度?\s*(?:[—\-－~～至到]\s*(?:19|20)\d{2}\s*年度?)?"  # 年度, or a span of years (2023年—2024年)
    r"\s*(?:[上下]半年|全年|前三季度|第?[一二三四]季度|\d{1,2}\s*[-—－~～至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|以来)?"
    r"\s*(?:度|关于)?")
"""What stands between a title's opening year and the office it names: 年度, a second year
(“2023年—2024年青山县…”), a time of the year (上半年, 1-12月, 第一季度), 关于: not part of the office."""


def office_after_year(rest: str) -> str | None:
    """The office named between a title's opening year and its subject (``rest`` is what follows
    the year: “年静海区法治政府建设情况报告” → 静海区), or None."""
    topic = _TOPIC.search(rest)
    if topic is None:
        return None
    name = _AFTER_YEAR.sub("", rest[: topic.start()]).strip()
    return office_name(re.sub(r"关于$", "", name).strip())


def office_name(text: str) -> str | None:
    """``text`` when it is only the name of an office or a place (“静海区”, “××市人力资源和社会保障局”),
    else None."""
    name = re.sub(r"\s+", "", text)
    if (not (2 <= len(name) <= 30) or name.startswith(_NOT_A_NAME) or _WHOLE.match(name) or _TOPIC.search(name)
            or "报告" in name):
        return None
    return name if _OFFICE_END.search(name) else None


def is_date_line(line: Line) -> bool:
    """A line that is only a date, in any of the forms real reports use."""
    if line.table is not None or len(line.text) > 20:
        return False
    return is_date_text(line.text)


def is_bracketed_date(line: Line) -> bool:
    """``（2024年1月25日）`` on a line of its own: a 成文日期 printed under the title."""
    text = line.text
    return line.table is None and text[:1] in "（(" and text[-1:] in "）)" and parse_date_text(text[1:-1]) is not None


def is_signature_line(line: Line) -> bool:
    """A short line naming an office, with no sentence punctuation."""
    text = line.text
    return (
        line.table is None
        and 2 <= len(text) <= 40
        and not any(ch in text for ch in "。；;，,、：:！？")
        and parse_marker(text) is None
    )


_SIGNED = re.compile(r"^(?P<office>\S.{0,38}?\S)[ \t\u3000\u00a0]+(?P<date>\S.{5,19})$")
"""An office's name and a date on one line, spaces or a tab between them."""


def signed_one_line(line: Line) -> tuple[Line, Line] | None:
    """The office and the date of a 落款 written on one line (“××县水务局　　2025年2月18日”), as two
    lines keeping their positions; None for any other line."""
    match = _SIGNED.match(line.text) if line.table is None else None
    if match is None or not is_date_text(match["date"]):
        return None
    office = Line(match["office"], line.span, line.offsets)
    if not is_signature_line(office):
        return None
    at = match.start("date")
    return office, Line(match["date"], line.offsets.span_at(at), shift(line.offsets, at))


_PLACE = re.compile(rf"^[{HAN_CLASS}](?:[{HAN_CLASS}]|[-－](?=[{HAN_CLASS}])){{0,19}}(?:省|自治区|市|区|县|旗|州|盟|镇|乡)$")
"""A bare place name (“静海区”, “示例县”, “下洋镇”; a zone's name may join two places with a hyphen:
“××-××经济技术开发区”): a report in its name is its government's."""
_NOT_A_GOVERNMENT = re.compile(
    r"[局厅委办]|中心|公司"  # an office or body of the place (not 部, 院…: 南部县 and 东院镇 are places)
    r"|(?:景|社|小|片|矿|林|军分)区$")  # an area with no government of its own
"""What makes a name ending in a place's word no government. The zones a 管委会 runs (开发区, 高新区,
新区, 综合保税区, 园区, 自贸区 …) report as the governments of places do (FIELDS.md: 政府)."""
_QUALIFIER = re.compile(r"[（(][^（）()]{1,20}[）)]$")
"""A bracket after a name (“火炬高新区（××街道）”, “××局（××办）”): what the office also is."""


_ZONE_COMMITTEE = re.compile(r"^(.{2,24}区)(?:管理委员会|管委会)$")
"""A zone's 管委会 (“××高新区管委会”, “经济技术开发区管理委员会”): the zone before it, which decides its kind."""
_STREET = re.compile(r"街道(?:办事处|办)?$")
"""A street (“柳岸街道”, “青石区柳岸街道办事处”): it reports as the towns do, not as an office."""


def issuer_type_of(issuer: str) -> str:
    """department / government / party-government, guessed from the office's name.

    A place named without any office (“静海区2023年法治政府建设年度报告”) is the government of
    that place, which matters for the reporting deadline (4月1日 rather than 3月1日). A street
    office is typed as a town's government is: 乡镇（街道） report to the district alike.
    """
    if issuer.startswith("中共") and "政府" in issuer:
        return "party-government"
    if issuer.endswith("政府"):
        return "government"
    name = _QUALIFIER.sub("", re.sub(r"\s+", "", issuer)) or issuer
    if _STREET.search(name):  # a street's 办事处 reports as a town's government does
        return "party-government" if name.startswith("中共") else "government"
    if _PLACE.match(name) and not _NOT_A_GOVERNMENT.search(name):
        return "government"
    zone = _ZONE_COMMITTEE.match(name)  # “××经济技术开发区管理委员会”: the zone's 管委会 reports as a government
    if zone is not None and _PLACE.match(zone[1]) and not _NOT_A_GOVERNMENT.search(zone[1]):
        return "government"
    return "department"
