"""Web-page furniture around a report copied from a government website, and what it says.

A report copied from a site arrives with the page around it: the site's header ("××区人民政府
2019年12月3日星期二", "今天是：…"), accessibility and script switches (无障碍 / 简体 / 繁体),
breadcrumbs (首页 > 政务公开 > …) and navigation bars (>> 政务公开 | >> 执法公示 |), the 政府信息公开
block (索引号／主题分类／发布机构／成文日期／文号／有效性, as label lines, bullets or table rows), the
article line ("发布时间：… 来源：… 浏览次数：…", "浏览：… 时间：…", "2024-03-29 17:13 来源：… 打印"), the site's column or channel name on a line of its own
("省部要闻", "工作动态"), a news site's lead ("××网 3月29日电 据……"), the font switch (【字体：大 中 小】),
a note that text was left out ("开头部分已省略650字") and, at the end, print and share links. None
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
from lawreport.text.docnumber import is_doc_number

LABELS = {
    "索引号": "索引号", "主题分类": "", "内容分类": "", "体裁分类": "", "组配分类": "", "服务对象分类": "",
    "发布机构": "发布机构", "发布单位": "发布机构", "发文机构": "发布机构", "发文机关": "发布机构",
    "制发机构": "发布机构", "发文单位": "发布机构", "所属机构": "发布机构", "责任部门": "",
    "成文日期": "成文日期", "发文日期": "成文日期", "生成日期": "", "发布日期": "发布日期",
    "发布时间": "发布日期", "发表日期": "发布日期", "发表时间": "发布日期", "更新时间": "", "时间": "", "日期": "",
    "文号": "文号", "发文字号": "文号", "效力状态": "", "有效性": "", "有效性/截止日期": "", "是否有效": "",
    "公开方式": "", "公开范围": "", "公开形式": "", "公开时限": "", "关键词": "", "主题词": "",
    "来源": "", "信息来源": "", "文章来源": "", "稿件来源": "", "作者": "", "编辑": "", "责任编辑": "",
    "浏览次数": "", "浏览量": "", "阅读次数": "", "点击数": "", "访问量": "", "字体": "", "字号": "",
    "浏览": "", "点击": "", "点击量": "", "阅读": "", "阅读量": "", "服务对象": "",
    "字体大小": "", "栏目": "", "标题": "", "名称": "", "内容概述": "", "分享到": "",
}
"""Label → the page metadata it names ("" for labels whose value is not kept)."""

_ARTICLE_INFO = frozenset({"来源", "信息来源", "文章来源", "稿件来源", "作者", "编辑", "责任编辑", "浏览", "浏览次数", "浏览量",
                           "点击", "点击数", "点击量", "阅读", "阅读次数", "阅读量", "访问量", "字体", "字号"})
"""Labels of a page's article line (source, author, view count): they never stand in a report."""
_BARE_DATE = ("时间", "日期")


def meanings(labels: list[str]) -> list[str]:
    """The page metadata each label of one furniture line names (see ``LABELS``).

    A bare 时间/日期 names nothing on its own, but on an article line (“日期：2023年5月11日 作者：…
    来源：… 点击：”) it is the date the page was published, as 发布时间 would be. A 成文日期 on the same
    line keeps its own meaning, and a line that already gives a 发布日期 keeps that one.
    """
    keys = [LABELS.get(label, "") for label in labels]
    if "发布日期" in keys or not any(label in _ARTICLE_INFO for label in labels):
        return keys
    return ["发布日期" if label in _BARE_DATE else key for label, key in zip(labels, keys, strict=True)]

