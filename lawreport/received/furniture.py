"""Web-page furniture around a report copied from a government website, and what it says.

A report copied from a site arrives with the page around it: the site's header ("××区人民政府
2019年12月3日星期二", "今天是：…"), accessibility and script switches (无障碍 / 简体 / 繁体),
breadcrumbs (首页 > 政务公开 > …) and navigation bars (>> 政务公开 | >> 执法公示 |), the 政府信息公开
block (索引号／主题分类／发布机构／成文日期／文号／有效性, as label lines, bullets or table rows, or
rows copied as text with their cells a space apart), the
article line ("发布时间：… 来源：… 浏览次数：…", "浏览：… 时间：…", "2024-03-29 17:13 来源：… 打印"), the site's column or channel name on a line of its own
("省部要闻", "工作动态"), a news site's lead ("××网 3月29日电 据……"), the font switch (【字体：大 中 小】),
a note that text was left out ("开头部分已省略650字") and, at the end, print and share links and the
site's footer (:mod:`lawreport.received.footer`). None
of it is report text. What the block says (成文日期, 发布日期, 文号, 发布机构, 索引号) is kept as
page metadata; the report year is never taken from it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from lawreport.cjk import HAN_CLASS
from lawreport.importing.lines import Line
from lawreport.model import Span
from lawreport.received import carried, footer, labels, pagebars
from lawreport.text.numbering import parse_marker

_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_CRUMB_SEPARATORS = re.compile(r"\s*(?:>|＞|›|»|→|/)\s*")
_NAV_MARK = re.compile(r">>|＞＞|»")
"""What opens each item of a site's navigation bar (“>> 阳光执法 | >> 行政执法公开 |”)."""
_CLAUSE = re.compile("[。，；,;]")
"""Punctuation inside a sentence: a navigation item has none."""
_SWITCHES = ("无障碍", "简体", "繁体", "關懷版", "关怀版", "长者模式", "适老化", "返回首页", "返回顶部", "打印本页",
             "关闭窗口", "打印整页", "打印内容", "【打印】", "【关闭】", "扫码使用手机浏览本页内容", "扫码使用手机浏览",
             "扫一扫在手机打开当前页", "扫一扫在手机打开",
             "上一篇", "下一篇", "分享到", "收藏", "手机版", "网站地图", "登录", "注册", "English",
             "朗读", "语音朗读", "语音播报", "听全文", "搜索位置", "匹配度", "排序", "站内搜索", "全文检索")
_STANDALONE = re.compile(
    r"^(?:今天是|今日是|当前时间)|^(?:您|你)?(?:现在|当前|目前)?(?:所在)?的?位置\s*[：:]|^当前(?:栏目|频道)\s*[：:]"
    r"|^【?\s*字[体号]\s*[：:]?\s*【?\s*大\s*中\s*小\s*】?|^(?:首页|网站首页)\s*(?:$|[>＞›»→/])"
    r"|[【\[]\s*大\s*[】\]]\s*[【\[]\s*中\s*[】\]]\s*[【\[]\s*小\s*[】\]]|大\s*中\s*小\s*】?$"
    r"|^(?:打印|关闭|分享)(?:\s+(?:打印|关闭|分享|本页|窗口|整页|内容))*$"
    r"|省略\s*\d*\s*字|^[（(]?\s*仅展示\s*\d+\s*字|全文共\s*\d+\s*字|^(?:点击)?(?:查看|阅读)全文$"
    r"|^[^。]{0,20}(?:升级|更新|更换)[^。]{0,12}浏览器[^。]{0,12}$|^[^。]{0,12}浏览器[^。]{0,12}(?:过低|过旧|不支持)[^。]{0,12}$"
    r"|^(?:用|打开)?微信\s*(?:扫描|扫一扫|扫码)[^。，,]{0,12}$|^(?:分享|转发)(?:至|到|给)[^。，,]{0,12}$"
)
"""... a browser banner (“建议升级浏览器版本到最新版本!”, “您的浏览器版本过低”) and a share box
(“用微信扫描二维码” / “分享至好友和朋友圈”)."""
_LATIN_CHROME = re.compile(r"^[A-Za-z×✕✖][A-Za-z .'\-]{0,30}$")
"""A line of Latin letters only: the site's English words (“governor”, “English”) or a close button (“X”, “×”)."""
_SECTION_TABS = frozenset({"政务", "互动", "服务", "专题", "新闻", "首页"})
"""A site's tab names, each on a line of its own above the report (“政务”)."""
_CHANNEL = re.compile(rf"^[{HAN_CLASS}]{{0,4}}(?:要闻|动态|新闻|资讯|通知公告|公示公告|政务公开|信息公开)$")
"""A site's column or channel name standing alone above the report (“省部要闻”, “工作动态”)."""
_TOPIC_CHANNEL = re.compile(r"^(?:法治政府建设|法治建设|依法行政)(?:专栏|专题|栏目)?$")
"""A topic column (“法治政府建设”): also the middle line of a title broken over three lines."""
_TITLE_GOES_ON = re.compile(r"^[^，,。；;：:法]{0,20}报告$|^(?:年度|工作|情况|的)[^，,。；;：:]{0,20}$")
"""The rest of a title after its “法治政府建设” line (“情况报告”, “工作报告”), not a title of its own."""
NEWS_LEAD = re.compile(r"^\S{1,12}(?:网|社|报|台|客户端)\s*\d{1,2}月\d{1,2}日(?:电|讯)")
"""A news site's lead (“××网 3月29日电 据……消息”): the page reposts the report, its dates are the repost's."""
OMISSION = re.compile(r"省略\s*\d*\s*字|仅展示\s*\d+\s*字|全文共\s*\d+\s*字")
"""A site's note that part of the text was left out: what remains is an excerpt."""


