"""Single lines of a web page that are its furniture wherever they stand: the site's header with
today's date, accessibility and script switches, breadcrumbs and navigation bars, the font switch,
a browser banner, a share box, a news site's lead, a column or channel name on a line of its own
(:mod:`lawreport.received.furniture` sets them aside with the rest of the page around a report).
"""

from __future__ import annotations

import re

from lawreport.cjk import HAN_CLASS
from lawreport.importing.lines import Line
from lawreport.received import labels, pagebars

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


def is_channel(lines: list[Line], index: int) -> bool:
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