_BULLETS = "•·●▪◆■"
"""The bullets a page lists its 政府信息公开 labels and values with."""
_SPACED_LABEL = r"\s*".join  # 索 引 号 (a table cell spaces the characters out)
_LABEL = re.compile(
    r"(?:^|(?<=[\s|｜" + _BULLETS + r"]))(?:[\[【]\s*)?("
    + "|".join(_SPACED_LABEL(label) for label in sorted(LABELS, key=len, reverse=True))
    + r")(?:\s*[：:|｜]|\s*[\]】])"
)
"""A label and what ends it: a colon or a bar (“索引号：”, “来源 | ”), or a bracket around it
(“[ 索引号 ] 11500000…/2021-00088”, “【发布机构】”)."""
_BULLET = _BULLETS + "-*|｜ \t"
_INDEX_VALUE = re.compile(r"^[0-9A-Za-z\-]{6,20}\s*/\s*\d{4}\s*[-－]\s*\d{1,10}$")
_DATE_TIME = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
"""A page's date, with the time it may carry (“2024-03-29 17:13:17”, “2024年3月29日”)."""
_DATE_VALUE = re.compile(f"^{_DATE_TIME}$")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_DATE_ANY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_CRUMB_SEPARATORS = re.compile(r"\s*(?:>|＞|›|»|→|/)\s*")
_NAV_MARK = re.compile(r">>|＞＞|»")
"""What opens each item of a site's navigation bar (“>> 阳光执法 | >> 行政执法公开 |”)."""
_CLAUSE = re.compile("[。，；,;]")
"""Punctuation inside a sentence: a navigation item has none."""
_DATED_ARTICLE_LINE = re.compile(f"^({_DATE_TIME})\\s+(?=\\S)")
"""The date an article line opens with, before its labels (“2022-03-29 17:13:17 来源：××局 打印”)."""
_SWITCHES = ("无障碍", "简体", "繁体", "關懷版", "关怀版", "长者模式", "适老化", "返回首页", "返回顶部", "打印本页",
             "关闭窗口", "打印整页", "打印内容", "【打印】", "【关闭】", "扫码使用手机浏览本页内容", "扫码使用手机浏览",
             "扫一扫在手机打开当前页", "扫一扫在手机打开",
             "上一篇", "下一篇", "分享到", "收藏", "手机版", "网站地图", "登录", "注册", "English")
_STANDALONE = re.compile(
    r"^(?:今天是|今日是|当前时间)|^(?:您所在的位置|您的位置|当前位置|所在位置|位置)\s*[：:]"
    r"|^【?\s*字[体号]\s*[：:]?\s*【?\s*大\s*中\s*小\s*】?|^(?:首页|网站首页)\s*(?:$|[>＞›»→/])"
    r"|[【\[]\s*大\s*[】\]]\s*[【\[]\s*中\s*[】\]]\s*[【\[]\s*小\s*[】\]]|大\s*中\s*小\s*】?$"
    r"|^(?:打印|关闭|分享)(?:\s+(?:打印|关闭|分享|本页|窗口|整页|内容))*$"
    r"|省略\s*\d*\s*字|^[（(]?\s*仅展示\s*\d+\s*字|全文共\s*\d+\s*字|^(?:点击)?(?:查看|阅读)全文$"
)
_CHANNEL = re.compile(rf"^[{HAN_CLASS}]{{0,4}}(?:要闻|动态|新闻|资讯|通知公告|公示公告|政务公开|信息公开)$")
"""A site's column or channel name standing alone above the report (“省部要闻”, “工作动态”)."""
_TOPIC_CHANNEL = re.compile(r"^(?:法治政府建设|法治建设|依法行政)(?:专栏|专题|栏目)?$")
"""A topic column (“法治政府建设”): also the middle line of a title broken over three lines."""
_TITLE_GOES_ON = re.compile(r"^[^，,。；;：:法]{0,20}报告$|^(?:年度|工作|情况|的)[^，,。；;：:]{0,20}$")
"""The rest of a title after its “法治政府建设” line (“情况报告”, “工作报告”), not a title of its own."""
MAX_FURNITURE_LINE = 160
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


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip(_BULLET)