class Furniture(NamedTuple):
    """The lines set aside as page furniture and the page metadata they carry."""

    indices: frozenset[int]
    """Positions (in the list of received lines) of the furniture lines."""
    spans: tuple[Span, ...]
    """Where each furniture line starts, in file order."""
    meta: dict[str, str]
    """成文日期 / 发布日期 / 文号 / 发布机构 / 索引号 → the value the page gives (first one wins)."""
    where: dict[str, Span]
    """Where the page gives each value of ``meta``."""
    omitted: bool = False
    """The page says part of the text was left out (“开头部分已省略650字”)."""
    repost: bool = False
    """The page is a news site's repost of the report (its 发布时间 is not the report's publication)."""
    cuts: tuple[tuple[int, int], ...] = ()
    """Lines that are the title with the list's next label after it (“……年度报告 - 文号：”): the
    position in ``lines`` and where, in its text, the furniture begins."""


def _is_nav_bar(plain: str) -> bool:
    """A navigation bar of two or more “>> 栏目 |” items, each a column's short name."""
    first, *items = (item.strip(" |｜") for item in _NAV_MARK.split(plain))
    return not first and len(items) >= 2 and all(0 < len(item) <= 20 and not _CLAUSE.search(item) for item in items)


def _is_crumb(text: str) -> bool:
    """A breadcrumb: short columns a separator apart, naming 首页 or each opened by “>” (a deep path
    ends in a long column name: “>行政权力 >法治政府建设报告 >××县法治政府建设工作报告”)."""
    plain = labels.unbulleted(text)
    if _is_nav_bar(plain):
        return True
    # a breadcrumb is at most 120 characters; a longer line is not split (from every space of a long run)
    parts = [part for part in _CRUMB_SEPARATORS.split(plain) if part] if len(plain) <= 120 else []
    if len(parts) < 2 or not _CRUMB_SEPARATORS.search(plain) or _CLAUSE.search(plain):
        return False
    if "首页" in plain:
        return len(plain) <= 60
    return plain[:1] in ">＞›»" and all(len(part) <= 20 for part in parts)


def _is_switches(text: str) -> bool:
    plain = labels.unbulleted(text)
    if not plain or len(plain) > 40:
        return False
    rest = plain
    for word in _SWITCHES:
        rest = rest.replace(word, "")
    return len(re.sub(r"[\s|｜/、,，【】\[\]]", "", rest)) <= 2 and rest != plain


def is_standalone(text: str) -> bool:
    """A furniture line whatever stands around it (site header, switches, breadcrumb, font switch,
    an empty table row copied as text: “| | | |”)."""
    plain = labels.unbulleted(text)
    if not plain:
        return "|" in text or "｜" in text
    if (_STANDALONE.search(plain) or NEWS_LEAD.match(plain) or _is_crumb(plain) or _is_switches(plain)
            or _LATIN_CHROME.match(plain) or pagebars.is_chrome(plain)):
        return True
    # a site header with today's date: “××区人民政府 2019年12月3日星期二”
    return len(plain) <= 50 and _WEEKDAY.search(plain) is not None and labels.DATE_ANY.search(plain) is not None


def _is_channel(lines: list[Line], index: int) -> bool:
    """A column name on its own line, not a line of a title broken over two or three lines.

    “法治政府建设” alone may be the middle line of a title (“××局2023年度” / “法治政府建设” /
    “情况报告”); it is a column only when the line above does not lead into it (…年度, 关于) and
    the line below does not go on with the title.
    """
    plain = labels.unbulleted(lines[index].text)
    if _CHANNEL.match(plain) or plain in _SECTION_TABS:
        return True
    if not _TOPIC_CHANNEL.match(plain):
        return False
    above = labels.unbulleted(lines[index - 1].text) if index > 0 else ""
    below = labels.unbulleted(lines[index + 1].text) if index + 1 < len(lines) else ""
    return not above.endswith(("年", "年度", "关于", "的")) and _TITLE_GOES_ON.match(below) is None


MAX_HEAD_LINES = 40
MAX_TAIL_LINES = 15


def is_sentence(line: Line) -> bool:
    """A line of report text: a sentence, an addressee, a level-1 heading (the report has started)."""
    text = line.text
    return ("。" in text or len(text) > 60 or text.endswith(("：", ":")) or
            re.match(r"^[一二三四五六七八九十]+[、.．，,]", text) is not None)


_TITLE_WORD = re.compile(r"报告|法治|依法行政|(?:19|20)\d{2}")
"""The words that make a short line a report's title: 报告 and one of the others."""


def _report_text(line: Line) -> bool:
    """A line that is the report's own text, never the value under a label: a sentence, an addressee,
    a heading (“一、”, “（一）”, “1.”) or a title (“…2023年法治政府建设情况报告”: 报告 with 法治 or a year;
    a bare “工作报告” may be a page's 体裁分类)."""
    text = labels.unbulleted(line.text)
    named = set(_TITLE_WORD.findall(text))
    return is_sentence(line) or parse_marker(text) is not None or ("报告" in named and len(named) >= 2)


def _title_below(lines: list[Line], index: int) -> bool:
    """``lines[index]`` opens a title broken over lines: one of the next lines (up to the third of a
    title: “中共××县委” / “××县人民政府” / “关于2023年……的报告”) opens with 关于 and names the report.
    Under a label such as 有效性 the office's name is the title's first line, not the label's value;
    under 发布机构 it is the value."""
    for below in lines[index + 1 : index + 3]:
        text = labels.unbulleted(below.text)
        if text.startswith("关于") and "报告" in text:
            return True
        if below.table is not None or is_sentence(below) or len(text) > 30:
            return False
    return False


def _value_below(lines: list[Line], index: int, label: str, alone: bool) -> bool:
    """Whether ``lines[index]`` is the value of ``label``, which the line above gives without one:
    a value's form (an 索引号, a date, a 发文字号), or a short line (bulleted under a bulleted label)
    that is not the report's own text nor the first line of its title."""
    line = lines[index]
    if labels.value_line(line.text):
        return True
    short = labels.short_value(line.text) if alone else labels.bulleted_value(line.text, lines[index - 1].text)
    return short and not (_report_text(line) or (labels.LABELS.get(label) != "发布机构" and _title_below(lines, index)))


def _split_article_date(lines: list[Line], found: set[int], labelled: set[int], meta: dict[str, str],
                        where: dict[str, Span]) -> None:
    """The page's 发布日期 from its article line broken over lines: a date on a line of its own
    (“时间：2024-03-28”, “• 2024-03-28”) next to the line of the source or the view count. A date
    alone, with no such line beside it, says nothing about publication, nor does the value of
    another label above it (“成文日期” / “2024-02-20” / “来源：……”: the ``labelled`` lines)."""
    for index in sorted(i for i in found - labelled if i < MAX_HEAD_LINES):
        date = labels.lone_date(lines[index].text)
        if date is not None and any(near in found and lines[near].table is None and labels.is_article_info(lines[near].text)
                                    for near in (index - 1, index + 1)):
            meta["发布日期"], where["发布日期"] = date, lines[index].span
            return