def labels_in(text: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a furniture line such as “来源：××局 发布时间：2024-03-28”."""
    plain = unicodedata.normalize("NFKC", text)
    matches = list(_LABEL.finditer(plain))
    pairs = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(plain)
        label = re.sub(r"\s+", "", match.group(1))
        value = re.split(r"\s*[|｜]\s*", plain[match.end():end].strip(_BULLET + "：:"))[0]
        pairs.append((label, value))
    return pairs


def cell_pairs(cells: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a table row of the 政府信息公开 block (label, value, label, value …)."""
    return [(re.sub(r"\s+", "", unicodedata.normalize("NFKC", label)).rstrip("：:"), value.strip())
            for label, value in zip(cells[::2], cells[1::2], strict=False)]


def _label_line(text: str) -> list[tuple[str, str]]:
    """The pairs of ``text`` when the whole line is label: value furniture (else [])."""
    plain = unicodedata.normalize("NFKC", text).lstrip(_BULLET)
    if len(plain) > MAX_FURNITURE_LINE or "。" in plain:
        return []
    dated = _DATED_ARTICLE_LINE.match(plain)
    if dated is not None:  # the publication date, then the source and the switches
        pairs = labels_in(plain[dated.end():])
        if pairs and _LABEL.match(plain[dated.end():]) and any(label in _ARTICLE_INFO for label, _ in pairs):
            return [("发布时间", dated.group(1)), *pairs]
        return []
    pairs = labels_in(plain)
    if not pairs or _LABEL.match(plain) is None:
        return []
    if len(pairs) == 1 and pairs[0][0] in ("时间", "日期", "标题", "名称", "来源", "作者", "栏目") and pairs[0][1]:
        value = pairs[0][1]
        # a single weak label: furniture only with a furniture-like value (a date, a short name)
        if not (_DATE_ANY.search(value) or len(value) <= 30):
            return []
    return pairs


def _is_nav_bar(plain: str) -> bool:
    """A navigation bar of two or more “>> 栏目 |” items, each a column's short name."""
    first, *items = (item.strip(" |｜") for item in _NAV_MARK.split(plain))
    return not first and len(items) >= 2 and all(0 < len(item) <= 20 and not _CLAUSE.search(item) for item in items)


def _is_crumb(text: str) -> bool:
    plain = _plain(text)
    if _is_nav_bar(plain):
        return True
    parts = [part for part in _CRUMB_SEPARATORS.split(plain) if part]
    if len(plain) > 60 or len(parts) < 2 or not _CRUMB_SEPARATORS.search(plain):
        return False
    return "首页" in plain or (plain[:1] in ">＞›»" and all(len(part) <= 12 for part in parts))


def _is_switches(text: str) -> bool:
    plain = _plain(text)
    if not plain or len(plain) > 40:
        return False
    rest = plain
    for word in _SWITCHES:
        rest = rest.replace(word, "")
    return len(re.sub(r"[\s|｜/、,，【】\[\]]", "", rest)) <= 2 and rest != plain


def is_standalone(text: str) -> bool:
    """A furniture line whatever stands around it (site header, switches, breadcrumb, font switch)."""
    plain = _plain(text)
    if not plain:
        return False
    if _STANDALONE.search(plain) or NEWS_LEAD.match(plain) or _is_crumb(plain) or _is_switches(plain):
        return True
    # a site header with today's date: “××区人民政府 2019年12月3日星期二”
    return len(plain) <= 50 and _WEEKDAY.search(plain) is not None and _DATE_ANY.search(plain) is not None


def _is_channel(lines: list[Line], index: int) -> bool:
    """A column name on its own line, not a line of a title broken over two or three lines.

    “法治政府建设” alone may be the middle line of a title (“××局2023年度” / “法治政府建设” /
    “情况报告”); it is a column only when the line above does not lead into it (…年度, 关于) and
    the line below does not go on with the title.
    """
    plain = _plain(lines[index].text)
    if _CHANNEL.match(plain):
        return True
    if not _TOPIC_CHANNEL.match(plain):
        return False
    above = _plain(lines[index - 1].text) if index > 0 else ""
    below = _plain(lines[index + 1].text) if index + 1 < len(lines) else ""
    return not above.endswith(("年", "年度", "关于", "的")) and _TITLE_GOES_ON.match(below) is None


def _bare_label(text: str) -> str | None:
    """The label of a bulleted line that is a 政府信息公开 label alone (“• 体裁分类”, “• 文号”).

    The page lists its labels and values as bullets, one a line, and leaves a value out when
    it has none, so the label stands without a colon and without a value.
    """
    stripped = unicodedata.normalize("NFKC", text).strip()
    if not stripped or stripped[0] not in _BULLETS:
        return None
    label = re.sub(r"\s+", "", stripped.strip(_BULLET).rstrip("：:"))
    return label if label in LABELS else None


def _bulleted_value(text: str) -> bool:
    """A short bulleted line: the value under a bare label (“• 主题分类” / “• 法治政府建设”)."""
    stripped = unicodedata.normalize("NFKC", text).strip()
    return bool(stripped) and stripped[0] in _BULLETS and len(stripped) <= 30 and "。" not in stripped


def _value_line(text: str) -> bool:
    """A value standing on its own line under its label (“索引号：” / “6107280000/2024-001005”)."""
    plain = _plain(text)
    return bool(_INDEX_VALUE.match(plain) or _DATE_VALUE.match(plain)
                or is_doc_number(plain))


def _keep(meta: dict[str, str], pairs: list[tuple[str, str]], where: dict[str, Span], line: Line) -> None:
    for (_, value), key in zip(pairs, meanings([label for label, _ in pairs]), strict=True):
        if key and value and key not in meta:
            meta[key] = value.split("  ")[0].strip()
            where[key] = line.span


MAX_HEAD_LINES = 40
MAX_TAIL_LINES = 15


def is_sentence(line: Line) -> bool:
    """A line of report text: a sentence, an addressee, a level-1 heading (the report has started)."""
    text = line.text
    return ("。" in text or len(text) > 60 or text.endswith(("：", ":")) or
            re.match(r"^[一二三四五六七八九十]+[、.．，,]", text) is not None)


def find(lines: list[Line]) -> Furniture:
    """The furniture above the report (before its first sentence) and below it (after its last line).

    Inside the body, a line is report text, whatever it looks like.
    """
    meta: dict[str, str] = {}
    where: dict[str, Span] = {}
    found: set[int] = set()
    pending: str | None = None  # a label line without its value: the value may stand below
    for index, line in enumerate(lines[:MAX_HEAD_LINES]):
        if line.table is not None:
            cells = [cell for row in line.table.rows for cell in row]
            if not any(_LABEL.match(unicodedata.normalize("NFKC", cell) + "：") for cell in cells):
                break
            found.add(index)
            for number, row in enumerate(line.table.rows):
                row_spans = line.table.row_spans
                place = line._replace(span=row_spans[number]) if number < len(row_spans) else line
                _keep(meta, cell_pairs(row), where, place)
            continue
        bare = _bare_label(line.text)
        if bare is not None:
            found.add(index)
            pending = bare
            continue
        pairs = _label_line(line.text)
        if pairs:
            found.add(index)
            _keep(meta, pairs, where, line)
            pending = pairs[-1][0] if not pairs[-1][1] else None
            continue
        value = _plain(line.text)
        if (pending is not None and (_value_line(line.text) or _bulleted_value(line.text))) or _INDEX_VALUE.match(value) or (
                _DATE_VALUE.match(value) and not re.search("[年月日]", value)):
            found.add(index)
            _keep(meta, [(pending or ("索引号" if _INDEX_VALUE.match(value) else ""), value)], where, line)
            pending = None
            continue
        pending = None
        if is_standalone(line.text) or _is_channel(lines, index):
            found.add(index)
            continue
        if is_sentence(line):
            break
    for index in range(len(lines) - 1, max(len(lines) - MAX_TAIL_LINES, -1), -1):
        line = lines[index]
        if index in found or line.table is not None or not (is_standalone(line.text) or _label_line(line.text)):
            break
        found.add(index)
    spans = tuple(lines[index].span for index in sorted(found))
    texts = [lines[index].text for index in found if lines[index].table is None]
    omitted = any(OMISSION.search(text) for text in texts)
    repost = any(NEWS_LEAD.match(_plain(text)) for text in texts)
    return Furniture(frozenset(found), spans, meta, where, omitted, repost)