def find(lines: list[Line]) -> Furniture:
    """The furniture above the report (before its first sentence) and below it (after its last line).

    Inside the body, a line is report text, whatever it looks like.
    """
    meta: dict[str, str] = {}
    where: dict[str, Span] = {}
    found: set[int] = set()
    labelled: set[int] = set()  # the values of a label the line above gives (other than 时间, 日期)
    listed: set[int] = set()  # the label lines of the 政府信息公开 list (where unknown labels continue it)
    pending: str | None = None  # a label line without its value: the value may stand below
    alone = False  # the pending label stands alone on its line (“发文单位” / “区人民政府”)
    cuts: list[tuple[int, int]] = []
    for index, line in enumerate(lines[:MAX_HEAD_LINES]):
        if line.table is not None:
            cells = [cell for row in line.table.rows for cell in row]
            if not any(labels.LABEL.match(unicodedata.normalize("NFKC", cell) + "：") for cell in cells):
                break
            found.add(index)
            listed.add(index)
            for number, row in enumerate(line.table.rows):
                row_spans = line.table.row_spans
                place = line._replace(span=row_spans[number]) if number < len(row_spans) else line
                labels.keep(meta, labels.cell_pairs(row), where, place)
            continue
        if carried.bullets_only(line.text):  # an empty item of a bulleted list (“-”)
            found.add(index)
            continue
        moved = carried.carried(line.text) if pending is not None and not alone else None
        if moved is not None and pending is not None:  # the value of the label above, then the next labels
            title = carried.is_title_label(pending) and _report_text(line._replace(text=moved.value))
            if title:  # the title is the value of “名称：”: the line stays the title, without what follows
                cuts.append((index, moved.at))
            else:
                found.add(index)
                listed.add(index)
            labels.keep(meta, [] if title else [(pending, moved.value)], where, line)
            labels.keep(meta, moved.pairs, where, line)
            pending, alone = (moved.pairs[-1][0] if not moved.pairs[-1][1] else None), False
            continue
        bare = labels.bare_label(line.text)
        standing = labels.label_alone(line.text) if bare is None else None
        if standing is None and bare is None and (
                (index - 1 in listed and carried.unnamed_label(line.text))
                or (index - 1 in found and index - 2 in listed and not _report_text(line)
                    and pagebars.next_bulleted_label(line.text, lines[index - 2].text))):
            standing = ""  # a label the list does not know by name (“公开日”; “• 时效性” after a value)
        if bare is not None or standing is not None:
            found.add(index)
            listed.add(index)
            pending, alone = (bare, False) if bare is not None else (standing, True)
            continue
        in_list = index - 1 in listed
        pairs = (pagebars.run_together(line.text, in_list) or pagebars.article_pairs(labels.unbulleted(line.text))
                 or labels.label_line(line.text, in_list)
                 or (labels.row_pairs(labels.unbulleted(line.text)) if index - 1 in found else []))
        unknown = labels.list_label(line.text, lines[index - 1].text) if in_list and not pairs else None
        if unknown is not None:  # a label the list does not know (“• 信息种类：”) does not end it
            pairs = [unknown]
        if pairs:  # a row of one weak label (“标  题 ……”) counts inside the block, after another furniture line
            found.add(index)
            listed.add(index)
            labels.keep(meta, pairs, where, line)
            pending, alone = (pairs[-1][0] if not pairs[-1][1] else None), False
            continue
        value = labels.unbulleted(line.text)
        if ((pending is not None and _value_below(lines, index, pending, alone)) or pagebars.listed(lines, index, found)
                or (labels.DATE_VALUE.match(value) and not re.search("[年月日]", value)) or labels.PAGE_DATE.match(value)):
            found.add(index)
            if pending is not None and pending not in labels.BARE_DATE:
                labelled.add(index)
            labels.keep(meta, [(pending or ("索引号" if labels.INDEX_VALUE.match(value) else ""), value)], where, line)
            pending, alone = None, False
            continue
        pending, alone = None, False
        if (is_standalone(line.text) or _is_channel(lines, index) or pagebars.genre_column(lines, index, found)
                or pagebars.in_link_list(lines, index, is_standalone)):
            found.add(index)
            continue
        if is_sentence(line):
            break
    if "发布日期" not in meta:
        _split_article_date(lines, found, labelled, meta, where)
    for index in range(len(lines) - 1, max(len(lines) - MAX_TAIL_LINES, -1), -1):
        line = lines[index]
        if index in found or line.table is not None or not (
                is_standalone(line.text) or labels.label_line(line.text) or footer.is_site_footer(line.text)):
            break
        found.add(index)
    spans = tuple(lines[index].span for index in sorted(found))
    texts = [lines[index].text for index in found if lines[index].table is None]
    omitted = any(OMISSION.search(text) for text in texts)
    repost = any(NEWS_LEAD.match(labels.unbulleted(text)) for text in texts)
    return Furniture(frozenset(found), spans, meta, where, omitted, repost, tuple(cuts))
